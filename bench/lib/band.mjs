// The live-band measurement of bench:ui (issue 12 item 2: edit -> band on the overview), shared by
// bench/ui.bench.mjs and bench/ui-band.mjs (A/B of builds).
import { vindVoorbereiding } from '../../test/e2e/lib/app.mjs';

/**
 * Edit → live band on the overview (issue 12 item 2). The edit is an undo/redo (Ctrl+Z, Ctrl+Shift+Z)
 * on the overview itself, between the Klantreis preparation cost 1.700 and 2.700: from the keydown to
 * the band of the Klantreis marked current with new text (MutationObserver, then the next frame).
 * Long tasks (PerformanceObserver 'longtask') on the main thread meanwhile give the longest task.
 * n measured edits after one warm-up; returns { ms, langsteTaak } or { nietGemeten: why }.
 */
export async function meetBand(page, hertrekken, n = 20) {
  await page.goto(page.url().split('#')[0]);
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
  // Both ways set explicitly: the autosave brings the previous measurement's setting back after the reload.
  await page.locator('nav button[data-view="onzekerheid"]').click();
  await page.locator('[data-testid="mc-geavanceerd"]').evaluate((d) => (d.open = true), undefined, { timeout: 15_000 }); // the settings sit in "Geavanceerd"
  const vink = page.locator('#mc-hertrekken');
  await vink.waitFor({ state: 'visible', timeout: 15_000 });
  if ((await vink.isChecked()) !== hertrekken) await vink.setChecked(hertrekken);
  await page.locator('nav button[data-view="invoer"]').click();
  const veld = await vindVeld(page);
  if (!veld) return { nietGemeten: 'geen veld voor de voorbereidingskosten' };
  await veld.fill('2700');
  await page.locator('nav button[data-view="overzicht"]').click();
  const band = page.locator('[data-testid="live-band-klantreis"][data-actueel="true"]');
  try {
    await band.waitFor({ state: 'visible', timeout: 120_000 });
  } catch {
    return { nietGemeten: 'de live band op het overzicht verscheen niet (data-testid="live-band-klantreis")' };
  }
  await page.evaluate(() => {
    window.__band = { t0: 0, langste: 0 };
    window.addEventListener('keydown', () => (window.__band.t0 = performance.now()), { capture: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__band.langste = Math.max(window.__band.langste, e.duration);
    }).observe({ type: 'longtask' });
  });
  const ms = [];
  for (let i = 0; i < n + 1; i++) {
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="live-band-klantreis"]');
      const oud = el.textContent;
      window.__band.klaar = new Promise((ok, fout) => {
        const kijk = () => {
          const nu = document.querySelector('[data-testid="live-band-klantreis"]');
          if (!nu || nu.dataset.actueel !== 'true' || nu.textContent === oud) return;
          obs.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => ok(performance.now() - window.__band.t0));
        };
        const obs = new MutationObserver(kijk);
        obs.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const timer = setTimeout(() => (obs.disconnect(), fout(new Error('band niet bijgewerkt na 60 s'))), 60_000);
      });
      window.__band.klaar.catch(() => {});
    });
    await page.keyboard.press(i % 2 === 0 ? 'Control+z' : 'Control+Shift+z');
    try {
      const t = await page.evaluate(() => window.__band.klaar);
      if (i > 0) ms.push(t); // the first is warm-up
    } catch (e) {
      return { nietGemeten: e.message.split('\n')[0] };
    }
  }
  const langsteTaak = await page.evaluate(() => window.__band.langste);
  return { ms, langsteTaak };
}


/** The Klantreis preparation cost input (same lookup as the e2e specs), or null when there is none. */
export async function vindVeld(page) {
  try {
    const veld = await vindVoorbereiding(page);
    return (await veld.isEditable()) ? veld : null;
  } catch {
    return null;
  }
}

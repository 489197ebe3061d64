// Helpers that know the app shell (src/ui/App.tsx): nav buttons carry data-view, views render
// inside <main> behind a Suspense fallback ("Laden…" / "Loading…").
export const VIEWS = ['overzicht', 'invoer', 'resultaten', 'onzekerheid', 'verantwoording'];

/** Opens the app and waits for the first screen (the overview). */
export async function openApp(page, baseUrl) {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.locator('[data-testid="scenario-titel"]').waitFor({ state: 'visible' });
  await wachtOpView(page);
}

/**
 * Waits until <main> shows a visible heading and no loading fallback; returns the h1 text.
 * (Hidden h1s do not count: React hides the previous view while the next one loads, and views may
 * carry a print-only title.)
 */
export async function wachtOpView(page, { timeout = 15_000 } = {}) {
  const kop = page.locator('main h1:visible').first();
  await kop.waitFor({ state: 'visible', timeout });
  await page.waitForFunction(
    () => {
      const m = document.querySelector('main');
      return !!m && !/^(Laden…|Loading…)$/m.test(m.innerText.trim()) && [...m.querySelectorAll('h1')].some((h) => h.checkVisibility());
    },
    undefined,
    { timeout },
  );
  return ((await kop.textContent()) ?? '').trim();
}

/** Clicks the nav button of a view and waits until that view is on screen; returns its h1 text. */
export async function gaNaarView(page, view) {
  const knop = page.locator(`nav button[data-view="${view}"]`);
  await knop.click();
  await page.locator(`nav button[data-view="${view}"][aria-current="page"]`).waitFor({ state: 'attached' });
  return wachtOpView(page);
}

/** Only the digits (and a decimal comma) of a typed number: "1.700" and "1700" compare equal. */
export const cijfers = (s) => String(s ?? '').replace(/[^\d,-]/g, '');

/**
 * Opens a tab of the inputs view (issue 13 item 4: one tab per pathway, then "Aannames voor alle
 * werkwijzen" and "Scenario en werkwijzen"), by its accessible name. No-op where there are no tabs.
 */
export async function invoerTab(page, naam) {
  const tab = page.getByRole('tab', { name: naam });
  if ((await tab.count()) === 0) return;
  await tab.first().click();
  await page.locator('[role="tab"][aria-selected="true"]').filter({ hasText: naam }).waitFor({ state: 'attached' });
}

/** Opens the tab that holds the inputs view's field `naam` (its form name, e.g. "parameters.eviction.cost"); returns the field. */
export async function invoerVeld(page, naam) {
  const veld = page.locator(`input[name="${naam}"]`);
  await veld.waitFor({ state: 'attached' });
  const tabId = await veld.evaluate((el) => el.closest('[role="tabpanel"]')?.getAttribute('aria-labelledby') ?? null);
  if (tabId) {
    const tab = page.locator(`#${tabId}`);
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }
  await veld.waitFor({ state: 'visible' });
  return veld;
}

/**
 * The inputs view's field for a pathway's preparation cost per client (kosten.preparation.bedrag).
 * Accessible names first: the pathway's fieldset (legend = pathway name) > the cost item's fieldset
 * (legend = KOSTENPOST_LABELS.preparation, "Start tot aan schulden regelen") > its one textbox; then
 * the form's field name, which mirrors the scenario file path (src/ui/invoer/formulier.ts).
 */
export async function vindVoorbereiding(page, { werkwijze = /Klantreis/, index = 1 } = {}) {
  await invoerTab(page, werkwijze);
  const post = page.getByRole('group', { name: werkwijze }).getByRole('group', { name: /^(Start tot aan schulden regelen|Start until debt settlement|Voorbereiding)/i });
  const kandidaten = [
    post.getByRole('textbox'),
    post.getByRole('spinbutton'),
    page.locator(`input[name="werkwijzen.${index}.kosten.preparation.bedrag"]`),
  ];
  const eind = Date.now() + 10_000;
  for (;;) {
    for (const k of kandidaten) if ((await k.count()) === 1) return k;
    if (Date.now() > eind) {
      const velden = await page.locator('main input').evaluateAll((els) => els.slice(0, 20).map((e) => `${e.name || '?'}:${e.labels?.[0]?.textContent?.trim() ?? ''}`));
      throw new Error(`no field for the preparation cost of ${werkwijze} in the inputs view; first inputs: ${velden.join(', ') || '(none)'}`);
    }
    await page.waitForTimeout(100);
  }
}

/** The live saldo per client in the inputs view's summary, if that view shows one. */
export function liveSaldo(page, id = 'klantreis') {
  return page.locator(`main [data-testid="invoer-saldo-per-klant-${id}"], main [data-testid="saldo-per-klant-${id}"]`);
}

/** Opens the inputs view and types a preparation cost; leaves the field (Tab) so the edit is closed. */
export async function zetVoorbereiding(page, bedrag, opties) {
  if ((await page.locator('nav button[data-view="invoer"][aria-current="page"]').count()) === 0) await gaNaarView(page, 'invoer');
  const veld = await vindVoorbereiding(page, opties);
  await veld.fill(String(bedrag));
  await veld.press('Tab');
  return veld;
}

/** A button by its accessible name, in the scenario menu (header) or anywhere. */
export function knop(page, naam) {
  return page.getByRole('button', { name: naam });
}

/**
 * Puts files into the scenario menu's file input (`files`: path(s) or { name, mimeType, buffer }):
 * the input labelled "Scenariobestand openen", or else the page's only <input type="file">; `opties` go to setInputFiles (e.g. a timeout).
 */
export async function openBestand(page, files, opties = {}) {
  const gelabeld = page.getByLabel(/^(Scenariobestand openen|Open a scenario file)/);
  if ((await gelabeld.count()) === 1) return gelabeld.setInputFiles(files, opties);
  const input = page.locator('input[type="file"]');
  const n = await input.count();
  if (n !== 1) throw new Error(`expected the scenario menu's file input (label "Scenariobestand openen…" or the only <input type="file">), found ${n} file inputs`);
  await input.setInputFiles(files, opties);
}

/**
 * Opens a closed "Geavanceerd" section (issue 13 item 8: technical settings such as the number of
 * draws sit in a native <details>) the way a keyboard user does: focus its summary, press Enter.
 */
export async function openGeavanceerd(page, testId = 'mc-geavanceerd') {
  const sectie = page.getByTestId(testId);
  await sectie.waitFor({ state: 'attached' });
  if (await sectie.evaluate((d) => d.open)) return;
  await sectie.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="${testId}"][open]`).waitFor({ state: 'attached' });
}

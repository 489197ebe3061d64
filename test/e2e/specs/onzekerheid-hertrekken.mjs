// Issue 10.1 in Chromium: the Monte Carlo with "Rekening houden met een kleine steekproef" (outcomes redrawn) on a small Klantreis
// cohort (6 clients, outcomes 4/2/0/0). Before, every draw was NaN: dashes for the mean and p95 next
// to a probability of 61%, and a histogram with every draw in one bar. Now: the model's numbers
// (same seed, in Node), no dash in the table, and draws in more than one bar.
import { tsImport } from 'tsx/esm/api';
import { normaliseer } from '../lib/expect.mjs';

export const name = 'onzekerheid: Monte Carlo met hertrokken uitkomsten op een cohort van 6 (geen NaN)';
export const options = { timeout: 150_000 };

const mc = await tsImport('../../../src/model/onzekerheid/montecarlo.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);

export async function run({ page, baseUrl, expect, engine, app }) {
  const raw = engine.gewijzigd(engine.leesScenarioJson(), (s) => {
    const w = s.werkwijzen[1];
    w.cohort = 6;
    w.uitkomsten = { oplossing: 4, gestabiliseerd: 2, geenOplossing: 0, inSchuldregelfase: 0 };
    w.kosten.settlementPhase.aantal = 4; // the 4 with a solution started the settlement phase
    for (const v of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[v].aantal = 0;
    s.onzekerheid.montecarlo = { trekkingen: 2000, seed: 11, uitkomstenHertrekken: true };
  });
  const s = engine.valideer(raw);
  const r = mc.monteCarlo(s, s.onzekerheid);
  const v = r.verschil.klantreis;
  expect.ok(Number.isFinite(v.gemiddelde) && Number.isFinite(v.p95), 'the model gives finite numbers');

  await app.openApp(page, baseUrl);
  page.on('dialog', (d) => d.accept());
  await app.openBestand(page, { name: 'klein.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(raw), 'utf8') });
  await page.getByRole('status').filter({ hasText: 'Scenario geopend uit klein.json' }).first().waitFor({ state: 'visible' });
  await app.gaNaarView(page, 'onzekerheid');
  await page.getByRole('button', { name: /^Start Monte Carlo-analyse$/ }).click();
  const status = page.getByTestId('mc-status');
  await expect.eventually(async () => ['klaar', 'fout'].includes(await status.getAttribute('data-status')), { timeout: 60_000, message: 'the run ends' });
  expect.equal(await status.getAttribute('data-status'), 'klaar', `run completes: ${await status.textContent()}`);

  const zin = normaliseer(await page.getByTestId('mc-kans-beter-klantreis').textContent());
  expect.includes(zin, normaliseer(`beter is dan het nulalternatief (Reguliere werkwijze (FIG-route)): ${getal.formatAandeel(v.kansPositief, 'nl', 1)}`), 'probability as in the model');
  expect.includes(zin, normaliseer(`90%-interval: ${getal.formatEuro(v.p5)} tot ${getal.formatEuro(v.p95)} per klant (gemiddeld ${getal.formatEuro(v.gemiddelde)})`), 'interval and mean as in the model');
  const tabel = await page.getByTestId('mc-tabel').innerText();
  expect.ok(!/–|NaN/.test(tabel), `no dash or NaN in the Monte Carlo table: ${tabel}`);
  // The histogram's counts (in the table under the chart, inside a closed <details>).
  const aantallen = await page.locator('[data-testid="mc-bakken"] tbody tr td:last-child').allTextContents();
  const gevuld = aantallen.filter((t) => Number(t.replace(/\./g, '')) > 0).length;
  expect.ok(gevuld > 1, `draws in more than one histogram bar: ${JSON.stringify(aantallen)}`);
}

// The uncertainty view in Chromium: a long Monte Carlo run in the Web Worker moves the progress bar
// and stops when cancelled ("geannuleerd"); a short run ends with the probability text, with the
// same numbers as the model in Node for the same seed; the view has no axe-core violations
// (Dutch, with results, and English). Expectations come from src/model through tsx.
import { tsImport } from 'tsx/esm/api';
import { axeScan, regels } from '../lib/axe.mjs';
import { normaliseer } from '../lib/expect.mjs';
import { openGeavanceerd } from '../lib/app.mjs';

export const name = 'onzekerheid: Monte Carlo in de worker (voortgang, annuleren, uitkomst), axe';
export const options = { timeout: 150_000 };

const mc = await tsImport('../../../src/model/onzekerheid/montecarlo.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);

const status = (page) => page.getByTestId('mc-status');
const voortgang = (page) => page.getByTestId('mc-voortgang');
const waarde = async (page) => Number((await voortgang(page).getAttribute('value')) ?? 0);

/** Types a number of draws into the settings field and leaves it. */
async function zetTrekkingen(page, n) {
  await openGeavanceerd(page);
  const veld = page.getByRole('textbox', { name: 'Aantal trekkingen' });
  await veld.fill(String(n));
  await veld.press('Tab');
}

export async function run({ page, baseUrl, origin, expect, engine, app, log }) {
  const fouten = [];
  const scan = async (waar) => {
    const v = await axeScan(page, origin);
    for (const r of regels(waar, v)) fouten.push(r);
    log(`${waar}: ${v.length} axe violation(s)`);
  };
  const workerVerzoeken = [];
  page.on('request', (r) => {
    if (/montecarlo\.worker[^/]*\.js$/.test(r.url())) workerVerzoeken.push(r.url());
  });

  await app.openApp(page, baseUrl);
  const kop = await app.gaNaarView(page, 'onzekerheid');
  expect.equal(kop, 'Onzekerheid', 'h1 of the view');
  await page.getByTestId('grafiek-tornado').waitFor({ state: 'visible' });
  await scan('onzekerheid');

  // A long run: the bar advances, then Annuleren stops it. A million draws: the kernel does 100.000 in well under a
  // second now, too short to see the bar move twice before the run ends (the fresh-clone CI caught it at 100.000).
  await zetTrekkingen(page, 1_000_000);
  await page.getByRole('button', { name: /^Start Monte Carlo-analyse$/ }).click();
  await expect.eventually(async () => (await status(page).getAttribute('data-status')) === 'bezig', { message: 'status "bezig" after Start' });
  const eerste = await expect.eventually(async () => {
    const v = await waarde(page);
    return v > 0 ? v : 0;
  }, { timeout: 20_000, message: 'progress bar moves' });
  const tweede = await expect.eventually(async () => {
    const v = await waarde(page);
    return v > eerste ? v : 0;
  }, { timeout: 20_000, message: 'progress bar keeps moving' });
  expect.ok(tweede < 1_000_000, `still running when cancelled (at ${tweede})`);
  log(`voortgang ${eerste} → ${tweede} van 1.000.000`);
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect.eventually(async () => (await status(page).getAttribute('data-status')) === 'geannuleerd', { message: 'status "geannuleerd"' });
  expect.match(await status(page).textContent(), /^Geannuleerd na [\d.]+ van 1\.000\.000 trekkingen\.$/, 'cancelled status text');
  const gestopt = await waarde(page);
  await page.waitForTimeout(1000);
  expect.equal(await waarde(page), gestopt, 'progress stays where it stopped');
  expect.equal(await page.getByTestId('mc-uitkomst').count(), 0, 'no result after a cancelled first run');

  // A short run to the end, in the worker (not the main-thread fallback).
  await zetTrekkingen(page, 2000);
  await page.getByRole('button', { name: /^Start Monte Carlo-analyse$/ }).click();
  await expect.eventually(async () => (await status(page).getAttribute('data-status')) === 'klaar', { timeout: 60_000, message: 'run of 2.000 draws completes' });
  expect.equal(await page.getByTestId('mc-hoofdthread').count(), 0, 'ran in the worker (no main-thread note)');
  expect.ok(workerVerzoeken.length >= 2, `the worker script was loaded for each run (${workerVerzoeken.length})`);

  // Same seed, same numbers as the model in Node.
  const raw = engine.gewijzigd(engine.leesScenarioJson(), (s) => {
    s.onzekerheid.montecarlo.trekkingen = 2000;
  });
  const s = engine.valideer(raw);
  const r = mc.monteCarlo(s, s.onzekerheid);
  const kans = getal.formatAandeel(r.verschil.klantreis.kansPositief, 'nl', 1);
  const zin = page.getByTestId('mc-kans-beter-klantreis');
  await expect.eventually(async () => (await zin.textContent())?.includes('Kans dat'), { message: 'probability text shown' });
  const tekst = normaliseer(await zin.textContent());
  expect.includes(
    tekst,
    normaliseer(`Kans dat Klantreis Financiële Hulpverlening beter is dan het nulalternatief (Reguliere werkwijze (FIG-route)): ${kans}`),
    'probability that the Klantreis beats the baseline',
  );
  expect.includes(tekst, normaliseer(`90%-interval: ${getal.formatEuro(r.verschil.klantreis.p5)} tot ${getal.formatEuro(r.verschil.klantreis.p95)}`), '5–95% interval');
  log(`kans beter ${kans}, interval ${getal.formatEuro(r.verschil.klantreis.p5)} – ${getal.formatEuro(r.verschil.klantreis.p95)}`);
  await page.getByTestId('grafiek-histogram').waitFor({ state: 'visible' });
  await scan('onzekerheid met uitkomst');

  // A change to the inputs marks the result out of date.
  const seed = page.getByRole('textbox', { name: /^Startgetal/ });
  await seed.fill('7');
  await seed.press('Tab');
  await page.getByTestId('mc-verouderd').waitFor({ state: 'visible' });

  await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).selectOption('en');
  await expect.eventually(async () => (await page.locator('main h1').first().textContent())?.trim() === 'Uncertainty', { message: 'English heading' });
  await scan('en: onzekerheid');

  expect.equal(fouten, [], 'axe-core violations');
}

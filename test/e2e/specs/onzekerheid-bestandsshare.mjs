// The Monte Carlo run where no Web Worker can start: the built app opened from the file system
// (file:///…/dist/index.html), and a browser that refuses workers (simulated: the Worker constructor
// throws, as Chromium does for a file:// page when it blocks them). The same steps then run on the
// main thread in small slices, with the same progress, cancel and numbers, and a note that it is
// slower there.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { normaliseer } from '../lib/expect.mjs';
import { openGeavanceerd } from '../lib/app.mjs';

export const name = 'onzekerheid: Monte Carlo vanaf file:// en zonder worker (terugval op de pagina zelf)';
export const options = { timeout: 150_000, allowFileUrls: true };

const mc = await tsImport('../../../src/model/onzekerheid/montecarlo.ts', import.meta.url);
const getal = await tsImport('../../../src/format/getal.ts', import.meta.url);

async function zetTrekkingen(page, n) {
  await openGeavanceerd(page);
  const veld = page.getByRole('textbox', { name: 'Aantal trekkingen' });
  await veld.fill(String(n));
  await veld.press('Tab');
}

/** The probability sentence the model gives for Den Haag with n draws (default seed). */
function verwachteZin(engine, n) {
  const s = engine.valideer(engine.gewijzigd(engine.leesScenarioJson(), (x) => (x.onzekerheid.montecarlo.trekkingen = n)));
  const r = mc.monteCarlo(s, s.onzekerheid);
  return normaliseer(`Kans dat Klantreis Financiële Hulpverlening beter is dan het nulalternatief (Reguliere werkwijze (FIG-route)): ${getal.formatAandeel(r.verschil.klantreis.kansPositief, 'nl', 1)}`);
}

async function draaiTotKlaar(page, expect, n) {
  await zetTrekkingen(page, n);
  await page.getByTestId('mc-start').click();
  await expect.eventually(async () => (await page.getByTestId('mc-status').getAttribute('data-status')) === 'klaar', { timeout: 90_000, message: `run of ${n} draws completes` });
  return normaliseer(await page.getByTestId('mc-kans-beter-klantreis').textContent());
}

export async function run({ page, baseUrl, distDir, expect, engine, app, nieuweContext, log }) {
  // 1. From the file system: whatever this browser allows, the run completes with the model's numbers.
  await page.goto(pathToFileURL(join(distDir, 'index.html')).href, { waitUntil: 'load' });
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible' });
  await app.gaNaarView(page, 'onzekerheid');
  const zin = await draaiTotKlaar(page, expect, 1000);
  expect.includes(zin, verwachteZin(engine, 1000), 'file://: probability text as in Node');
  const terugval = (await page.getByTestId('mc-hoofdthread').count()) > 0;
  log(`file://: ${terugval ? 'geen worker, berekend op de pagina zelf' : 'de worker start ook vanaf file://'}`);

  // 2. A browser that refuses workers: the main thread takes over, with progress and cancel.
  const context = await nieuweContext();
  await context.addInitScript(() => {
    window.Worker = function () {
      throw new DOMException("Failed to construct 'Worker': Script cannot be accessed from origin 'null'.", 'SecurityError');
    };
  });
  const p = await context.newPage();
  await app.openApp(p, baseUrl);
  await app.gaNaarView(p, 'onzekerheid');
  // 1.000.000 draws: 100.000 can end between two looks at the bar, after which it counts the value of
  // information's parts (1, 2, …) and never rises above the draws seen before (fresh-clone CI).
  await zetTrekkingen(p, 1_000_000);
  // A council laptop (CPU 6× slower): with the WebAssembly kernel this machine's main thread finishes
  // 1.000.000 draws before Cancel can be clicked; the test is that the page answers while it computes.
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await p.getByTestId('mc-start').click();
  await p.getByTestId('mc-hoofdthread').waitFor({ state: 'visible' });
  const waarde = async () => Number((await p.getByTestId('mc-voortgang').getAttribute('value')) ?? 0);
  const a = await expect.eventually(async () => ((await waarde()) > 0 ? waarde() : 0), { timeout: 20_000, message: 'progress moves on the main thread' });
  const b = await expect.eventually(async () => {
    const v = await waarde();
    return v > a ? v : 0;
  }, { timeout: 20_000, message: 'progress keeps moving on the main thread' });
  // The page stays usable while it runs: the Cancel button answers.
  await p.getByRole('button', { name: 'Annuleren' }).click();
  await expect.eventually(async () => (await p.getByTestId('mc-status').getAttribute('data-status')) === 'geannuleerd', { message: 'cancelled on the main thread' });
  const gestopt = await waarde();
  await p.waitForTimeout(800);
  expect.equal(await waarde(), gestopt, 'progress stops after cancel');
  log(`zonder worker: voortgang ${a} → ${b}, geannuleerd bij ${gestopt}`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const zin2 = await draaiTotKlaar(p, expect, 1000);
  expect.includes(zin2, verwachteZin(engine, 1000), 'main thread: probability text as in Node');
  await p.getByTestId('mc-hoofdthread').waitFor({ state: 'visible' });

  // Switching values on the main thread too.
  await p.getByTestId('omslag-bereken').click();
  await expect.eventually(async () => (await p.getByTestId('omslag-status').getAttribute('data-status')) === 'klaar', { timeout: 60_000, message: 'switching values on the main thread' });
  expect.equal(await p.getByTestId('omslag-tabel-klantreis').locator('tbody tr').count(), 10, 'ten switching values');
}

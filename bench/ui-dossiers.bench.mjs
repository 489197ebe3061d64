#!/usr/bin/env node
// Browser benchmark (@bench browser): the dossier import through the real UI in headless Chromium, and
// the JS heap (issue 5 "Speed", issue 6 part 6).
//
// Import: a generated 100.000-row dossier CSV (`;`, BOM, CRLF, Den Haag's pathway names) is put into
// the inputs view's file input (as the file picker does); measured in the page with performance.now() from the input's change
// event to the preview on screen (MutationObserver), in the Web Worker (3×) and on the main-thread
// fallback (Worker refused, as on file://; 1×). Printed: time to preview (target < 2 s), rows per
// second, and how many progress updates (rows counted while busy) the page showed during the run.
//
// Memory: the main thread's JS heap (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage) after
// loading the Den Haag scenario (goal < 50 MB); after a 100.000-row import (applied) plus a 10.000-draw
// Monte Carlo (goal < 250 MB); and over 20 repeats of import + Monte Carlo (goal: no growth; first,
// last and max printed), once with every run kept as an undo step (grows with the undo history, by
// design) and once with every run undone afterwards (should not grow).
//
// Printed, never asserted: timings on a shared 2-core machine are information. Exits non-zero only on
// a real error. Needs dist/ (built when missing) and Chromium (CHROMIUM_PATH); bench/index.ts skips it
// when either is missing. Summary protocol: JSON to the file named by MKBA_BENCH_SAMENVATTING.
//
//   node bench/ui-dossiers.bench.mjs [--snel]      (or: npm run bench -- ui-dossiers)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SNEL = process.argv.includes('--snel') || process.env.MKBA_BENCH_SNEL === '1';
const RIJEN = Number(process.env.BENCH_DOSSIER_RIJEN ?? 100_000);
const RONDES = SNEL ? 1 : 3;
const HERHALINGEN = Number(process.env.BENCH_GEHEUGEN_HERHALINGEN ?? (SNEL ? 5 : 20));
// In CI (.ci/run sets CI=true; not with --snel; MKBA_BENCH_VOLLEDIG=1 for the full run) series B (every run
// undone: the leak check) has 8 repeats instead of 20, to keep the fresh-clone CI within its 20 minutes; its
// line says so. Series A keeps its 20: its "last 10 runs" only start after the 8 kept results are full.
const CI = !SNEL && /^(1|true)$/i.test(process.env.CI ?? '') && process.env.MKBA_BENCH_VOLLEDIG !== '1';
const HERHALINGEN_B = CI && process.env.BENCH_GEHEUGEN_HERHALINGEN === undefined ? Math.min(8, HERHALINGEN) : HERHALINGEN;
const TREKKINGEN = 10_000;
const BUDGET_MS = 2000;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const kop = (t) => console.log(`\n--- ${t} ---`);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const nl = (x, d = 0) => x.toLocaleString('nl-NL', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes) => `${nl(bytes / 1024 / 1024, 1)} MB`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/ ontbreekt: eerst bouwen (npx vite build)');
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
if (!existsSync(CHROMIUM)) {
  console.error(`geen Chromium op ${CHROMIUM} (apt-get install -y chromium)`);
  process.exit(1);
}

/**
 * Runs in the page: writes a dossier file as a case-management export might (deterministic LCG; `;`,
 * BOM, CRLF, quotes, a free-text column), puts it into the dossier file input as the file picker does
 * (DataTransfer → input.files, then a change event) and notes the time. Made in the page rather than
 * handed over by Playwright's setInputFiles, whose DevTools handle on the input would keep every
 * detached inputs view alive and show up as a leak that real use does not have.
 */
function kiesInPagina(n) {
  const namen = ['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening'];
  const uitkomst = ['oplossing', 'gestabiliseerd', 'geen oplossing', 'nog bezig'];
  const inkomen = ['PW', 'werk', 'anders'];
  const budget = ['geen', 'geen', 'basis', 'plus', 'totaal'];
  let x = 12345;
  const r = (m) => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) % m;
  const regels = ['werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer;klanttype;opmerking'];
  for (let i = 0; i < n; i++) {
    const u = r(4);
    // Everyone with a solution or still settling started the settlement phase; some others did too.
    const fase = u === 0 || u === 3 || r(3) === 0 ? 'ja' : 'nee';
    regels.push([`"${namen[r(2)]}"`, uitkomst[u], inkomen[r(3)], fase, budget[r(5)], ['zelfstandig', 'afhankelijk', 'kwetsbaar', ''][r(4)], r(10) === 0 ? '"belt terug; ""later"""' : ''].join(';'));
  }
  const bestand = new File(['\ufeff' + regels.join('\r\n') + '\r\n'], 'dossiers-100k.csv', { type: 'text/csv' });
  const dt = new DataTransfer();
  dt.items.add(bestand);
  const invoer = document.querySelector('[data-testid="dossier-bestand"]');
  invoer.files = dt.files;
  window.__dossierBench.start = performance.now();
  invoer.dispatchEvent(new Event('change', { bubbles: true }));
  return bestand.size;
}

// A dist/ built before the dossier import existed: say so instead of timing out.
if (!readdirSync(join(DIST, 'assets')).some((f) => f.endsWith('.js') && readFileSync(join(DIST, 'assets', f), 'utf8').includes('dossier-open'))) {
  const reden = `${DIST} heeft nog geen dossierimport: bouw opnieuw (npx vite build)`;
  console.log(`overgeslagen / skipped: ${reden}`);
  if (process.env.MKBA_BENCH_SAMENVATTING) writeFileSync(process.env.MKBA_BENCH_SAMENVATTING, JSON.stringify({ bench: 'ui-dossiers.bench.mjs', metingen: [], overgeslagen: reden }));
  process.exit(0);
}

const metingen = [];
const opmerkingen = [];
const meld = (regel) => {
  console.log(regel);
  opmerkingen.push(regel);
};

let grootte = 0;

async function naarInvoer(page) {
  await page.locator('nav button[data-view="invoer"]').click();
  // the dossier import lives in Invoer's "Scenario en werkwijzen" tab (issue 13 item 4)
  const tab = page.getByRole('tab', { name: /^Scenario en werkwijzen/ });
  await tab.first().waitFor({ timeout: 30_000 });
  await tab.first().click();
  const open = page.getByTestId('dossier-open');
  await open.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
}

/** Imports the file through the UI; returns the page's own measurement. `toepassen`: apply the counts afterwards. */
async function importeer(page, toepassen) {
  await page.evaluate(() => {
    const b = (window.__dossierBench = { start: 0, voorbeeld: 0, updates: [], status: [] });
    const status = document.querySelector('[data-testid="dossier-status"]');
    const mo = new MutationObserver(() => {
      const s = status.getAttribute('data-status');
      const rijen = Number(status.getAttribute('data-rijen'));
      if (s === 'bezig' && rijen > 0 && b.updates.at(-1) !== rijen) b.updates.push(rijen);
      if (b.status.at(-1) !== s) b.status.push(s);
      if (!b.voorbeeld && document.querySelector('[data-testid="dossier-voorbeeld"]')) {
        b.voorbeeld = performance.now();
      }
    });
    mo.observe(document.querySelector('[data-testid="dossier-import"]'), { attributes: true, childList: true, subtree: true });
    b.mo = mo;
  });
  grootte = await page.evaluate(kiesInPagina, RIJEN);
  await page.waitForFunction(() => window.__dossierBench.voorbeeld > 0 || document.querySelector('[data-testid="dossier-fouten"]'), undefined, { timeout: 120_000, polling: 50 });
  const r = await page.evaluate(() => {
    const b = window.__dossierBench;
    b.mo.disconnect();
    const fout = document.querySelector('[data-testid="dossier-fouten"]')?.textContent ?? null;
    return { ms: b.voorbeeld - b.start, updates: b.updates, status: b.status, fout, hoofdthread: !!document.querySelector('[data-testid="dossier-hoofdthread"]') || b.status.length === 0 };
  });
  if (r.fout) throw new Error(`het importeren gaf fouten: ${r.fout.slice(0, 300)}`);
  if (toepassen) {
    await page.getByTestId('dossier-toepassen').click();
    await page.getByTestId('dossier-melding').waitFor({ state: 'visible' });
  } else {
    await page.getByTestId('dossier-sluiten').click();
  }
  return r;
}

async function monteCarlo(page) {
  await page.locator('nav button[data-view="onzekerheid"]').click();
  await page.locator('[data-testid="mc-geavanceerd"]').evaluate((d) => (d.open = true), undefined, { timeout: 30_000 }); // the settings sit in "Geavanceerd"
  const veld = page.getByTestId('mc-trekkingen');
  await veld.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await veld.inputValue()).replace(/\D/g, '') !== String(TREKKINGEN)) {
    await veld.fill(String(TREKKINGEN));
    await veld.press('Tab');
  }
  await page.getByTestId('mc-start').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="mc-status"]')?.getAttribute('data-status') === 'klaar', undefined, { timeout: 300_000, polling: 100 });
}

async function heap(cdp) {
  // Twice: the first pass may only free what finalisers of the second let go.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const server = await startServer({ root: DIST, extra: { '/favicon.ico': null } });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
let code = 0;
try {
  // ---- import speed ----------------------------------------------------------------------------
  for (const modus of ['worker', 'hoofdthread']) {
    const n = modus === 'worker' ? RONDES : 1;
    kop(`dossierimport ${nl(RIJEN)} regels tot het voorbeeld, ${modus === 'worker' ? 'in de Web Worker' : 'op de hoofdthread (Worker geweigerd, zoals op file://)'} (${n}×)`);
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    if (modus === 'hoofdthread') {
      await context.addInitScript(() => {
        window.Worker = function () {
          throw new DOMException('geen worker (bench)', 'SecurityError');
        };
      });
    }
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
    await naarInvoer(page);
    const duren = [];
    for (let i = 0; i < n; i++) {
      const r = await importeer(page, false);
      if (i === 0 && modus === 'worker') console.log(`dossierbestand: ${nl(RIJEN)} regels, ${mb(grootte)}`);
      duren.push(r.ms);
      console.log(
        `ronde ${i + 1}: ${nl(r.ms)} ms tot het voorbeeld = ${nl((RIJEN / r.ms) * 1000)} regels/s; voortgang getoond: ${r.updates.length} tussenstanden (${r.updates.slice(0, 6).map((x) => nl(x)).join(', ')}${r.updates.length > 6 ? ', …' : ''}); statussen ${r.status.join(' → ')}`,
      );
      if (modus === 'worker' && i === n - 1) {
        meld(`worker: voortgang zichtbaar tijdens het lezen: ${r.updates.length > 0 ? `ja, ${r.updates.length} tussenstanden` : 'NEE'}`);
      }
    }
    const s = [...duren].sort((a, b) => a - b);
    const totaal = s.reduce((a, b) => a + b, 0);
    metingen.push({ naam: `dossierimport ${RIJEN} rijen (${modus}), opsPerSec = rijen/s`, iteraties: s.length, mediaanMs: pct(s, 50), p95Ms: pct(s, 95), gemiddeldMs: totaal / s.length, opsPerSec: (RIJEN * s.length * 1000) / totaal });
    meld(
      `${modus}: ${nl(RIJEN)} regels tot het voorbeeld in ${nl(pct(s, 50))} ms (mediaan) = ${nl((RIJEN / pct(s, 50)) * 1000)} regels/s` +
        (modus === 'worker' ? ` (doel < ${nl(BUDGET_MS)} ms: ${pct(s, 50) < BUDGET_MS ? 'gehaald' : 'NIET GEHAALD'}; informatief)` : ' (terugval; informatief)'),
    );
    await context.close();
  }

  // ---- memory --------------------------------------------------------------------------------
  kop(`geheugen (JS-heap van de pagina na garbage collection): laden, ${nl(RIJEN)} regels + MC ${nl(TREKKINGEN)}, ${HERHALINGEN}× herhaald${HERHALINGEN_B < HERHALINGEN ? ` (B, CI: ${HERHALINGEN_B}×)` : ''}`);
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(server.baseUrl);
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('[data-testid^="saldo-per-klant-"]').first().waitFor({ state: 'visible', timeout: 15_000 });
  const naLaden = await heap(cdp);
  meld(`heap na laden van het Den Haag-scenario: ${mb(naLaden)} (doel < 50 MB: ${naLaden < 50 * 1024 * 1024 ? 'gehaald' : 'NIET GEHAALD'})`);
  // Two series. A: every run is kept as an undo step (the store remembers up to 100 scenarios, and with
  // each one its memoised results and sensitivity analysis), so the heap grows by design until the
  // history is full. B: every run is undone afterwards, so nothing is kept between runs: a leak in the
  // import, the worker or the Monte Carlo would show as growth here.
  for (const ongedaan of [false, true]) {
    const reeks = [];
    const herhalingen = ongedaan ? HERHALINGEN_B : HERHALINGEN;
    for (let i = 0; i < herhalingen; i++) {
      await naarInvoer(page);
      await importeer(page, true);
      await monteCarlo(page);
      if (ongedaan) {
        // Back to before the import (the Monte Carlo settings edit stays: it came before the first run).
        await page.getByRole('button', { name: 'Ongedaan maken' }).click();
      }
      const h = await heap(cdp);
      reeks.push(h);
      if (i === 0 && !ongedaan) meld(`heap na import van ${nl(RIJEN)} regels (toegepast) + Monte Carlo ${nl(TREKKINGEN)} trekkingen: ${mb(h)} (doel < 250 MB: ${h < 250 * 1024 * 1024 ? 'gehaald' : 'NIET GEHAALD'})`);
      console.log(`${ongedaan ? 'B' : 'A'} herhaling ${i + 1}: ${mb(h)}`);
    }
    const eerste = reeks[0];
    const laatste = reeks.at(-1);
    const max = Math.max(...reeks);
    const groei = laatste - eerste;
    meld(
      `heap over ${herhalingen}× import + MC ${ongedaan ? `(B: elke run ongedaan gemaakt${herhalingen < HERHALINGEN ? `; CI: ${herhalingen} in plaats van ${HERHALINGEN} herhalingen` : ''})` : '(A: elke run blijft als stap in de geschiedenis)'}: eerste ${mb(eerste)}, laatste ${mb(laatste)}, max ${mb(max)}; ` +
        `groei ${groei >= 0 ? '+' : ''}${mb(groei)} = ${mb(groei / Math.max(1, herhalingen - 1))} per run` +
        (ongedaan
          ? ` (doel: geen groei; ${groei < 1024 * 1024 ? 'gehaald (< 1 MB)' : 'GROEI'}; informatief)`
          : `; over de laatste 10 runs ${mb(laatste - reeks[Math.max(0, reeks.length - 11)])} (de geschiedenis bewaart scenario's, tot 100 stappen; resultaten alleen van de 8 recentste; doel: vlak; ${laatste - reeks[Math.max(0, reeks.length - 11)] < 1024 * 1024 ? 'gehaald (< 1 MB)' : 'GROEI'}; informatief)`),
    );
  }
  await context.close();
} catch (e) {
  console.error(`ui-dossiers bench fout: ${e?.stack ?? e}`);
  code = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
if (process.env.MKBA_BENCH_SAMENVATTING) writeFileSync(process.env.MKBA_BENCH_SAMENVATTING, JSON.stringify({ bench: 'ui-dossiers.bench.mjs', metingen, opmerkingen }));
process.exit(code);

#!/usr/bin/env node
// Browser benchmark (@bench browser): the Monte Carlo run of the uncertainty view in headless
// Chromium. While 20.000 draws run, a PerformanceObserver collects 'longtask' entries (main-thread
// tasks over 50 ms); printed are the longest task during the run and the draws per second as the
// page sees them (from the click on Start to the status "klaar"), for the Web Worker and for the
// main-thread fallback (Worker refused, as on file://). Also the longest task while the switching
// values are computed. In the worker also runs of 1.000.000 draws (BENCH_MC_GROOT) for the throughput,
// once for Den Haag as it opens (outcomes redrawn: the target) and once with the redraw off.
//
// Budget: no main-thread task over 50 ms while the worker runs. Printed, never asserted: timings on a
// shared 2-core machine are information. Exits non-zero only on a real error.
//
//   node bench/ui-montecarlo.bench.mjs [--snel]      (or: npm run bench -- ui-montecarlo)
//   BENCH_MC_GROOT=200000 BENCH_MC_RONDES=1 node bench/ui-montecarlo.bench.mjs   (a shorter run; E2E_DIST=<dir> for another build)
// Needs dist/ (built when missing) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium); bench/index.ts
// skips it when either is missing. Summary protocol: JSON to the file named by MKBA_BENCH_SAMENVATTING.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SNEL = process.argv.includes('--snel') || process.env.MKBA_BENCH_SNEL === '1';
const TREKKINGEN = Number(process.env.BENCH_MC_TREKKINGEN ?? 20_000);
const RONDES = Number(process.env.BENCH_MC_RONDES ?? (SNEL ? 1 : 3));
/** One long worker run for the throughput (0: skip). */
const GROOT = Number(process.env.BENCH_MC_GROOT ?? (SNEL ? 200_000 : 1_000_000));
const BUDGET_TAAK_MS = 50;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const kop = (t) => console.log(`\n--- ${t} ---`);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const nl = (x, d = 0) => x.toLocaleString('nl-NL', { maximumFractionDigits: d, minimumFractionDigits: d });

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/ ontbreekt: eerst bouwen (npx vite build)');
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
if (!existsSync(CHROMIUM)) {
  console.error(`geen Chromium op ${CHROMIUM} (apt-get install -y chromium)`);
  process.exit(1);
}

const metingen = [];
const opmerkingen = [];
const meld = (regel) => {
  console.log(regel);
  opmerkingen.push(regel);
};

/**
 * CPU seconds (user + system) of Chromium's whole process tree so far, from /proc (Linux; null elsewhere).
 * A process's times include its finished threads, so a worker's thread counts after it ends. On a shared
 * machine draws per CPU second say more than wall-clock draws per second.
 */
function cpuChromium(pid) {
  try {
    const ouder = new Map();
    const tijd = new Map();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ouder.set(Number(d), Number(velden[1]));
        tijd.set(Number(d), Number(velden[11]) + Number(velden[12]));
      } catch {
        // the process ended meanwhile
      }
    }
    const inBoom = (p) => {
      for (let q = p, stap = 0; q > 1 && stap < 50; q = ouder.get(q) ?? 0, stap++) if (q === pid) return true;
      return false;
    };
    let ticks = 0;
    for (const [p, t] of tijd) if (inBoom(p)) ticks += t;
    return ticks / 100; // USER_HZ: 100 on Linux
  } catch {
    return null;
  }
}

/** One run of the size in the field, from the click on Start to the status "klaar"; also the last progress before it. */
async function grooteRun(page) {
  await page.evaluate(() => {
    const b = (window.__mcGroot = { start: 0, klaar: 0, eersteVoortgang: 0, laatsteVoortgang: 0, taken: [] });
    b.obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) b.taken.push(e.duration);
    });
    b.obs.observe({ type: 'longtask' });
    const status = document.querySelector('[data-testid="mc-status"]');
    const balk = document.querySelector('[data-testid="mc-voortgang"]');
    const mo = new MutationObserver(() => {
      if (b.klaar) return;
      if (status.getAttribute('data-status') === 'klaar') {
        b.klaar = performance.now();
        mo.disconnect();
      } else if (b.start && Number(balk?.getAttribute('value')) > 0) {
        b.laatsteVoortgang = performance.now();
        if (!b.eersteVoortgang) b.eersteVoortgang = b.laatsteVoortgang;
      }
    });
    mo.observe(status, { attributes: true, attributeFilter: ['data-status'], childList: true, subtree: true, characterData: true });
    if (balk) mo.observe(balk, { attributes: true, childList: true, subtree: true, characterData: true });
    document.querySelector('[data-testid="mc-start"]').addEventListener('click', () => (b.start = performance.now()), { once: true, capture: true });
  });
  const pid = browserPid();
  const cpuVoor = pid ? cpuChromium(pid) : null;
  await page.getByTestId('mc-start').click();
  await page.waitForFunction(() => window.__mcGroot.klaar > 0, undefined, { timeout: 900_000, polling: 200 });
  const cpuNa = pid ? cpuChromium(pid) : null;
  const r = await page.evaluate(() => {
    const b = window.__mcGroot;
    b.obs.disconnect();
    return { ms: b.klaar - b.start, opstartMs: (b.eersteVoortgang || b.klaar) - b.start, rekenMs: (b.laatsteVoortgang || b.klaar) - b.start, langste: Math.max(0, ...b.taken) };
  });
  return { ...r, cpuS: cpuVoor !== null && cpuNa !== null ? cpuNa - cpuVoor : null };
}

const server = await startServer({ root: DIST, extra: { '/favicon.ico': null } });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
/** The browser's process id, for its CPU time (playwright-core keeps the launched process on the browser type's internals). */
function browserPid() {
  try {
    const naam = browser.process?.()?.pid;
    if (naam) return naam;
  } catch {
    // not exposed
  }
  // Fallback: the newest chromium process whose parent is this Node process.
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(velden[1]) === process.pid && /chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) return Number(d);
    } catch {
      // gone
    }
  }
  return null;
}
let code = 0;
try {
  for (const modus of ['worker', 'hoofdthread']) {
    kop(`Monte Carlo ${nl(TREKKINGEN)} trekkingen, ${modus === 'worker' ? 'in de Web Worker' : 'op de hoofdthread (Worker geweigerd, zoals op file://)'} (${RONDES}×)`);
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    // Counts the Monte Carlo workers the page starts (a long run is split over one per core: ui/onzekerheid/bundel.ts).
    if (modus === 'worker') {
      await context.addInitScript(() => {
        const W = window.Worker;
        window.__mcWerkers = 0;
        window.Worker = class extends W {
          constructor(url, opties) {
            super(url, opties);
            if (/montecarlo\.worker/.test(String(url))) window.__mcWerkers++;
          }
        };
      });
    }
    if (modus === 'hoofdthread') {
      await context.addInitScript(() => {
        window.Worker = function () {
          throw new DOMException('geen worker (bench)', 'SecurityError');
        };
      });
    }
    const page = await context.newPage();
    const fouten = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    await page.goto(server.baseUrl);
    await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
    // Opening the view: the one-way sensitivity (70 model runs) is computed on the main thread, in
    // slices of ~12 ms; then the tornado chart is drawn. Every long task until shortly after the chart.
    await page.evaluate(() => {
      const b = (window.__openBench = { taken: [] });
      b.obs = new PerformanceObserver((l) => {
        for (const e of l.getEntries()) b.taken.push(e.duration);
      });
      b.obs.observe({ type: 'longtask' });
      b.start = performance.now();
    });
    await page.locator('nav button[data-view="onzekerheid"]').click();
    await page.getByTestId('mc-start').waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByTestId('tornado-tabel').waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByTestId('grafiek-tornado').waitFor({ state: 'visible', timeout: 30_000 });
    const grafiekMs = await page.evaluate(() => performance.now() - window.__openBench.start);
    await page.waitForTimeout(300);
    if (modus === 'worker') {
      const open = await page.evaluate(() => {
        const b = window.__openBench;
        b.obs.disconnect();
        return { langste: Math.max(0, ...b.taken), taken: b.taken.map((d) => Math.round(d)) };
      });
      meld(
        `scherm openen (laden, eenzijdige gevoeligheid in stappen, tornadografiek): ${nl(grafiekMs)} ms tot de grafiek, langste taak ${nl(open.langste)} ms` +
          ` (taken > 50 ms: ${open.taken.length ? open.taken.join(', ') + ' ms' : 'geen'}; eenmalig, voor de run; informatief)`,
      );
    }
    await page.locator('[data-testid="mc-geavanceerd"]').evaluate((d) => (d.open = true)); // the settings sit in "Geavanceerd"
    const veld = page.getByTestId('mc-trekkingen');
    await veld.fill(String(TREKKINGEN));
    await veld.press('Tab');
    await page.waitForTimeout(500);

    const duren = [];
    const langste = [];
    const langsteMetUitkomst = [];
    for (let i = 0; i < RONDES; i++) {
      // Arm the observers in the page, then click: the measurement runs entirely in the page.
      await page.evaluate(() => {
        const b = (window.__mcBench = { taken: [], start: 0, klaar: 0 });
        b.obs?.disconnect();
        b.obs = new PerformanceObserver((l) => {
          for (const e of l.getEntries()) b.taken.push({ start: e.startTime, duur: e.duration });
        });
        b.obs.observe({ type: 'longtask' });
        const status = document.querySelector('[data-testid="mc-status"]');
        const mo = new MutationObserver(() => {
          if (status.getAttribute('data-status') === 'klaar' && !b.klaar) {
            b.klaar = performance.now();
            mo.disconnect();
          }
        });
        mo.observe(status, { attributes: true, attributeFilter: ['data-status'] });
        document.querySelector('[data-testid="mc-start"]').addEventListener('click', () => (b.start = performance.now()), { once: true, capture: true });
      });
      await page.getByTestId('mc-start').click();
      await page.waitForFunction(() => window.__mcBench.klaar > 0, undefined, { timeout: 300_000, polling: 100 });
      // Give the result (tables, histogram) time to render, then collect.
      await page.waitForTimeout(1000);
      const r = await page.evaluate(() => {
        const b = window.__mcBench;
        b.obs.disconnect();
        const tijdens = b.taken.filter((t) => t.start >= b.start && t.start < b.klaar);
        return {
          ms: b.klaar - b.start,
          langste: Math.max(0, ...tijdens.map((t) => t.duur)),
          aantal: tijdens.length,
          langsteNa: Math.max(0, ...b.taken.filter((t) => t.start >= b.start).map((t) => t.duur)),
          noot: !!document.querySelector('[data-testid="mc-hoofdthread"]'),
        };
      });
      if ((modus === 'hoofdthread') !== r.noot) throw new Error(`modus ${modus} verwacht, de pagina toont ${r.noot ? 'de hoofdthread-noot' : 'geen noot'}`);
      duren.push(r.ms);
      langste.push(r.langste);
      langsteMetUitkomst.push(r.langsteNa);
      console.log(
        `ronde ${i + 1}: ${nl(r.ms)} ms = ${nl((TREKKINGEN / r.ms) * 1000)} trekkingen/s; langste taak tijdens de run ${nl(r.langste)} ms (${r.aantal} taken > 50 ms); met het tonen van de uitkomst ${nl(r.langsteNa)} ms`,
      );
    }
    const s = [...duren].sort((a, b) => a - b);
    const totaal = s.reduce((a, b) => a + b, 0);
    metingen.push({
      naam: `MC ${TREKKINGEN} (${modus})`,
      iteraties: s.length,
      mediaanMs: pct(s, 50),
      p95Ms: pct(s, 95),
      gemiddeldMs: totaal / s.length,
      opsPerSec: (TREKKINGEN * s.length * 1000) / totaal,
    });
    const max = Math.max(...langste);
    meld(
      `${modus}: ${nl((TREKKINGEN / pct(s, 50)) * 1000)} trekkingen/s in de browser (mediaan); langste hoofdthread-taak tijdens de run ${nl(max)} ms` +
        (modus === 'worker' ? ` (budget ≤ ${BUDGET_TAAK_MS} ms: ${max <= BUDGET_TAAK_MS ? 'gehaald' : 'NIET GEHAALD'}; informatief)` : ' (terugval; informatief)') +
        `; inclusief het tonen van de uitkomst ${nl(Math.max(...langsteMetUitkomst))} ms`,
    );

    // Throughput (issue 12: ≥ 500.000 draws/s in the worker): one long run, so the worker's start-up,
    // the kernel's recording and showing the result weigh little. Twice: Den Haag as it opens (outcomes
    // redrawn from the dossier counts, 'automatisch' below 100 clients: the target), and with the
    // redraw switched off (the kernel alone, as measured before the redraw became the default).
    if (modus === 'worker' && GROOT > 0) {
      await veld.fill(String(GROOT));
      await veld.press('Tab');
      await page.waitForTimeout(300);
      const vink = page.locator('#mc-hertrekken');
      for (const hertrekken of [true, false]) {
        if ((await vink.isChecked()) !== hertrekken) await vink.setChecked(hertrekken);
        await page.waitForTimeout(300);
        const werkersVoor = await page.evaluate(() => window.__mcWerkers);
        const groot = await grooteRun(page);
        const werkers = (await page.evaluate(() => window.__mcWerkers)) - werkersVoor;
        const perS = (GROOT / groot.ms) * 1000;
        const label = hertrekken ? "Den Haag standaard, uitkomsten hertrokken ('automatisch')" : 'uitkomsten niet hertrokken';
        metingen.push({ naam: `MC ${GROOT} (worker, ${hertrekken ? 'hertrekken aan' : 'hertrekken uit'})`, iteraties: 1, mediaanMs: groot.ms, p95Ms: groot.ms, gemiddeldMs: groot.ms, opsPerSec: perS });
        meld(
          `worker, ${nl(GROOT)} trekkingen, ${label}, ${werkers} ${werkers === 1 ? 'worker' : 'workers'} (navigator.hardwareConcurrency ${await page.evaluate(() => navigator.hardwareConcurrency)}): ${nl(groot.ms)} ms van klik tot klaar = ${nl(perS)} trekkingen/s ` +
            `(doel ≥ 500.000${hertrekken ? '' : ', maar het doel geldt voor Den Haag zoals het opent (hertrekken aan)'}: ${perS >= 500_000 ? 'gehaald' : 'NIET gehaald'}); ` +
            `waarvan ${nl(groot.opstartMs)} ms tot de eerste voortgang (worker starten, kern opnemen, eerste ${nl(8192)} trekkingen), ` +
            `${nl(groot.rekenMs)} ms tot de laatste voortgang (${nl((GROOT / groot.rekenMs) * 1000)} trekkingen/s) en ${nl(groot.ms - groot.rekenMs)} ms daarna (samenvatting, bericht, tonen); ` +
            (groot.cpuS ? `CPU-tijd van Chromium (alle processen) ${nl(groot.cpuS, 1)} s = ${nl(GROOT / groot.cpuS)} trekkingen per CPU-seconde; ` : '') +
            `langste hoofdthread-taak ${nl(groot.langste)} ms; belasting van de machine ${nl(loadavg()[0], 1)} op ${availableParallelism()} kernen (kloktijd: een drukke machine meet trager)`,
        );
      }
      await vink.setChecked(true);
      await veld.fill(String(TREKKINGEN));
      await veld.press('Tab');
      await page.waitForTimeout(300);
    }

    // The switching values, in the same mode.
    await page.evaluate(() => {
      const b = (window.__omBench = { taken: [] });
      b.obs = new PerformanceObserver((l) => {
        for (const e of l.getEntries()) b.taken.push(e.duration);
      });
      b.obs.observe({ type: 'longtask' });
      b.start = performance.now();
    });
    await page.getByTestId('omslag-bereken').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="omslag-status"]')?.getAttribute('data-status') === 'klaar', undefined, { timeout: 120_000, polling: 50 });
    const om = await page.evaluate(() => {
      const b = window.__omBench;
      b.obs.disconnect();
      return { ms: performance.now() - b.start, langste: Math.max(0, ...b.taken) };
    });
    meld(`${modus}: omslagwaarden in ${nl(om.ms)} ms, langste hoofdthread-taak ${nl(om.langste)} ms`);
    if (fouten.length) console.log(`paginafouten: ${fouten.join(' | ')}`);
    await context.close();
  }
} catch (e) {
  console.error(`ui-montecarlo bench fout: ${e?.stack ?? e}`);
  code = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
if (process.env.MKBA_BENCH_SAMENVATTING) writeFileSync(process.env.MKBA_BENCH_SAMENVATTING, JSON.stringify({ bench: 'ui-montecarlo.bench.mjs', metingen, opmerkingen }));
process.exit(code);

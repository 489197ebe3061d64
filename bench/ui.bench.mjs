#!/usr/bin/env node
// Browser benchmark (npm run bench:ui): in headless Chromium, how long from editing a field until the
// updated totals are on screen, and how much JavaScript the first screen needs.
//
// Edit latency: opens the inputs view, finds the Klantreis preparation cost field, types a new value
// (Playwright fill: one real `input` event) and measures in the page with performance.now() from the
// dispatch of that input event to (a) the DOM mutation that puts the engine's new saldo per client in
// the saldo element (MutationObserver) and (b) the next animation frame after it ("op scherm").
// Expected values come from the engine (test/e2e/lib/engine.mjs). Repeated N times (default 60, the
// first 5 are warm-up), p50/p95 printed.
//
// Cold load (bench/ui-koudestart.mjs): navigation start -> the overview shows the Klantreis saldo, CPU
// slowed 4×, empty cache, for the http-served build and for dist/index.html over file://; also for a
// second build in MKBA_KOUD_EXTRA=<dir> (e.g. a native-module build) over http. BENCH_KOUD_N runs (5).
//
// Budgets: p95 < 50 ms (printed, never fails: timings on a shared 2-core machine are information);
// cold load < 1,5 s (printed, informative like the edit latency);
// initial JS < 200 kB gzip (printed here; bench/bundle-budget.mjs is the check that fails CI).
// Exits non-zero only on a real error (no Chromium, the app does not start).
// Run alone (npm run bench:ui) or by bench/index.ts (npm run bench), whose summary protocol it follows:
// JSON { bench, metingen, opmerkingen } to the file named by MKBA_BENCH_SAMENVATTING.
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';
import { meetBand, vindVeld } from './lib/band.mjs';
import { kB, meetBundel, printBundel } from './ui-bundle.mjs';
import { KOUD_ARGS, KOUD_CHROMIUM_ARGS, bouwSoort, kaleChromium, meetKoudeStart } from './ui-koudestart.mjs';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SNEL = process.argv.includes('--snel') || process.env.MKBA_BENCH_SNEL === '1';
const N = Number(process.env.BENCH_UI_N ?? (SNEL ? 20 : 60));
const WARMUP = 5;
const BUDGET_P95_MS = 50;
const BUDGET_INITIEEL_GZ = 200_000;
const BUDGET_KOUD_MS = 1500;
const KOUD_N = Number(process.env.BENCH_KOUD_N ?? (SNEL ? 3 : 5));
const KOUD_EXTRA = process.env.MKBA_KOUD_EXTRA ? resolve(process.env.MKBA_KOUD_EXTRA) : null;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...KOUD_ARGS];

const kop = (t) => console.log(`\n--- ${t} ---`);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/ ontbreekt: eerst bouwen (npx vite build)');
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

// ---- bundle ------------------------------------------------------------------------------------
kop('JavaScript voor het eerste scherm (gzip -9)');
const bundel = meetBundel(DIST);
printBundel(bundel);
const opmerkingen = [];
const metingen = [];
const meld = (regel) => {
  console.log(regel);
  opmerkingen.push(regel);
};
meld(`initiële JS${bundel.bestandsshare ? ' via http(s)' : ''} ${kB(bundel.initialGzip)} gz (budget < ${kB(BUDGET_INITIEEL_GZ)}: ${bundel.initialGzip <= BUDGET_INITIEEL_GZ ? 'gehaald' : 'NIET GEHAALD'}); lazy ${kB(bundel.lazyGzip)} gz in ${bundel.lazy.length} chunks`);
if (bundel.bestandsshare) {
  const g = bundel.bestandsshare.initialGzip;
  meld(`initiële JS via file:// (SystemJS) ${kB(g)} gz (budget < ${kB(BUDGET_INITIEEL_GZ)}: ${g <= BUDGET_INITIEEL_GZ ? 'gehaald' : 'NIET GEHAALD'})`);
}

// ---- edit latency ------------------------------------------------------------------------------
kop(`invoer tot totalen op scherm (${N} metingen, ${WARMUP} opwarm)`);
if (!existsSync(CHROMIUM)) {
  console.error(`geen Chromium op ${CHROMIUM} (apt-get install -y chromium)`);
  process.exit(1);
}
const engine = await import('../test/e2e/lib/engine.mjs');
const server = await startServer({ root: DIST, extra: { '/favicon.ico': null } });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
let code = 0;
try {
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(server.baseUrl);
  await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
  await meetKoud();
  const uitkomst = await meetInvoer(page);
  if (fouten.length) console.log(`paginafouten tijdens de meting: ${fouten.join(' | ')}`);
  if (uitkomst.nietGemeten) {
    meld(`invoer -> totalen niet gemeten: ${uitkomst.nietGemeten}`);
  } else {
    const { dom, frame } = uitkomst;
    const rij = (naam, xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const totaal = s.reduce((a, b) => a + b, 0);
      metingen.push({ naam, iteraties: s.length, mediaanMs: pct(s, 50), p95Ms: pct(s, 95), gemiddeldMs: totaal / s.length, opsPerSec: (1000 * s.length) / totaal });
      return `${naam.padEnd(34)} p50 ${pct(s, 50).toFixed(1).padStart(6)} ms   p95 ${pct(s, 95).toFixed(1).padStart(6)} ms   max ${s[s.length - 1].toFixed(1).padStart(6)} ms`;
    };
    console.log(rij('invoer -> saldo in de DOM', dom));
    console.log(rij('invoer -> volgend frame (op scherm)', frame));
    const p95 = pct([...frame].sort((a, b) => a - b), 95);
    meld(`invoer -> op scherm p95 ${p95.toFixed(1)} ms (budget < ${BUDGET_P95_MS} ms: ${p95 < BUDGET_P95_MS ? 'gehaald' : 'NIET GEHAALD'}; informatief)`);
  }
  for (const hertrekken of [false, true]) {
    const band = await meetBand(page, hertrekken, Number(process.env.BENCH_UI_BAND_N ?? (SNEL ? 8 : 20)));
    const wat = `wijziging -> live band (${hertrekken ? 'uitkomsten hertrokken, Den Haag-standaard' : 'zonder hertrekken'})`;
    if (band.nietGemeten) meld(`${wat} niet gemeten: ${band.nietGemeten}`);
    else {
      const s = [...band.ms].sort((a, b) => a - b);
      metingen.push({ naam: wat, iteraties: s.length, mediaanMs: pct(s, 50), p95Ms: pct(s, 95), gemiddeldMs: s.reduce((a, b) => a + b, 0) / s.length, opsPerSec: 0 });
      meld(`${wat}: p50 ${pct(s, 50).toFixed(0)} ms, p95 ${pct(s, 95).toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms (doel < 150 ms); langste hoofdthreadtaak ${band.langsteTaak.toFixed(0)} ms (doel ≤ 50 ms)`);
    }
  }
} catch (e) {
  console.error(`bench:ui fout: ${e?.stack ?? e}`);
  code = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
if (process.env.MKBA_BENCH_SAMENVATTING) writeFileSync(process.env.MKBA_BENCH_SAMENVATTING, JSON.stringify({ bench: 'ui.bench.mjs', metingen, opmerkingen }));
process.exit(code);

/** Which chunks a path of a build gets (see bouwSoort). */
function bouwPad(pad, dir) {
  const soort = bouwSoort(dir);
  if (soort.includes(' via ')) return pad === 'file' ? 'SystemJS-chunks' : 'ESM-chunks';
  return soort;
}

/** Cold load of the http-served build, of dist/index.html over file://, and of MKBA_KOUD_EXTRA over http. */
async function meetKoud() {
  kop(`koude start tot het saldo op het overzicht (CPU 4× trager, lege cache, ${KOUD_N} metingen)`);
  const verwacht = engine.verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
  const paden = [
    ['http', server.baseUrl],
    ['file://', pathToFileURL(join(DIST, 'index.html')).href],
  ];
  let extraServer = null;
  if (KOUD_EXTRA) {
    extraServer = await startServer({ root: KOUD_EXTRA, extra: { '/favicon.ico': null } });
    paden.push([`http ${KOUD_EXTRA.split('/').pop()}`, extraServer.baseUrl]);
  }
  // A Chromium of its own, driven over the bare DevTools protocol (why: ui-koudestart.mjs).
  const chromium = await kaleChromium({ args: KOUD_CHROMIUM_ARGS, pad: CHROMIUM });
  try {
    for (const [naam, url] of paden) {
      const { dom, frame } = await meetKoudeStart({ chromium, url, verwacht, n: KOUD_N });
      const s = [...frame].sort((a, b) => a - b);
      const d = [...dom].sort((a, b) => a - b);
      const totaal = s.reduce((a, b) => a + b, 0);
      metingen.push({ naam: `koude start ${naam} (CPU 4×)`, iteraties: s.length, mediaanMs: pct(s, 50), p95Ms: pct(s, 95), gemiddeldMs: totaal / s.length, opsPerSec: (1000 * s.length) / totaal });
      console.log(`${`koude start ${naam}`.padEnd(34)} saldo in DOM p50 ${pct(d, 50).toFixed(0).padStart(5)} ms   op scherm p50 ${pct(s, 50).toFixed(0).padStart(5)} ms   min ${s[0].toFixed(0)}   max ${s[s.length - 1].toFixed(0)} ms`);
      meld(`koude start ${naam} [${bouwPad(naam === 'file://' ? 'file' : 'http', url === server.baseUrl || naam === 'file://' ? DIST : KOUD_EXTRA)}] (CPU 4×): mediaan ${pct(s, 50).toFixed(0)} ms tot het saldo op scherm (doel < ${BUDGET_KOUD_MS} ms: ${pct(s, 50) < BUDGET_KOUD_MS ? 'gehaald' : 'NIET GEHAALD'}; informatief)`);
    }
  } finally {
    await chromium.sluit();
    await extraServer?.close();
  }
}

/** Finds the field and the saldo element; returns { dom, frame } latencies or { nietGemeten: why }. */
async function meetInvoer(page) {
  const naarInvoer = page.locator('nav button[data-view="invoer"]');
  if ((await naarInvoer.count()) === 0) return { nietGemeten: 'geen knop naar het invoerscherm (nav button[data-view="invoer"])' };
  await naarInvoer.click();
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });

  const veld = await vindVeld(page);
  if (!veld) return { nietGemeten: 'het invoerscherm heeft (nog) geen veld voor de voorbereidingskosten van de Klantreis' };
  const saldo = page.locator('main [data-testid="saldo-per-klant-klantreis"], [data-testid="invoer-saldo-per-klant-klantreis"]').first();
  if ((await saldo.count()) === 0)
    return { nietGemeten: 'het invoerscherm toont het saldo per klant niet (data-testid="saldo-per-klant-klantreis" in <main>)' };

  await page.evaluate(() => {
    window.__bench = { t0: 0 };
    window.addEventListener('input', () => (window.__bench.t0 = performance.now()), { capture: true });
  });
  const dom = [];
  const frame = [];
  for (let i = 0; i < N + WARMUP; i++) {
    const bedrag = 1710 + i * 10; // every value gives a different saldo per client
    const verwacht = engine.verwachting(engine.denHaagMetVoorbereiding(bedrag)).werkwijzen.klantreis.saldoPerKlant.nl;
    // Arm the observer first, then type, then collect: the measurement runs entirely in the page.
    await page.evaluate(
      ([sel, doel]) => {
        const el = document.querySelector(sel);
        const norm = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
        window.__bench.klaar = new Promise((ok, fout) => {
          const obs = new MutationObserver(() => {
            if (!norm(el.textContent).includes(norm(doel))) return;
            const t = performance.now();
            obs.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => ok({ dom: t - window.__bench.t0, frame: performance.now() - window.__bench.t0 }));
          });
          obs.observe(el, { subtree: true, childList: true, characterData: true });
          const timer = setTimeout(() => {
            obs.disconnect();
            fout(new Error(`saldo toonde na 5 s nog "${norm(el.textContent)}", verwacht "${doel}"`));
          }, 5_000);
        });
        window.__bench.klaar.catch(() => {});
      },
      [await saldoSelector(saldo), verwacht],
    );
    await veld.fill(String(bedrag));
    let r;
    try {
      r = await page.evaluate(() => window.__bench.klaar);
    } catch (e) {
      return { nietGemeten: `het saldo werd niet bijgewerkt na invoer (${e.message.split('\n')[0]})` };
    }
    if (i >= WARMUP) {
      dom.push(r.dom);
      frame.push(r.frame);
    }
  }
  return { dom, frame };
}

async function saldoSelector(loc) {
  const id = await loc.getAttribute('data-testid');
  return `[data-testid="${id}"]`;
}

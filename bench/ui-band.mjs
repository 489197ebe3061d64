#!/usr/bin/env node
// Edit -> live band on the overview (issue 12 item 2), for one or more builds side by side (A/B on a
// shared machine): rounds alternate the builds, each round measures the band with and without the
// outcome redraw (meetBand, bench/lib/band.mjs). With --uitsplitsing it also shows where the time goes:
// keydown -> request posted to the band worker (store, render, wait) -> worker received -> worker
// answered -> answer received on the main thread -> band on screen (timestamps on one clock, from
// wrappers around the Worker's messages on both sides; the app itself is unchanged).
//
//   node bench/ui-band.mjs [distA distB ...] [--rondes 3] [--n 20] [--uitsplitsing]
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';
import { meetBand } from './lib/band.mjs';

const arg = (naam, std) => {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : std;
};
const dists = process.argv.slice(2).filter((a, i, l) => !a.startsWith('--') && !['--rondes', '--n'].includes(l[i - 1]));
if (dists.length === 0) dists.push('dist');
const RONDES = Number(arg('--rondes', 3));
const N = Number(arg('--n', 20));
const UITSPLITSING = process.argv.includes('--uitsplitsing');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

// Main-thread side: the band worker's requests and answers on the page's clock (timeOrigin + now).
function paginaSpoor() {
  const nu = () => performance.timeOrigin + performance.now();
  const spoor = (window.__spoor = { toets: [], vraag: [], antwoord: [] });
  addEventListener('keydown', (e) => e.key.toLowerCase() === 'z' && spoor.toets.push(nu()), { capture: true });
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(url, opts) {
      super(url, opts);
      if (!String(url).includes('band')) return;
      this.addEventListener('message', (e) => e.data?.soort === 'band' && spoor.antwoord.push(nu()));
      const post = this.postMessage.bind(this);
      this.postMessage = (m, t) => {
        if (m?.soort === 'band') spoor.vraag.push(nu());
        return post(m, t);
      };
    }
  };
}
// Worker side: when a request arrives and when the answer leaves.
function werkerSpoor() {
  const nu = () => performance.timeOrigin + performance.now();
  const spoor = (self.__spoor = { ontvangen: [], verstuurd: [] });
  const post = self.postMessage.bind(self);
  self.postMessage = (m, t) => {
    if (m?.soort === 'band') spoor.verstuurd.push(nu());
    return post(m, t);
  };
  return new Promise((ok) => {
    const kijk = () => {
      if (!self.onmessage) return setTimeout(kijk, 5);
      const orig = self.onmessage;
      self.onmessage = (e) => {
        spoor.ontvangen.push(nu());
        orig(e);
      };
      ok();
    };
    kijk();
  });
}

/** Per edit: the phases (ms) from the traces; the first request after each keydown. */
function fasen(p, w, klaar) {
  const eerste = (l, t) => l.find((x) => x >= t);
  return p.toets.map((k, i) => {
    const vraag = eerste(p.vraag, k);
    const ontv = eerste(w.ontvangen, vraag);
    const verst = eerste(w.verstuurd, ontv);
    const antw = eerste(p.antwoord, verst);
    return { 'toets→vraag': vraag - k, 'vraag→werker': ontv - vraag, werker: verst - ontv, 'werker→hoofd': antw - verst, 'antwoord→scherm': klaar[i] - antw };
  });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const uitslag = new Map();
try {
  for (let r = 0; r < RONDES; r++) {
    for (const d of dists) {
      const root = resolve(d);
      if (!existsSync(`${root}/index.html`)) throw new Error(`geen build in ${root}`);
      const server = await startServer({ root, extra: { '/favicon.ico': null } });
      const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      try {
        if (UITSPLITSING) await ctx.addInitScript(paginaSpoor);
        const page = await ctx.newPage();
        let werker = null;
        if (UITSPLITSING)
          page.on('worker', (w) => {
            if (w.url().includes('band')) werker = w.evaluate(werkerSpoor).then(() => w, () => null); // an old page's worker may be gone
          });
        await page.goto(server.baseUrl);
        await page.getByTestId('scenario-titel').waitFor({ state: 'visible', timeout: 15_000 });
        for (const hertrekken of [true, false]) {
          const b = await meetBand(page, hertrekken, N);
          if (b.nietGemeten) throw new Error(`${d}: ${b.nietGemeten}`);
          const sleutel = `${d} ${hertrekken ? 'hertrekken' : 'zonder'}`;
          const u = uitslag.get(sleutel) ?? { ms: [], taak: 0, fasen: [] };
          u.ms.push(...b.ms);
          u.taak = Math.max(u.taak, b.langsteTaak);
          if (UITSPLITSING && werker) {
            const w = await werker;
            if (!w) throw new Error('de band-werker is niet te volgen');
            const ps = await page.evaluate(() => window.__spoor);
            const ws = await w.evaluate(() => self.__spoor);
            // meetBand's keydown at t0, band at t0 + ms: the same keydowns as the trace's (after a reload, the last n + 1).
            const toets = ps.toets.slice(-(N + 1)).slice(1);
            u.fasen.push(...fasen({ ...ps, toets }, ws, toets.map((k, i) => k + b.ms[i])));
          }
          uitslag.set(sleutel, u);
        }
      } finally {
        await ctx.close();
        await server.close();
      }
      console.log(`ronde ${r + 1} ${d} klaar (load ${loadavg()[0].toFixed(2)})`);
    }
  }
} finally {
  await browser.close();
}
for (const [k, u] of uitslag) {
  console.log(`${k.padEnd(40)} n ${String(u.ms.length).padStart(3)}  p50 ${pct(u.ms, 50).toFixed(0).padStart(4)} ms  p95 ${pct(u.ms, 95).toFixed(0).padStart(4)} ms  max ${Math.max(...u.ms).toFixed(0).padStart(4)} ms  langste taak ${u.taak.toFixed(0)} ms`);
  if (u.fasen.length) {
    const namen = Object.keys(u.fasen[0]);
    console.log('   ' + namen.map((n) => `${n} ${pct(u.fasen.map((f) => f[n]), 50).toFixed(1)}/${pct(u.fasen.map((f) => f[n]), 95).toFixed(1)}`).join('  ') + '  (p50/p95 ms)');
  }
}
console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

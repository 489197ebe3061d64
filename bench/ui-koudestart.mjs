// Cold load (issue 13, speed): from the start of navigation until the overview shows the Klantreis
// saldo per client (the engine's own figure), in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate, "a council laptop"), with an empty cache in a fresh browser context
// each time. Measured in the page: performance.now() (0 = navigation start) when a MutationObserver
// sees the saldo, and at the next animation frame after it ("op scherm").
// Used by bench/ui.bench.mjs for the http-served build and for dist/index.html over file://; run alone
// with `node bench/ui-koudestart.mjs [distDir ...]` for both paths of one or more builds.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs `n` cold loads of `url` (plus one discarded warm-up for the OS file cache); returns { dom[], frame[] } in ms. */
/** Runs in the page before its scripts: ms from navigation start to the frame after the Klantreis saldo shows `doel`. */
export const waarnemer = (doel) => {
  const norm = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
  const obs = new MutationObserver(() => {
    const el = document.querySelector('[data-testid="saldo-per-klant-klantreis"]');
    if (!el || !norm(el.textContent).includes(norm(doel))) return;
    obs.disconnect();
    const t = performance.now();
    requestAnimationFrame(() => (window.__koud = { dom: t, frame: performance.now() }));
  });
  obs.observe(document, { subtree: true, childList: true, characterData: true });
};

/** One cold load of `url` in a fresh browser context: { dom, frame } in ms from navigation start. */
export async function eenKoudeStart({ browser, url, verwacht, vertraging = 4 }) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: vertraging });
    await page.addInitScript(waarnemer, verwacht);
    await page.goto(url, { waitUntil: 'commit' });
    const fout = new Promise((_, nee) => page.on('pageerror', (e) => nee(new Error(`paginafout: ${e.message}`))));
    const h = await Promise.race([page.waitForFunction(() => window.__koud, undefined, { timeout: 60_000, polling: 50 }), fout]);
    return await h.jsonValue();
  } finally {
    await context.close();
  }
}

export async function meetKoudeStart({ browser, url, verwacht, n = 5, vertraging = 4 }) {
  const dom = [];
  const frame = [];
  for (let i = 0; i <= n; i++) {
    const r = await eenKoudeStart({ browser, url, verwacht, vertraging });
    if (i > 0) {
      dom.push(r.dom);
      frame.push(r.frame);
    }
  }
  return { dom, frame };
}

/**
 * Extra Chromium flags for cold-load runs: headless Chromium 156 loads its omnibox popup (a WebUI
 * page, ~40 scripts) in a second renderer beside every new page, which competes for the CPU during
 * the measured load; a browser window a council member already has open does not do that per page.
 */
export const KOUD_ARGS = ['--disable-features=OmniboxPopupWebUIBaseContent,OmniboxPopupWebUIContent,WebUIOmniboxPopup'];

/** What kind of build a dist directory holds, read from its index.html (for the report). */
export function bouwSoort(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const module = /<script[^>]*type="module"/.test(html) || /<link[^>]*rel="modulepreload"/.test(html) || /data-module=/.test(html);
  const systemjs = /id="vite-legacy-entry"/.test(html) || /data-systemjs/.test(html);
  if (module && systemjs) return 'ESM-chunks via http, SystemJS via file://';
  if (module) return 'ESM-chunks';
  if (systemjs) return 'SystemJS-chunks (plugin-legacy)';
  return 'onbekend';
}

const mediaan = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Cold load of one or more builds over http (served under a subpath, as in the e2e tests) and over
 * file:// (dist/index.html opened from disk). With several builds the loads alternate (round 1: A
 * http, B http, A file://, B file://; round 2: …), so that a busy machine weighs on every build alike
 * (an A/B comparison). Returns per build [{ pad, bouw, dom[], frame[], mediaanDom, mediaanFrame }].
 */
export async function meetBeidePaden({ browser, distDirs, verwacht, n = 5, vertraging = 4 }) {
  const { startServer } = await import('../test/e2e/server.mjs');
  const servers = [];
  try {
    for (const d of distDirs) servers.push(await startServer({ root: d, extra: { '/favicon.ico': null } }));
    const paden = [
      ['http', (k) => servers[k].baseUrl],
      ['file://', (k) => pathToFileURL(join(distDirs[k], 'index.html')).href],
    ];
    const uit = distDirs.map((d) => {
      const soort = bouwSoort(d);
      return paden.map(([pad]) => ({ pad, bouw: soort.includes(' via ') ? (pad === 'http' ? 'ESM-chunks' : 'SystemJS-chunks') : soort, dom: [], frame: [] }));
    });
    // Round 0 is a warm-up (the OS file cache), not counted.
    for (let ronde = 0; ronde <= n; ronde++) {
      for (const [p, [, url]] of paden.entries()) {
        for (let k = 0; k < distDirs.length; k++) {
          const r = uit[k][p];
          if (r.fout) continue;
          try {
            const t = await eenKoudeStart({ browser, url: url(k), verwacht, vertraging });
            if (ronde > 0) (r.dom.push(t.dom), r.frame.push(t.frame));
          } catch (e) {
            r.fout = String(e?.message ?? e).split('\n')[0];
          }
        }
      }
    }
    for (const rs of uit) for (const r of rs) if (!r.fout) (r.mediaanDom = mediaan(r.dom), r.mediaanFrame = mediaan(r.frame));
    return uit;
  } finally {
    for (const s of servers) await s.close();
  }
}

// `node bench/ui-koudestart.mjs [distDir ...]` (default dist): cold load over http and file://, the
// median of BENCH_KOUD_N runs (default 5) per path, and which build each path got; several builds
// are measured alternately (an A/B comparison on a shared machine).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const engine = await import('../test/e2e/lib/engine.mjs');
  const verwacht = engine.verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
  const n = Number(process.env.BENCH_KOUD_N ?? 5);
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...KOUD_ARGS];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const namen = dirs.length ? dirs : ['dist'];
    const uit = await meetBeidePaden({ browser, distDirs: namen.map((d) => resolve(d)), verwacht, n });
    for (const [k, d] of namen.entries()) {
      for (const r of uit[k]) {
        if (r.fout) {
          console.log(`koude start ${d} ${r.pad.padEnd(7)} [${r.bouw}]  WERKT NIET: ${r.fout}`);
          continue;
        }
        const s = [...r.frame].sort((a, b) => a - b);
        console.log(
          `koude start ${d} ${r.pad.padEnd(7)} [${r.bouw}]  saldo in DOM mediaan ${r.mediaanDom.toFixed(0).padStart(5)} ms  op scherm mediaan ${r.mediaanFrame.toFixed(0).padStart(5)} ms  (min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}, n=${s.length})`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}

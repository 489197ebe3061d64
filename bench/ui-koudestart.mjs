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

export async function meetKoudeStart({ browser, url, verwacht, n = 5, vertraging = 4 }) {
  const dom = [];
  const frame = [];
  for (let i = 0; i <= n; i++) {
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
      const r = await h.jsonValue();
      if (i > 0) {
        dom.push(r.dom);
        frame.push(r.frame);
      }
    } finally {
      await context.close();
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
 * Cold load of one build over http (served under a subpath, as in the e2e tests) and over file://
 * (dist/index.html opened from disk); returns [{ pad, bouw, dom[], frame[], mediaanDom, mediaanFrame }].
 */
export async function meetBeidePaden({ browser, distDir, verwacht, n = 5, vertraging = 4 }) {
  const { startServer } = await import('../test/e2e/server.mjs');
  const server = await startServer({ root: distDir, extra: { '/favicon.ico': null } });
  const soort = bouwSoort(distDir);
  const uit = [];
  try {
    for (const [pad, url] of [
      ['http', server.baseUrl],
      ['file://', pathToFileURL(join(distDir, 'index.html')).href],
    ]) {
      const bouw = soort.includes(' via ') ? (pad === 'http' ? 'ESM-chunks' : 'SystemJS-chunks') : soort;
      try {
        const { dom, frame } = await meetKoudeStart({ browser, url, verwacht, n, vertraging });
        uit.push({ pad, bouw, dom, frame, mediaanDom: mediaan(dom), mediaanFrame: mediaan(frame) });
      } catch (e) {
        uit.push({ pad, bouw, fout: String(e?.message ?? e).split('\n')[0] });
      }
    }
  } finally {
    await server.close();
  }
  return uit;
}

// `node bench/ui-koudestart.mjs [distDir ...]` (default dist): cold load over http and file://, the
// median of BENCH_KOUD_N runs (default 5) per path, and which build each path got.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const engine = await import('../test/e2e/lib/engine.mjs');
  const verwacht = engine.verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
  const n = Number(process.env.BENCH_KOUD_N ?? 5);
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...KOUD_ARGS];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    for (const d of dirs.length ? dirs : ['dist']) {
      for (const r of await meetBeidePaden({ browser, distDir: resolve(d), verwacht, n })) {
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

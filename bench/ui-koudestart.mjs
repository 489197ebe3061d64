// Cold load (issue 13, speed): from the start of navigation until the overview shows the Klantreis
// saldo per client (the engine's own figure), in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate, "a council laptop"), with an empty cache in a fresh browser context
// each time. Measured in the page: performance.now() (0 = navigation start) when a MutationObserver
// sees the saldo, and at the next animation frame after it ("op scherm").
// Used by bench/ui.bench.mjs for the http-served build and for dist/index.html over file://; run alone
// with `node bench/ui-koudestart.mjs [distDir ...]` for both paths of one or more builds.
//
// How the page is driven, and why not through Playwright (koud8, 2026-12-06): the page must run as in
// a council member's browser, where no DevTools client is attached. Chromium is driven over a bare
// DevTools-protocol connection (kaleChromium) that enables only what the measurement needs: the CPU
// slowdown, the disabled cache (Network) and the observer as a script on new documents. Through
// Playwright two things ran in the page that no user's browser runs, both on the main thread during
// the measured load (traces of the same build at 4× CPU):
// - Playwright enables the protocol's Runtime domain on every page. With it on, V8 gives every Error
//   the page creates a detailed stack trace with source positions; react-dom creates five while its
//   module initialises, and V8 re-parsed the start chunk and react-dom's factory for them:
//   V8.CollectSourcePositions 464 ms inside the start chunk's evaluation (602 ms, of which the app's
//   own work ~140 ms). With Runtime on, each script-initiated request also records a full initiator
//   stack (V8StackTraceImpl::capture, 40–90 ms per chunk request from start.js).
// - page.waitForFunction evaluates Playwright's injected script (330 kB) in the page right after the
//   navigation commits: one 412 ms task (0,47–0,88 s) before start.js could run, then a poll every 50 ms.
// Here the bench waits with one Runtime.evaluate (awaitPromise) on the observer's promise, without
// enabling Runtime. The time is taken in the page, as before; the figure is what a user waits.
// `node bench/ui-koudestart-zonder-devtools.mjs` still measures both ways (with and without Runtime).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs in the page before its scripts: ms from navigation start to the frame after the Klantreis saldo shows `doel`. */
export const waarnemer = (doel) => {
  const norm = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
  let klaar;
  let fout;
  // Awaited once by the bench (eenKoudeStart): nothing polls the page while it loads. A script error
  // in the page rejects it (the bench does not enable the Runtime domain that would report it).
  window.__koudKlaar = new Promise((ja, nee) => ((klaar = ja), (fout = nee)));
  window.addEventListener('error', (e) => fout(new Error(`paginafout: ${e.message}`)));
  window.addEventListener('unhandledrejection', (e) => fout(new Error(`paginafout: ${e.reason?.message ?? e.reason}`)));
  const obs = new MutationObserver(() => {
    const el = document.querySelector('[data-testid="saldo-per-klant-klantreis"]');
    if (!el || !norm(el.textContent).includes(norm(doel))) return;
    obs.disconnect();
    const t = performance.now();
    requestAnimationFrame(() => klaar((window.__koud = { dom: t, frame: performance.now() })));
  });
  obs.observe(document, { subtree: true, childList: true, characterData: true });
};

/**
 * Starts Chromium (`args` as for Playwright, plus a DevTools port) and connects to it over the bare
 * DevTools protocol. Returns { stuur(method, params, sessionId), sluit() }.
 */
export async function kaleChromium({ args, pad = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }) {
  // Node 22 has WebSocket built in; on Node 20 the ws package (a devDependency) stands in.
  const WebSocket = globalThis.WebSocket ?? (await import('ws')).default;
  const profiel = mkdtempSync(join(tmpdir(), 'mkba-koud-'));
  const proces = spawn(pad, [...args, '--remote-debugging-port=0', `--user-data-dir=${profiel}`, 'about:blank'], { stdio: 'ignore' });
  const weg = new Promise((r) => proces.once('exit', r));
  let ws;
  const sluit = async () => {
    ws?.close();
    proces.kill();
    await weg;
    // Chromium's helper processes may still write to the profile for a moment after the browser exits
    // (ENOTEMPTY in a fresh-clone CI): retry, and leave a temporary folder rather than fail the bench.
    for (let poging = 0; ; poging++) {
      try {
        rmSync(profiel, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        break;
      } catch (e) {
        if (poging >= 5) {
          console.warn(`bench: tijdelijk Chromium-profiel ${profiel} niet opgeruimd (${e.code ?? e})`);
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  try {
    let poort;
    for (let i = 0; i < 300 && !poort; i++) {
      await new Promise((r) => setTimeout(r, 100));
      // The file may still be empty right after Chromium creates it.
      const regels = existsSync(join(profiel, 'DevToolsActivePort')) ? readFileSync(join(profiel, 'DevToolsActivePort'), 'utf8').split('\n') : [];
      if (/^\d+$/.test(regels[0] ?? '') && regels[1]) poort = regels;
    }
    if (!poort) throw new Error('Chromium gaf geen DevTools-poort');
    ws = new WebSocket(`ws://127.0.0.1:${poort[0]}${poort[1]}`);
    await new Promise((ok, nee) => (ws.addEventListener('open', ok), ws.addEventListener('error', nee)));
  } catch (e) {
    await sluit();
    throw e;
  }
  let volgnummer = 0;
  const open = new Map();
  ws.addEventListener('message', (m) => {
    const d = JSON.parse(String(m.data));
    const w = d.id && open.get(d.id);
    if (!w) return;
    open.delete(d.id);
    d.error ? w.nee(new Error(`${w.method}: ${JSON.stringify(d.error)}`)) : w.ok(d.result);
  });
  const stuur = (method, params = {}, sessionId) =>
    new Promise((ok, nee) => {
      const id = ++volgnummer;
      open.set(id, { ok, nee, method });
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  return { stuur, sluit };
}

/**
 * One cold load of `url` in a fresh browser context of `chromium` (from kaleChromium): { dom, frame }
 * in ms from navigation start. `runtime: true` enables the Runtime domain as Playwright does (only
 * for the comparison in ui-koudestart-zonder-devtools.mjs).
 */
export async function eenKoudeStart({ chromium, url, verwacht, vertraging = 4, runtime = false }) {
  const { stuur } = chromium;
  const { browserContextId } = await stuur('Target.createBrowserContext');
  let targetId;
  try {
    ({ targetId } = await stuur('Target.createTarget', { url: 'about:blank', browserContextId }));
    const { sessionId } = await stuur('Target.attachToTarget', { targetId, flatten: true });
    await stuur('Emulation.setCPUThrottlingRate', { rate: vertraging }, sessionId);
    await stuur('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await stuur('Emulation.setLocaleOverride', { locale: 'nl-NL' }, sessionId);
    if (runtime) await stuur('Runtime.enable', {}, sessionId);
    await stuur('Network.enable', {}, sessionId);
    await stuur('Network.setCacheDisabled', { cacheDisabled: true }, sessionId);
    await stuur('Page.enable', {}, sessionId);
    await stuur('Page.addScriptToEvaluateOnNewDocument', { source: `(${waarnemer})(${JSON.stringify(verwacht)})` }, sessionId);
    const { errorText } = await stuur('Page.navigate', { url }, sessionId);
    if (errorText) throw new Error(`${url}: ${errorText}`);
    let wacht;
    const tijd = new Promise((_, nee) => (wacht = setTimeout(() => nee(new Error(`geen saldo binnen 60 s: ${url}`)), 60_000)));
    const saldo = (async () => {
      for (;;) {
        const r = await stuur('Runtime.evaluate', { expression: 'window.__koudKlaar', awaitPromise: true, returnByValue: true }, sessionId);
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description?.split('\n')[0] ?? r.exceptionDetails.text);
        if (typeof r.result?.value?.frame === 'number') return r.result.value;
        await new Promise((ok) => setTimeout(ok, 20)); // still the previous document (about:blank)
      }
    })();
    // After a timeout the wait ends when the target closes; that late rejection is not an error.
    saldo.catch(() => {});
    try {
      return await Promise.race([saldo, tijd]);
    } finally {
      clearTimeout(wacht);
    }
  } finally {
    if (targetId) await stuur('Target.closeTarget', { targetId }).catch(() => {});
    await stuur('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

/** Runs `n` cold loads of `url` (plus one discarded warm-up for the OS file cache); returns { dom[], frame[] } in ms. */
export async function meetKoudeStart({ chromium, url, verwacht, n = 5, vertraging = 4 }) {
  const dom = [];
  const frame = [];
  for (let i = 0; i <= n; i++) {
    const r = await eenKoudeStart({ chromium, url, verwacht, vertraging });
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
 * The AIM and full popups are separate features (a trace still showed omnibox_popup_aim.html).
 */
export const KOUD_ARGS = ['--disable-features=OmniboxPopupWebUIBaseContent,OmniboxPopupWebUIContent,WebUIOmniboxPopup,WebUIOmniboxAimPopup,OmniboxAimPopupWebUIContent,OmniboxFullPopupWebUIContent'];

/** The flags for the cold-load Chromium (as the e2e tests, plus KOUD_ARGS). */
export const KOUD_CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...KOUD_ARGS];

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
export async function meetBeidePaden({ chromium, distDirs, verwacht, n = 5, vertraging = 4 }) {
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
            const t = await eenKoudeStart({ chromium, url: url(k), verwacht, vertraging });
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
  const engine = await import('../test/e2e/lib/engine.mjs');
  const verwacht = engine.verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
  const n = Number(process.env.BENCH_KOUD_N ?? 5);
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const chromium = await kaleChromium({ args: KOUD_CHROMIUM_ARGS });
  try {
    const namen = dirs.length ? dirs : ['dist'];
    const uit = await meetBeidePaden({ chromium, distDirs: namen.map((d) => resolve(d)), verwacht, n });
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
    await chromium.sluit();
  }
}

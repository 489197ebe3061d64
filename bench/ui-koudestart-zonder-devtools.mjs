// Cold load as in bench/ui-koudestart.mjs (4× CPU, empty cache, fresh browser context, the same
// MutationObserver on the Klantreis saldo), but over a bare DevTools-protocol connection instead of
// Playwright, so that the page runs as in a council member's browser: Playwright enables the
// protocol's Runtime domain on every page, and with that domain on, V8 records a detailed stack for
// every Error the page creates. react-dom creates one while its module initialises
// (HydrationMismatchException), with the whole start chunk on the stack: V8 then re-parses the
// chunk for source positions (~0,4 s at 4× CPU measured on 2026-12-05), which no browser without
// DevTools open pays. This script measures both: "zonder Runtime" (a normal browser) and "met
// Runtime" (what ui-koudestart.mjs and bench:ui see). Diagnostic only; the issue-13 target is
// still the figure of ui-koudestart.mjs.
//
//   node bench/ui-koudestart-zonder-devtools.mjs [distDir ...]   (BENCH_KOUD_N runs per path, default 5)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/e2e/server.mjs';
import { verwachting } from '../test/e2e/lib/engine.mjs';
import { KOUD_ARGS, waarnemer } from './ui-koudestart.mjs';

// Node 22 has WebSocket built in; on Node 20 the ws package (installed with jsdom) stands in.
const WebSocket = globalThis.WebSocket ?? (await import('ws')).default;
const verwacht = verwachting().werkwijzen.klantreis.saldoPerKlant.nl;
const n = Number(process.env.BENCH_KOUD_N ?? 5);
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dists = (dirs.length ? dirs : ['dist']).map((d) => resolve(d));
const mediaan = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const profiel = mkdtempSync(join(tmpdir(), 'mkba-koud-'));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...KOUD_ARGS];
const chromium = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...ARGS, '--remote-debugging-port=0', `--user-data-dir=${profiel}`, 'about:blank'], { stdio: 'ignore' });
const servers = [];
let ws;
try {
  let poort;
  for (let i = 0; i < 200 && !poort; i++) {
    await new Promise((r) => setTimeout(r, 100));
    // The file may still be empty right after Chromium creates it.
    const regels = existsSync(join(profiel, 'DevToolsActivePort')) ? readFileSync(join(profiel, 'DevToolsActivePort'), 'utf8').split('\n') : [];
    if (/^\d+$/.test(regels[0] ?? '') && regels[1]) poort = regels;
  }
  if (!poort) throw new Error('Chromium gaf geen DevTools-poort');
  ws = new WebSocket(`ws://127.0.0.1:${poort[0]}${poort[1]}`);
  await new Promise((ok, nee) => (ws.addEventListener('open', ok), ws.addEventListener('error', nee)));
  let volgnummer = 0;
  const open = new Map();
  ws.addEventListener('message', (m) => {
    const d = JSON.parse(String(m.data));
    const w = d.id && open.get(d.id);
    if (!w) return;
    open.delete(d.id);
    d.error ? w.nee(new Error(JSON.stringify(d.error))) : w.ok(d.result);
  });
  const stuur = (method, params = {}, sessionId) =>
    new Promise((ok, nee) => {
      const id = ++volgnummer;
      open.set(id, { ok, nee });
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });

  /** One cold load of `url`; returns ms to the saldo on screen. */
  async function een(url, runtime) {
    const { browserContextId } = await stuur('Target.createBrowserContext');
    const { targetId } = await stuur('Target.createTarget', { url: 'about:blank', browserContextId });
    try {
      const { sessionId } = await stuur('Target.attachToTarget', { targetId, flatten: true });
      await stuur('Emulation.setCPUThrottlingRate', { rate: 4 }, sessionId);
      if (runtime) await stuur('Runtime.enable', {}, sessionId);
      await stuur('Page.enable', {}, sessionId);
      await stuur('Network.enable', {}, sessionId);
      await stuur('Network.setCacheDisabled', { cacheDisabled: true }, sessionId);
      await stuur('Page.addScriptToEvaluateOnNewDocument', { source: `(${waarnemer})(${JSON.stringify(verwacht)})` }, sessionId);
      await stuur('Page.navigate', { url }, sessionId);
      for (let i = 0; i < 1200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const r = await stuur('Runtime.evaluate', { expression: 'window.__koud ? window.__koud.frame : null', returnByValue: true }, sessionId);
        if (typeof r.result.value === 'number') return r.result.value;
      }
      throw new Error(`geen saldo binnen 60 s: ${url}`);
    } finally {
      await stuur('Target.closeTarget', { targetId });
      await stuur('Target.disposeBrowserContext', { browserContextId });
    }
  }

  for (const d of dists) servers.push(await startServer({ root: d, extra: { '/favicon.ico': null } }));
  const uit = new Map();
  // Rounds alternate the builds and both modes, so that a busy machine weighs on all of them alike.
  for (let ronde = 0; ronde <= n; ronde++) {
    for (const [pad, runtime] of [['http', false], ['http', true], ['file://', false], ['file://', true]]) {
      for (let k = 0; k < dists.length; k++) {
        const url = pad === 'http' ? servers[k].baseUrl : pathToFileURL(join(dists[k], 'index.html')).href;
        const t = await een(url, runtime);
        if (ronde === 0) continue; // warm-up (OS file cache)
        const sleutel = `${dirs.length ? dirs[k] : 'dist'} ${pad.padEnd(7)} ${runtime ? 'met Runtime   ' : 'zonder Runtime'}`;
        uit.set(sleutel, [...(uit.get(sleutel) ?? []), t]);
      }
    }
  }
  for (const [sleutel, xs] of [...uit].sort()) {
    const s = [...xs].sort((a, b) => a - b);
    console.log(`koude start ${sleutel}  op scherm mediaan ${mediaan(s).toFixed(0).padStart(5)} ms  (min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}, n=${s.length})`);
  }
} finally {
  for (const s of servers) await s.close();
  ws?.close();
  chromium.kill();
  await new Promise((r) => chromium.once('exit', r));
  rmSync(profiel, { recursive: true, force: true });
}

#!/usr/bin/env node
// End-to-end test runner: serves dist/ under a subpath on 127.0.0.1, drives the system Chromium
// through playwright-core and runs every spec in test/e2e/specs/*.mjs in a fresh browser context.
//
//   node test/e2e/run.mjs                       all specs in test/e2e/specs/
//   node test/e2e/run.mjs --pending             also the specs in test/e2e/specs-pending/
//   node test/e2e/run.mjs path/to/spec.mjs ...  just these specs
//   E2E_GREP=text                               only specs whose name or file contains text
//   E2E_LANEN=n                                 specs at the same time, each lane its own Chromium
//                                               (default 2 on a machine with 2 or more cores; 1: one by one)
//
// A spec module exports `name` (string), `async run(ctx)` and optionally `options`:
//   { timeout?: ms, allowFileUrls?: boolean, allowConsoleErrors?: RegExp[], context?: BrowserContextOptions }
// ctx = { page, context, browser, baseUrl, origin, distDir, resultsDir, expect, engine, verwacht, app,
//         nieuwePagina(), nieuweContext(options?), log(...) }
//
// Every spec fails when the page requests anything other than the test server (data: and blob: are
// fine), when a same-origin request fails or returns >= 400, on an uncaught page error, and on a
// console error. A screenshot of every open page of a failed spec goes to test-results/.
// The last line is always "N passed, N failed"; the exit code is 1 when anything failed or no spec ran.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { expect, TRAAG } from './lib/expect.mjs';
import * as app from './lib/app.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
const RESULTS = join(ROOT, 'test-results');
const PREFIX = '/gemeente/mkba/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const started = Date.now();
let passed = 0;
let failed = 0;

function finish(code) {
  console.log(`\ne2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

// ---- which specs -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const withPending = argv.includes('--pending');
const explicit = argv.filter((a) => !a.startsWith('--'));
const listDir = (d) =>
  existsSync(d)
    ? readdirSync(d)
        .filter((f) => f.endsWith('.mjs'))
        .sort()
        .map((f) => join(d, f))
    : [];
let specFiles = explicit.length ? explicit.map((f) => resolve(f)) : [...listDir(join(HERE, 'specs')), ...(withPending ? listDir(join(HERE, 'specs-pending')) : [])];

// ---- preconditions -----------------------------------------------------------------------------
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`e2e: ${relative(ROOT, DIST) || DIST}/index.html is missing; build first (npm run e2e runs vite build)`);
  finish(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`e2e: no Chromium at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`);
  finish(1);
}
mkdirSync(RESULTS, { recursive: true });

// Expectations straight from the engine (see lib/engine.mjs); the baseline is written for reference.
const engine = await import('./lib/engine.mjs');
const verwacht = engine.verwachting();
writeFileSync(join(RESULTS, 'verwacht.json'), JSON.stringify(verwacht, null, 2));

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
// Chromium asks for /favicon.ico at the server root when the page declares no icon. That is
// answered with an empty 204 (so it never turns into a random 404 console error) and reported
// as a note at the end, because on a real subpath deployment it hits the host's root.
const server = await startServer({ root: DIST, prefix: PREFIX, extra: { '/__e2e__/axe.min.js': AXE_PATH, '/favicon.ico': null } });
const launch = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
// Lanes: the specs run two at a time (the CI's wall time; issue: CI within 20 minutes), each lane with
// its own Chromium, so nothing a browser shares between contexts (the clipboard) is shared by two specs.
const LANEN = Math.max(1, Math.min(specFiles.length, Number(process.env.E2E_LANEN ?? Math.min(2, availableParallelism()))));
const browsers = [await launch()];
// A promise a spec forgot to await must not kill the run (and with it the summary line). It counts
// against every spec running when it happens (with two lanes, which of the two is not known: both are named).
const lopend = new Map();
process.on('unhandledRejection', (e) => {
  const wie = lopend.size > 1 ? ` (while ${[...lopend.values()].join(' and ')} ran)` : '';
  for (const loose of lopend.keys()) loose.push(`unhandled rejection${wie}: ${e?.message ?? e}`);
});
console.log(`e2e: ${relative(ROOT, DIST)} at ${server.baseUrl}, Chromium ${browsers[0].version()}, ${specFiles.length} spec file(s), ${LANEN} at a time`);

const grep = process.env.E2E_GREP;

// ---- one spec ----------------------------------------------------------------------------------
async function runSpec(file, browser) {
  const label = relative(ROOT, file);
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (e) {
    return { name: label, ok: false, ms: 0, problems: [`cannot load spec: ${e?.stack ?? e}`] };
  }
  const name = typeof mod.name === 'string' ? mod.name : basename(file);
  if (grep && !name.includes(grep) && !file.includes(grep)) return null;
  if (typeof mod.run !== 'function') return { name, ok: false, ms: 0, problems: [`${label} exports no run()`] };
  const opts = mod.options ?? {};
  // A hang guard: with two lanes a spec shares the cores with another one and takes up to ~1,5× as long;
  // TRAAG (lib/expect.mjs) leaves room for a slow moment of the machine.
  const timeout = Math.round((opts.timeout ?? DEFAULT_TIMEOUT) * (LANEN > 1 ? 1.5 : 1) * TRAAG);
  const slug = basename(file, '.mjs');

  const problems = [];
  const external = [];
  const badResponses = [];
  const pageErrors = [];
  const consoleErrors = [];
  const allowed = (url) =>
    url.startsWith(server.origin + '/') || url.startsWith('data:') || url.startsWith('blob:') || (opts.allowFileUrls === true && url.startsWith('file:'));

  const pages = [];
  const contexts = [];
  // Every context a spec uses is made here, so the same checks apply to all of them.
  async function maakContext(extra = {}) {
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 900 },
      ...(opts.context ?? {}),
      ...extra,
    });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin }).catch(() => {});
    // Nothing leaves this machine: record every request, and abort the ones that would.
    context.on('request', (req) => {
      if (!allowed(req.url())) external.push(`${req.method()} ${req.url()}`);
    });
    await context.route(
      (url) => !allowed(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    context.on('requestfailed', (req) => {
      if (allowed(req.url()) && !req.url().startsWith('data:') && !req.url().startsWith('blob:'))
        badResponses.push(`${req.method()} ${req.url()} failed: ${req.failure()?.errorText}`);
    });
    context.on('response', (res) => {
      if (res.status() >= 400 && res.url().startsWith(server.origin)) badResponses.push(`${res.request().method()} ${res.url()} -> HTTP ${res.status()}`);
    });
    context.on('page', (p) => {
      pages.push(p);
      p.setDefaultTimeout(15_000 * TRAAG);
      p.on('pageerror', (err) => pageErrors.push(`${err.name}: ${err.message}`));
      p.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const loc = msg.location();
        const text = `${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
        if ((opts.allowConsoleErrors ?? []).some((re) => re.test(text))) return;
        consoleErrors.push(text);
      });
      p.on('websocket', (ws) => {
        if (!allowed(ws.url().replace(/^ws/, 'http'))) external.push(`WEBSOCKET ${ws.url()}`);
      });
    });
    return context;
  }
  const context = await maakContext();
  const page = await context.newPage();
  const logs = [];
  const log = (...a) => logs.push(a.join(' '));

  const t0 = Date.now();
  let timer;
  try {
    await Promise.race([
      mod.run({
        page,
        context,
        browser,
        baseUrl: server.baseUrl,
        origin: server.origin,
        distDir: DIST,
        resultsDir: RESULTS,
        expect,
        engine,
        verwacht,
        app,
        log,
        nieuwePagina: () => context.newPage(),
        /** A fresh, equally checked context (own storage: no autosave carried over). */
        nieuweContext: (extra) => maakContext(extra),
      }),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`timed out after ${timeout} ms`)), timeout);
      }),
    ]);
  } catch (e) {
    const tekst = e?.name === 'AssertionError' || /^timed out after/.test(e?.message ?? '') ? e.message : (e?.stack ?? String(e));
    // eslint-disable-next-line no-control-regex
    problems.push(tekst.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim() && !l.includes('node:internal')).slice(0, 10).join('\n'));
  } finally {
    clearTimeout(timer);
  }
  // Late errors (e.g. an effect that throws after the last assertion) still count.
  await new Promise((r) => setTimeout(r, 100));
  const ms = Date.now() - t0;

  if (external.length) problems.push(`requests outside ${server.origin}:\n        ${[...new Set(external)].join('\n        ')}`);
  if (badResponses.length) problems.push(`failed requests to the app:\n        ${[...new Set(badResponses)].join('\n        ')}`);
  if (pageErrors.length) problems.push(`uncaught page errors:\n        ${pageErrors.join('\n        ')}`);
  if (consoleErrors.length) problems.push(`console errors:\n        ${consoleErrors.join('\n        ')}`);

  const shots = [];
  if (problems.length) {
    for (const [i, p] of pages.entries()) {
      if (p.isClosed()) continue;
      const file = join(RESULTS, `${slug}${i ? `-${i + 1}` : ''}.png`);
      try {
        await p.screenshot({ path: file, fullPage: true, timeout: 5_000 });
        shots.push(relative(ROOT, file));
      } catch {
        /* page is gone or hung: no screenshot */
      }
    }
  }
  for (const c of contexts) await c.close().catch(() => {});
  return { name, ok: problems.length === 0, ms, problems, shots, logs };
}

// ---- all specs ---------------------------------------------------------------------------------
// The longest specs first (their timeout says how long they may take), so that the lanes end together.
const timeoutVan = async (file) => {
  try {
    return (await import(pathToFileURL(file).href)).options?.timeout ?? DEFAULT_TIMEOUT;
  } catch {
    return DEFAULT_TIMEOUT; // runSpec reports the error
  }
};
const tijden = new Map();
for (const f of specFiles) tijden.set(f, await timeoutVan(f));
const wachtrij = [...specFiles].sort((a, b) => tijden.get(b) - tijden.get(a));

async function baan(i) {
  for (let file = wachtrij.shift(); file; file = wachtrij.shift()) {
    const loose = [];
    lopend.set(loose, relative(ROOT, file));
    let r;
    try {
      if (!browsers[i]?.isConnected()) browsers[i] = await launch();
      r = await runSpec(file, browsers[i]);
    } catch (e) {
      // The harness itself broke (e.g. Chromium died): count it, start a new browser, go on.
      r = { name: relative(ROOT, file), ok: false, ms: 0, problems: [`runner error: ${e?.stack ?? e}`], shots: [], logs: [] };
    } finally {
      lopend.delete(loose);
    }
    if (r) meldUitkomst(loose.length ? { ...r, ok: false, problems: [...r.problems, ...loose] } : r);
  }
}

function meldUitkomst(r) {
  if (r.ok) {
    passed++;
    console.log(`  ✓ ${r.name} (${r.ms} ms)`);
    for (const l of r.logs ?? []) console.log(`      ${l}`);
  } else {
    failed++;
    console.log(`  ✗ ${r.name} (${r.ms} ms)`);
    for (const l of r.logs ?? []) console.log(`      ${l}`);
    for (const p of r.problems) console.log(`      ${p.replace(/\n/g, '\n      ')}`);
    for (const s of r.shots ?? []) console.log(`      screenshot: ${s}`);
  }
}

try {
  await Promise.all(Array.from({ length: LANEN }, (_, i) => baan(i)));
} finally {
  for (const b of browsers) await b?.close().catch(() => {});
  await server.close();
}
// Not a failure (the request stays on this server), but on a real subpath deployment it hits the host's root.
const heeftIcoon = /<link\b[^>]*\brel=["'][^"']*\bicon\b/i.test(readFileSync(join(DIST, 'index.html'), 'utf8'));
if (!heeftIcoon || server.log.some((r) => r.url.startsWith('/favicon.ico')))
  console.log(
    `\nnote: dist/index.html declares no <link rel="icon">, so browsers ask for /favicon.ico at the server root, outside the app's folder (${PREFIX})`,
  );
if (passed + failed === 0) console.log('e2e: no spec ran — that counts as a failure');
finish(failed > 0 || passed === 0 ? 1 : 0);

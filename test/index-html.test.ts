/**
 * index.html: an empty data: favicon, so that the browser never asks for /favicon.ico (a 404 when
 * the app is served from a subpath or a file share), and a Content-Security-Policy that allows it
 * (img-src data:) while keeping scripts to 'self' (plus WebAssembly the app compiles itself) and connections
 * to the app itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const richtlijnen = new Map(
  csp
    .split(';')
    .map((r) => r.trim().split(/\s+/))
    .filter((r) => r[0])
    .map((r) => [r[0]!, r.slice(1)] as const),
);

describe('index.html', () => {
  it('heeft een leeg data:-favicon, geen verwijzing naar /favicon.ico', () => {
    expect(html).toMatch(/<link rel="icon" href="data:," \/>/);
    expect(html).not.toMatch(/favicon\.ico/);
  });

  it('de CSP staat dat favicon toe en blijft streng voor scripts en verbindingen', () => {
    expect(richtlijnen.get('img-src')).toContain('data:');
    // 'wasm-unsafe-eval': the Monte Carlo compiles its own formulas to WebAssembly (kernWasm.ts); it allows
    // no JavaScript eval, no inline script and no code from elsewhere.
    expect(richtlijnen.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(richtlijnen.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(richtlijnen.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

/** The example server configuration in docs/hosting sends the same policy as a header, plus what a meta tag cannot carry. */
describe('docs/hosting/nginx.conf', () => {
  const conf = readFileSync(new URL('../docs/hosting/nginx.conf', import.meta.url), 'utf8');
  const header = (naam: string) => new RegExp(`add_header ${naam} "([^"]+)" always;`).exec(conf)?.[1];

  it('stuurt de CSP van index.html als header, met frame-ancestors erbij', () => {
    expect(header('Content-Security-Policy')).toBe(`${csp}; frame-ancestors 'none'`);
  });

  it('stuurt X-Content-Type-Options: nosniff en geen referrer', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
  });
});

/**
 * The built index.html (vite.config.ts, mkba:bestandsshare): plugin-legacy's scripts replaced by the
 * one classic start script that loads ESM chunks over http(s) and SystemJS chunks from file://.
 * Input: plugin-legacy's tags as vite build writes them (renderModernChunks: true).
 */
describe('startScript (index.html na de build)', async () => {
  const { startScript } = await import('../scripts/startscript');
  const gebouwd = `<html><head>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/model-B.js">
    <link rel="modulepreload" crossorigin href="./assets/getal-C.js">
    <link rel="stylesheet" crossorigin href="./assets/index-D.css">
    <script type="module">import'data:text/javascript,if(!import.meta.resolve)throw Error("x")';import.meta.url;window.__vite_is_modern_browser=true</script>
    <script type="module">!function(){if(window.__vite_is_modern_browser)return;}();</script>
  </head><body>
    <div id="root"></div>
    <script nomodule>!function(){}();</script>
    <script nomodule crossorigin id="vite-legacy-polyfill" src="./assets/polyfills-legacy-E.js"></script>
    <script nomodule crossorigin id="vite-legacy-entry" data-src="./assets/index-legacy-F.js">System.import(document.getElementById('vite-legacy-entry').getAttribute('data-src'))</script>
  </body></html>`;
  const imports: Record<string, string[]> = { 'assets/index-legacy-F.js': ['assets/model-legacy-G.js'], 'assets/model-legacy-G.js': ['assets/getal-legacy-H.js'], 'assets/getal-legacy-H.js': [] };
  const uit = startScript(gebouwd, (f) => imports[f]);

  it('geen inline scripts (de CSP staat ze niet toe), geen module-scripts of crossorigin in de HTML (file:// blokkeert ze)', () => {
    expect(uit).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(uit).not.toMatch(/type="module"|modulepreload|nomodule|crossorigin/);
    expect(uit).toContain('<link rel="stylesheet" href="./assets/index-D.css">');
  });

  it('één startscript met beide paden: ESM-entry en preloads voor http(s), SystemJS, legacy-entry en al zijn imports voor file://', () => {
    const tags = uit.match(/<script\b[^>]*>/g) ?? [];
    expect(tags).toEqual([
      '<script id="mkba-start" src="./start.js" data-module="./assets/index-A.js" data-preload="./assets/model-B.js ./assets/getal-C.js" data-systemjs="./assets/polyfills-legacy-E.js" data-legacy="./assets/index-legacy-F.js" data-legacy-preload="./assets/index-legacy-F.js ./assets/model-legacy-G.js ./assets/getal-legacy-H.js">',
    ]);
    expect(uit.indexOf('mkba-start')).toBeGreaterThan(uit.indexOf('<div id="root">'));
  });

  it('faalt luid als plugin-legacy iets anders schrijft', () => {
    expect(() => startScript(gebouwd.replace('id="vite-legacy-entry"', 'id="iets-anders"'), (f) => imports[f])).toThrow(/SystemJS-entry/);
    expect(() => startScript(gebouwd, () => undefined)).toThrow(/imports van assets\/index-legacy-F.js onbekend/);
  });
});

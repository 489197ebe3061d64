/**
 * Two sets of chunks from one build, one index.html (issue 13, speed): over http(s) the browser gets
 * native ES module chunks with modulepreload hints; opened from a file share (file://), where Chromium
 * blocks module scripts, it gets the SystemJS chunks of plugin-legacy. The CSP forbids inline scripts,
 * so public/start.js chooses by location.protocol; this plugin replaces plugin-legacy's inline and
 * module scripts with that one classic script, which carries the chunk names in data attributes:
 * data-module (ESM entry), data-preload (its static imports), data-systemjs (SystemJS and the polyfills
 * chunk), data-legacy (SystemJS entry) and data-legacy-preload (the SystemJS entry and its static imports, all
 * levels, from `importsVan`: fetched at once instead of one level at a time). No crossorigin attributes
 * (file:// has no origin). Fails the build when plugin-legacy's output no longer looks as expected.
 * On file://, start.js also clears the cross-origin mark SystemJS puts on the scripts it adds (a page
 * without origin would block them). Either way it first warms Intl.NumberFormat, whose first use loads
 * the browser's number data, so that it overlaps the download of the chunks.
 */
export function startScript(html: string, importsVan: (bestand: string) => readonly string[] | undefined = () => []): string {
  const attr = (re: RegExp, wat: string) => {
    const m = re.exec(html);
    if (!m) throw new Error(`mkba:bestandsshare: ${wat} niet gevonden in index.html`);
    return m[1]!;
  };
  const module = attr(/<script type="module" crossorigin src="([^"]+)"><\/script>/, 'ESM-entry');
  const systemjs = attr(/<script nomodule crossorigin id="vite-legacy-polyfill" src="([^"]+)"><\/script>/, 'SystemJS-polyfills');
  const legacy = attr(/<script nomodule crossorigin id="vite-legacy-entry" data-src="([^"]+)">/, 'SystemJS-entry');
  const preload = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
  // Chunk file names are relative to dist ("assets/x.js"), the attributes to index.html ("./assets/x.js").
  const map = legacy.slice(0, legacy.lastIndexOf('/') + 1);
  const entry = legacy.replace(/^\.\//, '');
  if (!importsVan(entry)) throw new Error(`mkba:bestandsshare: imports van ${entry} onbekend`);
  const gezien = new Set<string>();
  const wachtrij = [...(importsVan(entry) ?? [])];
  while (wachtrij.length) {
    const f = wachtrij.shift()!;
    if (gezien.has(f)) continue;
    gezien.add(f);
    wachtrij.push(...(importsVan(f) ?? []));
  }
  const legacyPreload = [legacy, ...[...gezien].map((f) => map + f.slice(f.lastIndexOf('/') + 1))];
  const start = `<script id="mkba-start" src="./start.js" data-module="${module}" data-preload="${preload.join(' ')}" data-systemjs="${systemjs}" data-legacy="${legacy}" data-legacy-preload="${legacyPreload.join(' ')}"></script>`;
  return html
    .replace(/\s*<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<script nomodule[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/ crossorigin(?=[\s>])/g, '')
    .replace(/(\s*)<\/body>/, `$1  ${start}$1</body>`);
}

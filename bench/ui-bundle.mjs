// What the browser must download before the first screen: the JavaScript referenced by dist/index.html
// (module or classic <script src>, the plugin-legacy entry in data-src, <link rel="modulepreload">,
// and the start script's chunk lists, see vite.config.ts mkba:bestandsshare: data-module and
// data-preload over http(s), data-systemjs and data-legacy over file://) plus, transitively, the
// chunks those import statically (ESM `import … from "./x.js"` or SystemJS
// `System.register(["./x.js", …])`). `initial` is what a web-hosted browser loads (the budget);
// `bestandsshare` is what dist/index.html opened from a file share loads, when the build has that
// second path. Every other .js file in dist is a lazy chunk (SystemJS chunks apart, in lazyLegacy).
// Sizes are gzip level 9, per file, summed. Used by bench/bundle-budget.mjs and bench/ui.bench.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function attrs(tag) {
  const a = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) a[m[1].toLowerCase()] = m[3] ?? m[4] ?? m[5];
  return a;
}

function allFiles(dir) {
  const uit = [];
  for (const naam of readdirSync(dir)) {
    const p = join(dir, naam);
    if (statSync(p).isDirectory()) uit.push(...allFiles(p));
    else uit.push(p);
  }
  return uit;
}

/** Relative URL in a file under dist -> absolute path, or null when it is not a local file. */
function lokaal(distDir, vanBestand, url) {
  if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return null;
  const schoon = url.split(/[?#]/)[0];
  const p = schoon.startsWith('/') ? join(distDir, schoon) : resolve(dirname(vanBestand), schoon);
  return existsSync(p) ? p : null;
}

/** Static imports of one JS chunk (ESM or SystemJS), as paths. */
function statischeImports(distDir, bestand) {
  const code = readFileSync(bestand, 'utf8');
  const specs = new Set();
  // ESM: import x from "./a.js"; import "./a.js"; export * from "./a.js" (not import("./a.js")).
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) specs.add(m[1]);
  // SystemJS: System.register(["./a.js", `./b.js`], function …) (minifiers may use any quote).
  const sys = code.match(/System\.register\(\s*\[([^\]]*)\]/);
  if (sys) for (const m of sys[1].matchAll(/(["'`])([^"'`]+)\1/g)) specs.add(m[2]);
  return [...specs].map((s) => lokaal(distDir, bestand, s)).filter(Boolean);
}

/**
 * @returns {{ initial: {file:string, raw:number, gzip:number}[], lazy: {file:string, raw:number, gzip:number}[],
 *            css: {file:string, raw:number, gzip:number}[], initialGzip: number, lazyGzip: number }}
 */
export function meetBundel(distDir) {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} ontbreekt: bouw eerst (npx vite build)`);
  const html = readFileSync(index, 'utf8');
  const start = [];
  const startBestand = [];
  const css = [];
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (m[1].toLowerCase() === 'script') {
      if ('nomodule' in a) continue; // not loaded by the browsers we target
      const twee = 'data-module' in a;
      for (const u of [a.src, a['data-src'], a['data-module'], ...(a['data-preload'] ?? '').split(/\s+/)]) {
        const p = lokaal(distDir, index, u);
        if (p) start.push(p);
      }
      if (twee) {
        for (const u of [a.src, a['data-systemjs'], a['data-legacy']]) {
          const p = lokaal(distDir, index, u);
          if (p) startBestand.push(p);
        }
      }
    } else {
      const rel = (a.rel ?? '').toLowerCase();
      const p = lokaal(distDir, index, a.href);
      if (!p) continue;
      if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) start.push(p);
      else if (rel.includes('stylesheet')) css.push(p);
    }
  }
  const afsluiting = (begin) => {
    const set = new Set();
    const wachtrij = [...begin];
    while (wachtrij.length) {
      const p = wachtrij.shift();
      if (set.has(p)) continue;
      set.add(p);
      if (p.endsWith('.js') || p.endsWith('.mjs')) wachtrij.push(...statischeImports(distDir, p));
    }
    return set;
  };
  const initieel = afsluiting(start);
  const initieelBestand = startBestand.length ? afsluiting(startBestand) : null;
  const rij = (p) => {
    const buf = readFileSync(p);
    return { file: relative(distDir, p).split('\\').join(posix.sep), raw: buf.length, gzip: gz(buf) };
  };
  const initial = [...initieel].map(rij);
  const isLegacy = (p) => initieelBestand?.has(p) || /-legacy-[^/]*\.js$/.test(p);
  const overig = allFiles(distDir).filter((p) => /\.m?js$/.test(p) && !initieel.has(p));
  const lazy = overig.filter((p) => !initieelBestand || !isLegacy(p)).sort().map(rij);
  const lazyLegacy = initieelBestand ? overig.filter((p) => isLegacy(p) && !initieelBestand.has(p)).sort().map(rij) : [];
  const cssRows = css.map(rij);
  const sum = (rows) => rows.reduce((s, r) => s + r.gzip, 0);
  const bestandsshare = initieelBestand ? { initial: [...initieelBestand].map(rij) } : null;
  if (bestandsshare) bestandsshare.initialGzip = sum(bestandsshare.initial);
  return { initial, lazy, lazyLegacy, css: cssRows, initialGzip: sum(initial), lazyGzip: sum(lazy), bestandsshare };
}

export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

export function printBundel(m, log = console.log) {
  log(`initiële JavaScript${m.bestandsshare ? ' via http(s), ESM-chunks' : ''} (gzip -9): ${kB(m.initialGzip)}`);
  for (const r of m.initial) log(`  ${r.file.padEnd(48)} ${kB(r.raw).padStart(10)}  gz ${kB(r.gzip).padStart(9)}`);
  if (m.bestandsshare) {
    log(`initiële JavaScript via file://, SystemJS-chunks (gzip -9): ${kB(m.bestandsshare.initialGzip)}`);
    for (const r of m.bestandsshare.initial) log(`  ${r.file.padEnd(48)} ${kB(r.raw).padStart(10)}  gz ${kB(r.gzip).padStart(9)}`);
  }
  log(`lazy chunks (gzip -9, samen ${kB(m.lazyGzip)}):`);
  for (const r of m.lazy) log(`  ${r.file.padEnd(48)} ${kB(r.raw).padStart(10)}  gz ${kB(r.gzip).padStart(9)}`);
  if (m.lazyLegacy?.length) log(`lazy SystemJS-chunks voor file:// (${m.lazyLegacy.length}, samen ${kB(m.lazyLegacy.reduce((s, r) => s + r.gzip, 0))} gz)`);
  if (m.css.length) log(`CSS bij het starten: ${m.css.map((r) => `${r.file} gz ${kB(r.gzip)}`).join(', ')}`);
}

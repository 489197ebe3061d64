/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import legacy from '@vitejs/plugin-legacy';
import { fileURLToPath } from 'node:url';
import { startScript } from './scripts/startscript.ts';
import { voorbeeldenGevalideerd } from './scripts/voorbeeldenGevalideerd.ts';
import { cjsExportNaam, metCompileerHint, vroegCompileren } from './scripts/vroegCompileren.ts';
import { normaleCss, zonderIngevoegdeCss } from './scripts/dubbeleCss.ts';

const legacyImports = new Map<string, readonly string[]>();

/** Puts public/start.js in index.html in place of plugin-legacy's scripts (scripts/startscript.ts). */
const bestandsshare: Plugin = {
  name: 'mkba:bestandsshare',
  apply: 'build',
  enforce: 'post',
  // On the written index.html: plugin-legacy adds its tags after every transformIndexHtml hook.
  generateBundle(_opties, bundel) {
    // plugin-legacy writes the SystemJS chunks first, in an output of their own: their imports are
    // kept for the start script's preload list when index.html comes by with the ESM chunks.
    for (const c of Object.values(bundel)) if (c.type === 'chunk' && c.fileName.includes('-legacy-')) legacyImports.set(c.fileName, c.imports);
    const index = bundel['index.html'];
    if (index?.type === 'asset') index.source = startScript(String(index.source), (f) => legacyImports.get(f));
    // plugin-legacy's guard at the top of the ESM entry imports a data: module (blocked by the CSP:
    // script-src 'self') to send old browsers to the SystemJS chunks; start.js chooses instead.
    for (const c of Object.values(bundel)) {
      if (c.type !== 'chunk' || !c.code.includes('__vite_legacy_guard')) continue;
      c.code = c.code.replace(/^import\s*'data:text\/javascript,[^']*';export function __vite_legacy_guard\(\)\{import\.meta\.url,import\(.{3}\)\.catch\(\(\)=>1\),\(async function\*\(\)\{\}\)\(\)\.next\(\)\}/, '');
      if (c.code.includes('__vite_legacy_guard')) throw new Error(`mkba:bestandsshare: plugin-legacy's guard in ${c.fileName} niet herkend`);
    }
  },
};

/**
 * Puts "use strict" back at the top of every SystemJS chunk. The minifier treats the legacy chunks
 * as modules (strict) and drops the "use strict" that Babel's SystemJS wrapper carries, yet the
 * browser runs them as classic scripts (sloppy). Its inlining then broke code that is only correct in
 * strict mode: papaparse's block-level `function addHeader` was hoisted over its config parameter
 * (Annex B), so every Papa.parse on the main thread threw "reading 'skipEmptyLines'".
 */
const strikt: Plugin = {
  name: 'mkba:strikt',
  apply: 'build',
  enforce: 'post',
  generateBundle(_opties, bundel) {
    for (const c of Object.values(bundel)) {
      if (c.type === 'chunk' && c.code.includes('System.register(') && !/^\s*["']use strict["']/.test(c.code)) c.code = `"use strict";${c.code}`;
    }
  },
};

/**
 * The SystemJS entry chunk without the copy of the start-up style sheet that Vite inlines in it
 * (scripts/dubbeleCss.ts): index.html links that style sheet on both paths. plugin-legacy writes the
 * SystemJS output first; when the ES output with index.html comes by, the removed CSS must be the
 * linked style sheet exactly, or the build fails.
 */
let verwijderdeCss: string | undefined;
const geenDubbeleCss: Plugin = {
  name: 'mkba:geen-dubbele-css',
  apply: 'build',
  enforce: 'post',
  generateBundle(_opties, bundel) {
    // The page's own entry (index.html), not plugin-legacy's polyfills entry.
    const chunks = Object.values(bundel).filter((c) => c.type === 'chunk' && c.isEntry && /[\\/]index\.html$/.test(c.facadeModuleId ?? ''));
    const legacy = chunks.filter((c) => c.fileName.includes('-legacy-'));
    if (legacy.length) {
      if (legacy.length !== 1 || legacy[0]!.type !== 'chunk') throw new Error(`mkba:geen-dubbele-css: ${legacy.length} SystemJS-entries: ${legacy.map((c) => `${c.fileName} (${c.type === 'chunk' ? c.facadeModuleId : ''})`).join(', ')}`);
      const uit = zonderIngevoegdeCss(legacy[0]!.code);
      legacy[0]!.code = uit.code;
      verwijderdeCss = uit.css;
      return;
    }
    const entry = chunks.find((c) => c.type === 'chunk' && c.viteMetadata?.importedCss.size);
    if (!entry || entry.type !== 'chunk' || !bundel['index.html']) return;
    if (verwijderdeCss === undefined) throw new Error('mkba:geen-dubbele-css: de SystemJS-entry is niet eerst geschreven');
    const gelinkt = [...entry.viteMetadata!.importedCss].map((f) => bundel[f]).map((a) => (a?.type === 'asset' ? String(a.source) : ''));
    if (gelinkt.length !== 1 || normaleCss(gelinkt[0]!) !== normaleCss(verwijderdeCss)) {
      throw new Error('mkba:geen-dubbele-css: de uit de SystemJS-entry weggehaalde CSS is niet het stijlblad dat index.html linkt');
    }
    const html = String((bundel['index.html'] as { source: string | Uint8Array }).source);
    for (const f of entry.viteMetadata!.importedCss) if (!html.includes(`href="./${f}"`)) throw new Error(`mkba:geen-dubbele-css: index.html linkt ${f} niet`);
  },
};

/** Lets V8 compile the SystemJS chunks' module code while they stream in (scripts/vroegCompileren.ts). */
const vroeg: Plugin = {
  name: 'mkba:vroeg-compileren',
  apply: 'build',
  enforce: 'post',
  generateBundle(_opties, bundel) {
    const legacy = Object.values(bundel).filter((c) => c.type === 'chunk' && c.code.includes('System.register('));
    const cjs = legacy.map((c) => (c.type === 'chunk' ? cjsExportNaam(c.code) : undefined)).find(Boolean);
    for (const c of legacy) if (c.type === 'chunk') c.code = vroegCompileren(c.code, cjs);
  },
};

/**
 * The compile hint on the start chunks, ESM and SystemJS (scripts/vroegCompileren.ts): their
 * functions compile while the chunk streams in, not on the main thread at the first render. Lazy
 * chunks, and the start-zod chunk (below: mostly unused by the first screen), keep V8's own choice.
 * The hint must be the file's first line.
 */
const compileerBijLaden: Plugin = {
  name: 'mkba:compileer-bij-laden',
  apply: 'build',
  enforce: 'post',
  // Last of all: Vite's own generateBundle puts `const __vite__mapDeps=…` at the top of the ESM entry.
  generateBundle: {
    order: 'post',
    handler(_opties, bundel) {
      for (const c of Object.values(bundel)) if (c.type === 'chunk' && c.isEntry) c.code = metCompileerHint(c.code);
    },
  },
};

export default defineConfig({
  base: './',
  // exceljs (the Excel workbook, loaded on demand): in the browser build the import resolves to a
  // shim that hands out the package's own browser build (dist/exceljs.bare.min.js, no polyfills),
  // loaded as a plain script asset by src/ui/gedeeld/export/laadExcelJs.ts. Bundling exceljs instead made
  // rolldown split its CommonJS helpers into a shared start-up chunk (+0,5 kB initial JS) and ran
  // the legacy transform over 900 kB. Node (vitest, the CLI) keeps the package's own entry.
  resolve: process.env.VITEST ? {} : { alias: [{ find: /^exceljs$/, replacement: fileURLToPath(new URL('./src/ui/gedeeld/export/exceljsGlobaal.ts', import.meta.url)) }] },
  plugins: [
    react(),
    legacy({
      targets: ['chrome >= 100', 'edge >= 100', 'firefox >= 100', 'safari >= 15'],
      renderModernChunks: true,
      polyfills: false,
    }),
    bestandsshare,
    geenDubbeleCss,
    strikt,
    vroeg,
    compileerBijLaden,
    voorbeeldenGevalideerd,
  ],
  // license: the licences of every bundled dependency (stdlib is Apache-2.0, which asks for its
  // licence to ship with the code) in one file next to index.html, instead of 485 @license comments
  // in the worker script.
  build: {
    target: 'es2022',
    sourcemap: false,
    license: { fileName: 'licenties.md' },
    // Everything the first screen imports in one chunk (issue 13, speed): rolldown otherwise splits
    // the modules that the lazy views share with it into a dozen start-up chunks, and each one costs
    // the main thread a preload tag, a response and a module record before the first saldo (file://:
    // a SystemJS script each). The lazy chunks import from this one instead. Zod (and rolldown's few
    // runtime helpers) go in a second start chunk, start-zod, that carries no compile hint (see
    // mkba:compileer-bij-laden): the first screen runs ~11% of zod's code (a coverage run), and with
    // the hint V8 compiled all of it in full while the start chunk streamed in. Zod imports nothing
    // of the app, so this chunk pulls in nothing else.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start-zod', test: /node_modules[\\/]zod[\\/]|^\0rolldown[\\/]runtime/, tags: ['$initial'], priority: 2 }, { name: 'start', tags: ['$initial'], priority: 1 }] } } },
    // A lazy chunk's own CSS is still linked when it is imported, but its JavaScript dependencies
    // are not preloaded by extra <link> tags: the first screen imports five lazy parts (charts,
    // variants, scale) during its first render, and their preload tags took ~100 ms of main thread
    // at 4x CPU before the first saldo (issue 13, speed). The browser fetches those dependencies
    // itself when the chunk arrives (one round trip later, on a file share or intranet server).
    modulePreload: { resolveDependencies: (_bestand, deps, { hostType }) => (hostType === 'js' ? deps.filter((d) => d.endsWith('.css')) : deps) },
  },
  worker: {
    // Classic script (see src/ui/onzekerheid/taken.ts); no comments at all in the worker script:
    // the licences are in licenties.md.
    format: 'iife',
    rolldownOptions: { output: { comments: false } },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    // Two test files at a time on a 2-core machine: vitest's default (cores − 1) ran one file at a time,
    // and the unit tests took 425 s of the fresh-clone CI's 20 minutes (.ci/run).
    maxWorkers: 2,
    // A hang guard, not a speed check: the jsdom UI tests render the whole inputs view and take
    // seconds on a loaded 2-core machine; vitest's 5 s default failed them there. 60 s since two files
    // run at once: a 3 s test took over 30 s beside another file on a machine with a load of 15.
    testTimeout: 60_000,
  },
});

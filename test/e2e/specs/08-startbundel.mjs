// The bundle budget (bench/bundle-budget.mjs) reads the build statically. This spec keeps that
// analysis honest: every JavaScript file Chromium actually loads for the first screen must be in
// the analysis's "initial" set (otherwise the budget under-counts), and the lazy views' chunks must
// not be loaded before their view is opened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetBundel } from '../../../bench/ui-bundle.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';

export const name = 'startbundel: wat Chromium bij de start laadt = de initiële JS van het bundelbudget';

export async function run({ page, baseUrl, distDir, expect, app, log }) {
  const bundel = meetBundel(distDir);
  const initieel = new Set(bundel.initial.map((r) => r.file));
  const lazy = new Set(bundel.lazy.map((r) => r.file));

  await app.openApp(page, baseUrl);
  await page.waitForLoadState('networkidle');
  const geladen = await page.evaluate((base) =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name.split(/[?#]/)[0])
      .filter((u) => u.startsWith(base) && /\.m?js$/.test(u))
      .map((u) => u.slice(base.length)),
  baseUrl);
  log(`loaded at start: ${geladen.join(', ')}`);
  expect.ok(geladen.length > 0, 'Chromium loaded JavaScript files from the app');
  // After the first screen, by design (issue 13 items 1 and 2): the overview's summary charts
  // (Chart.js) and, once the browser is idle, the printed report load in chunks of their own. They
  // are lazy chunks in the analysis; anything else loaded at start must be counted as initial JS.
  const gemist = geladen.filter((f) => !initieel.has(f) && !lazy.has(f));
  expect.equal(gemist, [], 'loaded for the first screen but not counted as initial JS by bench/ui-bundle.mjs');
  log(`lazy chunks loaded after the first screen: ${geladen.filter((f) => lazy.has(f)).join(', ') || '(none)'}`);
  const views = geladen.filter((f) => /(^|\/)(Invoer|Resultaten|Verantwoording|Onzekerheid)-[^/]*\.js$/.test(f));
  expect.equal(views, [], 'no other view is loaded before it is opened');
  const nietGeladen = [...initieel].filter((f) => !geladen.includes(f));
  expect.equal(nietGeladen, [], 'counted as initial JS but not loaded at start (the budget over-counts)');
  expect.ok(lazy.size > 0, 'the build has lazy chunks (views are split off)');

  // V8's compile hint (vite.config.ts, mkba:compileer-bij-laden; issue 13, speed): the first line of
  // every start chunk, ESM and SystemJS, so their code compiles while it streams in; not on the lazy
  // chunks, and not on the start chunk that holds zod (start-zod), whose code the first screen hardly runs.
  const chunks = (rijen) => rijen.map((r) => r.file).filter((f) => f.startsWith('assets/'));
  const alle = [...chunks(bundel.initial), ...chunks(bundel.bestandsshare?.initial ?? [])];
  const isZod = (f) => /(^|\/)start-zod-/.test(f);
  const start = alle.filter((f) => !isZod(f));
  expect.ok(start.some((f) => /-legacy-/.test(f)) && start.some((f) => !/-legacy-/.test(f)), `start chunks of both kinds: ${start.join(', ')}`);
  expect.equal(alle.filter(isZod).length, 2, `one start-zod chunk per kind (ESM, SystemJS): ${alle.join(', ')}`);
  const begin = (f) => readFileSync(join(distDir, f), 'utf8').slice(0, HINT.length);
  expect.equal(start.filter((f) => begin(f) !== HINT), [], 'start chunks without the compile hint as their first line');
  expect.equal(alle.filter(isZod).filter((f) => begin(f) === HINT), [], 'the start-zod chunks with the compile hint');
  expect.equal([...lazy].filter((f) => begin(f) === HINT), [], 'lazy chunks with the compile hint');

  // The SystemJS entry (file://) does not add the style sheet that index.html links once more as a
  // <style> (vite.config.ts, mkba:geen-dubbele-css; issue 13, speed): every start-up rule twice cost
  // the file:// cold load a second CSS parse and a heavier first style recalculation.
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const gelinkt = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)">/g)].map((m) => m[1]);
  expect.ok(gelinkt.length > 0, 'index.html links its style sheet');
  const legacyEntry = /data-legacy="\.\/([^"]+)"/.exec(html)?.[1];
  expect.ok(legacyEntry, 'index.html names the SystemJS entry');
  const entryCode = readFileSync(join(distDir, legacyEntry), 'utf8');
  for (const f of gelinkt) {
    const kop = readFileSync(join(distDir, f), 'utf8').slice(0, 120);
    expect.ok(!entryCode.includes(kop), `the SystemJS entry ${legacyEntry} holds a copy of ${f}, which index.html already links`);
  }
}

// The bundle budget (bench/bundle-budget.mjs) reads the build statically. This spec keeps that
// analysis honest: every JavaScript file Chromium actually loads for the first screen must be in
// the analysis's "initial" set (otherwise the budget under-counts), and the lazy views' chunks must
// not be loaded before their view is opened.
import { meetBundel } from '../../../bench/ui-bundle.mjs';

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
  const gemist = geladen.filter((f) => !initieel.has(f));
  expect.equal(gemist, [], 'loaded for the first screen but not counted as initial JS by bench/ui-bundle.mjs');
  const nietGeladen = [...initieel].filter((f) => !geladen.includes(f));
  expect.equal(nietGeladen, [], 'counted as initial JS but not loaded at start (the budget over-counts)');
  expect.ok(lazy.size > 0, 'the build has lazy chunks (views are split off)');
}

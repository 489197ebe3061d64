#!/usr/bin/env node
// Fails (exit 1) when the JavaScript needed for the first screen exceeds the budget, gzip -9.
// Deterministic, so CI may fail on it. Usage: node bench/bundle-budget.mjs [distDir] (default dist).
import { resolve } from 'node:path';
import { kB, meetBundel, printBundel } from './ui-bundle.mjs';

export const BUDGET_INITIEEL_GZ = 200_000; // bytes, 200 kB

const dist = resolve(process.argv[2] ?? 'dist');
let m;
try {
  m = meetBundel(dist);
} catch (e) {
  console.error(`bundle-budget: ${e.message}`);
  process.exit(1);
}
printBundel(m);
if (m.initial.length === 0) {
  console.error('bundle-budget: FAIL: geen start-JavaScript gevonden in index.html (parser past niet meer bij de build?)');
  process.exit(1);
}
if (m.initialGzip > BUDGET_INITIEEL_GZ) {
  console.error(`bundle-budget: FAIL: initiële JavaScript ${kB(m.initialGzip)} gz > budget ${kB(BUDGET_INITIEEL_GZ)}`);
  process.exit(1);
}
console.log(`bundle-budget: ok: initiële JavaScript ${kB(m.initialGzip)} gz <= budget ${kB(BUDGET_INITIEEL_GZ)}`);

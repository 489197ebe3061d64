#!/usr/bin/env node
// Fails (exit 1) when the JavaScript needed for the first screen exceeds the budget, gzip -9, on either
// path of the build (web-hosted ESM chunks; SystemJS chunks from a file share).
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
// Both paths count: web-hosted (ESM chunks) and opened from a file share (SystemJS chunks).
const paden = [[m.bestandsshare ? 'via http(s)' : '', m.initialGzip], ...(m.bestandsshare ? [['via file://', m.bestandsshare.initialGzip]] : [])];
let fout = false;
for (const [pad, gzip] of paden) {
  const wat = `initiële JavaScript${pad ? ` ${pad}` : ''}`;
  if (gzip > BUDGET_INITIEEL_GZ) {
    console.error(`bundle-budget: FAIL: ${wat} ${kB(gzip)} gz > budget ${kB(BUDGET_INITIEEL_GZ)}`);
    fout = true;
  } else console.log(`bundle-budget: ok: ${wat} ${kB(gzip)} gz <= budget ${kB(BUDGET_INITIEEL_GZ)}`);
}
if (fout) process.exit(1);

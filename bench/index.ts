/**
 * Runs every benchmark in bench/ (files named *.bench.ts, *.bench.mts, *.bench.mjs or *.bench.js),
 * each in its own Node process, one after the other, then prints a summary.
 *
 *   npm run bench                  all benchmarks
 *   npm run bench -- engine        only those whose file name contains "engine"
 *   npm run bench -- --snel        short runs (passed on to each bench)
 *
 * Adding a benchmark: drop a file bench/<naam>.bench.ts (or .mjs) that prints its own results and
 * exits 0 (1 on a real failure). For the summary, write JSON { bench, metingen: [{ naam, iteraties,
 * mediaanMs, p95Ms, gemiddeldMs, opsPerSec }], opmerkingen?, overgeslagen? } to the file named by the
 * environment variable MKBA_BENCH_SAMENVATTING (bench/lib/meten.ts does this in `rapporteer`).
 *
 * Browser benchmarks (files that use playwright-core, or carry the marker "@bench browser") are
 * skipped with a message when dist/index.html or Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
 * is missing, so `npm run bench` works from a fresh clone. Build first (npx vite build) to run them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, type Samenvatting } from './lib/meten';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const PATROON = /\.bench\.(ts|mts|mjs|js)$/;

function browserOntbreekt(bestand: string): string | null {
  const code = readFileSync(bestand, 'utf8');
  if (!/playwright|@bench browser/.test(code)) return null;
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) return 'dist/index.html ontbreekt (bouw eerst: npx vite build)';
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return `geen Chromium op ${chromium} (zet CHROMIUM_PATH)`;
  return null;
}

interface Uitkomst {
  bestand: string;
  status: 'ok' | 'overgeslagen' | 'mislukt';
  reden?: string;
  samenvatting?: Samenvatting;
}

function main(): number {
  const args = process.argv.slice(2);
  const filters = args.filter((a) => !a.startsWith('-'));
  const doorgeven = args.filter((a) => a.startsWith('-'));
  const bestanden = readdirSync(BENCH)
    .filter((f) => PATROON.test(f))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (bestanden.length === 0) {
    console.error(`bench: geen benchmarks gevonden${filters.length ? ` voor ${filters.join(', ')}` : ''}`);
    return 1;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'mkba-bench-'));
  const uitkomsten: Uitkomst[] = [];
  try {
    for (const f of bestanden) {
      const pad = join(BENCH, f);
      console.log(`\n=== ${f} ===`);
      const reden = browserOntbreekt(pad);
      if (reden) {
        console.log(`overgeslagen / skipped: ${reden}`);
        uitkomsten.push({ bestand: f, status: 'overgeslagen', reden });
        continue;
      }
      const samenvattingPad = join(tmp, `${f}.json`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', pad, ...doorgeven], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, MKBA_BENCH_SAMENVATTING: samenvattingPad },
      });
      let samenvatting: Samenvatting | undefined;
      if (existsSync(samenvattingPad)) {
        try {
          samenvatting = JSON.parse(readFileSync(samenvattingPad, 'utf8')) as Samenvatting;
        } catch {
          samenvatting = undefined;
        }
      }
      if (r.status === 0) {
        uitkomsten.push(
          samenvatting?.overgeslagen
            ? { bestand: f, status: 'overgeslagen', reden: samenvatting.overgeslagen }
            : { bestand: f, status: 'ok', ...(samenvatting ? { samenvatting } : {}) },
        );
      } else {
        const reden = r.error ? `kon niet starten (${r.error.message})` : r.signal ? `afgebroken (${r.signal})` : `afsluitcode ${r.status}`;
        uitkomsten.push({ bestand: f, status: 'mislukt', reden });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log('\n=== samenvatting / summary ===');
  const rijen: string[][] = [];
  for (const u of uitkomsten) {
    if (u.status !== 'ok' || !u.samenvatting || u.samenvatting.metingen.length === 0) {
      rijen.push([u.bestand, u.status === 'ok' ? 'ok' : `${u.status}: ${u.reden ?? ''}`, '', '', '']);
      continue;
    }
    for (const m of u.samenvatting.metingen) rijen.push([u.bestand, m.naam, ms(m.mediaanMs), ms(m.p95Ms), Number.isFinite(m.opsPerSec) ? String(Math.round(m.opsPerSec)) : '–']);
  }
  const kop = ['bench', 'meting / measurement', 'mediaan (ms)', 'p95 (ms)', 'ops/s'];
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i]!.length)));
  const regel = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(breedte[i]!) : c.padStart(breedte[i]!))).join('  ').trimEnd();
  console.log(regel(kop));
  console.log(breedte.map((b) => '-'.repeat(b)).join('  '));
  for (const r of rijen) console.log(regel(r));
  for (const u of uitkomsten) for (const o of u.samenvatting?.opmerkingen ?? []) if (o) console.log(`${u.bestand}: ${o}`);

  const mislukt = uitkomsten.filter((u) => u.status === 'mislukt');
  if (mislukt.length > 0) {
    console.error(`\nbench: ${mislukt.length} benchmark(s) mislukt: ${mislukt.map((u) => u.bestand).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();

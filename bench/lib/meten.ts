/**
 * Timing helpers for the benchmarks. Timings are printed, never asserted: they depend on the machine.
 *
 * Protocol with bench/index.ts: when the environment variable MKBA_BENCH_SAMENVATTING names a file,
 * a bench writes its summary there as JSON (see `Samenvatting`); bench/index.ts prints all summaries
 * at the end. A bench that writes none still runs; it just has no lines in the summary.
 */
import { writeFileSync } from 'node:fs';

export interface Meting {
  naam: string;
  iteraties: number;
  mediaanMs: number;
  p95Ms: number;
  gemiddeldMs: number;
  /** Throughput: iterations / total measured time. */
  opsPerSec: number;
}

export interface Samenvatting {
  bench: string;
  metingen: Meting[];
  /** Free-form extra lines, e.g. a ratio or a target. */
  opmerkingen?: string[];
  /** Set when the bench did not run, with the reason. */
  overgeslagen?: string;
}

export interface MeetOpties {
  /** Warm-up time before measuring (JIT, caches). */
  opwarmMs?: number;
  /** Measuring time; at least `minIteraties` are done regardless. */
  meetMs?: number;
  minIteraties?: number;
  maxIteraties?: number;
}

/** `--snel` on the command line or MKBA_BENCH_SNEL=1: short runs, for a smoke test. */
export const SNEL = process.argv.includes('--snel') || process.env.MKBA_BENCH_SNEL === '1';

/**
 * In CI (.ci/run sets CI=true), unless --snel: the same measurements of the same work (1.000.000 draws
 * stay 1.000.000), with fewer repetitions, to keep the fresh-clone CI within its 20 minutes. Every
 * line measured with fewer repetitions says so (`metCi`). MKBA_BENCH_VOLLEDIG=1 gives the full runs in CI.
 */
export const CI = !SNEL && /^(1|true)$/i.test(process.env.CI ?? '') && process.env.MKBA_BENCH_VOLLEDIG !== '1';

/** A measurement's name, with "(CI: n rondes)" when CI measures it fewer times than a full run. */
export function metCi(naam: string, rondes: number, volledig: number): string {
  return CI && rondes < volledig ? `${naam} (CI: ${rondes} ${rondes === 1 ? 'ronde' : 'rondes'})` : naam;
}

let sink: unknown;
/** Keeps results alive so the JIT cannot drop the measured work. */
export function gebruik(x: unknown): void {
  sink = x;
}

const nu = () => Number(process.hrtime.bigint()) / 1e6;

function kwantiel(gesorteerd: Float64Array, q: number): number {
  if (gesorteerd.length === 0) return 0;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(q * gesorteerd.length) - 1));
  return gesorteerd[i]!;
}

/** Times `fn` call by call after a warm-up: median, p95 and throughput. */
export function meet(naam: string, fn: () => unknown, opties: MeetOpties = {}): Meting {
  const opwarmMs = opties.opwarmMs ?? (SNEL ? 100 : CI ? 200 : 500);
  const meetMs = opties.meetMs ?? (SNEL ? 300 : CI ? 500 : 2000);
  const minIteraties = opties.minIteraties ?? (SNEL ? 50 : CI ? 200 : 500);
  const maxIteraties = opties.maxIteraties ?? 1_000_000;

  const eindeOpwarmen = nu() + opwarmMs;
  while (nu() < eindeOpwarmen) gebruik(fn());

  const tijden = new Float64Array(maxIteraties);
  let n = 0;
  const start = nu();
  const einde = start + meetMs;
  let totaal = 0;
  while (n < maxIteraties && (n < minIteraties || nu() < einde)) {
    const t0 = nu();
    gebruik(fn());
    const dt = nu() - t0;
    tijden[n++] = dt;
    totaal += dt;
  }
  const gesorteerd = tijden.subarray(0, n).sort();
  return {
    naam,
    iteraties: n,
    mediaanMs: kwantiel(gesorteerd, 0.5),
    p95Ms: kwantiel(gesorteerd, 0.95),
    gemiddeldMs: totaal / n,
    opsPerSec: totaal > 0 ? (n / totaal) * 1000 : 0,
  };
}

/** `meet` for work that finishes later (worker threads): runs one after the other, after `opwarm` runs. */
export async function meetAsync(naam: string, fn: () => Promise<unknown>, opties: { opwarm: number; iteraties: number }): Promise<Meting> {
  for (let i = 0; i < opties.opwarm; i++) gebruik(await fn());
  const tijden = new Float64Array(opties.iteraties);
  let totaal = 0;
  for (let i = 0; i < opties.iteraties; i++) {
    const t0 = nu();
    gebruik(await fn());
    tijden[i] = nu() - t0;
    totaal += tijden[i]!;
  }
  const gesorteerd = tijden.sort();
  return { naam, iteraties: opties.iteraties, mediaanMs: kwantiel(gesorteerd, 0.5), p95Ms: kwantiel(gesorteerd, 0.95), gemiddeldMs: totaal / opties.iteraties, opsPerSec: totaal > 0 ? (opties.iteraties / totaal) * 1000 : 0 };
}

/** Milliseconds with enough digits for sub-microsecond timings; never NaN or Infinity. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x >= 100) return x.toFixed(0);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(4);
}

function opsTekst(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return '–';
  return Math.round(x).toLocaleString('en-GB');
}

/** A plain table of measurements, headers in Dutch / English. */
export function tabel(metingen: Meting[]): string {
  const kop = ['meting / measurement', 'mediaan / median (ms)', 'p95 (ms)', 'ops/s', 'n'];
  const rijen = metingen.map((m) => [m.naam, ms(m.mediaanMs), ms(m.p95Ms), opsTekst(m.opsPerSec), String(m.iteraties)]);
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i]!.length)));
  const regel = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(breedte[i]!) : c.padStart(breedte[i]!))).join('  ');
  return [regel(kop), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(regel)].join('\n');
}

/** Prints the bench's table and hands the summary to bench/index.ts when it runs us. */
export function rapporteer(s: Samenvatting): void {
  if (s.overgeslagen) console.log(`${s.bench}: overgeslagen / skipped: ${s.overgeslagen}`);
  else {
    console.log(tabel(s.metingen));
    for (const o of s.opmerkingen ?? []) console.log(o);
  }
  const pad = process.env.MKBA_BENCH_SAMENVATTING;
  if (pad) writeFileSync(pad, JSON.stringify(s), 'utf8');
  void sink;
}

/**
 * Shared by the corpus and fuzz tests: the corpus index (test/fixtures/invalid/verwacht.json) and the
 * checks every message to a person must pass (Dutch, no NaN/Infinity/-0, short, says where).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fout } from '../../src/model';
import { GEGENEREERD, maakBestand } from '../fixtures/invalid/gegenereerd.mjs';

export const KORPUS_MAP = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
export const TEKST_MAP = fileURLToPath(new URL('../fixtures/tekst-blijft-tekst/', import.meta.url));

export type Toets = 'melding' | 'kwaliteit' | 'cli' | 'bestand' | 'browser';

export interface Verwachting {
  omschrijving: string;
  bericht: string;
  pad: string;
  cli?: string;
  bestand?: string;
  gegenereerd?: boolean;
  bekendeFout?: { toetsen: Toets[]; reden: string };
}

export const KORPUS: Record<string, Verwachting> = JSON.parse(readFileSync(join(KORPUS_MAP, 'verwacht.json'), 'utf8')).bestanden;
export const GEGENEREERDE_BESTANDEN: readonly string[] = GEGENEREERD;

/** Corpus files on disk (without the index and the generator). */
export function korpusBestandenOpSchijf(): string[] {
  return readdirSync(KORPUS_MAP).filter((f) => !['verwacht.json', 'gegenereerd.mjs', 'gegenereerd.d.mts', 'README.md'].includes(f));
}

export function korpusBytes(naam: string): Buffer {
  return KORPUS[naam]?.gegenereerd ? maakBestand(naam) : readFileSync(join(KORPUS_MAP, naam));
}

/** "abc" or "/a|b/" (a regular expression). */
export function past(tekst: string, verwacht: string): boolean {
  if (verwacht.length > 2 && verwacht.startsWith('/') && verwacht.endsWith('/')) return new RegExp(verwacht.slice(1, -1)).test(tekst);
  return tekst.includes(verwacht);
}

/** Words and fragments that betray an English (library) message. Quoted user input is left out first. */
const ENGELS =
  /\b(invalid|expected|received|unexpected|undefined|required|must|should|number|string|boolean|bigint|record|array|error|position|not valid|end of|input|too (big|small)|greater|less than)\b|object Object|null prototype/i;
/** A few of the commonest Dutch words: a message must contain at least one. */
const NEDERLANDS = /\b(is|zijn|moet|mag|het|de|een|niet|geen|van|op|tot|bevat|ontbreekt|ontbreken|gevonden|kolom|kolommen|heeft|onbekend|onbekende|verwijst|beslaat|komt|kan|leeg|verwacht|bedoelde)\b/i;

/**
 * Quoted user input left out: from the first to the last double quote on a line (user text may hold
 * quotes itself), quoted parts in curly or single quotes, and a quote left open where a long value
 * was cut off.
 */
const zonderAanhalingen = (s: string) =>
  s
    .replace(/"[^\n]*"/g, '«»')
    .replace(/“[^”\n]*”|'[^'\n]*'/g, '«»')
    .replace(/["“'][^\n]*$/, '«»');

/** What is wrong with a message to a person, or [] when it is fine. */
export function problemenMetMelding(bericht: unknown, { maxLengte = 300 }: { maxLengte?: number } = {}): string[] {
  if (typeof bericht !== 'string') return [`geen tekst maar ${typeof bericht}`];
  const p: string[] = [];
  const kaal = zonderAanhalingen(bericht);
  if (bericht.trim() === '') p.push('leeg');
  const engels = ENGELS.exec(kaal);
  if (engels) p.push(`Engels woord "${engels[0]}"`);
  if (!NEDERLANDS.test(kaal) && !NEDERLANDS.test(bericht)) p.push('geen enkel gewoon Nederlands woord');
  if (/\bNaN\b/.test(kaal)) p.push('toont NaN');
  if (/Infinity/.test(kaal)) p.push('toont Infinity');
  if (/(^|[^\w.,])-0(?!\d|[.,]\d)/.test(kaal)) p.push('toont -0');
  if (/^\s+at\s/m.test(bericht)) p.push('bevat een stack trace');
  if (bericht.length > maxLengte) p.push(`${bericht.length} tekens lang (meer dan ${maxLengte})`);
  return p;
}

/** Problems with one validation error: the message itself, and that it says where (a path, or the file as a whole). */
export function problemenMetFout(f: Fout): string[] {
  const p = problemenMetMelding(f.bericht);
  if (typeof f.pad !== 'string') p.push('pad is geen tekst');
  else if (f.pad === '' && !/\b(bestand|scenario|veld|velden|deellink|link)\b/i.test(f.bericht)) p.push('zonder pad, en de melding zegt niet dat het om het bestand als geheel gaat');
  return p.map((x) => `${f.pad || '(bestand)'}: ${f.bericht.slice(0, 120)} — ${x}`);
}

// ---- fuzzing ---------------------------------------------------------------------------------------

/**
 * Runs per property: the given default (kept small so `npm test` stays fast), or MKBA_FUZZ_RUNS for a
 * longer local run, e.g. `MKBA_FUZZ_RUNS=5000 npx vitest run test/fuzz`. Seeds are fixed per property;
 * MKBA_FUZZ_SEED overrides them all (to explore; a failure prints the seed and path to replay).
 */
export function fuzzOpties(standaard: number, seed: number): { numRuns: number; seed: number; endOnFailure: true } {
  const runs = Number(process.env.MKBA_FUZZ_RUNS);
  const s = Number(process.env.MKBA_FUZZ_SEED);
  return { numRuns: Number.isInteger(runs) && runs > 0 ? runs : standaard, seed: Number.isInteger(s) ? s : seed, endOnFailure: true };
}

/** Fuzz properties run as long as their number of runs needs (MKBA_FUZZ_RUNS may be large): no time limit. */
export const GEEN_TIJDSLIMIET = { timeout: 0 } as const;

/**
 * Message problems already known and reported (each has a corpus file marked bekendeFout). The fuzz
 * properties skip these so that they keep finding new kinds of problems. Empty: the ones found so far
 * ("-0%", 1e308 written out in 400 digits, 6000 characters of file text repeated) are fixed.
 */
export const BEKENDE_MELDINGSFOUTEN: { patroon: RegExp; corpus: string }[] = [];

export function isBekendeMeldingsfout(bericht: string): boolean {
  return BEKENDE_MELDINGSFOUTEN.some((b) => b.patroon.test(bericht));
}

/** Problems with validation errors, leaving out the known ones. */
export function nieuweProblemen(fouten: readonly Fout[]): string[] {
  return fouten.filter((f) => !isBekendeMeldingsfout(f.bericht)).flatMap(problemenMetFout);
}

/** Every number in a JSON-like value, with its path. */
export function alleGetallen(x: unknown, pad = '$'): { pad: string; waarde: number }[] {
  if (typeof x === 'number') return [{ pad, waarde: x }];
  if (Array.isArray(x)) return x.flatMap((y, i) => alleGetallen(y, `${pad}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => alleGetallen(v, `${pad}.${k}`));
  return [];
}

/**
 * Number formatting for people, in nl-NL (default) or en-GB. Pure: used by the model's traces,
 * the CLI and the UI. Never prints NaN, Infinity or -0.
 */
export type Taal = 'nl' | 'en';

const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(taal: Taal, opties: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = taal + JSON.stringify(opties);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[taal], opties);
    cache.set(key, f);
  }
  return f;
}

/** Turns non-finite input into a visible dash and -0 into 0. */
function schoon(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return x === 0 ? 0 : x;
}

/** Whole euros: "€ 1.539", "€ -454" (nl) or "€1,539", "-€454" (en). */
export function formatEuro(x: number, taal: Taal = 'nl', decimalen = 0): string {
  const v = schoon(x);
  if (v === null) return '–';
  // Round first so that -0,4 does not print as "-€ 0".
  const r = Number(v.toFixed(decimalen));
  return nf(taal, { style: 'currency', currency: 'EUR', minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }).format(r === 0 ? 0 : r);
}

/** A share 0–1 as a percentage, with up to `decimalen` decimals: "43,5%". */
export function formatAandeel(x: number, taal: Taal = 'nl', decimalen = 1): string {
  const v = schoon(x);
  if (v === null) return '–';
  // Round first so that -0,0000001 does not print as "-0%".
  const r = Number((v * 100).toFixed(decimalen));
  return nf(taal, { style: 'percent', maximumFractionDigits: decimalen }).format(r === 0 ? 0 : v);
}

/** A plain number with grouping: "1.200", "7,8". */
export function formatGetal(x: number, taal: Taal = 'nl', decimalen = 2): string {
  const v = schoon(x);
  if (v === null) return '–';
  const r = Number(v.toFixed(decimalen));
  return nf(taal, { maximumFractionDigits: decimalen }).format(r === 0 ? 0 : r);
}

/** The fewest decimals (up to `max`) that give back exactly x; null if `max` is not enough. */
function nodigeDecimalen(x: number, max: number): number | null {
  for (let d = 0; d <= max; d++) if (Number(x.toFixed(d)) === x) return d;
  return null;
}

/** A fraction that rounded to ten decimals would look like a whole number. */
const wordtHeel = (x: number) => !Number.isInteger(x) && Number.isInteger(Number(x.toFixed(10)));

/** 1e308 → "1e308", 1.5e-20 → "1,5e-20": compact, never hundreds of digits. */
function wetenschappelijk(x: number, taal: Taal): string {
  const t = x
    .toExponential(Math.min(9, Math.max(0, x.toExponential().indexOf('e') - (x < 0 ? 3 : 2))))
    .replace(/\.?0+e/, 'e')
    .replace('e+', 'e');
  return taal === 'nl' ? t.replace('.', ',') : t;
}

/**
 * A value found in a file, for a message that says what is wrong with it: every digit that matters
 * ("9,0001", not "9", where a whole number is needed), never hundreds of digits (1e308 → "1e308"),
 * never "-0" or "Infinity".
 */
export function formatGevonden(x: number, taal: Taal = 'nl'): string {
  if (Number.isNaN(x)) return taal === 'nl' ? 'geen getal' : 'not a number';
  if (!Number.isFinite(x)) {
    if (taal === 'en') return x > 0 ? 'a number too large to compute with' : 'a negative number too large to compute with';
    return x > 0 ? 'een getal dat te groot is om mee te rekenen' : 'een negatief getal dat te groot is om mee te rekenen';
  }
  if (x === 0) return '0';
  if (Math.abs(x) >= 1e15) return wetenschappelijk(x, taal);
  const d = nodigeDecimalen(x, 10);
  if (d !== null) return nf(taal, { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  if (Math.abs(x) < 1e-8) return wetenschappelijk(x, taal);
  // 0,1 + 0,2 and 1/3: ten decimals say enough, unless they would make 9,00000000001 look whole.
  return nf(taal, { maximumFractionDigits: wordtHeel(x) ? 20 : 10 }).format(x);
}

/**
 * A share found in a file, as a percentage with as many decimals as it takes to show it faithfully:
 * 99,99999% stays "99,99999%" (not "100%"), -0,0000001 stays negative (not "-0%").
 */
export function formatAandeelGevonden(x: number, taal: Taal = 'nl'): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e13) return formatGevonden(x, taal);
  if (x === 0) return nf(taal, { style: 'percent' }).format(0);
  const procent = x * 100;
  if (Math.abs(procent) < 1e-8) return `${wetenschappelijk(procent, taal)}%`;
  // x × 100 is rarely exact in binary (0,9999999 × 100 = 99,99999000000001): ten decimals, trailing
  // zeros dropped, unless that would make 100,0000000000001% look like 100%.
  return nf(taal, { style: 'percent', maximumFractionDigits: wordtHeel(procent) ? 20 : 10 }).format(x);
}

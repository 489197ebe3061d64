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
  return nf(taal, { style: 'percent', maximumFractionDigits: decimalen }).format(v);
}

/** A plain number with grouping: "1.200", "7,8". */
export function formatGetal(x: number, taal: Taal = 'nl', decimalen = 2): string {
  const v = schoon(x);
  if (v === null) return '–';
  const r = Number(v.toFixed(decimalen));
  return nf(taal, { maximumFractionDigits: decimalen }).format(r === 0 ? 0 : r);
}

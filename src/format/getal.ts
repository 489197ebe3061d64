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

/** An exact decimal (the model's decimal.js values): formatted from its own digits, never through a float. */
export interface ExactGetal {
  isFinite(): boolean;
  toFixed(decimalen: number, afronding: number): string;
}
/** decimal.js ROUND_HALF_UP: half away from zero, as Number#toFixed and Intl.NumberFormat round. */
const HALF_VAN_NUL = 4;

/**
 * x rounded to `decimalen`: a number, or for an exact decimal its digits as a string (Intl formats a
 * decimal string exactly, ES2023; a float keeps only ~16 digits: € …430.100 for …430.056). Null when
 * not finite; never -0, so -0,4 does not print as "€ −0".
 */
function afgerond(x: number | ExactGetal, decimalen: number): number | `${number}` | null {
  if (typeof x !== 'number') {
    if (!x.isFinite()) return null;
    const t = x.toFixed(decimalen, HALF_VAN_NUL);
    return (/^-0(\.0*)?$/.test(t) ? t.slice(1) : t) as `${number}`;
  }
  const v = schoon(x);
  if (v === null) return null;
  const r = Number(v.toFixed(decimalen));
  return r === 0 ? 0 : r;
}

/** The minus sign of every amount shown: U+2212, never the hyphen-minus Intl writes ("€ -440"). */
export const MINTEKEN = '\u2212';

/**
 * Whole euros: "€ 1.539", "€ −454" (nl) or "€1,539", "−€454" (en); a Decimal to the last digit.
 * Every amount in the app, the print, the CLI's tables and the messages comes from here (or from
 * formatBedragGevonden): the sign sits where Intl puts it, always as the minus sign U+2212.
 */
export function formatEuro(x: number | ExactGetal, taal: Taal = 'nl', decimalen = 0): string {
  const r = afgerond(x, decimalen);
  if (r === null) return '–';
  const tekst = nf(taal, { style: 'currency', currency: 'EUR', minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }).format(r);
  // Intl's one hyphen-minus of a negative amount (formatToParts would allocate its parts on every call).
  return (typeof r === 'number' ? r < 0 : r.startsWith('-')) ? tekst.replace('-', MINTEKEN) : tekst;
}

/**
 * A ratio (benefits / costs): two decimals ("0,90", "1,25"), or two significant digits where two
 * decimals would hide it ("0,00080", not "0,00"); "–" when not finite.
 */
export function formatVerhouding(x: number | ExactGetal, taal: Taal = 'nl'): string {
  const n = Number(typeof x === 'number' ? x : String(x));
  if (!Number.isFinite(n)) return '–';
  const decimalen = n === 0 ? 2 : Math.min(20, Math.max(2, 1 - Math.floor(Math.log10(Math.abs(n)))));
  const r = afgerond(x, decimalen);
  if (r === null) return '–';
  return nf(taal, { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }).format(r);
}

/** A share 0–1 as a percentage, with up to `decimalen` decimals: "43,5%". */
export function formatAandeel(x: number, taal: Taal = 'nl', decimalen = 1): string {
  const v = schoon(x);
  if (v === null) return '–';
  // Round first so that -0,0000001 does not print as "-0%".
  const r = Number((v * 100).toFixed(decimalen));
  return nf(taal, { style: 'percent', maximumFractionDigits: decimalen }).format(r === 0 ? 0 : v);
}

/** A plain number with grouping: "1.200", "7,8"; a Decimal to the last digit. */
export function formatGetal(x: number | ExactGetal, taal: Taal = 'nl', decimalen = 2): string {
  const r = afgerond(x, decimalen);
  if (r === null) return '–';
  return nf(taal, { maximumFractionDigits: decimalen }).format(r);
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
  // The minus sign as everywhere else in the app (U+2212), also in an exponent: "−5", "1e−300" (tester5 #10).
  return gevondenRuw(x, taal).replace(/^-/, MINTEKEN).replace('e-', `e${MINTEKEN}`);
}

/**
 * Up to this size a value found is written in full with nl-NL grouping ("1.000.000.000.000.000" for
 * 1e15, tester5 #10); 24 characters at most. Beyond it, "1e308": hundreds of digits say nothing.
 */
const VOLUIT_TOT = 1e18;

function gevondenRuw(x: number, taal: Taal): string {
  if (Number.isNaN(x)) return taal === 'nl' ? 'geen getal' : 'not a number';
  if (!Number.isFinite(x)) {
    if (taal === 'en') return x > 0 ? 'a number too large to compute with' : 'a negative number too large to compute with';
    return x > 0 ? 'een getal dat te groot is om mee te rekenen' : 'een negatief getal dat te groot is om mee te rekenen';
  }
  if (x === 0) return '0';
  if (Math.abs(x) >= VOLUIT_TOT) return wetenschappelijk(x, taal);
  const d = nodigeDecimalen(x, 10);
  if (d !== null) return nf(taal, { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  if (Math.abs(x) < 1e-8) return wetenschappelijk(x, taal);
  // 0,1 + 0,2 and 1/3: ten decimals say enough, unless they would make 9,00000000001 look whole.
  return nf(taal, { maximumFractionDigits: wordtHeel(x) ? 20 : 10 }).format(x);
}

/**
 * An amount found in a file, for a message: formatGevonden's digits with the euro sign and the
 * minus sign placed as in formatEuro ("€ −900", "−€900"); words when it is not a finite number.
 */
export function formatBedragGevonden(x: number, taal: Taal = 'nl'): string {
  if (!Number.isFinite(x)) return formatGevonden(x, taal);
  const teken = x < 0 ? MINTEKEN : '';
  const cijfers = formatGevonden(Math.abs(x), taal).replace('e-', `e${MINTEKEN}`);
  return taal === 'nl' ? `€ ${teken}${cijfers}` : `${teken}€${cijfers}`;
}

/**
 * A share found in a file, as a percentage with as many decimals as it takes to show it faithfully:
 * 99,99999% stays "99,99999%" (not "100%"), -0,0000001 stays negative (not "-0%").
 */
export function formatAandeelGevonden(x: number, taal: Taal = 'nl'): string {
  return aandeelGevondenRuw(x, taal).replace(/^-/, MINTEKEN).replace('e-', `e${MINTEKEN}`);
}

function aandeelGevondenRuw(x: number, taal: Taal): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e13) return formatGevonden(x, taal);
  if (x === 0) return nf(taal, { style: 'percent' }).format(0);
  const procent = x * 100;
  if (Math.abs(procent) < 1e-8) return `${wetenschappelijk(procent, taal)}%`;
  // x × 100 is rarely exact in binary (0,9999999 × 100 = 99,99999000000001): ten decimals, trailing
  // zeros dropped, unless that would make 100,0000000000001% look like 100%.
  return nf(taal, { style: 'percent', maximumFractionDigits: wordtHeel(procent) ? 20 : 10 }).format(x);
}

import { formatAandeel, formatEuro, formatGetal, type Taal } from './getal';

/**
 * A range "laag – hoog" rounded to what a reader needs ("28% – 60%", not "27,99% – 60,01%";
 * "€ 4.700 – € 7.000", not "€ 4.692 – € 7.038"). Pure.
 *
 * Rule: both ends are rounded to the same step, a power of ten of at most a tenth of the width of
 * the range (so the two ends never round to the same value, and the rounding moves an end by at most
 * 5% of the width). A range of width 0 keeps every digit. Shares are rounded as percentages. An end of
 * at most three digits that this would move by more than 1% of itself keeps its digits ("0% – 2,25%").
 */
export type BereikEenheid = 'euro' | 'aandeel' | 'maanden' | 'klanten' | 'getal';

/** The rounding step for a range of this width (in display units): 10^⌊log10(width / 10)⌋. */
export function bereikStap(breedte: number): number | null {
  if (!Number.isFinite(breedte) || breedte <= 0) return null;
  return 10 ** Math.floor(Math.log10(breedte / 10));
}

/** Decimals needed to show a value rounded to `stap`. */
const decimalenVoor = (stap: number) => Math.max(0, -Math.round(Math.log10(stap)));

/** x rounded to a multiple of `stap`, without float noise (0.1 × 3 = 0.30000000000000004). */
function rondAf(x: number, stap: number): number {
  const d = decimalenVoor(stap);
  const r = Number((Math.round(x / stap) * stap).toFixed(d));
  return r === 0 ? 0 : r;
}

/** The rounded ends in display units (percent for shares) and the decimals to show them with. */
export function rondBereik(laag: number, hoog: number, eenheid: BereikEenheid): { laag: number; hoog: number; decimalen: number | null } {
  const f = eenheid === 'aandeel' ? 100 : 1;
  const l = laag * f;
  const h = hoog * f;
  const stap = bereikStap(Math.abs(h - l));
  if (stap === null) return { laag: l, hoog: h, decimalen: null };
  // A plain number of at most 3 digits that the step would move by over 1% of itself is a value someone chose
  // (a discount rate of 2,25% from the guideline), not a computed one: it keeps its digits (review: "0% – 2,3%").
  const eigen = (x: number) => Math.abs(rondAf(x, stap) - x) > 0.01 * Math.abs(x) && Number(x.toPrecision(3)) === x;
  const [el, eh] = [eigen(l), eigen(h)];
  const decimalen = Math.max(decimalenVoor(stap), ...[el ? l : null, eh ? h : null].filter((x) => x !== null).map(decimalenVan));
  return { laag: el ? l : rondAf(l, stap), hoog: eh ? h : rondAf(h, stap), decimalen };
}

/** Decimals of a number's shortest form (2.25 → 2). */
function decimalenVan(x: number): number {
  const t = String(x);
  return t.includes('e') ? 0 : (t.split('.')[1]?.length ?? 0);
}

/**
 * The range as shown ("Plausibel bereik: € 30.000 – € 56.000"), in scenario units (a share as a
 * fraction): the plausibility check uses these ends, so a warning never contradicts the hint (defect 6).
 */
export function getoondBereik(laag: number, hoog: number, eenheid: BereikEenheid): { laag: number; hoog: number } {
  const r = rondBereik(laag, hoog, eenheid);
  const f = eenheid === 'aandeel' ? 100 : 1;
  return { laag: r.laag / f, hoog: r.hoog / f };
}

/** One end, formatted in its unit with `decimalen` decimals (null: as many as it has, up to 4). */
function eind(x: number, eenheid: BereikEenheid, decimalen: number | null, taal: Taal): string {
  const d = decimalen ?? 4;
  if (eenheid === 'euro') return formatEuro(x, taal, decimalen === null ? (Number.isInteger(x) ? 0 : 2) : Math.min(d, 2));
  if (eenheid === 'aandeel') return formatAandeel(x / 100, taal, d);
  return formatGetal(x, taal, d);
}

/**
 * "28% – 60%", "€ 4.700 – € 7.000", "2,8 – 5,2" (months and clients without their unit word: the
 * caller adds it once). Values in scenario units: a share as a fraction (0.2799).
 */
export function formatBereik(laag: number, hoog: number, eenheid: BereikEenheid, taal: Taal = 'nl'): string {
  if (!Number.isFinite(laag) || !Number.isFinite(hoog)) return '–';
  const e = formatBereikEinden(laag, hoog, eenheid, taal);
  return `${e.laag} – ${e.hoog}`;
}

/** The two ends of formatBereik apart, for a place that shows each on its own (Onzekerheid › Bereiken: "standaard 28%"). */
export function formatBereikEinden(laag: number, hoog: number, eenheid: BereikEenheid, taal: Taal = 'nl'): { laag: string; hoog: string } {
  if (!Number.isFinite(laag) || !Number.isFinite(hoog)) return { laag: '–', hoog: '–' };
  const r = rondBereik(laag, hoog, eenheid);
  return { laag: eind(r.laag, eenheid, r.decimalen, taal), hoog: eind(r.hoog, eenheid, r.decimalen, taal) };
}

import { formatBedragExact } from './berekening';
import { formatAandeel, formatGetal, type Taal } from './getal';

/**
 * A range "laag – hoog" exactly as the uncertainty analysis uses it, each end as its field shows it
 * ("€ 14.420 – € 26.780" for € 20.600 ± 30%, "27,99% – 60,01%", "4 – 12"). Pure.
 *
 * One range per input everywhere (tester9 #3): Invoer's "Plausibel bereik", the plausibility warning,
 * the print, the CLI list, Onzekerheid and the Excel workbook all show the ends the analysis draws
 * from. (Before, Invoer, the print and the warning rounded them to "€ 14.000 – € 27.000", while the
 * sensitivity, the Monte Carlo and Excel used € 14.420 – € 26.780, both called "± 30%".)
 */
export type BereikEenheid = 'euro' | 'aandeel' | 'maanden' | 'klanten' | 'getal';

/** One end in its unit: euros to the cent where it has cents, shares to 0,01%, other numbers to two decimals. */
function eind(x: number, eenheid: BereikEenheid, taal: Taal): string {
  if (eenheid === 'euro') return formatBedragExact(x, taal);
  if (eenheid === 'aandeel') return formatAandeel(x, taal, 2);
  return formatGetal(x, taal, 2);
}

/**
 * "27,99% – 60,01%", "€ 4.105,50 – € 7.624,50", "5,6 – 10,4" (months and clients without their unit
 * word: the caller adds it once). Values in scenario units: a share as a fraction (0.2799).
 */
export function formatBereik(laag: number, hoog: number, eenheid: BereikEenheid, taal: Taal = 'nl'): string {
  if (!Number.isFinite(laag) || !Number.isFinite(hoog)) return '–';
  const e = formatBereikEinden(laag, hoog, eenheid, taal);
  return `${e.laag} – ${e.hoog}`;
}

/** The two ends of formatBereik apart, for a place that shows each on its own. */
export function formatBereikEinden(laag: number, hoog: number, eenheid: BereikEenheid, taal: Taal = 'nl'): { laag: string; hoog: string } {
  if (!Number.isFinite(laag) || !Number.isFinite(hoog)) return { laag: '–', hoog: '–' };
  return { laag: eind(laag, eenheid, taal), hoog: eind(hoog, eenheid, taal) };
}

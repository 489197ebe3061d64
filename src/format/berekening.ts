import type { AfgeleidBedrag, Berekening, Factor } from '../model/berekening';
import { formatAandeel, formatEuro, formatGetal, type ExactGetal, type Taal } from './getal';

/** Euros with cents only where there are cents: € 4.667, € 4.666,67; a Decimal to the last digit. */
export function formatBedragExact(x: number | ExactGetal, taal: Taal = 'nl'): string {
  const heel = typeof x === 'number' ? Number.isInteger(Math.round(x * 100) / 100) : /\.00$|^-?\d+$/.test(x.toFixed(2, 4));
  return formatEuro(x, taal, heel ? 0 : 2);
}

export function formatFactor(f: Factor, taal: Taal = 'nl'): string {
  const v = f.waarde.toNumber();
  switch (f.eenheid) {
    case 'euro':
      return formatBedragExact(f.waarde, taal);
    case 'aandeel':
      return formatAandeel(v, taal, 2);
    default:
      return formatGetal(v, taal, 2);
  }
}

/**
 * A calculation with the numbers filled in, as in the report's "Berekening" rows:
 * "14 × 43,5% × 80% × € 4.667 = € 22.738".
 */
export function formatBerekening(b: Berekening, taal: Taal = 'nl', uitkomst = true): string {
  const termen = b.termen.map((t) =>
    t.factoren.map((f, i) => (i === 0 ? formatFactor(f, taal) : `${f.op} ${formatFactor(f, taal)}`)).join(' '),
  );
  const links = termen.join(' + ');
  if (!uitkomst) return links;
  const rechts = b.eenheid === 'euro' ? formatEuro(b.uitkomst, taal) : formatGetal(b.uitkomst, taal);
  return `${links} = ${rechts}`;
}

/** The normalisation step: "€ 11.320 / 29 × 23 = € 8.978". */
export function formatNormalisatie(bruto: number | ExactGetal, cohort: number, referentie: number, totaal: number | ExactGetal, taal: Taal = 'nl'): string {
  return `${formatEuro(bruto, taal)} / ${formatGetal(cohort, taal)} × ${formatGetal(referentie, taal)} = ${formatEuro(totaal, taal)}`;
}

/**
 * A derived unit amount with its exact outcome, and the rounded one where the report's convention
 * applies: "€ 20.600 × 8 / 12 = € 13.733,33 ≈ € 13.733" or "€ 14.000 × 4 / 12 = € 4.666,67".
 */
export function formatAfgeleid(a: AfgeleidBedrag, taal: Taal = 'nl'): string {
  const links = formatBerekening(a.berekening, taal, false);
  const exact = formatBedragExact(a.exact, taal);
  return a.afgerond ? `${links} = ${exact} ≈ ${formatEuro(a.berekening.uitkomst, taal)}` : `${links} = ${exact}`;
}

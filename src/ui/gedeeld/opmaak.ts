import type { Decimal, Eenheid } from '../../model';
import { formatBedragExact } from '../../format/berekening';
import { formatAandeel, formatEuro, formatGetal, formatVerhouding, type Taal } from '../../format/getal';
import { GRAAD_UITLEG, type BereikHerkomst, type Graad } from '../../model/parameters/bewijs';
import { meervoud } from '../../format/meervoud';

/**
 * Small display helpers shared by the overview, the results and the verantwoording. They only
 * format what the model computed; they compute nothing themselves.
 */
export const NVT: Record<Taal, string> = { nl: 'n.v.t.', en: 'n/a' };

/** Whole euros in the UI language, from the Decimal itself (a float keeps only ~16 digits). */
export function euro(x: Decimal | number, taal: Taal): string {
  return formatEuro(x, taal);
}

/**
 * The benefit-cost ratio with two decimals ("0,90"), or two significant digits where two decimals
 * would show 0 ("0,00080"); "n.v.t." when the costs are zero.
 */
export function verhouding(x: Decimal | null, taal: Taal): string {
  if (x === null || !x.isFinite()) return NVT[taal];
  return formatVerhouding(x, taal);
}

/** A count of clients: whole numbers as such, expected values with up to two decimals. */
export function aantal(x: Decimal | number, taal: Taal): string {
  return formatGetal(x, taal, 2);
}

/** Sign class for a balance: positive, negative or zero once rounded to whole euros. */
export function teken(x: Decimal): 'positief' | 'negatief' | 'nul' {
  const r = Math.round(x.toNumber());
  return r > 0 ? 'positief' : r < 0 ? 'negatief' : 'nul';
}

/**
 * Fills {placeholders} in a text in one pass. A function replacer, so that "$" in a pathway name
 * is never read as a replacement pattern, and inserted text is never filled again.
 */
export function vul(sjabloon: string, waarden: Record<string, string>): string {
  return sjabloon.replace(/\{(\w+)\}/g, (m, k: string) => waarden[k] ?? m);
}

/**
 * vul() for a text with counts: "{n:klant|klanten}" takes the form that fits `aantallen.n`
 * (src/format/meervoud.ts), then the {placeholders} are filled.
 */
export function vulTel(sjabloon: string, waarden: Record<string, string>, aantallen: Readonly<Record<string, number>>, taal: Taal): string {
  return vul(meervoud(sjabloon, aantallen, taal), waarden);
}

const MAANDEN: Record<Taal, string> = { nl: '{n:maand|maanden}', en: '{n:month|months}' };
const KLANTEN: Record<Taal, string> = { nl: '{n:klant|klanten}', en: '{n:client|clients}' };

/** A parameter value in its unit: "€ 14.000", "43,5%", "4 maanden". */
export function parameterWaarde(eenheid: Eenheid, waarde: number, taal: Taal): string {
  switch (eenheid) {
    case 'euro':
      return formatBedragExact(waarde, taal);
    case 'aandeel':
      return formatAandeel(waarde, taal, 2);
    case 'maanden':
      return `${formatGetal(waarde, taal)} ${meervoud(MAANDEN[taal], { n: waarde }, taal)}`;
    case 'klanten':
      return `${formatGetal(waarde, taal)} ${meervoud(KLANTEN[taal], { n: waarde }, taal)}`;
  }
}

/**
 * A range in its unit, exactly as the analysis uses it (parameterBereikGebruikt): "€ 14.420 – € 26.780",
 * "31,5% – 58,5%", "4 – 12 maanden". The one range text of Invoer, Onzekerheid and the print (tester9 #3:
 * no rounded second version of the same range).
 */
export function parameterBereik(eenheid: Eenheid, laag: number, hoog: number, taal: Taal): string {
  return parameterBereikGebruikt(eenheid, laag, hoog, taal).bereik;
}

/**
 * A range as the analysis uses it, each end as its field shows it (to the cent, to 0,01%): "€ 14.420 – € 26.780",
 * "59,5% – 100%", "2 – 6 maanden". Where a reader checks the range against the fields or "± 30% of € 20.600"
 * (Onzekerheid: the hints under the fields, the sensitivity table; tester5 #4), and Invoer's "Plausibel bereik".
 */
export function parameterBereikGebruikt(eenheid: Eenheid, laag: number, hoog: number, taal: Taal): { laag: string; hoog: string; bereik: string } {
  if (eenheid === 'maanden' || eenheid === 'klanten') {
    const woord = meervoud(eenheid === 'maanden' ? MAANDEN[taal] : KLANTEN[taal], { n: hoog }, taal);
    return { laag: parameterWaarde(eenheid, laag, taal), hoog: parameterWaarde(eenheid, hoog, taal), bereik: `${formatGetal(laag, taal)} – ${formatGetal(hoog, taal)} ${woord}` };
  }
  const l = parameterWaarde(eenheid, laag, taal);
  const h = parameterWaarde(eenheid, hoog, taal);
  return { laag: l, hoog: h, bereik: `${l} – ${h}` };
}

/** An evidence grade with its meaning: "graad C (één studie)". */
export function graadTekst(graad: Graad, taal: Taal): string {
  return `${taal === 'nl' ? 'graad' : 'grade'} ${graad} (${GRAAD_UITLEG[graad][taal]})`;
}

/** Where a range comes from, for a note: "bron: …" or the assumption's reason. */
export function herkomstTekst(h: BereikHerkomst, taal: Taal): string {
  if ('bron' in h) return `${taal === 'nl' ? 'bron bereik' : 'range source'}: ${taal === 'en' && h.bronEn ? h.bronEn : h.bron}`;
  return taal === 'en' && h.aannameEn ? h.aannameEn : h.aanname;
}

import type { Eenheid, Label } from './basis';

/**
 * Evidence grades (issue 11): how strong the evidence behind a number is.
 * A measured locally; B national statistic or several studies; C a single study; D an assumption.
 */
export const GRADEN = ['A', 'B', 'C', 'D'] as const;
export type Graad = (typeof GRADEN)[number];

export const GRAAD_UITLEG: Record<Graad, Label> = {
  A: { nl: 'lokaal gemeten', en: 'measured locally' },
  B: { nl: 'landelijke statistiek of meerdere studies', en: 'national statistic or several studies' },
  C: { nl: 'één studie', en: 'a single study' },
  D: { nl: 'aanname', en: 'assumption' },
};

/**
 * The one rule for a range without a source of its own: the default ± this share of it, wider as the
 * evidence gets weaker. A choice of MKBA Schuldhulp (no published source), documented in the
 * verantwoording and scenarios/README.md.
 */
export const GRAAD_MARGE: Record<Graad, number> = { A: 0.1, B: 0.2, C: 0.3, D: 0.5 };

export const BEREIKREGEL: Label = {
  nl: 'Heeft een bereik geen eigen bron, dan volgt het uit de bewijsgraad: de standaardwaarde ± 10% (A), ± 20% (B), ± 30% (C) of ± 50% (D); een aandeel blijft tussen 0% en 100%. Dit is een keuze van MKBA Schuldhulp (aanname): hoe zwakker het bewijs, hoe breder het bereik.',
  en: 'A range without a source of its own follows from the evidence grade: the default ± 10% (A), ± 20% (B), ± 30% (C) or ± 50% (D); a share stays between 0% and 100%. This is a choice of MKBA Schuldhulp (an assumption): the weaker the evidence, the wider the range.',
};

/** Where a range comes from: a source of its own, or the reason it is an assumption. */
/** Where a range comes from; the English text (…En) is shown by the English UI, the Dutch everywhere else. A scenario author's own text has no English. */
export type BereikHerkomst = { bron: string; bronEn?: string } | { aanname: string; aannameEn?: string };

export interface GegradeerdBereik {
  laag: number;
  hoog: number;
  herkomst: BereikHerkomst;
}

/** Rounds away float noise (0.85 × 0.7 = 0.595, not 0.59499999…). */
const rond = (x: number) => Number(x.toPrecision(12));

/** The range the rule gives for a value of this grade and unit (shares clipped to 0–1, others ≥ 0). */
export function bereikVolgensGraad(waarde: number, graad: Graad, eenheid: Eenheid): { laag: number; hoog: number } {
  const m = GRAAD_MARGE[graad];
  const laag = Math.max(0, rond(waarde * (1 - m)));
  const hoog = rond(waarde * (1 + m));
  return { laag, hoog: eenheid === 'aandeel' ? Math.min(1, hoog) : hoog };
}

/** "± 30% volgens de bereikregel voor graad C (één studie)". */
export function regelTekst(graad: Graad, taal: 'nl' | 'en' = 'nl'): string {
  return taal === 'nl'
    ? `± ${Math.round(GRAAD_MARGE[graad] * 100)}% volgens de bereikregel voor graad ${graad} (${GRAAD_UITLEG[graad].nl})`
    : `± ${Math.round(GRAAD_MARGE[graad] * 100)}% by the range rule for grade ${graad} (${GRAAD_UITLEG[graad].en})`;
}

/**
 * A catalog range by the rule, marked as an assumption with its reason: the rule's sentence, plus
 * (optionally) why there is no published range.
 */
export function regelBereik(
  waarde: number,
  graad: Graad,
  eenheid: Eenheid,
  reden: Label = { nl: 'de bron geeft alleen een puntschatting, geen bereik', en: 'the source gives only a point estimate, no range' },
): GegradeerdBereik {
  return {
    ...bereikVolgensGraad(waarde, graad, eenheid),
    herkomst: { aanname: `Aanname: ${reden.nl}; daarom ${regelTekst(graad)}.`, aannameEn: `Assumption: ${reden.en}; hence ${regelTekst(graad, 'en')}.` },
  };
}

// ---- Catalog entries (catalog.ts, welvaart.ts), here beside the range rule so the catalog's import chain stays short ----

/** What a catalog entry may add to id, label, unit, default, source and grade. */
export interface ParameterExtra {
  /** A range with a source of its own; without it the range follows the grade rule (regelBereik). */
  bereik?: GegradeerdBereik;
  /** Why the source gives no range (the rule's sentence says it); the rule's default reason otherwise. */
  reden?: Label;
  toelichting?: Label;
}

/** The fields every catalog entry has: ParameterDefinitie (types.ts, which imports this module) without the optional ones. */
interface Basisvelden {
  label: Label;
  eenheid: Eenheid;
  standaard: number;
  bron: string;
  graad: Graad;
  bereik: GegradeerdBereik;
}

/**
 * An entry's type says which optional fields it has, so that `'prijsjaar' in p` and `'toelichting' in p`
 * keep narrowing over the catalog as they did when it was written out entry by entry.
 */
type Zonder<I extends string, E> = Basisvelden & { id: I } & (E extends { toelichting: Label } ? { toelichting: Label } : unknown);

/**
 * One catalog entry, its fields always in the same order (id, label, eenheid, prijsjaar, standaard,
 * bron, graad, bereik, toelichting; an absent optional field is left out, not undefined). The id keeps
 * its literal type, so ParameterId stays the union of the catalog's ids.
 */
function maak(id: string, label: Label, eenheid: Eenheid, prijsjaar: number | undefined, standaard: number, bron: string, graad: Graad, extra: ParameterExtra) {
  return {
    id,
    label,
    eenheid,
    ...(prijsjaar !== undefined && { prijsjaar }),
    standaard,
    bron,
    graad,
    bereik: extra.bereik ?? regelBereik(standaard, graad, eenheid, extra.reden),
    ...(extra.toelichting && { toelichting: extra.toelichting }),
  };
}

/** A parameter that is not an amount in euros (a share, months, clients). */
export function parameter<const I extends string, E extends ParameterExtra = object>(
  id: I, label: Label, eenheid: Exclude<Eenheid, 'euro'>, standaard: number, bron: string, graad: Graad, extra?: E,
): Zonder<I, E> {
  return maak(id, label, eenheid, undefined, standaard, bron, graad, extra ?? {}) as Zonder<I, E>;
}

/** An amount in euros, at the price level of its source's year. */
export function bedrag<const I extends string, E extends ParameterExtra = object>(
  id: I, label: Label, prijsjaar: number, standaard: number, bron: string, graad: Graad, extra?: E,
): Zonder<I, E> & { prijsjaar: number } {
  return maak(id, label, 'euro', prijsjaar, standaard, bron, graad, extra ?? {}) as Zonder<I, E> & { prijsjaar: number };
}

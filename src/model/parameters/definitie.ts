import { regelBereik, type GegradeerdBereik, type Graad } from './bewijs';
import type { Eenheid, Label, ParameterDefinitie } from './types';

/** What a catalog entry may add to id, label, unit, default, source and grade. */
export interface ParameterExtra {
  /** A range with a source of its own; without it the range follows the grade rule (regelBereik). */
  bereik?: GegradeerdBereik;
  /** Why the source gives no range (the rule's sentence says it); the rule's default reason otherwise. */
  reden?: Label;
  toelichting?: Label;
}

/**
 * An entry's type says which optional fields it has, so that `'prijsjaar' in p` and `'toelichting' in p`
 * keep narrowing over the catalog as they did when it was written out entry by entry.
 */
type Zonder<I extends string, E> = Omit<ParameterDefinitie, 'id' | 'prijsjaar' | 'toelichting'> & { id: I } & (E extends { toelichting: Label } ? { toelichting: Label } : unknown);

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

import { Decimal, ONE, ZERO, wholeEuros } from './decimal';
import type { Eenheid, Label } from './parameters/types';

/** One number in a calculation, with its unit and (where it is one) the parameter it came from. */
export interface Factor {
  waarde: Decimal;
  eenheid: Eenheid | 'getal';
  /** How it joins the factor before it; the first factor's op is ignored. */
  op: '×' | '/';
  bron?: string;
}

/** A product of factors. */
export interface Term {
  factoren: Factor[];
}

/**
 * A calculation as a sum of products, e.g. "8 × 24,1% × 50% × 45% × € 13.733 + 8 × … × € 24.500",
 * with its outcome. This is the trace the UI and the CLI show, with numbers filled in.
 */
export interface Berekening {
  termen: Term[];
  uitkomst: Decimal;
  eenheid: Eenheid | 'getal';
}

/** A unit amount derived from parameters, e.g. € 14.000 × 4 / 12 = € 4.667. */
export interface AfgeleidBedrag {
  id: string;
  label: Label;
  berekening: Berekening;
  /** True when the outcome was rounded to whole euros (the report's convention). */
  afgerond: boolean;
  /** The outcome before rounding. */
  exact: Decimal;
}

export function factor(waarde: Decimal | number, eenheid: Factor['eenheid'], bron?: string, op: Factor['op'] = '×'): Factor {
  return { waarde: typeof waarde === 'number' ? new Decimal(waarde) : waarde, eenheid, op, ...(bron ? { bron } : {}) };
}

export function termWaarde(t: Term): Decimal {
  let w = ONE;
  for (const f of t.factoren) w = f.op === '/' ? w.div(f.waarde) : w.times(f.waarde);
  return w;
}

export function bereken(termen: Term[], eenheid: Berekening['eenheid'] = 'euro'): Berekening {
  const uitkomst = termen.reduce((acc, t) => acc.plus(termWaarde(t)), ZERO);
  return { termen, uitkomst, eenheid };
}

/** Derives a unit amount; rounds it to whole euros when the scenario follows the report's convention. */
export function afgeleid(id: string, label: Label, termen: Term[], afronden: boolean): AfgeleidBedrag {
  const exact = bereken(termen);
  // Rounding a whole amount leaves it as it is, so the amount needs no decision on the value: the
  // uncertainty kernel then records no guard here. Whether rounding changed it is asked only by the trace.
  return {
    id,
    label,
    berekening: afronden ? { ...exact, uitkomst: wholeEuros(exact.uitkomst) } : exact,
    get afgerond() {
      return afronden && !exact.uitkomst.isInteger();
    },
    exact: exact.uitkomst,
  };
}

import { bereken, factor, type Factor } from '../berekening';
import { BAAT_COMPONENTEN, type BaatId, type ComponentId } from '../begrippen';
import { Decimal, ONE, ZERO, sum } from '../decimal';
import type { BaatResultaat } from './types';

/** The gross → net shares of one benefit (scenario key brutoNetto.<baatId>), each 0–1, default 0. */
export interface BrutoNettoAandelen {
  deadweight: number;
  attributie: number;
  verdringing: number;
}

/** The deductions of one benefit as amounts (own cohort): gross − deadweight − verdringing − attributie = net. */
export interface BrutoNettoStap {
  bruto: Decimal;
  deadweight: Decimal;
  verdringing: Decimal;
  attributie: Decimal;
  netto: Decimal;
}

/** The order of the SROI guide: deadweight, then displacement, then attribution. */
export const AFTREKKEN = ['deadweight', 'verdringing', 'attributie'] as const;
export type Aftrek = (typeof AFTREKKEN)[number];

export type NettoBaat = BaatResultaat & { brutoNetto: BrutoNettoStap };

/**
 * Gross → net for one benefit: net = gross × (1 − deadweight) × (1 − verdringing) × (1 − attributie).
 * Each deduction is a factor "(1 − share)" at the end of every term of the trace, so the trace stays a
 * sum of products; a share of 0 adds no factor, so with the defaults the benefit is the report's.
 */
export function naarNetto(id: BaatId, r: BaatResultaat, a: BrutoNettoAandelen): NettoBaat {
  const bruto = r.bedrag;
  const actief = AFTREKKEN.filter((k) => a[k] !== 0);
  if (actief.length === 0) {
    return { ...r, brutoNetto: { bruto, deadweight: ZERO, verdringing: ZERO, attributie: ZERO, netto: bruto } };
  }
  // The amounts of the deductions, in order: each takes its share of what is left.
  const stap = { bruto } as BrutoNettoStap;
  let rest = bruto;
  for (const k of AFTREKKEN) {
    const af = a[k] === 0 ? ZERO : rest.times(a[k]);
    stap[k] = af;
    rest = rest.minus(af);
  }
  const factoren: Factor[] = actief.map((k) => factor(ONE.minus(a[k]), 'aandeel', `brutoNetto.${id}.${k}`));
  const berekening = bereken(r.berekening.termen.map((t) => ({ factoren: [...t.factoren, ...factoren] })), r.berekening.eenheid);
  const netto = berekening.uitkomst;
  stap.netto = netto;
  // Rounding noise (~1e-40) between "rest" and the trace's sum goes into the last deduction, so that
  // gross − deductions = net exactly.
  const laatste = actief[actief.length - 1]!;
  stap[laatste] = stap[laatste].plus(rest.minus(netto));
  // The components scale with the benefit; the last one takes the remainder so they add up to net.
  const f = actief.reduce((acc, k) => acc.times(ONE.minus(a[k])), new Decimal(1));
  const ids = (BAAT_COMPONENTEN[id] as readonly ComponentId[]).filter((c) => r.componenten[c] !== undefined);
  const componenten: Partial<Record<ComponentId, Decimal>> = {};
  ids.forEach((c, i) => {
    componenten[c] = i === ids.length - 1 ? netto.minus(sum(ids.slice(0, -1).map((x) => componenten[x]!))) : r.componenten[c]!.times(f);
  });
  return { ...r, bedrag: netto, componenten, berekening, brutoNetto: stap };
}

import { Decimal } from '../decimal';
import { berekenScenario, type Resultaat } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { Onzekerheid } from '../scenario/onzekerheidSchema';
import { onzekereInvoer, type OnzekereInvoer } from './invoer';

export interface GevoeligheidRegel {
  invoer: OnzekereInvoer;
  /** Saldo per client of each pathway with the input at its low and at its high value. */
  saldoPerKlant: Record<string, { laag: Decimal; hoog: Decimal }>;
  /** Difference from the baseline's saldo per client, per project pathway. */
  verschil: Record<string, { laag: Decimal; hoog: Decimal }>;
  /** |hoog − laag| of the first project pathway's difference from the baseline: the tornado's sort key. */
  impact: Decimal;
}

export interface Gevoeligheid {
  basis: Resultaat;
  regels: GevoeligheidRegel[];
}

function saldi(r: Resultaat) {
  const perKlant = Object.fromEntries(r.werkwijzen.map((w) => [w.id, w.saldo.perKlant]));
  const verschil = Object.fromEntries(r.verschillen.map((v) => [v.id, v.saldo.perKlant]));
  return { perKlant, verschil };
}

/**
 * One-way sensitivity: every uncertain input at its low and its high value, the others at their
 * scenario value. Sorted by impact on the first project pathway's difference from the baseline.
 */
export function gevoeligheid(s: Scenario, instellingen?: Onzekerheid): Gevoeligheid {
  const basis = berekenScenario(s);
  const regels = onzekereInvoer(s, instellingen).map((invoer): GevoeligheidRegel => {
    const laag = saldi(berekenScenario(invoer.zet(s, invoer.laag)));
    const hoog = saldi(berekenScenario(invoer.zet(s, invoer.hoog)));
    const paar = (a: Record<string, Decimal>, b: Record<string, Decimal>) =>
      Object.fromEntries(Object.keys(a).map((id) => [id, { laag: a[id]!, hoog: b[id]! }]));
    const verschil = paar(laag.verschil, hoog.verschil);
    const eerste = Object.values(verschil)[0];
    return {
      invoer,
      saldoPerKlant: paar(laag.perKlant, hoog.perKlant),
      verschil,
      impact: eerste ? eerste.hoog.minus(eerste.laag).abs() : new Decimal(0),
    };
  });
  regels.sort((a, b) => b.impact.comparedTo(a.impact) || a.invoer.sleutel.localeCompare(b.invoer.sleutel));
  return { basis, regels };
}

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
  /** |hoog − laag| of each project pathway's difference from the baseline (its tornado's sort key). */
  impactPerWerkwijze: Record<string, Decimal>;
  /** |hoog − laag| of the first project pathway's difference from the baseline: the model's sort key. */
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

function regelVoor(s: Scenario, invoer: OnzekereInvoer): GevoeligheidRegel {
  const laag = saldi(berekenScenario(invoer.zet(s, invoer.laag)));
  const hoog = saldi(berekenScenario(invoer.zet(s, invoer.hoog)));
  const paar = (a: Record<string, Decimal>, b: Record<string, Decimal>) =>
    Object.fromEntries(Object.keys(a).map((id) => [id, { laag: a[id]!, hoog: b[id]! }]));
  const verschil = paar(laag.verschil, hoog.verschil);
  const impactPerWerkwijze = Object.fromEntries(Object.entries(verschil).map(([id, x]) => [id, x.hoog.minus(x.laag).abs()]));
  return {
    invoer,
    saldoPerKlant: paar(laag.perKlant, hoog.perKlant),
    verschil,
    impactPerWerkwijze,
    impact: Object.values(impactPerWerkwijze)[0] ?? new Decimal(0),
  };
}

/**
 * One-way sensitivity that can be advanced one input at a time (two model runs per step), so the
 * app can spread it over short tasks; `gevoeligheid()` runs it at once. Same numbers either way.
 */
export function maakGevoeligheid(s: Scenario, instellingen?: Onzekerheid) {
  const basis = berekenScenario(s);
  const invoer = onzekereInvoer(s, instellingen);
  const regels: GevoeligheidRegel[] = [];
  return {
    totaal: invoer.length,
    get gedaan() {
      return regels.length;
    },
    /** Computes the next input; true when all are done. */
    stap(): boolean {
      const i = invoer[regels.length];
      if (i) regels.push(regelVoor(s, i));
      return regels.length === invoer.length;
    },
    resultaat(): Gevoeligheid {
      if (regels.length < invoer.length) throw new Error('De gevoeligheidsanalyse is nog niet klaar.');
      const gesorteerd = [...regels].sort((a, b) => b.impact.comparedTo(a.impact) || a.invoer.sleutel.localeCompare(b.invoer.sleutel));
      return { basis, regels: gesorteerd };
    },
  };
}

/**
 * One-way sensitivity: every uncertain input at its low and its high value, the others at their
 * scenario value. Sorted by impact on the first project pathway's difference from the baseline.
 */
export function gevoeligheid(s: Scenario, instellingen?: Onzekerheid): Gevoeligheid {
  const g = maakGevoeligheid(s, instellingen);
  while (!g.stap());
  return g.resultaat();
}

/**
 * The rows by their impact on one project pathway's difference from the baseline, largest first
 * (ties in the model's order): the tornado and the switching values of that pathway. For the first
 * project pathway this is the model's own order.
 */
export function opInvloedVoor(regels: readonly GevoeligheidRegel[], werkwijze: string): GevoeligheidRegel[] {
  const nul = new Decimal(0);
  return regels
    .map((r, i) => ({ r, i, x: r.impactPerWerkwijze[werkwijze] ?? nul }))
    .sort((a, b) => b.x.comparedTo(a.x) || a.i - b.i)
    .map((x) => x.r);
}

/** How many inputs get switching values per project pathway: its most influential ones. */
export const OMSLAG_AANTAL = 10;

/**
 * The inputs that get switching values for one project pathway: its `aantal` most influential
 * (largest impact on its difference from the baseline), leaving out those without any influence.
 */
export function meestInvloedrijk(regels: readonly GevoeligheidRegel[], werkwijze: string, aantal: number): GevoeligheidRegel[] {
  return opInvloedVoor(regels, werkwijze)
    .filter((r) => !(r.impactPerWerkwijze[werkwijze]?.isZero() ?? true))
    .slice(0, aantal);
}

/**
 * The rows by their largest impact on any project pathway's difference from the baseline (ties in
 * the model's order): one list for a table that shows every project pathway. With one project
 * pathway this is the model's own order.
 */
export function opGrootsteInvloed(regels: readonly GevoeligheidRegel[]): GevoeligheidRegel[] {
  const grootste = (r: GevoeligheidRegel) => Decimal.max(new Decimal(0), ...Object.values(r.impactPerWerkwijze));
  return regels
    .map((r, i) => ({ r, i, x: grootste(r) }))
    .sort((a, b) => b.x.comparedTo(a.x) || a.i - b.i)
    .map((x) => x.r);
}

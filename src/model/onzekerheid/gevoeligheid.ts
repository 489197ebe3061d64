import { Decimal } from '../decimal';
import { berekenScenario, type Resultaat } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { Onzekerheid } from '../scenario/onzekerheidSchema';
import { onzekereInvoer, type OnzekereInvoer } from './invoer';
import { berekenPunten, maakKern, type Kern } from './kern';

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

/**
 * The two model runs of one input on the kernel (kern.ts: the same formulas in float64; within 1e-9
 * relative of the Decimal engine), every other input at its scenario value.
 */
function saldiMetKern(s: Scenario, kern: Kern, alle: readonly OnzekereInvoer[], k: number) {
  const punt = (x: number) => alle.map((i, n) => (n === k ? x : i.basis));
  const uit = berekenPunten(kern, [punt(alle[k]!.laag), punt(alle[k]!.hoog)]);
  const nul = s.werkwijzen.findIndex((w) => w.nulalternatief);
  const kant = (j: number) => ({
    perKlant: Object.fromEntries(s.werkwijzen.map((w, i) => [w.id, new Decimal(uit[i]![j]!)])),
    verschil: Object.fromEntries(s.werkwijzen.flatMap((w, i) => (i === nul ? [] : [[w.id, new Decimal(uit[i]![j]! - uit[nul]![j]!)]]))),
  });
  return { laag: kant(0), hoog: kant(1) };
}

function regelVoor(s: Scenario, invoer: OnzekereInvoer, metKern: { kern: Kern; alle: readonly OnzekereInvoer[]; k: number } | null): GevoeligheidRegel {
  const { laag, hoog } = metKern
    ? saldiMetKern(s, metKern.kern, metKern.alle, metKern.k)
    : { laag: saldi(berekenScenario(invoer.zet(s, invoer.laag))), hoog: saldi(berekenScenario(invoer.zet(s, invoer.hoog))) };
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

export interface GevoeligheidOpties {
  /** The Decimal engine per model run instead of the kernel (the reference for tests and the bench). */
  zonderKern?: boolean;
}

/**
 * One-way sensitivity that can be advanced one input at a time (two model runs per step), so the
 * app can spread it over short tasks; `gevoeligheid()` runs it at once. Same numbers either way.
 */
export function maakGevoeligheid(s: Scenario, instellingen?: Onzekerheid, opties: GevoeligheidOpties = {}) {
  const basis = berekenScenario(s);
  const invoer = onzekereInvoer(s, instellingen);
  const regels: GevoeligheidRegel[] = [];
  // The kernel, made at the first step; null: the Decimal engine (also when the kernel cannot record).
  let kern: Kern | null | undefined = opties.zonderKern ? null : undefined;
  return {
    totaal: invoer.length,
    get gedaan() {
      return regels.length;
    },
    /** Computes the next input; true when all are done. */
    stap(): boolean {
      const k = regels.length;
      const i = invoer[k];
      if (i) {
        if (kern === undefined) kern = maakKern(s, invoer, false);
        regels.push(regelVoor(s, i, kern ? { kern, alle: invoer, k } : null));
      }
      return regels.length === invoer.length;
    },
    resultaat(): Gevoeligheid {
      if (regels.length < invoer.length) throw new Error('De gevoeligheidsanalyse is nog niet klaar.');
      const sleutel = invloedSleutel(regels.map((r) => r.impact));
      const gesorteerd = regels
        .map((r, i) => ({ r, k: sleutel[i]! }))
        .sort((a, b) => b.k - a.k || a.r.invoer.sleutel.localeCompare(b.r.invoer.sleutel))
        .map((x) => x.r);
      return { basis, regels: gesorteerd };
    },
  };
}

/**
 * One-way sensitivity: every uncertain input at its low and its high value, the others at their
 * scenario value. Sorted by impact on the first project pathway's difference from the baseline.
 */
export function gevoeligheid(s: Scenario, instellingen?: Onzekerheid, opties: GevoeligheidOpties = {}): Gevoeligheid {
  const g = maakGevoeligheid(s, instellingen, opties);
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
  const sleutel = invloedSleutel(regels.map((r) => r.impactPerWerkwijze[werkwijze] ?? nul));
  return regels
    .map((r, i) => ({ r, i, k: sleutel[i]! }))
    .sort((a, b) => b.k - a.k || a.i - b.i)
    .map((x) => x.r);
}

/** Relative size below which two impacts count as equal, and an impact as none: rounding noise. */
export const INVLOED_RUIS = 1e-9;

/**
 * Sort keys for impacts: each in steps of INVLOED_RUIS × the largest. Impacts that differ only by the
 * rounding noise of the arithmetic (the kernel's float64, or Decimal's 40 digits: a "no influence"
 * of 1e-30) get the same key, so the order and "without influence" do not depend on it; key 0 is none.
 */
export function invloedSleutel(impacts: readonly Decimal[]): number[] {
  const x = impacts.map((d) => Math.abs(d.toNumber()));
  const stap = Math.max(0, ...x) * INVLOED_RUIS;
  return x.map((v) => (stap > 0 ? Math.round(v / stap) : 0));
}

/** How many inputs get switching values per project pathway: its most influential ones. */
export const OMSLAG_AANTAL = 10;

/**
 * The inputs that get switching values for one project pathway: its `aantal` most influential
 * (largest impact on its difference from the baseline), leaving out those without any influence.
 */
export function meestInvloedrijk(regels: readonly GevoeligheidRegel[], werkwijze: string, aantal: number): GevoeligheidRegel[] {
  const nul = new Decimal(0);
  const sleutel = invloedSleutel(regels.map((r) => r.impactPerWerkwijze[werkwijze] ?? nul));
  const zonder = new Set(regels.filter((_, i) => sleutel[i] === 0));
  return opInvloedVoor(regels, werkwijze)
    .filter((r) => !zonder.has(r))
    .slice(0, aantal);
}

/**
 * The rows by their largest impact on any project pathway's difference from the baseline (ties in
 * the model's order): one list for a table that shows every project pathway. With one project
 * pathway this is the model's own order.
 */
export function opGrootsteInvloed(regels: readonly GevoeligheidRegel[]): GevoeligheidRegel[] {
  const grootste = (r: GevoeligheidRegel) => Decimal.max(new Decimal(0), ...Object.values(r.impactPerWerkwijze));
  const sleutel = invloedSleutel(regels.map(grootste));
  return regels
    .map((r, i) => ({ r, i, k: sleutel[i]! }))
    .sort((a, b) => b.k - a.k || a.i - b.i)
    .map((x) => x.r);
}

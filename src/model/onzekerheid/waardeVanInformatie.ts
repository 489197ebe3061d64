import { UITKOMSTEN } from '../begrippen';
import type { Label } from '../parameters/types';
import type { Scenario } from '../scenario/schema';
import type { OnzekereInvoer } from './invoer';
import { Toevalsbron } from './toeval';

/**
 * Value of information for the choice between the pathways (issue 12 item 4), from the Monte Carlo
 * draws; the net benefit of a pathway in a draw is its saldo per client.
 *
 * EVPI = E[max_d NB_d] − max_d E[NB_d]: what knowing every input exactly would be worth per client.
 *
 * EVPPI of one input: the nonparametric binning estimator of Sadatsafavi, Bansback, Zafari, Najafzadeh
 * & Marra (2013), "Need for speed: an efficient algorithm for calculation of single-parameter expected
 * value of partial perfect information", Value in Health 16(2):438–448. The draws are sorted on the
 * input and cut into ⌈√n⌉ bins of (about) equal size (an assumption of ours; equal values always share
 * a bin); in each bin the pathway with the highest mean is chosen:
 *   EVPPI = Σ_b (n_b / n) · max_d mean_b(NB_d) − max_d mean(NB_d).
 * A group of inputs is first summarised by a linear regression metamodel of each pathway's net benefit
 * on the group's inputs (the regression approach of Strong, Oakley & Brennan (2014), "Estimating
 * multiparameter partial expected value of perfect information from a probabilistic sensitivity
 * analysis sample: a nonparametric regression approach", Medical Decision Making 34(3):311–326, here
 * with a linear model); the draws are then binned the same way on the predicted best pathway and its
 * predicted lead. Any such grouping gives 0 ≤ EVPPI ≤ EVPI exactly, and 0 for an input that never varies.
 *
 * With the outcome redraw (montecarlo.ts), each pathway's redrawn outcome counts are a group too, and all
 * pathways' together: the same regression and binning on the counts, so the value of knowing the outcomes
 * (measuring them in many more dossiers) is no longer left in the unattributed rest of the EVPI.
 */

export interface Informatiewaarde {
  sleutel: string;
  label: Label;
  /** The label inside a sentence ("aandeel met PW-uitkering van Klantreis"). */
  inZin: Label;
  /** Per client. */
  evppi: number;
  /** Per year (× the inflow per year), when the scenario has one. */
  evppiPerJaar: number | null;
}

export interface WaardeVanInformatie {
  trekkingen: number;
  /** Per client, and per year when the scenario sets the inflow per year. */
  evpi: number;
  evpiPerJaar: number | null;
  instroomPerJaar: number | null;
  /** Per input, largest first (ties in the model's order). */
  perInvoer: Informatiewaarde[];
  /**
   * Per group of inputs: all costs, all parameters, each pathway's own inputs; with the outcome redraw
   * then each pathway's redrawn outcomes (`uitkomsten.<id>`) and all pathways' (`uitkomsten`).
   */
  perGroep: Informatiewaarde[];
  /** Whether the outcomes were redrawn (else they are fixed, and have no group). */
  uitkomstenHertrokken: boolean;
  /** Inputs the run proved to have no effect on any saldo (EVPPI exactly 0: metExacteNullen); absent when not checked. */
  zonderInvloed?: string[];
  /**
   * The estimator's noise floor (metRuisniveau): the mean EVPPI it gives an input with no effect at all (a random
   * order of the same draws) per client. Single-input EVPPIs of this size are the estimator's bias, not information.
   */
  ruisniveau?: number;
  /** The largest of those random orders' EVPPIs: an EVPPI at or below it is not told apart from no effect (5% test). */
  ruisgrens?: number;
}

/** The pathway with the highest mean net benefit over all draws (the choice without more information). */
function besteOpGemiddelde(nb: readonly Float64Array[]): number {
  let best = 0;
  let bestSom = -Infinity;
  nb.forEach((x, d) => {
    let s = 0;
    for (let j = 0; j < x.length; j++) s += x[j]!;
    if (s > bestSom) {
      bestSom = s;
      best = d;
    }
  });
  return best;
}

/**
 * EVPI, as the mean regret of the current choice d*: (1/n) Σ_j (max_d NB_dj − NB_d*j). The same as
 * E[max] − max E, but every term is ≥ 0 and exactly 0 where d* is best, so no rounding noise.
 */
export function evpi(nb: readonly Float64Array[]): number {
  const n = nb[0]?.length ?? 0;
  if (n === 0) return 0;
  const keuze = nb[besteOpGemiddelde(nb)]!;
  let s = 0;
  for (let j = 0; j < n; j++) {
    let m = -Infinity;
    for (const x of nb) if (x[j]! > m) m = x[j]!;
    s += m - keuze[j]!;
  }
  return s / n;
}

/**
 * The binning estimator: the draws in the order of `volgorde` (sorted on the key), cut into about
 * `bakken` bins of equal size, never between two equal keys.
 */
function gebinned(nb: readonly Float64Array[], volgorde: Uint32Array, gelijk: (j: number, k: number) => boolean, bakken: number): number {
  const n = volgorde.length;
  const D = nb.length;
  const keuze = besteOpGemiddelde(nb);
  const som = new Float64Array(D);
  let totaal = 0;
  let inBak = 0;
  const doel = n / bakken;
  // Per bin: how much its best pathway beats the current choice d* (0 when d* is also best there).
  const sluit = () => {
    let m = -Infinity;
    for (let d = 0; d < D; d++) m = Math.max(m, som[d]!);
    totaal += m - som[keuze]!;
    som.fill(0);
    inBak = 0;
  };
  for (let q = 0; q < n; q++) {
    const j = volgorde[q]!;
    if (inBak >= doel && !gelijk(j, volgorde[q - 1]!)) sluit();
    for (let d = 0; d < D; d++) som[d]! += nb[d]![j]!;
    inBak++;
  }
  if (inBak > 0) sluit();
  // (1/n) Σ_b (max_d Σ_{j∈b} NB_dj − Σ_{j∈b} NB_d*j) = Σ_b (n_b/n) max_d mean_b(NB_d) − max_d mean(NB_d).
  return Math.min(evpi(nb), totaal / n);
}

const aantalBakken = (n: number) => Math.max(1, Math.ceil(Math.sqrt(n)));

/** EVPPI of one input from its draws (Sadatsafavi et al. 2013). */
export function evppiInvoer(nb: readonly Float64Array[], x: Float64Array): number {
  return gebinned(nb, volgordeOp(x), (j, k) => x[j] === x[k], aantalBakken(x.length));
}

/**
 * The draws' indices in ascending order of the finite values x, equal values in index order: the order of
 * sort((a, b) => x[a] − x[b] || a − b), by a stable LSD radix sort on the values' bits (a pass per byte, skipped where all draws share it)
 * instead of a comparison sort with a callback (47 inputs × 20.000 draws took ~1 s in the worker).
 */
export function volgordeOp(x: Float64Array): Uint32Array {
  const n = x.length;
  // Bits that sort as the numbers do: negative numbers inverted, positive ones with the sign bit set; −0 as 0.
  const sleutel = new Uint32Array(2 * n);
  const f = new Float64Array(1);
  const w = new Uint32Array(f.buffer);
  const laag = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
  for (let j = 0; j < n; j++) {
    f[0] = x[j]! + 0;
    const hi = w[1 - laag]!;
    const lo = w[laag]!;
    const negatief = hi >>> 31 === 1;
    sleutel[2 * j] = negatief ? ~lo >>> 0 : lo;
    sleutel[2 * j + 1] = negatief ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
  }
  // The count of every byte value in each of the 8 bytes, in one pass; a byte all draws share needs no pass.
  const telling = new Uint32Array(8 * 256);
  for (let j = 0; j < n; j++) {
    for (let p = 0; p < 8; p++) telling[p * 256 + ((sleutel[2 * j + (p >> 2)]! >>> ((p & 3) * 8)) & 0xff)]!++;
  }
  let van = new Uint32Array(n);
  for (let j = 0; j < n; j++) van[j] = j;
  let naar = new Uint32Array(n);
  const begin = new Uint32Array(256);
  for (let p = 0; p < 8; p++) {
    let som = 0;
    let eenWaarde = false;
    for (let c = 0; c < 256; c++) {
      const t = telling[p * 256 + c]!;
      if (t === n) eenWaarde = true;
      begin[c] = som;
      som += t;
    }
    if (eenWaarde) continue;
    const woord = p >> 2;
    const schuif = (p & 3) * 8;
    for (let q = 0; q < n; q++) {
      const j = van[q]!;
      naar[begin[(sleutel[2 * j + woord]! >>> schuif) & 0xff]!++] = j;
    }
    const t = van;
    van = naar;
    naar = t;
  }
  return van;
}

/**
 * EVPPI of a group of inputs: a linear metamodel of each pathway's net benefit on the inputs
 * (Strong, Oakley & Brennan 2014), then the draws binned on the predicted best pathway and its lead.
 */
export function evppiGroep(nb: readonly Float64Array[], xs: readonly Float64Array[]): number {
  const stappen = evppiGroepStappen(nb, xs);
  for (;;) {
    const r = stappen.next();
    if (r.done) return r.value;
  }
}

/**
 * evppiGroep in steps of at most ~p·n multiply-adds (a column of X'X, a pathway's fit), for a caller
 * on the main thread; a large group (all parameters) is ~0,1–0,3 s in one go on a slow laptop.
 */
export function* evppiGroepStappen(nb: readonly Float64Array[], xs: readonly Float64Array[]): Generator<void, number, void> {
  const n = nb[0]?.length ?? 0;
  if (n === 0) return 0;
  // Only inputs that vary; centred and scaled, for a well-conditioned system.
  const kol: Float64Array[] = [];
  for (const x of xs) {
    let m = 0;
    for (let j = 0; j < n; j++) m += x[j]!;
    m /= n;
    let v = 0;
    for (let j = 0; j < n; j++) v += (x[j]! - m) ** 2;
    const sd = Math.sqrt(v / n);
    if (!(sd > 0)) continue;
    kol.push(Float64Array.from(x, (y) => (y - m) / sd));
    yield;
  }
  if (kol.length === 0) return 0;
  const p = kol.length;
  // X'X once for every pathway, each entry once (x·y = y·x exactly): the same numbers as per pathway in full.
  const XX = Array.from({ length: p }, () => new Float64Array(p));
  for (let a = 0; a < p; a++) {
    const ka = kol[a]!;
    for (let b = 0; b <= a; b++) {
      const kb = kol[b]!;
      let s = 0;
      for (let j = 0; j < n; j++) s += ka[j]! * kb[j]!;
      XX[a]![b] = s;
      XX[b]![a] = s;
    }
    yield;
  }
  const voorspeld: Float64Array[] = [];
  for (const y of nb) {
    let my = 0;
    for (let j = 0; j < n; j++) my += y[j]!;
    my /= n;
    const A = Array.from({ length: p }, (_, a) => {
      const rij = Array.from(XX[a]!);
      let s = 0;
      for (let j = 0; j < n; j++) s += kol[a]![j]! * (y[j]! - my);
      rij.push(s);
      return rij;
    });
    const beta = los(A, p);
    const g = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      let s = my;
      for (let a = 0; a < p; a++) s += beta[a]! * kol[a]![j]!;
      g[j] = s;
    }
    voorspeld.push(g);
    yield;
  }
  // Key: the predicted best pathway, then its predicted lead over the second best.
  const beste = new Int32Array(n);
  const voorsprong = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let b = 0;
    for (let d = 1; d < voorspeld.length; d++) if (voorspeld[d]![j]! > voorspeld[b]![j]!) b = d;
    let tweede = -Infinity;
    for (let d = 0; d < voorspeld.length; d++) if (d !== b) tweede = Math.max(tweede, voorspeld[d]![j]!);
    beste[j] = b;
    voorsprong[j] = voorspeld.length > 1 ? voorspeld[b]![j]! - tweede : 0;
  }
  const volgorde = Uint32Array.from(beste.keys()).sort((a, b) => beste[a]! - beste[b]! || voorsprong[a]! - voorsprong[b]! || a - b);
  yield;
  return gebinned(nb, volgorde, (j, k) => beste[j] === beste[k] && voorsprong[j] === voorsprong[k], aantalBakken(n));
}

/** Gaussian elimination with partial pivoting on [A | b]; a (near-)singular direction gets coefficient 0. */
function los(A: number[][], p: number): number[] {
  for (let c = 0; c < p; c++) {
    let r = c;
    for (let i = c + 1; i < p; i++) if (Math.abs(A[i]![c]!) > Math.abs(A[r]![c]!)) r = i;
    [A[c], A[r]] = [A[r]!, A[c]!];
    const piv = A[c]![c]!;
    if (Math.abs(piv) < 1e-9) continue;
    for (let i = 0; i < p; i++) {
      if (i === c) continue;
      const f = A[i]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= p; k++) A[i]![k]! -= f * A[c]![k]!;
    }
  }
  return A.map((rij, c) => (Math.abs(rij[c]!) < 1e-9 ? 0 : rij[p]! / rij[c]!));
}

/**
 * The groups of inputs: all costs, all parameters, and each pathway's own inputs: its costs and client mix.
 * A pathway's redrawn outcomes are a group of their own (uitkomstGroepen), so its label says it holds no
 * outcomes (defect 8: "alle invoer van X" was worth less than "uitkomsten van X").
 */
export function groepen(s: Scenario, invoer: readonly OnzekereInvoer[]): { sleutel: string; label: Label; inZin: Label; leden: number[] }[] {
  const idx = (f: (i: OnzekereInvoer) => boolean) => invoer.flatMap((i, k) => (f(i) ? [k] : []));
  const kosten: Label = { nl: 'alle kosten', en: 'all costs' };
  const parameters: Label = { nl: 'alle effecten en bedragen (parameters)', en: 'all effects and amounts (parameters)' };
  const uit = [
    { sleutel: 'kosten', label: kosten, inZin: kosten, leden: idx((i) => i.doel.soort === 'werkwijze' && i.doel.veld.startsWith('kosten.')) },
    { sleutel: 'parameters', label: parameters, inZin: parameters, leden: idx((i) => i.doel.soort === 'parameter') },
    ...s.werkwijzen.map((w, n) => ({
      sleutel: `werkwijzen.${w.id}`,
      label: { nl: `kosten en samenstelling van ${w.naam} (zonder uitkomsten)`, en: `costs and client mix of ${w.naam} (without outcomes)` },
      inZin: { nl: `de kosten en de samenstelling van ${w.naam} (zonder de uitkomsten)`, en: `the costs and the client mix of ${w.naam} (without the outcomes)` },
      leden: idx((i) => i.doel.soort === 'werkwijze' && i.doel.index === n),
    })),
  ];
  return uit.filter((g) => g.leden.length > 0);
}

/** The prefix of a pathway's outcome group: `uitkomsten.<id>` (one measurement: following more of its dossiers). */
export const UITKOMSTEN_GROEP = 'uitkomsten';

/**
 * The groups of redrawn outcomes: each pathway's counts, then all pathways' together. A pathway's last
 * count is its cohort minus the others (verdelingen.ts), so only the first K − 1 enter the regression:
 * the same fitted values, without an exactly singular system.
 */
export function uitkomstGroepen(s: Scenario, uitkomstTrekkingen: readonly Float64Array[]): { sleutel: string; label: Label; inZin: Label; kolommen: Float64Array[] }[] {
  const K = UITKOMSTEN.length;
  const van = (i: number) => uitkomstTrekkingen.slice(i * K, i * K + K - 1);
  const uit = s.werkwijzen.map((w, i) => ({
    sleutel: `${UITKOMSTEN_GROEP}.${w.id}`,
    label: { nl: `uitkomsten van ${w.naam}, opnieuw getrokken uit de dossiers`, en: `outcomes of ${w.naam}, redrawn from the case files` },
    inZin: { nl: `de uitkomsten van ${w.naam} in meer dossiers`, en: `the outcomes of ${w.naam} in more case files` },
    kolommen: van(i),
  }));
  if (uit.length < 2) return uit;
  return [
    ...uit,
    {
      sleutel: UITKOMSTEN_GROEP,
      label: { nl: 'uitkomsten van alle werkwijzen, opnieuw getrokken uit de dossiers', en: 'outcomes of all pathways, redrawn from the case files' },
      inZin: { nl: 'de uitkomsten van alle werkwijzen in meer dossiers', en: 'the outcomes of all pathways in more case files' },
      kolommen: s.werkwijzen.flatMap((_, i) => van(i)),
    },
  ];
}

/**
 * What the municipality could measure as one thing, worth most: the input with the largest EVPPI or one
 * pathway's outcomes, whichever is larger (an input on a tie); null when none is worth anything, or
 * none rises above the estimator's noise (its limit, else its mean floor).
 */
export function meestWaardevolleMeting(w: WaardeVanInformatie): Informatiewaarde | null {
  const kandidaten = [w.perInvoer[0], ...w.perGroep.filter((g) => g.sleutel.startsWith(`${UITKOMSTEN_GROEP}.`))];
  const drempel = Math.max(0, w.ruisgrens ?? w.ruisniveau ?? 0);
  let beste: Informatiewaarde | null = null;
  for (const x of kandidaten) if (x && x.evppi > drempel && (beste === null || x.evppi > beste.evppi)) beste = x;
  return beste;
}

/**
 * The other measurements not told apart from the most valuable one (defect 15): above the noise, and with an
 * EVPPI less than the estimator's noise limit (ruisgrens, else ruisniveau) below the top's. Rule: a difference
 * smaller than what an input without any effect scores is simulation noise, so they are "vrijwel gelijk".
 */
export function vrijwelGelijkeMetingen(w: WaardeVanInformatie): Informatiewaarde[] {
  const top = meestWaardevolleMeting(w);
  const drempel = Math.max(0, w.ruisgrens ?? w.ruisniveau ?? 0);
  if (!top || drempel === 0) return [];
  const kandidaten = [w.perInvoer[0], ...w.perGroep.filter((g) => g.sleutel.startsWith(`${UITKOMSTEN_GROEP}.`))];
  return kandidaten.filter((x): x is Informatiewaarde => !!x && x !== top && x.evppi > drempel && top.evppi - x.evppi < drempel).sort((a, b) => b.evppi - a.evppi);
}

/** Whether the noise is worth stating: its limit reads as at least € 1 per client, rounded. */
export function ruisniveauTeNoemen(w: WaardeVanInformatie): boolean {
  return (w.ruisgrens ?? w.ruisniveau ?? 0) >= 0.5;
}

/** An EVPPI not told apart from an input without any effect: at or below the noise limit (else the mean floor). */
export function binnenRuis(w: WaardeVanInformatie, evppi: number): boolean {
  return ruisniveauTeNoemen(w) && evppi <= (w.ruisgrens ?? w.ruisniveau)!;
}

/**
 * EVPI and EVPPI per input and per group from a Monte Carlo run that kept its input draws, and with
 * the outcome redraw its redrawn counts (pathway i's outcome u at i · 4 + u).
 */
export function waardeVanInformatie(
  s: Scenario,
  invoer: readonly OnzekereInvoer[],
  saldi: Record<string, Float64Array>,
  invoerTrekkingen: readonly Float64Array[],
  uitkomstTrekkingen: readonly Float64Array[] | null = null,
): WaardeVanInformatie {
  const stappen = waardeVanInformatieStappen(s, invoer, saldi, invoerTrekkingen, uitkomstTrekkingen);
  for (;;) {
    const r = stappen.next();
    if (r.done) return r.value;
  }
}

/** A generator's steps, each reported as `melding()`; its return value. */
function* herhaal<T, R>(stappen: Generator<void, R, void>, melding: () => T): Generator<T, R, void> {
  for (;;) {
    const r = stappen.next();
    if (r.done) return r.value;
    yield melding();
  }
}

/** Progress of waardeVanInformatieStappen: parts (inputs and groups) done of all. */
export interface InformatieVoortgang {
  gedaan: number;
  totaal: number;
}

/**
 * waardeVanInformatie in steps, one input's or one group's EVPPI per step (~1–30 ms at 20.000 draws),
 * so a caller on the main thread (file://, no workers) can yield between them and stop. The same
 * computations in the same order: the same numbers as in one go (waardeVanInformatie runs this).
 */
export function* waardeVanInformatieStappen(
  s: Scenario,
  invoer: readonly OnzekereInvoer[],
  saldi: Record<string, Float64Array>,
  invoerTrekkingen: readonly Float64Array[],
  uitkomstTrekkingen: readonly Float64Array[] | null = null,
): Generator<InformatieVoortgang, WaardeVanInformatie, void> {
  const nb = s.werkwijzen.map((w) => saldi[w.id]!);
  const instroom = s.instellingen.instroomPerJaar;
  const perJaar = (x: number) => (instroom === null ? null : x * instroom);
  const invoerGroepen = groepen(s, invoer);
  const extra = uitkomstTrekkingen ? uitkomstGroepen(s, uitkomstTrekkingen) : [];
  const totaal = invoer.length + invoerGroepen.length + extra.length;
  let gedaan = 0;
  yield { gedaan, totaal };
  const e = evpi(nb);
  const perInvoerOngesorteerd: { i: OnzekereInvoer; k: number; evppi: number }[] = [];
  for (let k = 0; k < invoer.length; k++) {
    perInvoerOngesorteerd.push({ i: invoer[k]!, k, evppi: evppiInvoer(nb, invoerTrekkingen[k]!) });
    yield { gedaan: ++gedaan, totaal };
  }
  const perInvoer = perInvoerOngesorteerd
    .sort((a, b) => b.evppi - a.evppi || a.k - b.k)
    .map(({ i, evppi }) => ({ sleutel: i.sleutel, label: i.label, inZin: i.inZin, evppi, evppiPerJaar: perJaar(evppi) }));
  const perGroep: Informatiewaarde[] = [];
  const voortgang = () => ({ gedaan, totaal });
  for (const g of invoerGroepen) {
    const evppi = yield* herhaal(evppiGroepStappen(nb, g.leden.map((k) => invoerTrekkingen[k]!)), voortgang);
    perGroep.push({ sleutel: g.sleutel, label: g.label, inZin: g.inZin, evppi, evppiPerJaar: perJaar(evppi) });
    yield { gedaan: ++gedaan, totaal };
  }
  for (const g of extra) {
    const evppi = yield* herhaal(evppiGroepStappen(nb, g.kolommen), voortgang);
    perGroep.push({ sleutel: g.sleutel, label: g.label, inZin: g.inZin, evppi, evppiPerJaar: perJaar(evppi) });
    yield { gedaan: ++gedaan, totaal };
  }
  return { trekkingen: nb[0]?.length ?? 0, evpi: e, evpiPerJaar: perJaar(e), instroomPerJaar: instroom, perInvoer, perGroep, uitkomstenHertrokken: uitkomstTrekkingen !== null };
}

/**
 * Exact zeros where the kernel proves them: an input that no tape of the run read (montecarlo
 * `invoerGelezen`) had no effect on any draw's saldo, so its EVPPI is exactly 0, and so is that of a group
 * of such inputs. The binning estimator gives such an input its bias instead (tens of euros per client
 * with three or more pathways: review, the welfare shares ranked among the ten most worth measuring).
 * `gelezen` null (unknown: the float engine computed a draw) leaves the estimates as they are.
 */
export function metExacteNullen(w: WaardeVanInformatie, s: Scenario, invoer: readonly OnzekereInvoer[], gelezen: Uint8Array | null | undefined): WaardeVanInformatie {
  if (!gelezen) return w;
  const zonderInvloed = new Set(invoer.filter((_, k) => gelezen[k] === 0).map((i) => i.sleutel));
  if (zonderInvloed.size === 0) return w;
  const volgorde = new Map(invoer.map((i, k) => [i.sleutel, k]));
  const nul = (x: Informatiewaarde): Informatiewaarde => ({ ...x, evppi: 0, evppiPerJaar: x.evppiPerJaar === null ? null : 0 });
  const perInvoer = w.perInvoer
    .map((x) => (zonderInvloed.has(x.sleutel) ? nul(x) : x))
    .sort((a, b) => b.evppi - a.evppi || volgorde.get(a.sleutel)! - volgorde.get(b.sleutel)!);
  const leeg = new Set(groepen(s, invoer).filter((g) => g.leden.every((k) => zonderInvloed.has(invoer[k]!.sleutel))).map((g) => g.sleutel));
  const perGroep = w.perGroep.map((g) => (leeg.has(g.sleutel) ? nul(g) : g));
  return { ...w, perInvoer, perGroep, zonderInvloed: [...zonderInvloed] };
}

/**
 * Random orders for the noise floor: 19, so that an EVPPI above all of them rejects "this input has no
 * effect" at 5% (a Monte Carlo test: Hope 1968, JRSS B 30(3):582–598; p ≤ 1/(19 + 1)).
 */
const RUIS_HERHALINGEN = 19;

/**
 * The noise floor of the binning estimator for these draws: its EVPPI for a key independent of every
 * saldo (the draws in a random order, Fisher–Yates on a fixed-seed stream, so the same draws give the same
 * floor), over RUIS_HERHALINGEN orders. The true EVPPI of such a key is 0; what the estimator gives it is
 * its upward bias at this number of draws and pathways (`niveau`, the mean) and its spread (`grens`, the
 * largest: an EVPPI at or below it cannot be told apart from an input without effect).
 */
export function ruisniveau(nb: readonly Float64Array[]): { niveau: number; grens: number } {
  const n = nb[0]?.length ?? 0;
  if (n === 0) return { niveau: 0, grens: 0 };
  const D = nb.length;
  const keuze = besteOpGemiddelde(nb);
  const bovengrens = evpi(nb);
  // A random order cut into bins of `grootte` is a random bin label per draw: the labels' multiset shuffled.
  // Summing per label in draw order reads the saldi sequentially (the order itself would gather them at random).
  const grootte = Math.ceil(n / aantalBakken(n));
  const bakken = Math.ceil(n / grootte);
  const bak = new Uint32Array(n);
  const som = new Float64Array(bakken * D);
  const bron = new Toevalsbron(1);
  let totaal = 0;
  let grens = 0;
  for (let r = 0; r < RUIS_HERHALINGEN; r++) {
    for (let j = 0; j < n; j++) bak[j] = Math.floor(j / grootte);
    for (let j = n - 1; j > 0; j--) {
      const k = Math.floor(bron.volgende() * (j + 1));
      const t = bak[j]!;
      bak[j] = bak[k]!;
      bak[k] = t;
    }
    som.fill(0);
    for (let d = 0; d < D; d++) {
      const x = nb[d]!;
      for (let j = 0; j < n; j++) som[bak[j]! * D + d]! += x[j]!;
    }
    // As gebinned: per bin how much its best pathway beats the overall choice, over n, at most the EVPI.
    let winst = 0;
    for (let b = 0; b < bakken; b++) {
      let m = -Infinity;
      for (let d = 0; d < D; d++) m = Math.max(m, som[b * D + d]!);
      winst += m - som[b * D + keuze]!;
    }
    const e = Math.min(bovengrens, winst / n);
    totaal += e;
    grens = Math.max(grens, e);
  }
  return { niveau: totaal / RUIS_HERHALINGEN, grens };
}

/** The value of information with its noise floor (ruisniveau) from the same draws. */
export function metRuisniveau(w: WaardeVanInformatie, s: Scenario, saldi: Record<string, Float64Array>): WaardeVanInformatie {
  const { niveau, grens } = ruisniveau(s.werkwijzen.map((x) => saldi[x.id]!));
  return { ...w, ruisniveau: niveau, ruisgrens: grens };
}

import { UITKOMSTEN } from '../begrippen';
import { metSnelleRekenkunde } from '../decimal';
import { saldiPerKlant } from '../engine';
import type { Scenario } from '../scenario/schema';
import { hertrekkenActief, standaardOnzekerheid, type Onzekerheid } from '../scenario/onzekerheidSchema';
import { onzekereInvoer, zetAlles, type OnzekereInvoer } from './invoer';
import { BLOK_LANG, MAX_BANDEN, maakKern, type Kern } from './kern';
import { compileerZet, type ZetKolommen } from './zetWasm';
import { PER_VULLING as VULLING, Toevalsbron } from './toeval';

// A module constant: read in the hot loops, where an imported binding may be a getter (tsx's CommonJS transform).
const PER_VULLING = VULLING;
import { Verdelingen } from './verdelingen';
import { rangorde, type Rangorde } from './rangorde';
import { PRIOR_ALFA } from './posterior';
import { klassen } from './klassen';

/** Summary of one distribution of saldo per client. */
export interface Samenvatting {
  gemiddelde: number;
  p5: number;
  p95: number;
  /** Share of draws above zero. */
  kansPositief: number;
  histogram: { van: number; tot: number; aantal: number }[];
}

export interface MonteCarloResultaat {
  trekkingen: number;
  seed: number;
  /** Saldo per client per pathway. */
  saldoPerKlant: Record<string, Samenvatting>;
  /** Difference from the baseline's saldo per client, per project pathway; kansPositief = P(beats the baseline). */
  verschil: Record<string, Samenvatting>;
  /** Every pathway against every other, the chance of ranking best and the expected rank (rangorde.ts). */
  rangorde: Rangorde;
}

/**
 * Fewest draws from which the app states conclusions (which pathway is likely best, a skewed range,
 * what measuring is worth). Why 1.000: the Monte Carlo standard error of a chance is at most
 * 0,5/√n, 1,6 percentage points at 1.000 draws (16 at 10 draws, 50 at 1); the 5th and 95th percentiles
 * then rest on 50 draws each beyond them; and the EVPPI binning estimator has ⌈√1.000⌉ = 32 bins of about
 * 32 draws. With fewer draws a run still shows its figures, marked as too few for a conclusion.
 */
export const MIN_TREKKINGEN_CONCLUSIE = 1_000;

/** Whether a run of `trekkingen` draws is large enough to draw conclusions from (MIN_TREKKINGEN_CONCLUSIE). */
export function genoegTrekkingen(trekkingen: number): boolean {
  return trekkingen >= MIN_TREKKINGEN_CONCLUSIE;
}

/**
 * The random sources, all from one seeded Mersenne Twister (toeval.ts) so a seed always gives the same
 * run: beta, gamma, binomial and the outcome redraw on that stream (verdelingen.ts).
 */
export function bronnen(seed: number, stroom = 0, hergebruik?: Toevalsbron) {
  let bron: Toevalsbron;
  if (hergebruik) {
    bron = hergebruik;
    bron.zaai(seed, stroom);
  } else bron = new Toevalsbron(seed, stroom);
  return { bron, verdelingen: new Verdelingen(bron) };
}

/**
 * Draws per random stream: draw j comes from stream ⌊j / TREKKINGEN_PER_STROOM⌋ (stream 0 is the
 * seed's own, so a run of up to this many draws is one stream; toeval.ts). Streams are independent of
 * each other, so a long run splits into parts of whole streams that threads compute side by side
 * (verdeel, voegSamen), with exactly the numbers of one thread.
 */
export const TREKKINGEN_PER_STROOM = 32_768;

/** A part of a run: draws [van, tot), van at the start of a stream. */
export interface Deel {
  van: number;
  tot: number;
}

/** A run of n draws in at most `aantal` contiguous parts of whole streams, as equal as streams allow. */
export function verdeel(trekkingen: number, aantal: number): Deel[] {
  const S = Math.ceil(trekkingen / TREKKINGEN_PER_STROOM);
  const T = Math.max(1, Math.min(Math.floor(aantal), S));
  return Array.from({ length: T }, (_, t) => ({
    van: Math.floor((t * S) / T) * TREKKINGEN_PER_STROOM,
    tot: Math.min(trekkingen, Math.floor(((t + 1) * S) / T) * TREKKINGEN_PER_STROOM),
  }));
}
export type Bronnen = ReturnType<typeof bronnen>;

/**
 * The outcome redraw of each pathway: its prior-plus-counts (posterior.ts), Dirichlet(counts + PRIOR_ALFA),
 * and the redrawn counts of its cohort from it (a Dirichlet-multinomial draw, verdelingen.ts). `uit(i, u, n)`
 * receives pathway i's count n of outcome u.
 */
function maakHertrekker(s: Scenario, r: Bronnen) {
  const K = UITKOMSTEN.length;
  const alfa = s.werkwijzen.map((w) => Float64Array.from(UITKOMSTEN, (u) => w.uitkomsten[u] + PRIOR_ALFA));
  const cohort = s.werkwijzen.map((w) => w.cohort);
  const kladblok = new Float64Array(2 * K);
  /** Pathway i's redrawn counts into uit[van + u · stap]. */
  return (i: number, uit: Float64Array, van: number, stap: number): void => r.verdelingen.dirichletMultinomiaal(alfa[i]!, cohort[i]!, kladblok, uit, van, stap);
}

/** The scenario with every pathway's outcome counts redrawn (for the float engine and tests). */
export function hertrekUitkomsten(s: Scenario, r: Bronnen): Scenario {
  const trek = maakHertrekker(s, r);
  const n = new Float64Array(UITKOMSTEN.length);
  return {
    ...s,
    werkwijzen: s.werkwijzen.map((w, i) => {
      trek(i, n, 0, 1);
      return { ...w, uitkomsten: Object.fromEntries(UITKOMSTEN.map((u, k) => [u, n[k]!])) as typeof w.uitkomsten };
    }),
  };
}

/**
 * Draws of the inputs, in the order and with the generators of `trek` (the same numbers), with the
 * triangular and uniform draws written out: stdlib's versions check their arguments on every call.
 */
function maakTrekker(invoer: readonly OnzekereInvoer[], r: Bronnen) {
  const n = invoer.length;
  // 0 fixed value, 1 triangular, 2 uniform, 3 beta from counts
  const soort = new Int8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const fc = new Float64Array(n);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  invoer.forEach((i, k) => {
    const { laag, hoog, basis } = i;
    if (i.verdeling === 'vast') {
      soort[k] = 0;
      a[k] = basis;
    } else if (i.verdeling === 'beta' && i.telling) {
      soort[k] = 3;
      a[k] = i.telling.k + 1;
      b[k] = i.telling.n - i.telling.k + 1;
    } else if (laag === hoog) {
      soort[k] = 0;
      a[k] = laag;
    } else if (i.verdeling === 'uniform') {
      soort[k] = 2;
      a[k] = laag;
      b[k] = hoog;
    } else {
      // stdlib triangular(a, b, c): the same expressions, in the same order.
      soort[k] = 1;
      const m = Math.min(hoog, Math.max(laag, basis));
      a[k] = laag;
      b[k] = hoog;
      c[k] = m;
      fc[k] = (m - laag) / (hoog - laag);
      x1[k] = (hoog - laag) * (m - laag);
      x2[k] = (hoog - laag) * (hoog - m);
    }
  });
  const bron = r.bron;
  const getallen = bron.getallen;
  const verdelingen = r.verdelingen;
  // The draw in stream order: runs of inputs that take one uniform each (triangular, uniform) between
  // the betas. Per draw `ruw` copies a run's uniforms from the stream in one go and draws the betas;
  // `zet` then turns the uniforms into values input by input over the whole block (no switch per value).
  const plan: (Int32Array | number)[] = [];
  let run: number[] = [];
  for (let k = 0; k < n; k++) {
    if (soort[k] === 1 || soort[k] === 2) run.push(k);
    else if (soort[k] === 3) {
      if (run.length) plan.push(Int32Array.from(run));
      run = [];
      plan.push(k);
    }
  }
  if (run.length) plan.push(Int32Array.from(run));
  return {
    /** The parameters per input (for zetWasm.ts). */
    kolommen: { soort, a, b, fc, x1, x2 } satisfies ZetKolommen,
    /** Takes draw j's numbers from the stream: the uniforms of triangular and uniform inputs, the betas' values. */
    ruw(blok: Float64Array, stap: number, j: number): void {
      for (let e = 0; e < plan.length; e++) {
        const d = plan[e]!;
        if (typeof d === 'number') {
          blok[d * stap + j] = verdelingen.beta(a[d]!, b[d]!);
          continue;
        }
        const L = d.length;
        let pos = bron.pos;
        if (pos + L <= PER_VULLING) {
          for (let x = 0; x < L; x++) blok[d[x]! * stap + j] = getallen[pos + x]!;
          bron.pos = pos + L;
        } else {
          for (let x = 0; x < L; x++) {
            if (pos === PER_VULLING) {
              bron.vul();
              pos = 0;
            }
            blok[d[x]! * stap + j] = getallen[pos++]!;
          }
          bron.pos = pos;
        }
      }
    },
    /** Turns the uniforms of draws 0..m−1 into the inputs' values (stdlib's expressions), and fills the fixed ones. */
    zet(blok: Float64Array, stap: number, m: number): void {
      for (let k = 0; k < n; k++) {
        const o = k * stap;
        switch (soort[k]) {
          case 0:
            blok.fill(a[k]!, o, o + m);
            break;
          case 1: {
            const ak = a[k]!;
            const bk = b[k]!;
            const f = fc[k]!;
            const y1 = x1[k]!;
            const y2 = x2[k]!;
            // u < f ? ak + √(y1·u) : bk − √(y2·(1 − u)), with one square root and no branch to mispredict.
            for (let j = o; j < o + m; j++) {
              const u = blok[j]!;
              const links = u < f;
              const w = Math.sqrt(links ? y1 * u : y2 * (1.0 - u));
              blok[j] = links ? ak + w : bk - w;
            }
            break;
          }
          case 2: {
            const ak = a[k]!;
            const bk = b[k]!;
            for (let j = o; j < o + m; j++) {
              const u = blok[j]!;
              blok[j] = bk * u + (1.0 - u) * ak;
            }
            break;
          }
        }
      }
    },
  };
}

/**
 * Puts the k-th smallest of a[lo..hi] at a[k], with nothing larger to its left and nothing smaller to its
 * right (Hoare's FIND, "quickselect", median-of-three pivot): the order statistic without sorting all draws.
 */
function selecteer(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    let x = a[lo]!;
    let y = a[mid]!;
    let z = a[hi]!;
    if (y < x) [x, y] = [y, x];
    if (z < y) [y, z] = [z, y];
    if (y < x) [x, y] = [y, x];
    const spil = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < spil) i++;
      while (a[j]! > spil) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // a[lo..j] ≤ spil ≤ a[i..hi], and whatever lies between them equals spil.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Quantile q of the draws, interpolated between the order statistics at (n − 1)·q (as before between the
 * sorted draws, the same numbers): two selections in a scratch copy, O(n) instead of a sort.
 */
function kwantiel(kopie: Float64Array, q: number): number {
  const n = kopie.length;
  const pos = (n - 1) * q;
  const i = Math.floor(pos);
  selecteer(kopie, i, 0, n - 1);
  const a = kopie[i]!;
  if (i + 1 >= n) return a;
  // The next order statistic: the smallest of what lies to the right of the i-th.
  let b = kopie[i + 1]!;
  for (let k = i + 2; k < n; k++) if (kopie[k]! < b) b = kopie[k]!;
  return a + (b - a) * (pos - i);
}

/**
 * Thrown when a draw is not a finite number: a defect in the model, never a result. A summary
 * refuses such draws rather than count them (a NaN is not "not positive").
 */
export class NietEindigeTrekkingFout extends Error {
  constructor(waar: string, aantal: number, totaal: number) {
    super(`interne fout: ${aantal} van de ${totaal} trekkingen voor ${waar} zijn geen eindig getal; de Monte Carlo-samenvatting is niet betrouwbaar en wordt niet getoond`);
    this.name = 'NietEindigeTrekkingFout';
  }
}

/**
 * A summary of the draws; refuses (throws NietEindigeTrekkingFout) when any draw is NaN or ±Infinity. No sort:
 * the sums and the histogram in one pass, the percentiles by selection (a million draws in a few ms).
 */
export function vat(waarden: Float64Array, bakken = 30, waar = 'de trekkingen'): Samenvatting {
  if (waarden.length === 0) throw new Error(`interne fout: geen trekkingen voor ${waar}`);
  const n = waarden.length;
  let som = 0;
  let positief = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = waarden[i]!;
    som += x;
    if (x > 0) positief++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // A NaN or ±Infinity makes the sum NaN or infinite: only then count them.
  if (!Number.isFinite(som)) {
    let nietEindig = 0;
    for (let i = 0; i < n; i++) if (!Number.isFinite(waarden[i]!)) nietEindig++;
    if (nietEindig > 0) throw new NietEindigeTrekkingFout(waar, nietEindig, n);
  }
  const histogram = klassen(waarden, bakken, min, max);
  const kopie = Float64Array.from(waarden);
  return { gemiddelde: som / n, p5: kwantiel(kopie, 0.05), p95: kwantiel(kopie, 0.95), kansPositief: positief / n, histogram };
}

/** Options beyond the scenario's settings. */
export interface MonteCarloOpties {
  /**
   * Keep every draw of every input (for the value of information), and with the outcome redraw each pathway's
   * redrawn counts too; costs trekkingen × (inputs + 4 × pathways) × 8 bytes.
   */
  bewaarInvoer?: boolean;
  /** The float engine per draw instead of the kernel (the reference for tests and the bench). */
  zonderKern?: boolean;
  /** The kernel's interpreter instead of its tapes compiled to WebAssembly (tests, bench). */
  zonderWasm?: boolean;
  /** Only this part of the run (verdeel): the draws [van, tot), kept at index j − van. */
  deel?: Deel;
  /**
   * Reuse the kernel of the previous run that asked for it, when it was built for the same model with other
   * values of the uncertain inputs (herbruikbareKern): the live band after an edit of such a value.
   */
  hergebruikKern?: boolean;
}

/** The kernel the last run with hergebruikKern built or reused, and what it was built for. */
let bewaardeKern: { sleutel: string; kern: Kern } | null = null;

/**
 * A kernel for the scenario: the kept one when it was built for the same scenario up to the values of the
 * uncertain inputs (and, with the redraw, the outcome counts), which are its slots. The kernel computes a
 * draw from its slots alone and checks every decision a tape took (guards), recording a new tape where one
 * differs; so any draw gets exactly the value a new kernel gives it (test: montecarlo-kern-hergebruik).
 * Kept while each pathway has at most half of MAX_BANDEN tapes, so edits cannot push draws to the float engine.
 */
function herbruikbareKern(s: Scenario, invoer: readonly OnzekereInvoer[], metAantallen: boolean, B: number): Kern | null {
  let zonderSlots = zetAlles(s, invoer, invoer.map(() => 0));
  if (metAantallen) zonderSlots = { ...zonderSlots, werkwijzen: zonderSlots.werkwijzen.map((w) => ({ ...w, uitkomsten: { ...w.uitkomsten, ...Object.fromEntries(UITKOMSTEN.map((u) => [u, 0])) } })) };
  const sleutel = JSON.stringify([zonderSlots, invoer.map((i) => i.doel), metAantallen, B]);
  const b = bewaardeKern;
  if (b && b.sleutel === sleutel && b.kern.statistiek().banden.every((n) => n <= MAX_BANDEN / 2)) return b.kern;
  const kern = maakKern(s, invoer, metAantallen, B, { wasm: true });
  bewaardeKern = kern ? { sleutel, kern } : null;
  return kern;
}

/**
 * A Monte Carlo run that can be advanced in steps (for progress and cancelling in a Web Worker)
 * and gives the same numbers for the same scenario and seed, in Node and in the browser. The draws
 * are computed by the kernel (kern.ts): the model's formulas recorded once and replayed over typed
 * arrays; the float engine (snel.ts) only where the kernel cannot.
 */
export function maakMonteCarlo(s: Scenario, instellingen: Onzekerheid = standaardOnzekerheid(), opties: MonteCarloOpties = {}) {
  const { trekkingen, seed } = instellingen.montecarlo;
  const van = opties.deel?.van ?? 0;
  const tot = opties.deel?.tot ?? trekkingen;
  if (!(van % TREKKINGEN_PER_STROOM === 0 && van >= 0 && van < tot && tot <= trekkingen)) throw new Error(`interne fout: deel [${van}, ${tot}) van een Monte Carlo-run van ${trekkingen}`);
  const totaal = tot - van;
  const uitkomstenHertrekken = hertrekkenActief(s, instellingen);
  const invoer = onzekereInvoer(s, instellingen);
  const ids = s.werkwijzen.map((w) => w.id);
  const saldi = Object.fromEntries(ids.map((id) => [id, new Float64Array(totaal)]));
  const kolommen = ids.map((id) => saldi[id]!);
  const bewaard = opties.bewaarInvoer ? invoer.map(() => new Float64Array(totaal)) : null;
  const waarden = new Array<number>(invoer.length);
  const rij = new Float64Array(invoer.length);
  const B = Math.max(1, Math.min(BLOK_LANG, totaal));
  const vorige = bewaardeKern?.kern;
  const kern = opties.zonderKern ? null : opties.hergebruikKern ? herbruikbareKern(s, invoer, uitkomstenHertrekken, B) : maakKern(s, invoer, uitkomstenHertrekken, B, { wasm: !opties.zonderWasm });
  const perBlok = kern?.blok ?? 1;
  const nI = invoer.length;
  const blok = kern ? (kern.invoerBlok ?? new Float64Array(kern.slots * perBlok)) : null;
  const W = s.werkwijzen.length;
  const K = UITKOMSTEN.length;
  // The redrawn counts, pathway i's outcome u at i·K + u (the kernel's slots nI + i·K + u).
  const bewaardeUitkomsten = opties.bewaarInvoer && uitkomstenHertrekken ? Array.from({ length: W * K }, () => new Float64Array(totaal)) : null;
  // The stream of the draw at hand, and what draws from it.
  let r: Bronnen;
  let trekker: ReturnType<typeof maakTrekker>;
  let hertrek: ReturnType<typeof maakHertrekker> | null;
  const naarStroom = (k: number) => {
    // r: the previous stream's source (its state is replaced); so one WebAssembly instance per run.
    r = bronnen(seed, k, r?.bron);
    trekker = maakTrekker(invoer, r);
    hertrek = uitkomstenHertrekken ? maakHertrekker(s, r) : null;
  };
  naarStroom(van / TREKKINGEN_PER_STROOM);
  let gedaan = 0;
  /** Draws left in the current stream (a block never spans two). */
  const inStroom = () => TREKKINGEN_PER_STROOM - ((van + gedaan) % TREKKINGEN_PER_STROOM);
  const nieuweStroom = () => {
    if (gedaan > 0 && (van + gedaan) % TREKKINGEN_PER_STROOM === 0) naarStroom((van + gedaan) / TREKKINGEN_PER_STROOM);
  };

  /** zet compiled to WebAssembly in the kernel's memory (zetWasm.ts), once; null: the JavaScript zet. */
  let zetSnel: ((m: number) => void) | null | undefined;
  function stapMetKern(eind: number) {
    while (gedaan < eind) {
      nieuweStroom();
      const m = Math.min(perBlok, eind - gedaan, inStroom());
      for (let j = 0; j < m; j++) {
        trekker.ruw(blok!, perBlok, j);
        if (hertrek) for (let i = 0; i < W; i++) hertrek(i, blok!, (nI + i * UITKOMSTEN.length) * perBlok + j, perBlok);
      }
      if (zetSnel === undefined) zetSnel = kern!.geheugen && blok === kern!.geheugen.invoer ? compileerZet(trekker.kolommen, perBlok, kern!.geheugen) : null;
      if (zetSnel) zetSnel(m);
      else trekker.zet(blok!, perBlok, m);
      if (bewaard) for (let k = 0; k < nI; k++) bewaard[k]!.set(blok!.subarray(k * perBlok, k * perBlok + m), gedaan);
      if (bewaardeUitkomsten) for (let q = 0; q < W * K; q++) bewaardeUitkomsten[q]!.set(blok!.subarray((nI + q) * perBlok, (nI + q) * perBlok + m), gedaan);
      kern!.bereken(blok!, m, kolommen, gedaan);
      gedaan += m;
    }
  }

  function stapZonderKern(eind: number) {
    // Same formulas, float arithmetic: see snel.ts.
    metSnelleRekenkunde(() => {
      for (; gedaan < eind; gedaan++) {
        nieuweStroom();
        trekker.ruw(rij, 1, 0);
        trekker.zet(rij, 1, 1);
        for (let k = 0; k < nI; k++) waarden[k] = rij[k]!;
        if (bewaard) for (let k = 0; k < nI; k++) bewaard[k]![gedaan] = waarden[k]!;
        let t = zetAlles(s, invoer, waarden);
        if (hertrek) t = hertrekUitkomsten(t, r);
        if (bewaardeUitkomsten) t.werkwijzen.forEach((w, i) => UITKOMSTEN.forEach((u, k) => (bewaardeUitkomsten[i * K + k]![gedaan] = w.uitkomsten[u])));
        for (const w of saldiPerKlant(t)) saldi[w.id]![gedaan] = w.saldoPerKlant.toNumber();
      }
    });
  }

  return {
    /** Draws of this run (of this part, with opties.deel). */
    totaal,
    get gedaan() {
      return gedaan;
    },
    /** Whether the kernel computes the draws (false: the float engine). */
    metKern: kern !== null,
    /** Whether the kernel is the previous run's (opties.hergebruikKern). */
    kernHergebruikt: kern !== null && kern === vorige,
    /** Whether the kernel's tapes ran compiled to WebAssembly (bench, tests). */
    get kernGecompileerd() {
      return kern?.gecompileerd ?? false;
    },
    /** The kernel's counters (bench, tests). */
    kernStatistiek: () => kern?.statistiek() ?? null,
    /** Runs up to n more draws; returns how many are done. */
    stap(n: number): number {
      const eind = Math.min(totaal, gedaan + n);
      if (kern) stapMetKern(eind);
      else stapZonderKern(eind);
      return gedaan;
    },
    /**
     * The raw draws: saldo per client per pathway, and (with bewaarInvoer) every input's draws and, when
     * outcomes are redrawn, every pathway's redrawn counts (pathway i's outcome u at i · 4 + u; else null).
     */
    trekkingen() {
      // Which inputs any tape read (the kernel's proof that the others had no effect); unknown without the kernel.
      const invoerGelezen = kern?.gelezenSlots()?.slice(0, nI) ?? null;
      return { invoer, saldi, invoerTrekkingen: bewaard, uitkomstTrekkingen: bewaardeUitkomsten, invoerGelezen };
    },
    resultaat(): MonteCarloResultaat {
      if (gedaan < totaal) throw new Error('De Monte Carlo-analyse is nog niet klaar.');
      if (totaal < trekkingen) throw new Error('interne fout: het resultaat van een deel; voeg de delen eerst samen (voegSamen)');
      return resultaatVan(s, instellingen, saldi);
    },
  };
}

/** The summary of a whole run from its draws (saldo per client per pathway, in draw order). */
export function resultaatVan(s: Scenario, instellingen: Onzekerheid, saldi: Record<string, Float64Array>): MonteCarloResultaat {
  const { trekkingen, seed } = instellingen.montecarlo;
  const ids = s.werkwijzen.map((w) => w.id);
  const nul = s.werkwijzen.find((w) => w.nulalternatief)!.id;
  const naam = (id: string) => `"${s.werkwijzen.find((w) => w.id === id)!.naam}"`;
  const verschil: Record<string, Samenvatting> = {};
  for (const id of ids) {
    if (id === nul) continue;
    const d = new Float64Array(trekkingen);
    for (let i = 0; i < trekkingen; i++) d[i] = saldi[id]![i]! - saldi[nul]![i]!;
    verschil[id] = vat(d, undefined, `het verschil van ${naam(id)} met het nulalternatief`);
  }
  return {
    trekkingen,
    seed,
    saldoPerKlant: Object.fromEntries(ids.map((id) => [id, vat(saldi[id]!, undefined, `het saldo per klant van ${naam(id)}`)])),
    verschil,
    rangorde: rangorde(ids, ids.map((id) => saldi[id]!)),
  };
}

/** The draws of one part of a run (what a thread sends back). */
export interface DeelTrekkingen {
  van: number;
  saldi: Record<string, Float64Array>;
  invoerTrekkingen: Float64Array[] | null;
  uitkomstTrekkingen: Float64Array[] | null;
  /** Per input, 1 when the part's kernel read it (montecarlo trekkingen()); null or absent when unknown. */
  invoerGelezen?: Uint8Array | null;
}

/** A part's draws as a thread sends them (without the inputs' descriptions). */
export function deelTrekkingen(van: number, t: Omit<DeelTrekkingen, 'van'>): DeelTrekkingen {
  return { van, saldi: t.saldi, invoerTrekkingen: t.invoerTrekkingen, uitkomstTrekkingen: t.uitkomstTrekkingen, invoerGelezen: t.invoerGelezen ?? null };
}

/** The buffers behind a part's draws: what a thread can hand over instead of copying. */
export function buffersVan(d: Omit<DeelTrekkingen, 'van'>): ArrayBuffer[] {
  return [...Object.values(d.saldi), ...(d.invoerTrekkingen ?? []), ...(d.uitkomstTrekkingen ?? [])].map((x) => x.buffer as ArrayBuffer);
}

/** The parts of a run, in any order, as the draws of the whole run (the parts must cover it exactly). */
export function voegSamen(trekkingen: number, delen: readonly DeelTrekkingen[]): Omit<DeelTrekkingen, 'van'> {
  const eerste = delen[0]!;
  const ids = Object.keys(eerste.saldi);
  const saldi = Object.fromEntries(ids.map((id) => [id, new Float64Array(trekkingen)]));
  const heel = (l: Float64Array[] | null) => (l ? l.map(() => new Float64Array(trekkingen)) : null);
  const invoerTrekkingen = heel(eerste.invoerTrekkingen);
  const uitkomstTrekkingen = heel(eerste.uitkomstTrekkingen);
  let gedekt = 0;
  for (const d of delen) {
    for (const id of ids) saldi[id]!.set(d.saldi[id]!, d.van);
    if (invoerTrekkingen) d.invoerTrekkingen!.forEach((x, k) => invoerTrekkingen[k]!.set(x, d.van));
    if (uitkomstTrekkingen) d.uitkomstTrekkingen!.forEach((x, k) => uitkomstTrekkingen[k]!.set(x, d.van));
    gedekt += d.saldi[ids[0]!]!.length;
  }
  if (gedekt !== trekkingen) throw new Error(`interne fout: de delen dekken ${gedekt} van de ${trekkingen} trekkingen`);
  // An input read in any part was read; unknown in one part is unknown.
  let invoerGelezen: Uint8Array | null = null;
  if (delen.every((d) => d.invoerGelezen)) {
    invoerGelezen = new Uint8Array(eerste.invoerGelezen!.length);
    for (const d of delen) d.invoerGelezen!.forEach((x, k) => (invoerGelezen![k]! |= x));
  }
  return { saldi, invoerTrekkingen, uitkomstTrekkingen, invoerGelezen };
}

/** The whole run at once (CLI, tests). */
export function monteCarlo(s: Scenario, instellingen: Onzekerheid = standaardOnzekerheid(), opties: MonteCarloOpties = {}): MonteCarloResultaat {
  const mc = maakMonteCarlo(s, instellingen, opties);
  mc.stap(mc.totaal);
  return mc.resultaat();
}

import { UITKOMSTEN } from '../begrippen';
import { metRekenkunde, metSnelleRekenkunde } from '../decimal';
import { saldiPerKlant, saldoPerKlantVan, voorbereid } from '../engine';
import type { Scenario } from '../scenario/schema';
import { zetAlles, type OnzekereInvoer } from './invoer';
import { neemOp, OP, Opname, Spoor, vergelijk } from './spoor';

/**
 * The uncertainty kernel: saldo per client per pathway for many draws at once, in float64 over typed
 * arrays. "Record once, replay fast": the model's own formula code (engine, kosten, toedeling, baten)
 * runs once with the recording number type (spoor.ts), the uncertain inputs as slots; the tape per
 * pathway is then evaluated column by column for a block of draws. Whatever the formulas compute,
 * now or after a later change, lands on the tape: there is no second copy of them.
 *
 * Decisions that depend on the draw (largest-remainder rounding, rounding checks, a value that leaves
 * as a plain number) are guards on the tape. A draw that fails a guard is computed by another tape of
 * that pathway, or one recorded for it; past MAX_BANDEN tapes, by the float engine (snel.ts) itself.
 * Every draw therefore gets exactly the float value the formula code gives for it (the engine with
 * Snel), whichever tape computes it.
 */

// Local copies: a switch on module-level numbers stays a plain integer switch in every bundler.
const { ADD, SUB, MUL, DIV, POW, FLOOR, ABS, NEG, ROUND, MAX, MIN, CMP, SIGNBIT, ISINT, ISFIN, SAME } = OP;
const vgl = vergelijk;

/** Draws per block: the columns of a tape for one block stay in the processor's cache. */
export const BLOK = 128;
/** Tapes per pathway before a failing draw goes to the float engine instead. */
export const MAX_BANDEN = 32;

/** Operations on registers, as parallel columns: code, destination, first and second argument. */
interface Operaties {
  code: Int32Array;
  dst: Int32Array;
  a: Int32Array;
  b: Int32Array;
}

/**
 * A tape: operations on registers. Registers 0..slots−1 are the slots, then constants, then results.
 * Split in two: `toetsOps`, what the guards need, run first on every candidate draw; `restOps`, the
 * rest of the saldo, only for the draws that pass the guards (a draw another tape must compute costs
 * only the guards' part here).
 */
interface Band {
  toetsOps: Operaties;
  restOps: Operaties;
  /** Slots the guards' part reads, and the other slots the rest reads. */
  toetsSlots: Int32Array;
  restSlots: Int32Array;
  /** Registers the guards' part computes that the rest reads (compacted with the passing draws). */
  doorgeven: Int32Array;
  /** Guards: register of the test and its expected outcome. */
  toets: Int32Array;
  verwacht: Float64Array;
  uit: number;
  registers: number;
  /** Register file for a block (constants filled once) and for a single draw. */
  blok: Float64Array;
  enkel: Float64Array;
}

/** The nodes of one recording that belong to the shared preparation and to each pathway. */
interface Opgenomen {
  o: Opname;
  /** End of the shared part (price level, reference cohort). */
  voorEinde: number;
  /** Per pathway: [start, end) of its nodes, and its saldo node. */
  delen: { start: number; einde: number; uit: number }[];
}

function deelVan(r: Opgenomen, node: number): number {
  if (node < r.voorEinde) return -1;
  for (let d = 0; d < r.delen.length; d++) if (node < r.delen[d]!.einde) return d;
  return r.delen.length;
}

/** The tape of one pathway: the operations its saldo and its guards need, and the guards. */
function bandVoor(r: Opgenomen, werkwijze: number, slots: number, blokGrootte: number): Band {
  const { o } = r;
  const nodig = new Uint8Array(o.lengte);
  const delen = new Set<number>([-1, werkwijze]);
  const bewaakt: { node: number; verwacht: number }[] = [];
  const stapel: number[] = [r.delen[werkwijze]!.uit];
  const gedaanDeel = new Set<number>();
  const neemGuardsVan = (d: number) => {
    if (gedaanDeel.has(d)) return;
    gedaanDeel.add(d);
    for (const g of o.bewaking) {
      if (deelVan(r, g.node) === d) {
        bewaakt.push(g);
        stapel.push(g.node);
      }
    }
  };
  neemGuardsVan(-1);
  neemGuardsVan(werkwijze);
  while (stapel.length) {
    const n = stapel.pop()!;
    if (nodig[n]) continue;
    nodig[n] = 1;
    if (!o.isBewerking(n)) continue;
    // A node from another pathway's part: its decisions matter too (not so in today's engine).
    const d = deelVan(r, n);
    if (!delen.has(d)) {
      delen.add(d);
      neemGuardsVan(d);
    }
    stapel.push(o.a[n]!);
    if (o.b[n]! >= 0 && o.code[n] !== ROUND) stapel.push(o.b[n]!);
  }
  const reg = new Int32Array(o.lengte).fill(-1);
  let volgende = slots;
  const konstanten: [number, number][] = [];
  for (let n = 0; n < o.lengte; n++) {
    if (!nodig[n]) continue;
    if (o.isSlot(n)) reg[n] = o.slotVan[n]!;
    else if (o.isKonst(n)) {
      reg[n] = volgende++;
      konstanten.push([reg[n]!, o.waarde[n]!]);
    }
  }
  // The operations the guards need (their cone), and the rest.
  const voorToets = new Uint8Array(o.lengte);
  for (const g of bewaakt) stapel.push(g.node);
  while (stapel.length) {
    const n = stapel.pop()!;
    if (voorToets[n]) continue;
    voorToets[n] = 1;
    if (!o.isBewerking(n)) continue;
    stapel.push(o.a[n]!);
    if (o.b[n]! >= 0 && o.code[n] !== ROUND) stapel.push(o.b[n]!);
  }
  const toetsOps: number[][] = [];
  const restOps: number[][] = [];
  const toetsSlots: number[] = [];
  const restSlots: number[] = [];
  const gelezenDoorRest = new Set<number>();
  for (let n = 0; n < o.lengte; n++) {
    if (!nodig[n]) continue;
    if (o.isSlot(n)) (voorToets[n] ? toetsSlots : restSlots).push(reg[n]!);
    if (!o.isBewerking(n)) continue;
    reg[n] = volgende++;
    const c = o.code[n]!;
    const b = o.b[n]!;
    const op = [c, reg[n]!, reg[o.a[n]!]!, c === ROUND ? b : b >= 0 ? reg[b]! : 0];
    if (voorToets[n]) toetsOps.push(op);
    else {
      restOps.push(op);
      gelezenDoorRest.add(o.a[n]!);
      if (b >= 0 && c !== ROUND) gelezenDoorRest.add(b);
    }
  }
  const alsOps = (ops: number[][]): Operaties => ({
    code: Int32Array.from(ops, (x) => x[0]!),
    dst: Int32Array.from(ops, (x) => x[1]!),
    a: Int32Array.from(ops, (x) => x[2]!),
    b: Int32Array.from(ops, (x) => x[3]!),
  });
  const uitNode = r.delen[werkwijze]!.uit;
  if (voorToets[uitNode]) gelezenDoorRest.add(uitNode);
  const band: Band = {
    toetsOps: alsOps(toetsOps),
    restOps: alsOps(restOps),
    toetsSlots: Int32Array.from(toetsSlots),
    restSlots: Int32Array.from(restSlots.filter((k) => !toetsSlots.includes(k))),
    doorgeven: Int32Array.from([...gelezenDoorRest].filter((n) => voorToets[n] && !o.isKonst(n)).map((n) => reg[n]!)),
    toets: Int32Array.from(bewaakt, (g) => reg[g.node]!),
    verwacht: Float64Array.from(bewaakt, (g) => g.verwacht),
    uit: reg[uitNode]!,
    registers: volgende,
    blok: new Float64Array(volgende * blokGrootte),
    enkel: new Float64Array(volgende),
  };
  for (const [i, w] of konstanten) {
    band.blok.fill(w, i * blokGrootte, (i + 1) * blokGrootte);
    band.enkel[i] = w;
  }
  return band;
}

/** Evaluates a tape for m draws in a register file with columns of length B. */
function voerUit(ops: Operaties, r: Float64Array, B: number, m: number): void {
  const { code, dst, a: A, b: Bs } = ops;
  for (let o = 0; o < code.length; o++) {
    const d = dst[o]! * B;
    const a = A[o]! * B;
    const bi = Bs[o]!;
    const b = bi * B;
    switch (code[o]) {
      case ADD: for (let j = 0; j < m; j++) r[d + j] = r[a + j]! + r[b + j]!; break;
      case SUB: for (let j = 0; j < m; j++) r[d + j] = r[a + j]! - r[b + j]!; break;
      case MUL: for (let j = 0; j < m; j++) r[d + j] = r[a + j]! * r[b + j]!; break;
      case DIV: for (let j = 0; j < m; j++) r[d + j] = r[a + j]! / r[b + j]!; break;
      case POW: for (let j = 0; j < m; j++) r[d + j] = r[a + j]! ** r[b + j]!; break;
      case FLOOR: for (let j = 0; j < m; j++) r[d + j] = Math.floor(r[a + j]!); break;
      case ABS: for (let j = 0; j < m; j++) r[d + j] = Math.abs(r[a + j]!); break;
      case NEG: for (let j = 0; j < m; j++) r[d + j] = -r[a + j]!; break;
      case ROUND: {
        // rondAf written out with its factor computed once: the same expression, the same value.
        const f = 10 ** bi;
        for (let j = 0; j < m; j++) { const x = r[a + j]!; r[d + j] = (Math.sign(x) * Math.floor(Math.abs(x) * f + 0.5)) / f; }
        break;
      }
      case MAX: for (let j = 0; j < m; j++) r[d + j] = Math.max(r[a + j]!, r[b + j]!); break;
      case MIN: for (let j = 0; j < m; j++) r[d + j] = Math.min(r[a + j]!, r[b + j]!); break;
      case CMP: for (let j = 0; j < m; j++) r[d + j] = vgl(r[a + j]!, r[b + j]!); break;
      case SIGNBIT: for (let j = 0; j < m; j++) { const x = r[a + j]!; r[d + j] = x < 0 || Object.is(x, -0) ? 1 : 0; } break;
      case ISINT: for (let j = 0; j < m; j++) r[d + j] = Number.isInteger(r[a + j]!) ? 1 : 0; break;
      case ISFIN: for (let j = 0; j < m; j++) r[d + j] = Number.isFinite(r[a + j]!) ? 1 : 0; break;
      case SAME: for (let j = 0; j < m; j++) r[d + j] = Object.is(r[a + j]!, r[b + j]!) ? 1 : 0; break;
    }
  }
}

export interface Kern {
  /** Slots per draw: the uncertain inputs in their order, then (with redrawn outcomes) 4 counts per pathway. */
  slots: number;
  werkwijzen: number;
  /**
   * Saldo per client for m ≤ BLOK draws: input k of draw j in invoer[k * BLOK + j]; pathway i's saldo
   * of draw j goes to uit[i][van + j].
   */
  bereken(invoer: Float64Array, m: number, uit: Float64Array[], van: number): void;
  /**
   * For the bench and tests: tapes per pathway, draws refused by the first tape, recordings, draws the
   * float engine computed, and operations and guards per tape.
   */
  statistiek(): { banden: number[]; afwijkend: number; opnames: number; terugval: number; operaties: number[][]; bewaking: number[][] };
}

/**
 * Builds the kernel for a scenario and its uncertain inputs; `metAantallen` adds each pathway's four
 * outcome counts as slots (the Monte Carlo's redrawn outcomes). Null when the formula code cannot be
 * recorded (an operation the recorder does not know): the caller then uses the float engine.
 */
export function maakKern(s: Scenario, invoer: readonly OnzekereInvoer[], metAantallen: boolean): Kern | null {
  const nInvoer = invoer.length;
  const W = s.werkwijzen.length;
  const slots = nInvoer + (metAantallen ? W * UITKOMSTEN.length : 0);

  /** The scenario of one draw with plain numbers (for the float engine). */
  const scenarioVan = (w: readonly number[]): Scenario => {
    let t = zetAlles(s, invoer, w);
    if (metAantallen) t = { ...t, werkwijzen: t.werkwijzen.map((x, i) => ({ ...x, uitkomsten: aantallenUit(w, nInvoer, i) })) };
    return t;
  };

  function neemOpVoor(w: readonly number[]): Opgenomen {
    const o = new Opname();
    const delen: Opgenomen['delen'] = [];
    let voorEinde = 0;
    neemOp(o, () =>
      metRekenkunde(
        Spoor,
        () => {
          const knopen = w.map((x, k) => o.slot(k, x)) as unknown as number[];
          let t = zetAlles(s, invoer, knopen);
          if (metAantallen) t = { ...t, werkwijzen: t.werkwijzen.map((x, i) => ({ ...x, uitkomsten: aantallenUit(knopen, nInvoer, i) })) };
          const { s: v, ref } = voorbereid(t);
          voorEinde = o.lengte;
          for (let i = 0; i < W; i++) {
            o.nieuwDeel();
            const start = o.lengte;
            const uit = new Spoor(saldoPerKlantVan(v, i, ref) as unknown as Spoor);
            delen.push({ start, einde: o.lengte, uit: uit.i });
          }
        },
        (x) => x as unknown as number,
      ),
    );
    return { o, voorEinde, delen };
  }

  // Record at the scenario's own values, and check the tapes against the float engine there.
  const basis = invoer.map((i) => i.basis);
  if (metAantallen) for (const w of s.werkwijzen) for (const u of UITKOMSTEN) basis.push(w.uitkomsten[u]);
  let eerste: Opgenomen;
  try {
    eerste = neemOpVoor(basis);
  } catch {
    return null;
  }
  const banden: Band[][] = eerste.delen.map((_, i) => [bandVoor(eerste, i, slots, BLOK)]);
  const controle = metSnelleRekenkunde(() => saldiPerKlant(scenarioVan(basis)));
  for (let i = 0; i < W; i++) {
    const b = banden[i]![0]!;
    b.enkel.set(basis.slice(0, slots));
    voerUit(b.toetsOps, b.enkel, 1, 1);
    voerUit(b.restOps, b.enkel, 1, 1);
    if (!Object.is(b.enkel[b.uit], controle[i]!.saldoPerKlant.toNumber())) return null;
  }

  let terugval = 0;
  let afwijkend = 0;
  let opnames = 1;
  const trekking = new Array<number>(slots);
  const rest = new Int32Array(BLOK);
  const fout = new Uint8Array(BLOK);
  // The passing draws of a tape: their column in the block (naar), their position among the candidates (goed_).
  const naar = new Int32Array(BLOK);
  const goed_ = new Int32Array(BLOK);
  const treffers = banden.map((l) => l.map(() => 0));

  /** Copies the given slots of the draws rest[0..n) of the block into the first n columns of r. */
  function verzamel(r: Float64Array, invoerBlok: Float64Array, lijst: Int32Array, n: number, m: number): void {
    const opRij = n === m && rest[n - 1] === n - 1;
    for (let s = 0; s < lijst.length; s++) {
      const k = lijst[s]! * BLOK;
      if (opRij) r.set(invoerBlok.subarray(k, k + n), k);
      else for (let q = 0; q < n; q++) r[k + q] = invoerBlok[k + rest[q]!]!;
    }
  }

  /**
   * Tape b for the draws rest[0..n) of the block: first the guards' part for all of them, then the
   * rest of the saldo only for those that pass (moved to the front columns); writes their saldo and
   * keeps the others in rest. Returns how many are left.
   */
  function probeer(b: Band, invoerBlok: Float64Array, n: number, m: number, doel: Float64Array, van: number): number {
    const r = b.blok;
    verzamel(r, invoerBlok, b.toetsSlots, n, m);
    voerUit(b.toetsOps, r, BLOK, n);
    fout.fill(0, 0, n);
    for (let g = 0; g < b.toets.length; g++) {
      const t = b.toets[g]! * BLOK;
      const v = b.verwacht[g]!;
      for (let q = 0; q < n; q++) if (r[t + q] !== v) fout[q] = 1;
    }
    let over = 0;
    let goed = 0;
    for (let q = 0; q < n; q++) {
      if (fout[q]) rest[over++] = rest[q]!;
      else {
        goed_[goed] = q;
        naar[goed++] = rest[q]!;
      }
    }
    if (goed === 0) return over;
    if (goed < n) {
      // The passing draws to the front: their slots afresh, the guards' results moved forward.
      for (let s = 0; s < b.toetsSlots.length; s++) {
        const k = b.toetsSlots[s]! * BLOK;
        for (let q = 0; q < goed; q++) r[k + q] = r[k + goed_[q]!]!;
      }
      for (let s = 0; s < b.doorgeven.length; s++) {
        const k = b.doorgeven[s]! * BLOK;
        for (let q = 0; q < goed; q++) r[k + q] = r[k + goed_[q]!]!;
      }
      for (let s = 0; s < b.restSlots.length; s++) {
        const k = b.restSlots[s]! * BLOK;
        for (let q = 0; q < goed; q++) r[k + q] = invoerBlok[k + naar[q]!]!;
      }
    } else verzamel(r, invoerBlok, b.restSlots, n, m);
    voerUit(b.restOps, r, BLOK, goed);
    const u = b.uit * BLOK;
    for (let q = 0; q < goed; q++) doel[van + naar[q]!] = r[u + q]!;
    return over;
  }

  return {
    slots,
    werkwijzen: W,
    bereken(invoerBlok, m, uit, van) {
      for (let i = 0; i < W; i++) {
        const lijst = banden[i]!;
        const tel = treffers[i]!;
        const doel = uit[i]!;
        for (let j = 0; j < m; j++) rest[j] = j;
        let n = m;
        for (let t = 0; t < lijst.length && n > 0; t++) {
          const over = probeer(lijst[t]!, invoerBlok, n, m, doel, van);
          tel[t]! += n - over;
          if (t === 0) afwijkend += over;
          n = over;
        }
        // Draws no tape accepts: record the first of them, try the new tape on all; past MAX_BANDEN, the float engine.
        while (n > 0) {
          if (lijst.length >= MAX_BANDEN) {
            for (let q = 0; q < n; q++) {
              const j = rest[q]!;
              for (let k = 0; k < slots; k++) trekking[k] = invoerBlok[k * BLOK + j]!;
              doel[van + j] = metSnelleRekenkunde(() => saldoPerKlantVanScenario(scenarioVan(trekking), i));
            }
            terugval += n;
            break;
          }
          const j = rest[0]!;
          for (let k = 0; k < slots; k++) trekking[k] = invoerBlok[k * BLOK + j]!;
          lijst.push(bandVoor(neemOpVoor(trekking), i, slots, BLOK));
          tel.push(0);
          opnames++;
          const over = probeer(lijst[lijst.length - 1]!, invoerBlok, n, m, doel, van);
          // A new recording always accepts the draw it was recorded from.
          if (over === n) throw new Error('Rekenkern: een nieuwe opname weigert haar eigen trekking');
          tel[lijst.length - 1]! += n - over;
          n = over;
        }
        // The tapes that serve most draws go first.
        const volgorde = lijst.map((b, k) => ({ b, t: tel[k]! })).sort((x, y) => y.t - x.t);
        volgorde.forEach((x, k) => {
          lijst[k] = x.b;
          tel[k] = x.t;
        });
      }
    },
    statistiek: () => ({ banden: banden.map((l) => l.length), afwijkend, opnames, terugval, operaties: banden.map((l) => l.map((b) => b.toetsOps.code.length + b.restOps.code.length)), bewaking: banden.map((l) => l.map((b) => b.toets.length)) }),
  };
}

function aantallenUit(w: readonly number[], nInvoer: number, i: number) {
  return Object.fromEntries(UITKOMSTEN.map((u, k) => [u, w[nInvoer + i * UITKOMSTEN.length + k]!])) as Record<(typeof UITKOMSTEN)[number], number>;
}

function saldoPerKlantVanScenario(t: Scenario, i: number): number {
  return saldiPerKlant(t)[i]!.saldoPerKlant.toNumber();
}

/**
 * Saldo per client per pathway at given points (each a row of slot values): the kernel for a handful
 * of model runs, as the sensitivity analysis and the switching values need them.
 */
export function berekenPunten(kern: Kern, punten: readonly (readonly number[])[]): Float64Array[] {
  const uit = Array.from({ length: kern.werkwijzen }, () => new Float64Array(punten.length));
  const blok = new Float64Array(kern.slots * BLOK);
  for (let van = 0; van < punten.length; van += BLOK) {
    const m = Math.min(BLOK, punten.length - van);
    for (let j = 0; j < m; j++) {
      const p = punten[van + j]!;
      for (let k = 0; k < kern.slots; k++) blok[k * BLOK + j] = p[k]!;
    }
    kern.bereken(blok, m, uit, van);
  }
  return uit;
}

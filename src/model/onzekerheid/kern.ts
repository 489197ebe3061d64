import { UITKOMSTEN } from '../begrippen';
import { metRekenkunde, metSnelleRekenkunde } from '../decimal';
import { saldiPerKlant, saldoPerKlantVan, voorbereid } from '../engine';
import type { Scenario } from '../scenario/schema';
import { zetAlles, type OnzekereInvoer } from './invoer';
import { compileer, maakGeheugen, type WasmGeheugen } from './kernWasm';
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

/** Draws per block by default: the columns of a tape for one block stay in the processor's cache. */
export const BLOK = 128;
/**
 * Draws per block for a long run (the Monte Carlo): a draw's tape computes only its own draws, so
 * with several rounding outcomes per block a tape's columns are short; longer blocks keep them long.
 */
export const BLOK_LANG = 520;
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
 * A tape: operations on registers. Registers 0..slots−1 are the slots; then, guard by guard in the
 * order they were recorded, the constants and operations that guard needs and no earlier one (its
 * stage); then the rest of the saldo. Two recordings that decided alike up to a guard number
 * everything up to it alike: they share those stages (see Familie).
 */
interface Band {
  /** All operations: the guards' stages in order, then the rest. */
  ops: Operaties;
  /** Per guard: the number of operations up to the end of its stage, and its stage as a key. */
  stadiumEinde: Int32Array;
  stadiumSleutel: string[];
  /** Guards: the register tested and the value the recorded draw gave it (compared with Object.is). */
  toets: Int32Array;
  verwacht: Float64Array;
  uit: number;
  registers: number;
  /** Register file for a block (constants filled once) and for a single draw. */
  blok: Float64Array;
  enkel: Float64Array;
  /** The draws a family's evaluation gives this tape: their column there and in the input block. */
  posities: Int32Array;
  kolommen: Int32Array;
  /** Draws the compiled pathway gave this tape (its place in the next compilation). */
  treffers: number;
}

/** A tape inside a family with p shared stages: what it computes itself, and what it reads from the shared part. */
interface Lid {
  band: Band;
  /** Its operations after the shared stages (its own guards' stages and the rest). */
  ops: Operaties;
  /** Slots it reads, and registers of the shared stages it reads (copied from the family's file). */
  slots: Int32Array;
  doorgeven: Int32Array;
}

/**
 * Tapes of one pathway that share their first p stages: recordings of draws that decided alike up
 * to there (6 or 7 clients to oplossing differ only in the value a guard expects). The shared stages
 * are evaluated once, in the family's own file, for all candidate draws; each draw then goes to the
 * tape whose first p guards it meets, which computes the rest and checks its own later guards.
 */
interface Familie {
  p: number;
  /** Register file for the shared stages (a copy of the first tape's, with its constants). */
  blok: Float64Array;
  kop: Operaties;
  kopSlots: Int32Array;
  leden: Lid[];
  treffers: number[];
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

/**
 * The node a guard tests and the value it expects. A plain number leaving the recording (toNumber:
 * SAME against a constant, expected true) tests the value itself: then tapes for different values
 * (6 or 7 clients to oplossing) share the guard's stage and differ only in the expected value.
 */
function getoetst(o: Opname, g: { node: number; verwacht: number }): { node: number; verwacht: number } {
  const n = g.node;
  if (o.code[n] === SAME && g.verwacht === 1 && o.isKonst(o.b[n]!)) return { node: o.a[n]!, verwacht: o.waarde[o.b[n]!]! };
  return g;
}

/** Operations with two register arguments (the others read one; ROUND's second is its number of decimals). */
const TWEE = new Set<number>([ADD, SUB, MUL, DIV, POW, MAX, MIN, CMP, SAME]);

const alsOps = (ops: readonly (readonly number[])[]): Operaties => ({
  code: Int32Array.from(ops, (x) => x[0]!),
  dst: Int32Array.from(ops, (x) => x[1]!),
  a: Int32Array.from(ops, (x) => x[2]!),
  b: Int32Array.from(ops, (x) => x[3]!),
});

function deelOps(ops: Operaties, van: number, tot: number): Operaties {
  return { code: ops.code.slice(van, tot), dst: ops.dst.slice(van, tot), a: ops.a.slice(van, tot), b: ops.b.slice(van, tot) };
}

/** The registers operations read. */
function gelezen(ops: Operaties, uit: Set<number>): Set<number> {
  for (let k = 0; k < ops.code.length; k++) {
    uit.add(ops.a[k]!);
    if (TWEE.has(ops.code[k]!)) uit.add(ops.b[k]!);
  }
  return uit;
}

/** The tape of one pathway: the operations its saldo and its guards need, and the guards. */
function bandVoor(r: Opgenomen, werkwijze: number, slots: number, blokGrootte: number): Band {
  const { o } = r;
  const nodig = new Uint8Array(o.lengte);
  const delen = new Set<number>([-1, werkwijze]);
  const bewaakt: { node: number; verwacht: number; orde: number }[] = [];
  const stapel: number[] = [r.delen[werkwijze]!.uit];
  const gedaanDeel = new Set<number>();
  const neemGuardsVan = (d: number) => {
    if (gedaanDeel.has(d)) return;
    gedaanDeel.add(d);
    o.bewaking.forEach((g, orde) => {
      if (deelVan(r, g.node) === d) {
        const t = getoetst(o, g);
        bewaakt.push({ ...t, orde });
        stapel.push(t.node);
      }
    });
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
  // The guards in the order they were recorded; each one's stage: the nodes its test needs and no earlier guard's.
  bewaakt.sort((x, y) => x.orde - y.orde);
  const stadium = new Int32Array(o.lengte).fill(bewaakt.length);
  bewaakt.forEach((g, k) => {
    stapel.push(g.node);
    while (stapel.length) {
      const n = stapel.pop()!;
      if (stadium[n]! <= k) continue;
      stadium[n] = k;
      if (!o.isBewerking(n)) continue;
      stapel.push(o.a[n]!);
      if (o.b[n]! >= 0 && o.code[n] !== ROUND) stapel.push(o.b[n]!);
    }
  });
  // The nodes of each stage, in node order.
  const perStadium: number[][] = Array.from({ length: bewaakt.length + 1 }, () => []);
  for (let n = 0; n < o.lengte; n++) if (nodig[n]) perStadium[stadium[n]!]!.push(n);
  const reg = new Int32Array(o.lengte).fill(-1);
  let volgende = slots;
  const konstanten: [number, number][] = [];
  const ops: number[][] = [];
  const stadiumEinde: number[] = [];
  const stadiumSleutel: string[] = [];
  perStadium.forEach((knopen, k) => {
    const begin = ops.length;
    const konst: string[] = [];
    for (const n of knopen) {
      if (o.isSlot(n)) reg[n] = o.slotVan[n]!;
      else if (o.isKonst(n)) {
        reg[n] = volgende++;
        konstanten.push([reg[n]!, o.waarde[n]!]);
        konst.push(Object.is(o.waarde[n], -0) ? '-0' : String(o.waarde[n]));
      }
    }
    for (const n of knopen) if (o.isBewerking(n)) reg[n] = volgende++;
    for (const n of knopen) {
      if (!o.isBewerking(n)) continue;
      const c = o.code[n]!;
      const b = o.b[n]!;
      ops.push([c, reg[n]!, reg[o.a[n]!]!, c === ROUND ? b : b >= 0 ? reg[b]! : 0]);
    }
    if (k < bewaakt.length) {
      stadiumEinde.push(ops.length);
      stadiumSleutel.push(`${ops.slice(begin).join(';')}/${konst.join(',')}/${reg[bewaakt[k]!.node]!}`);
    }
  });
  const band: Band = {
    ops: alsOps(ops),
    stadiumEinde: Int32Array.from(stadiumEinde),
    stadiumSleutel,
    toets: Int32Array.from(bewaakt, (g) => reg[g.node]!),
    verwacht: Float64Array.from(bewaakt, (g) => g.verwacht),
    uit: reg[r.delen[werkwijze]!.uit]!,
    registers: volgende,
    blok: new Float64Array(volgende * blokGrootte),
    enkel: new Float64Array(volgende),
    posities: new Int32Array(blokGrootte),
    kolommen: new Int32Array(blokGrootte),
    treffers: 0,
  };
  for (const [i, w] of konstanten) {
    band.blok.fill(w, i * blokGrootte, (i + 1) * blokGrootte);
    band.enkel[i] = w;
  }
  return band;
}

/** A tape as a member of a family sharing p stages (kop: those stages' operations). */
function lidVan(band: Band, p: number, slots: number, kop: Operaties): Lid {
  const eigen = deelOps(band.ops, p > 0 ? band.stadiumEinde[p - 1]! : 0, band.ops.code.length);
  const leest = gelezen(eigen, new Set([band.uit, ...band.toets.subarray(p)]));
  const lijst = [...leest].sort((a, b) => a - b);
  const uitKop = new Set(kop.dst);
  return { band, ops: eigen, slots: Int32Array.from(lijst.filter((k) => k < slots)), doorgeven: Int32Array.from(lijst.filter((k) => uitKop.has(k))) };
}

/** How many stages two tapes share, from the first (0 when the first already differs). */
function gedeeld(x: Band, y: Band): number {
  const n = Math.min(x.stadiumSleutel.length, y.stadiumSleutel.length);
  let p = 0;
  while (p < n && x.stadiumSleutel[p] === y.stadiumSleutel[p]) p++;
  return p;
}

/** A family of tapes sharing their first p stages (the first tape's numbering). */
function familie(banden: readonly Band[], p: number, slots: number, blok?: Float64Array): Familie {
  const kop = banden[0]!;
  const kopEinde = p > 0 ? kop.stadiumEinde[p - 1]! : 0;
  const kopOps = deelOps(kop.ops, 0, kopEinde);
  const kopSlots = gelezen(kopOps, new Set(Array.from(kop.toets.subarray(0, p))));
  const leden = banden.map((band) => lidVan(band, p, slots, kopOps));
  return { p, blok: blok ?? kop.blok.slice(), kop: kopOps, kopSlots: Int32Array.from([...kopSlots].filter((k) => k < slots).sort((a, b) => a - b)), leden, treffers: banden.map(() => 0) };
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
  /** Draws per block (the stride of the input block): BLOK unless asked for fewer. */
  blok: number;
  /**
   * Saldo per client for m ≤ blok draws: input k of draw j in invoer[k * blok + j]; pathway i's saldo
   * of draw j goes to uit[i][van + j].
   */
  bereken(invoer: Float64Array, m: number, uit: Float64Array[], van: number): void;
  /**
   * For the bench and tests: tapes per pathway, draws refused by the first tape, recordings, draws the
   * float engine computed, and operations and guards per tape.
   */
  statistiek(): { banden: number[]; afwijkend: number; opnames: number; terugval: number; operaties: number[][]; bewaking: number[][] };
  /**
   * Per slot, 1 when a tape of any pathway reads it (in an operation, a guard or as the saldo): a slot no
   * tape reads had no effect on any draw's saldo. Null once the float engine computed a draw (then unknown).
   */
  gelezenSlots(): Uint8Array | null;
  /**
   * With the compiled tapes (opties.wasm): the input block in the kernel's own memory. A caller that
   * fills this one saves a copy; any other block is copied in.
   */
  readonly invoerBlok: Float64Array | null;
  /** The kernel's WebAssembly memory (opties.wasm), for code that fills its input block; else null. */
  readonly geheugen: WasmGeheugen | null;
  /** Whether compiled tapes (WebAssembly) computed draws so far (else only the interpreter, voerUit). */
  readonly gecompileerd: boolean;
}

export interface KernOpties {
  /**
   * Compile each pathway's tapes to WebAssembly (kernWasm.ts) when this JavaScript engine allows it:
   * for long runs (the Monte Carlo), where the compile time is earned back. Same numbers either way.
   */
  wasm?: boolean;
}

/**
 * Builds the kernel for a scenario and its uncertain inputs; `metAantallen` adds each pathway's four
 * outcome counts as slots (the Monte Carlo's redrawn outcomes). Null when the formula code cannot be
 * recorded (an operation the recorder does not know): the caller then uses the float engine.
 */
export function maakKern(s: Scenario, invoer: readonly OnzekereInvoer[], metAantallen: boolean, B = BLOK, opties: KernOpties = {}): Kern | null {
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
  const banden: Band[][] = eerste.delen.map((_, i) => [bandVoor(eerste, i, slots, B)]);
  const controle = metSnelleRekenkunde(() => saldiPerKlant(scenarioVan(basis)));
  for (let i = 0; i < W; i++) {
    const b = banden[i]![0]!;
    b.enkel.set(basis.slice(0, slots));
    voerUit(b.ops, b.enkel, 1, 1);
    if (!Object.is(b.enkel[b.uit], controle[i]!.saldoPerKlant.toNumber())) return null;
  }

  let terugval = 0;
  let afwijkend = 0;
  let opnames = 1;
  const trekking = new Array<number>(slots);
  const rest = new Int32Array(B);
  const open = new Uint8Array(B);
  const families: Familie[][] = banden.map((l) => [familie(l, l[0]!.toets.length, slots)]);
  const aantalBanden = new Int32Array(W).fill(1);

  /** Copies the given slots of the draws rest[0..n) of the block into the first n columns of r. */
  function verzamel(r: Float64Array, invoerBlok: Float64Array, lijst: Int32Array, n: number, m: number): void {
    const opRij = n === m && rest[n - 1] === n - 1;
    for (let s = 0; s < lijst.length; s++) {
      const k = lijst[s]! * B;
      if (opRij) r.set(invoerBlok.subarray(k, k + n), k);
      else for (let q = 0; q < n; q++) r[k + q] = invoerBlok[k + rest[q]!]!;
    }
  }

  /**
   * Member l of a family for the c draws the shared stages (in file f) gave it: its own stages and the
   * rest; the draws that meet its later guards get their saldo and are closed. Returns how many.
   */
  function lid(l: Lid, p: number, f: Float64Array, invoerBlok: Float64Array, c: number, doel: Float64Array, van: number): number {
    const b = l.band;
    const r = b.blok;
    const pos = b.posities;
    const kol = b.kolommen;
    // The shared stages' results it reads.
    for (let s = 0; s < l.doorgeven.length; s++) {
      const k = l.doorgeven[s]! * B;
      for (let q = 0; q < c; q++) r[k + q] = f[k + pos[q]!]!;
    }
    for (let s = 0; s < l.slots.length; s++) {
      const k = l.slots[s]! * B;
      for (let q = 0; q < c; q++) r[k + q] = invoerBlok[k + kol[q]!]!;
    }
    voerUit(l.ops, r, B, c);
    const u = b.uit * B;
    const toets = b.toets;
    const verwacht = b.verwacht;
    let goed = 0;
    for (let q = 0; q < c; q++) {
      let g = p;
      while (g < toets.length && Object.is(r[toets[g]! * B + q], verwacht[g])) g++;
      if (g < toets.length) continue;
      doel[van + kol[q]!] = r[u + q]!;
      open[pos[q]!] = 0;
      goed++;
    }
    return goed;
  }

  /**
   * A family for the draws rest[0..n) of the block: the shared stages once for all of them, then each
   * draw to the first tape whose shared guards it meets (a draw that fails that tape's later guards
   * tries the next one). Keeps the draws no tape accepts in rest and returns how many;
   * `eersteGenomen` is how many the family's first tape took.
   */
  function probeer(f: Familie, invoerBlok: Float64Array, n: number, m: number, doel: Float64Array, van: number): number {
    const leden = f.leden;
    const L = leden.length;
    const r = f.blok;
    const p = f.p;
    verzamel(r, invoerBlok, f.kopSlots, n, m);
    voerUit(f.kop, r, B, n);
    const toets = leden[0]!.band.toets;
    open.fill(1, 0, n);
    vanaf.fill(0, 0, n);
    eersteGenomen = 0;
    for (;;) {
      aantal.fill(0, 0, L);
      let toegewezen = 0;
      for (let q = 0; q < n; q++) {
        if (!open[q] || vanaf[q]! >= L) continue;
        let t = vanaf[q]!;
        for (; t < L; t++) {
          const v = leden[t]!.band.verwacht;
          let g = 0;
          while (g < p && Object.is(r[toets[g]! * B + q], v[g])) g++;
          if (g === p) break;
        }
        vanaf[q] = t;
        if (t === L) continue;
        const b = leden[t]!.band;
        const c = aantal[t]!++;
        b.posities[c] = q;
        b.kolommen[c] = rest[q]!;
        toegewezen++;
      }
      if (toegewezen === 0) break;
      for (let t = 0; t < L; t++) {
        const c = aantal[t]!;
        if (c === 0) continue;
        const goed = lid(leden[t]!, p, r, invoerBlok, c, doel, van);
        f.treffers[t]! += goed;
        if (t === 0) eersteGenomen += goed;
        // Those that failed its later guards try the next tape.
        if (goed < c) {
          const pos = leden[t]!.band.posities;
          for (let x = 0; x < c; x++) if (open[pos[x]!]) vanaf[pos[x]!] = t + 1;
        }
      }
    }
    let over = 0;
    for (let q = 0; q < n; q++) if (open[q]) rest[over++] = rest[q]!;
    return over;
  }
  const vanaf = new Int32Array(B);
  const aantal = new Int32Array(MAX_BANDEN + 1);
  let eersteGenomen = 0;

  // The compiled tapes per pathway (opties.wasm): rebuilt after a new recording, most-hit tape first.
  const geheugen = opties.wasm ? maakGeheugen(slots, B) : null;
  const gecompileerdeBanden: (Band[] | null)[] = banden.map(() => null);
  const runs: (((m: number) => number) | null)[] = banden.map(() => null);
  let wasmGebruikt = false;
  function gecompileerd(i: number): ((m: number) => number) | null {
    if (gecompileerdeBanden[i] === null) {
      const lijst = families[i]!.flatMap((f) => f.leden.map((l) => l.band)).sort((x, y) => y.treffers - x.treffers);
      gecompileerdeBanden[i] = lijst;
      runs[i] = compileer(lijst, slots, B, geheugen!);
    }
    return runs[i]!;
  }

  /** Adds a new tape to the pathway's family that shares stages with it, or to a family of its own. */
  function voegToe(fams: Familie[], b: Band): Familie {
    const G = b.toets.length;
    for (let k = 0; k < fams.length; k++) {
      const f = fams[k]!;
      const kop = f.leden[0]!.band;
      const p = gedeeld(kop, b);
      if (p === 0 && (G > 0 || kop.toets.length > 0)) continue;
      if (p >= f.p) {
        f.leden.push(lidVan(b, f.p, slots, f.kop));
        f.treffers.push(0);
        return f;
      }
      // Fewer stages shared: the family file stays (the first tape and its numbering are unchanged).
      const nieuw = familie([...f.leden.map((l) => l.band), b], p, slots, f.blok);
      nieuw.treffers = [...f.treffers, 0];
      fams[k] = nieuw;
      return nieuw;
    }
    const nieuw = familie([b], G, slots);
    fams.push(nieuw);
    return nieuw;
  }

  return {
    slots,
    werkwijzen: W,
    blok: B,
    invoerBlok: geheugen?.invoer ?? null,
    geheugen,
    get gecompileerd() {
      return wasmGebruikt;
    },
    bereken(invoerBlok, m, uit, van) {
      if (geheugen && invoerBlok !== geheugen.invoer) geheugen.invoer.set(invoerBlok.subarray(0, slots * B));
      for (let i = 0; i < W; i++) {
        const fams = families[i]!;
        const doel = uit[i]!;
        let n = 0;
        const run = geheugen ? gecompileerd(i) : null;
        if (run) {
          // The compiled tapes, in the order of their hits so far; the draws none accepts go on below.
          const { saldo, weigering, treffers } = geheugen!;
          const volgorde = gecompileerdeBanden[i]!;
          treffers.fill(0, 0, volgorde.length);
          n = run(m);
          wasmGebruikt = true;
          // Every draw's column gets the saldo; those of the refused draws are overwritten below.
          doel.set(saldo.subarray(0, m), van);
          for (let t = 0; t < volgorde.length; t++) volgorde[t]!.treffers += treffers[t]!;
          afwijkend += m - treffers[0]!;
          if (n === 0) continue;
          for (let q = 0; q < n; q++) rest[q] = weigering[q]!;
        } else {
          for (let j = 0; j < m; j++) rest[j] = j;
          n = m;
        }
        for (let t = 0; t < fams.length && n > 0; t++) {
          n = probeer(fams[t]!, invoerBlok, n, m, doel, van);
          if (t === 0 && !run) afwijkend += m - eersteGenomen;
        }
        // Draws no tape accepts: record the first of them, try its family on all; past MAX_BANDEN tapes, the float engine.
        while (n > 0) {
          if (aantalBanden[i]! >= MAX_BANDEN) {
            for (let q = 0; q < n; q++) {
              const j = rest[q]!;
              for (let k = 0; k < slots; k++) trekking[k] = invoerBlok[k * B + j]!;
              doel[van + j] = metSnelleRekenkunde(() => saldoPerKlantVanScenario(scenarioVan(trekking), i));
            }
            terugval += n;
            break;
          }
          const j = rest[0]!;
          for (let k = 0; k < slots; k++) trekking[k] = invoerBlok[k * B + j]!;
          const f = voegToe(fams, bandVoor(neemOpVoor(trekking), i, slots, B));
          aantalBanden[i]!++;
          gecompileerdeBanden[i] = null;
          opnames++;
          const over = probeer(f, invoerBlok, n, m, doel, van);
          // A new recording always accepts the draw it was recorded from.
          if (over === n) throw new Error('Rekenkern: een nieuwe opname weigert haar eigen trekking');
          n = over;
        }
        // The tapes that serve most draws go first, within their family and the families among themselves.
        for (const f of fams) {
          // (The shared stages are numbered alike in every member: any order keeps the family valid.)
          const volgorde = f.leden.map((l, x) => ({ l, t: f.treffers[x]! })).sort((x, y) => y.t - x.t);
          volgorde.forEach((x, q) => {
            f.leden[q] = x.l;
            f.treffers[q] = x.t;
          });
        }
        const som = (f: Familie) => f.treffers.reduce((a, b) => a + b, 0);
        fams.sort((x, y) => som(y) - som(x));
      }
    },
    gelezenSlots: () => {
      if (terugval > 0) return null;
      const gelezen = new Uint8Array(slots);
      const lees = (r: number) => {
        if (r < slots) gelezen[r] = 1;
      };
      for (const fams of families)
        for (const f of fams)
          for (const { band } of f.leden) {
            const { code, a, b } = band.ops;
            for (let k = 0; k < code.length; k++) {
              lees(a[k]!);
              if (TWEE.has(code[k]!)) lees(b[k]!);
            }
            band.toets.forEach(lees);
            lees(band.uit);
          }
      return gelezen;
    },
    statistiek: () => {
      const lijsten = families.map((fams) => fams.flatMap((f) => f.leden.map((l) => l.band)));
      return { banden: lijsten.map((l) => l.length), afwijkend, opnames, terugval, operaties: lijsten.map((l) => l.map((b) => b.ops.code.length)), bewaking: lijsten.map((l) => l.map((b) => b.toets.length)) };
    },
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
  const blok = new Float64Array(kern.slots * kern.blok);
  for (let van = 0; van < punten.length; van += kern.blok) {
    const m = Math.min(kern.blok, punten.length - van);
    for (let j = 0; j < m; j++) {
      const p = punten[van + j]!;
      for (let k = 0; k < kern.slots; k++) blok[k * kern.blok + j] = p[k]!;
    }
    kern.bereken(blok, m, uit, van);
  }
  return uit;
}

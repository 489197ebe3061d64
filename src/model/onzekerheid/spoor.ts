/**
 * The kernel's recording number type: the subset of the decimal.js API the model uses (like snel.ts),
 * computing in float64 like Snel while it records every operation on a tape. The uncertainty kernel
 * (kern.ts) runs the model's own formula code once with these numbers, the uncertain inputs as named
 * slots, and replays the tape for many draws over typed arrays: the same formulas, not a copy.
 *
 * A data-dependent decision (a comparison, a rounding check, a value that leaves as a plain number)
 * is recorded as a guard: the tape is valid only for draws that make the same decision. kern.ts checks
 * the guards per draw and records again for a draw that decides otherwise.
 */

/** Operation codes of the tape. Binary: a op b; unary: op a; ROUND: a to b decimals (b immediate). */
export const OP = {
  ADD: 0, SUB: 1, MUL: 2, DIV: 3, POW: 4, FLOOR: 5, ABS: 6, NEG: 7, ROUND: 8, MAX: 9, MIN: 10,
  /** Tests (guards): 1/0 or the 4-way comparison. */
  CMP: 11, SIGNBIT: 12, ISINT: 13, ISFIN: 14, SAME: 15,
} as const;

/** The 4-way outcome of comparing a and b: 1, −1, 0, or 2 when either is NaN. */
export const vergelijk = (a: number, b: number) => (a > b ? 1 : a < b ? -1 : a === b ? 0 : 2);

/** Half-up away from zero to dp decimals: exactly Snel.toDecimalPlaces. */
export function rondAf(a: number, dp: number): number {
  const f = 10 ** dp;
  return (Math.sign(a) * Math.floor(Math.abs(a) * f + 0.5)) / f;
}

/** The float value of an operation: exactly what Snel computes. */
export function reken(code: number, a: number, b: number): number {
  switch (code) {
    case OP.ADD: return a + b;
    case OP.SUB: return a - b;
    case OP.MUL: return a * b;
    case OP.DIV: return a / b;
    case OP.POW: return a ** b;
    case OP.FLOOR: return Math.floor(a);
    case OP.ABS: return Math.abs(a);
    case OP.NEG: return -a;
    case OP.ROUND: return rondAf(a, b);
    case OP.MAX: return Math.max(a, b);
    case OP.MIN: return Math.min(a, b);
    case OP.CMP: return vergelijk(a, b);
    case OP.SIGNBIT: return a < 0 || Object.is(a, -0) ? 1 : 0;
    case OP.ISINT: return Number.isInteger(a) ? 1 : 0;
    case OP.ISFIN: return Number.isFinite(a) ? 1 : 0;
    case OP.SAME: return Object.is(a, b) ? 1 : 0;
    default: throw new Error(`onbekende bewerking ${code}`);
  }
}

/** Node kinds. */
const KONST = 0;
const SLOT = 1;
const BEWERKING = 2;

/** One recording: nodes in creation order (arguments always before their result) and guards. */
export class Opname {
  soort: number[] = [];
  code: number[] = [];
  a: number[] = [];
  b: number[] = [];
  waarde: number[] = [];
  /** For a slot node: its slot number. */
  slotVan: number[] = [];
  /** Guards: the test node and the outcome the recorded draw gave. */
  bewaking: { node: number; verwacht: number }[] = [];

  get lengte() {
    return this.soort.length;
  }
  private nieuw(soort: number, code: number, a: number, b: number, w: number): number {
    this.soort.push(soort);
    this.code.push(code);
    this.a.push(a);
    this.b.push(b);
    this.waarde.push(w);
    this.slotVan.push(-1);
    return this.soort.length - 1;
  }
  /** Constants by value (-0 apart from 0): the same value is one node, so equal operations on it are one too. */
  private konstanten = new Map<number, number>();
  private minNul = -1;
  konstante(w: number): Spoor {
    if (Object.is(w, -0)) {
      if (this.minNul < 0) this.minNul = this.nieuw(KONST, -1, -1, -1, w);
      return knoop(this.minNul, w);
    }
    let i = this.konstanten.get(w);
    if (i === undefined) {
      i = this.nieuw(KONST, -1, -1, -1, w);
      this.konstanten.set(w, i);
    }
    return knoop(i, w);
  }
  slot(k: number, w: number): Spoor {
    const i = this.nieuw(SLOT, -1, -1, -1, w);
    this.slotVan[i] = k;
    return knoop(i, w);
  }
  isKonst(i: number) {
    return this.soort[i] === KONST;
  }
  isSlot(i: number) {
    return this.soort[i] === SLOT;
  }
  isBewerking(i: number) {
    return this.soort[i] === BEWERKING;
  }
  /** The same operation on the same nodes is one node (the same float result: exact). */
  private gezien = new Map<string, number>();
  /**
   * An operation on nodes; folded to a constant when all its arguments are constants. A constant
   * node holds exactly its value, so sharing it or folding never changes a value.
   */
  bewerk(code: number, a: number, b: number): Spoor {
    const w = reken(code, this.waarde[a]!, code === OP.ROUND ? b : b < 0 ? 0 : this.waarde[b]!);
    const konst = this.isKonst(a) && (b < 0 || code === OP.ROUND || this.isKonst(b));
    if (konst) return this.konstante(w);
    // Exact identities in float64 for every x (−0 and NaN included): x·1, 1·x, x/1, x − (+0), x + (−0), (−0) + x.
    const is = (n: number, v: number) => n >= 0 && this.isKonst(n) && Object.is(this.waarde[n], v);
    if (((code === OP.MUL || code === OP.DIV) && is(b, 1)) || (code === OP.SUB && is(b, 0)) || (code === OP.ADD && is(b, -0))) return knoop(a, this.waarde[a]!);
    if ((code === OP.MUL && is(a, 1)) || (code === OP.ADD && is(a, -0))) return knoop(b, this.waarde[b]!);
    const sleutel = `${code},${a},${b}`;
    const eerder = this.gezien.get(sleutel);
    if (eerder !== undefined) return knoop(eerder, this.waarde[eerder]!);
    const i = this.nieuw(BEWERKING, code, a, b, w);
    this.gezien.set(sleutel, i);
    return knoop(i, w);
  }
  private bewaakt = new Set<number>();
  /** Starts a new part (a pathway): no node is shared with an earlier part, so the parts stay independent. */
  nieuwDeel(): void {
    this.gezien.clear();
    this.bewaakt.clear();
  }
  /** A data-dependent decision: records a guard unless it depends on constants only; returns the outcome. */
  test(code: number, a: number, b: number): number {
    const t = this.bewerk(code, a, b);
    if (!this.isKonst(t.i) && !this.bewaakt.has(t.i)) {
      this.bewaakt.add(t.i);
      this.bewaking.push({ node: t.i, verwacht: t.w });
    }
    return t.w;
  }
}

let opname: Opname | null = null;

/** Runs fn while recording into `o` (synchronous; restored afterwards). */
export function neemOp<T>(o: Opname, fn: () => T): T {
  const vorige = opname;
  opname = o;
  try {
    return fn();
  } finally {
    opname = vorige;
  }
}

function actief(): Opname {
  if (!opname) throw new Error('Spoor buiten een opname gebruikt');
  return opname;
}

function knoop(i: number, w: number): Spoor {
  const s = Object.create(Spoor.prototype) as { i: number; w: number };
  s.i = i;
  s.w = w;
  return s as Spoor;
}

type In = number | string | Spoor;
const alsSpoor = (x: In): Spoor => (x instanceof Spoor ? x : actief().konstante(typeof x === 'number' ? x : Number(x)));

export class Spoor {
  static readonly ROUND_HALF_UP = 4;
  declare readonly i: number;
  declare readonly w: number;
  constructor(x: In) {
    // A recorded value stays the same node; a number or string becomes a constant.
    return alsSpoor(x);
  }
  static max(...xs: In[]): Spoor {
    return xs.map(alsSpoor).reduce((m, x) => actief().bewerk(OP.MAX, m.i, x.i));
  }
  static min(...xs: In[]): Spoor {
    return xs.map(alsSpoor).reduce((m, x) => actief().bewerk(OP.MIN, m.i, x.i));
  }
  plus(x: In) { return actief().bewerk(OP.ADD, this.i, alsSpoor(x).i); }
  minus(x: In) { return actief().bewerk(OP.SUB, this.i, alsSpoor(x).i); }
  times(x: In) { return actief().bewerk(OP.MUL, this.i, alsSpoor(x).i); }
  div(x: In) { return actief().bewerk(OP.DIV, this.i, alsSpoor(x).i); }
  pow(x: In) { return actief().bewerk(OP.POW, this.i, alsSpoor(x).i); }
  floor() { return actief().bewerk(OP.FLOOR, this.i, -1); }
  abs() { return actief().bewerk(OP.ABS, this.i, -1); }
  neg() { return actief().bewerk(OP.NEG, this.i, -1); }
  toDecimalPlaces(dp = 0) { return actief().bewerk(OP.ROUND, this.i, dp); }
  private cmp(x: In) { return actief().test(OP.CMP, this.i, alsSpoor(x).i); }
  comparedTo(x: In) { const c = this.cmp(x); return c === 2 ? 0 : c; }
  eq(x: In) { return this.cmp(x) === 0; }
  gt(x: In) { return this.cmp(x) === 1; }
  gte(x: In) { const c = this.cmp(x); return c === 1 || c === 0; }
  lt(x: In) { return this.cmp(x) === -1; }
  lte(x: In) { const c = this.cmp(x); return c === -1 || c === 0; }
  isZero() { return this.cmp(0) === 0; }
  isNeg() { return actief().test(OP.SIGNBIT, this.i, -1) === 1; }
  isInteger() { return actief().test(OP.ISINT, this.i, -1) === 1; }
  isFinite() { return actief().test(OP.ISFIN, this.i, -1) === 1; }
  /** The value leaves the recording as a plain number: valid only for draws with exactly this value. */
  toNumber() {
    const o = actief();
    o.test(OP.SAME, this.i, o.konstante(this.w).i);
    return this.w;
  }
  valueOf() { return this.toNumber(); }
  toFixed(dp?: number) { return this.toNumber().toFixed(dp); }
  toString() { return String(this.toNumber()); }
}

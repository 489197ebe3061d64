/**
 * Binary floating-point arithmetic with the subset of the decimal.js API that the model uses. Only for
 * the Monte Carlo, whose thousands of recomputes need speed, not 40 digits: its sampling error is
 * many orders of magnitude larger than float rounding (~1e-12 relative). Published figures always use
 * decimal.js. Runs through the same formula code, so nothing is computed twice in two places.
 */
type In = number | string | Snel;
const v = (x: In): number => (typeof x === 'number' ? x : typeof x === 'string' ? Number(x) : x.w);

export class Snel {
  static readonly ROUND_HALF_UP = 4;
  readonly w: number;
  constructor(x: In) {
    this.w = v(x);
  }
  static max(...xs: In[]): Snel {
    return new Snel(Math.max(...xs.map(v)));
  }
  static min(...xs: In[]): Snel {
    return new Snel(Math.min(...xs.map(v)));
  }
  plus(x: In) { return new Snel(this.w + v(x)); }
  minus(x: In) { return new Snel(this.w - v(x)); }
  times(x: In) { return new Snel(this.w * v(x)); }
  div(x: In) { return new Snel(this.w / v(x)); }
  pow(x: In) { return new Snel(this.w ** v(x)); }
  floor() { return new Snel(Math.floor(this.w)); }
  abs() { return new Snel(Math.abs(this.w)); }
  neg() { return new Snel(-this.w); }
  /** Half-up away from zero, like decimal.js ROUND_HALF_UP. */
  toDecimalPlaces(dp = 0) {
    const f = 10 ** dp;
    return new Snel((Math.sign(this.w) * Math.floor(Math.abs(this.w) * f + 0.5)) / f);
  }
  isZero() { return this.w === 0; }
  isNeg() { return this.w < 0 || Object.is(this.w, -0); }
  isInteger() { return Number.isInteger(this.w); }
  isFinite() { return Number.isFinite(this.w); }
  comparedTo(x: In) { const y = v(x); return this.w > y ? 1 : this.w < y ? -1 : 0; }
  eq(x: In) { return this.w === v(x); }
  gt(x: In) { return this.w > v(x); }
  gte(x: In) { return this.w >= v(x); }
  lt(x: In) { return this.w < v(x); }
  lte(x: In) { return this.w <= v(x); }
  toNumber() { return this.w; }
  toFixed(dp?: number) { return this.w.toFixed(dp); }
  toString() { return String(this.w); }
}

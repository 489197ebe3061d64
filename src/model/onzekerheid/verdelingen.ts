import { ln } from './lnWasm';
import pow from '@stdlib/math-base-special-pow';
import { PER_VULLING as VULLING, type Toevalsbron } from './toeval';

// A module constant: read in the hot loops, where an imported binding may be a getter (tsx's CommonJS transform).
const PER_VULLING = VULLING;

/**
 * Normal, gamma and beta draws on the Monte Carlo's own uniform stream (toeval.ts), exact methods:
 * - normal: Marsaglia's polar method (Marsaglia & Bray 1964), two normals per accepted pair;
 * - gamma(α ≥ 1): Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
 *   26(3), with its squeeze, so nearly every draw needs no logarithm; α < 1 by their boost
 *   gamma(α + 1) · U^(1/α);
 * - beta(a, b) = X / (X + Y) with X ~ gamma(a), Y ~ gamma(b);
 * - binomial(n, p): inversion up to INVERSIE_MAX trials (Kachitvichyanukul & Schmeiser 1988, "Binomial random
 *   variate generation", CACM 31(2), algorithm BINV: one uniform), larger n first split by a beta order
 *   statistic (Knuth, TAOCP vol. 2, 3rd ed., §3.4.1 F: log₂ n betas), so any cohort takes little time;
 * - Dirichlet-multinomial: shares from Dirichlet(α) as normalised gammas, the counts then by binomials on
 *   what is left (the outcome redraw of the Monte Carlo, posterior.ts).
 * Logarithm and power are stdlib's, written in plain arithmetic (the logarithm operation for operation in
 * WebAssembly, lnWasm.ts): Math.log and Math.pow may differ in
 * the last bit between JavaScript engines, and a seed must give the same draws in Node and in any
 * browser's worker. Square roots are exact (IEEE 754) everywhere.
 */
export class Verdelingen {
  private readonly getallen: Float64Array;
  /** The second normal of the last polar pair, or NaN when there is none. */
  private bewaard = Number.NaN;

  constructor(private readonly bron: Toevalsbron) {
    this.getallen = bron.getallen;
  }

  /** The next uniform of the stream, in [0, 1). */
  uniform(): number {
    const b = this.bron;
    if (b.pos === PER_VULLING) b.vul();
    return this.getallen[b.pos++]!;
  }

  /** A standard normal draw. */
  normaal(): number {
    const z = this.bewaard;
    if (z === z) {
      this.bewaard = Number.NaN;
      return z;
    }
    for (;;) {
      const x = 2 * this.uniform() - 1;
      const y = 2 * this.uniform() - 1;
      const s = x * x + y * y;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * ln(s)) / s);
        this.bewaard = y * f;
        return x * f;
      }
    }
  }

  /** A gamma(α, 1) draw, α > 0. */
  gamma(alfa: number): number {
    if (alfa < 1) {
      const g = this.gamma(alfa + 1);
      return g * pow(this.uniform(), 1 / alfa);
    }
    const d = alfa - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normaal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (ln(u) < 0.5 * x2 + d * (1 - v + ln(v))) return d * v;
    }
  }

  /** A beta(a, b) draw, a, b > 0. */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** A binomial(n, p) draw: n a whole number ≥ 0 (0 for n ≤ 0 or p ≤ 0; n for p ≥ 1). */
  binomiaal(n: number, p: number): number {
    let k = 0;
    // Knuth's split: the a-th smallest of n uniforms is X ~ beta(a, n + 1 − a). Below X lie a − 1 uniforms
    // (each below p with chance p / X), above it n − a (each below p with chance (p − X) / (1 − X)).
    while (n > INVERSIE_MAX && p > 0 && p < 1) {
      const a = 1 + Math.floor(n / 2);
      const x = this.beta(a, n + 1 - a);
      if (x >= p) {
        n = a - 1;
        p = p / x;
      } else {
        k += a;
        n = n - a;
        p = (p - x) / (1 - x);
      }
    }
    if (!(n > 0) || !(p > 0)) return k;
    if (p >= 1) return k + n;
    return k + (p > 0.5 ? n - this.inversie(n, 1 - p) : this.inversie(n, p));
  }

  /** Binomial(n, p) by inversion (BINV), 0 < p ≤ ½ and n ≤ INVERSIE_MAX: P(0) = qⁿ ≥ 2⁻⁶⁴, no underflow. */
  private inversie(n: number, p: number): number {
    const q = 1 - p;
    const r = p / q;
    // qⁿ by repeated squaring: only multiplications, so the same bits in every JavaScript engine.
    let f = 1;
    for (let x = q, e = n; e > 0; e >>>= 1, x *= x) if (e & 1) f *= x;
    let u = this.uniform();
    let k = 0;
    while (u > f && k < n) {
      u -= f;
      f *= (r * (n - k)) / (k + 1);
      k++;
    }
    return k;
  }

  /**
   * Counts of n clients over K outcomes whose shares are drawn from Dirichlet(alfa[0..K)): K gammas,
   * then outcome i gets binomial(rest, gᵢ / (gᵢ + … + g_K−1)) and the last one what is left. Writes the
   * counts to uit[van + i · stap]; `g` is scratch space of length ≥ 2K.
   */
  dirichletMultinomiaal(alfa: ArrayLike<number>, n: number, g: Float64Array, uit: Float64Array, van: number, stap: number): void {
    const K = alfa.length;
    for (let i = 0; i < K; i++) g[i] = this.gamma(alfa[i]!);
    // Sums of what is left, from the end: each share is then a quotient of a part and a larger whole (≤ 1).
    for (let i = K - 2; i >= 0; i--) g[K + i] = g[i]! + (i === K - 2 ? g[K - 1]! : g[K + i + 1]!);
    let rest = n;
    for (let i = 0; i < K - 1; i++) {
      const x = rest > 0 ? this.binomiaal(rest, g[i]! / g[K + i]!) : 0;
      uit[van + i * stap] = x;
      rest -= x;
    }
    uit[van + (K - 1) * stap] = rest;
  }
}

/** Trials up to which a binomial is drawn by inversion; larger ones are split first (Verdelingen.binomiaal). */
export const INVERSIE_MAX = 64;

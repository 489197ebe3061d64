import ln from '@stdlib/math-base-special-ln';
import pow from '@stdlib/math-base-special-pow';
import { PER_VULLING, type Toevalsbron } from './toeval';

/**
 * Normal, gamma and beta draws on the Monte Carlo's own uniform stream (toeval.ts), exact methods:
 * - normal: Marsaglia's polar method (Marsaglia & Bray 1964), two normals per accepted pair;
 * - gamma(α ≥ 1): Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
 *   26(3), with its squeeze, so nearly every draw needs no logarithm; α < 1 by their boost
 *   gamma(α + 1) · U^(1/α);
 * - beta(a, b) = X / (X + Y) with X ~ gamma(a), Y ~ gamma(b).
 * Logarithm and power are stdlib's, written in plain arithmetic: Math.log and Math.pow may differ in
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
}

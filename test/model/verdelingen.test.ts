import { describe, expect, it } from 'vitest';
import { Toevalsbron } from '../../src/model/onzekerheid/toeval';
import { Verdelingen } from '../../src/model/onzekerheid/verdelingen';

/** Mean and variance of n draws. */
function momenten(n: number, trek: () => number): { m: number; v: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = trek();
    s += x;
    s2 += x * x;
  }
  const m = s / n;
  return { m, v: s2 / n - m * m };
}

const N = 200_000;

describe('verdelingen op de eigen toevalsbron (Marsaglia & Tsang, polair)', () => {
  it.each([0.5, 1, 3, 12, 30])('gamma(%s): gemiddelde α en variantie α binnen 4 standaardfouten', (alfa) => {
    const r = new Verdelingen(new Toevalsbron(77));
    const { m, v } = momenten(N, () => r.gamma(alfa));
    // Var(X) = α; Var of the sample variance ≈ (μ4 − σ⁴)/n with μ4 = 3α² + 6α for the gamma.
    expect(Math.abs(m - alfa)).toBeLessThan(4 * Math.sqrt(alfa / N));
    expect(Math.abs(v - alfa)).toBeLessThan(4 * Math.sqrt((3 * alfa * alfa + 6 * alfa - alfa * alfa) / N));
  });

  it.each([
    [12, 19],
    [1, 24],
    [5, 19],
    [2, 2],
  ])('beta(%s, %s): gemiddelde a/(a+b) en variantie ab/((a+b)²(a+b+1)) binnen 4 standaardfouten, altijd in [0, 1]', (a, b) => {
    const r = new Verdelingen(new Toevalsbron(3));
    let buiten = 0;
    const { m, v } = momenten(N, () => {
      const x = r.beta(a, b);
      if (!(x >= 0 && x <= 1)) buiten++;
      return x;
    });
    const mu = a / (a + b);
    const var_ = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(buiten).toBe(0);
    expect(Math.abs(m - mu)).toBeLessThan(4 * Math.sqrt(var_ / N));
    // The variance of a variable in [0, 1] is estimated within 4 · sqrt(μ4 / n) ≤ 4 · sqrt(var / n).
    expect(Math.abs(v - var_)).toBeLessThan(4 * Math.sqrt(var_ / N));
  });

  it('normaal: gemiddelde 0, variantie 1, en P(|Z| < 1,96) ≈ 95%', () => {
    const r = new Verdelingen(new Toevalsbron(11));
    let binnen = 0;
    const { m, v } = momenten(N, () => {
      const z = r.normaal();
      if (Math.abs(z) < 1.959963984540054) binnen++;
      return z;
    });
    expect(Math.abs(m)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(v - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(Math.abs(binnen / N - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / N));
  });

  it('dezelfde seed geeft dezelfde getallen; een andere seed andere', () => {
    const reeks = (seed: number) => {
      const r = new Verdelingen(new Toevalsbron(seed));
      return Array.from({ length: 500 }, (_, i) => (i % 2 ? r.beta(11, 14) : r.gamma(0.7 + i / 100)));
    };
    expect(reeks(20200601)).toEqual(reeks(20200601));
    expect(reeks(20200601)).not.toEqual(reeks(20200602));
  });
});

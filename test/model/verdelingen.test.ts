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

/** Binomial(n, p) probabilities, exactly enough for a chi-square test (log space, n ≤ a few hundred). */
function binomiaalKansen(n: number, p: number): number[] {
  const uit: number[] = [];
  let logC = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log((n - k + 1) / k);
    uit.push(Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p)));
  }
  return uit;
}

describe('binomiaal en Dirichlet-multinomiaal (het hertrekken van uitkomsten, zonder stdlib)', () => {
  it.each([
    [5, 0.3],
    [23, 0.13],
    [29, 0.69],
    [64, 0.5],
    [65, 0.21],
    [300, 0.04],
  ])('binomiaal(%s, %s): elke uitkomst even vaak als de verdeling zegt (chi-kwadraat), altijd een geheel getal in [0, n]', (n, p) => {
    const r = new Verdelingen(new Toevalsbron(20261205));
    const kansen = binomiaalKansen(n, p);
    const telling = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < N; i++) {
      const k = r.binomiaal(n, p);
      if (!Number.isInteger(k) || k < 0 || k > n) throw new Error(`binomiaal(${n}, ${p}) gaf ${k}`);
      telling[k]!++;
    }
    // Classes with an expected count under 20 pooled into their neighbour; then chi-square against its 0.1% point.
    let chi2 = 0;
    let klassen = 0;
    let v = 0;
    let o = 0;
    for (let k = 0; k <= n; k++) {
      v += kansen[k]! * N;
      o += telling[k]!;
      if (v >= 20 || k === n) {
        chi2 += ((o - v) * (o - v)) / v;
        klassen++;
        v = 0;
        o = 0;
      }
    }
    const df = klassen - 1;
    // Wilson–Hilferty: the 99,9% point of chi-square with df degrees of freedom.
    const grens = df * (1 - 2 / (9 * df) + 3.090232 * Math.sqrt(2 / (9 * df))) ** 3;
    expect(chi2).toBeLessThan(grens);
  });

  it.each([
    [1_000_000, 0.3],
    [100_000_000, 0.000_01],
    [5_000, 0.97],
  ])('binomiaal(%s, %s) van een groot cohort (gesplitst met beta-trekkingen): gemiddelde np en variantie np(1−p) binnen 4 standaardfouten', (n, p) => {
    const r = new Verdelingen(new Toevalsbron(9));
    const M = 20_000;
    const { m, v } = momenten(M, () => r.binomiaal(n, p));
    const var_ = n * p * (1 - p);
    expect(Math.abs(m - n * p)).toBeLessThan(4 * Math.sqrt(var_ / M));
    expect(Math.abs(v - var_)).toBeLessThan(4 * var_ * Math.sqrt(2 / M) * 1.1);
  });

  it('binomiaal aan de randen: n = 0, p = 0 en p = 1 zonder trekking; geen NaN', () => {
    const r = new Verdelingen(new Toevalsbron(1));
    expect(r.binomiaal(0, 0.4)).toBe(0);
    expect(r.binomiaal(7, 0)).toBe(0);
    expect(r.binomiaal(7, 1)).toBe(7);
    expect(r.binomiaal(1000, 1)).toBe(1000);
  });

  it.each([
    [[4, 8, 9, 6], 23],
    [[2, 1, 21, 9], 29],
    [[1, 1, 1, 1], 1],
    [[301, 1, 2, 700], 5_000],
  ])('Dirichlet-multinomiaal(%j, %s): de aantallen tellen op tot n; gemiddelde nα/A en variantie n·(α/A)(1−α/A)(n+A)/(1+A) binnen 4 standaardfouten', (alfa, n) => {
    const r = new Verdelingen(new Toevalsbron(31));
    const A = alfa.reduce((a, b) => a + b, 0);
    const M = 100_000;
    const uit = new Float64Array(4);
    const g = new Float64Array(8);
    const som = [0, 0, 0, 0];
    const som2 = [0, 0, 0, 0];
    for (let j = 0; j < M; j++) {
      r.dirichletMultinomiaal(alfa, n, g, uit, 0, 1);
      if (uit.reduce((a, b) => a + b, 0) !== n || !uit.every((x) => Number.isInteger(x) && x >= 0)) throw new Error(`getrokken ${uit.join('/')}`);
      uit.forEach((x, i) => {
        som[i]! += x;
        som2[i]! += x * x;
      });
    }
    alfa.forEach((a, i) => {
      const pi = a / A;
      const m = som[i]! / M;
      const v = som2[i]! / M - m * m;
      const var_ = n * pi * (1 - pi) * ((n + A) / (1 + A));
      expect(Math.abs(m - n * pi), `uitkomst ${i}: gemiddelde`).toBeLessThan(4 * Math.sqrt(var_ / M) + 1e-12);
      // Loose for the variance (no closed kurtosis here): within 10%.
      if (var_ > 0) expect(Math.abs(v - var_) / var_, `uitkomst ${i}: variantie`).toBeLessThan(0.1);
    });
  });
});

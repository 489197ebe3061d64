import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { uniformeBron } from '../../src/model/onzekerheid/toeval';
import { evpi, evppiGroep, evppiInvoer, volgordeOp, waardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { OnzekerheidSchema } from '../../src/model/scenario/onzekerheidSchema';
import { laadDenHaag } from '../helpers/scenario';

/** Standard normal draws (Box–Muller on the seeded uniform stream). */
function normalen(n: number, seed: number): Float64Array {
  const u = uniformeBron(seed);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const t = 2 * Math.PI * u();
    z[i] = r * Math.cos(t);
    if (i + 1 < n) z[i + 1] = r * Math.sin(t);
  }
  return z;
}

const phi = (x: number) => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);
/** Standard normal CDF (Abramowitz & Stegun 7.1.26 on erf; |error| < 1,5e-7). */
function Phi(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe('waarde van informatie', () => {
  it('eigenschap: de radix-volgorde van de trekkingen is die van sorteren op (waarde, index), ook met −0, gelijke en extreme waarden', () => {
    const waarde = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 5e-324, -5e-324));
    fc.assert(
      fc.property(fc.array(waarde, { maxLength: 300 }), (xs) => {
        const x = Float64Array.from(xs);
        const verwacht = Uint32Array.from(x.keys()).sort((a, b) => x[a]! - x[b]! || a - b);
        expect(Array.from(volgordeOp(x))).toEqual(Array.from(verwacht));
      }),
      { numRuns: 300 },
    );
  });

  it('analytisch: twee opties, NB = 0 of X ~ N(μ, σ): EVPI = σφ(μ/σ) + μΦ(μ/σ) − max(0, μ), binnen de Monte Carlo-fout', () => {
    const n = 200_000;
    for (const [mu, sigma] of [[100, 400], [-250, 500], [0, 300]] as const) {
      const z = normalen(n, 17);
      const x = Float64Array.from(z, (v) => mu + sigma * v);
      const nb = [new Float64Array(n), x];
      const exact = sigma * phi(mu / sigma) + mu * Phi(mu / sigma) - Math.max(0, mu);
      // The standard error of mean(max(0, X)) is below σ / √n.
      expect(Math.abs(evpi(nb) - exact)).toBeLessThan(4 * (sigma / Math.sqrt(n)));
      // Knowing X is knowing everything: its EVPPI is the EVPI but for the bin that straddles 0.
      const e = evppiInvoer(nb, x);
      expect(e).toBeLessThanOrEqual(evpi(nb));
      expect(e).toBeGreaterThan(0.97 * evpi(nb));
    }
  });

  it('eigenschap: 0 ≤ EVPPI ≤ EVPI, per invoer en per groep', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (D, n, seed, gewicht) => {
          const z = normalen(n * (D + 2), seed);
          const x1 = Float64Array.from({ length: n }, (_, j) => Math.round(z[j]! * 4) / 4); // with ties
          const x2 = Float64Array.from({ length: n }, (_, j) => z[n + j]!);
          const nb = Array.from({ length: D }, (_, d) => Float64Array.from({ length: n }, (_, j) => gewicht[d % 3]! * d * x1[j]! + x2[j]! * (d - 1) + z[(2 + d) * n + j]!));
          const e = evpi(nb);
          expect(e).toBeGreaterThanOrEqual(0);
          for (const v of [evppiInvoer(nb, x1), evppiInvoer(nb, x2), evppiGroep(nb, [x1, x2]), evppiGroep(nb, [x2])]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(e + 1e-9 * Math.max(1, e));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('EVPI = 0 als één werkwijze in elke trekking de beste is', () => {
    const z = normalen(5000, 3);
    const a = Float64Array.from(z, (v) => 1000 + 100 * v);
    const b = Float64Array.from(a, (v, j) => v - 1 - Math.abs(z[(j + 1) % 5000]!) * 50);
    expect(evpi([a, b])).toBe(0);
    expect(evppiInvoer([a, b], z)).toBe(0);
    expect(evppiGroep([a, b], [z])).toBe(0);
  });

  it('een invoer zonder bereik (laag = hoog) heeft EVPPI 0; in Den Haag ook via de echte Monte Carlo', () => {
    const s = laadDenHaag();
    const sleutel = 'parameters.welfareExit.monthsEarlier';
    const inst = OnzekerheidSchema.parse({ bereiken: { [sleutel]: { laag: 4, hoog: 4 } }, montecarlo: { trekkingen: 2000, seed: 9 } });
    const mc = maakMonteCarlo({ ...s, onzekerheid: inst }, inst, { bewaarInvoer: true });
    mc.stap(2000);
    const t = mc.trekkingen();
    const w = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!);
    expect(w.perInvoer.find((x) => x.sleutel === sleutel)!.evppi).toBe(0);
    expect(w.evpi).toBeGreaterThan(0);
    for (const x of [...w.perInvoer, ...w.perGroep]) expect(x.evppi).toBeLessThanOrEqual(w.evpi);
    // Without an inflow per year there is no amount per year.
    expect(w.evpiPerJaar).toBeNull();
    const perJaar = waardeVanInformatie({ ...s, instellingen: { ...s.instellingen, instroomPerJaar: 1000 } }, t.invoer, t.saldi, t.invoerTrekkingen!);
    expect(perJaar.evpiPerJaar).toBeCloseTo(w.evpi * 1000, 6);
  });
});

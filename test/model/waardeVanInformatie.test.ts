import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { uniformeBron } from '../../src/model/onzekerheid/toeval';
import { evpi, evppiGroep, evppiInvoer, groepen, meestWaardevolleMeting, volgordeOp, waardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { UITKOMSTEN } from '../../src/model/begrippen';
import { OnzekerheidSchema, standaardOnzekerheid } from '../../src/model/scenario/onzekerheidSchema';
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

  describe('de opnieuw getrokken uitkomsten als groep (uitkomsten.<id>, uitkomsten)', () => {
    it('Den Haag met de standaard (10.000 trekkingen, seed 20200601, hertrekken automatisch): de uitkomsten verklaren het grootste deel van de EVPI', () => {
      const s = laadDenHaag();
      expect(s.onzekerheid).toEqual(standaardOnzekerheid());
      const mc = maakMonteCarlo(s, s.onzekerheid, { bewaarInvoer: true });
      mc.stap(mc.totaal);
      const t = mc.trekkingen();
      const w = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen);
      expect(w.trekkingen).toBe(10_000);
      expect(w.uitkomstenHertrokken).toBe(true);
      // Measured at this seed (before the chunked substreams): EVPI € 188,36; outcomes of the Klantreis € 81,45, of the
      // reguliere werkwijze € 44,02, of both € 130,75 (69,4%); before, the largest input or group was € 35,09 (18,6%).
      // The bounds below leave room for another random stream; the seed fixes the numbers of a stream exactly.
      expect(w.evpi).toBeGreaterThan(150);
      // The existing groups keep their keys, order and numbers; the outcome groups come after them.
      expect(w.perGroep.map((g) => g.sleutel)).toEqual(['kosten', 'parameters', 'werkwijzen.regulier', 'werkwijzen.klantreis', 'uitkomsten.regulier', 'uitkomsten.klantreis', 'uitkomsten']);
      const zonder = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!);
      expect(w.perGroep.slice(0, 4)).toEqual(zonder.perGroep);
      expect(w.perInvoer).toEqual(zonder.perInvoer);
      const evppi = Object.fromEntries(w.perGroep.map((g) => [g.sleutel, g.evppi]));
      for (const g of w.perGroep) {
        expect(g.evppi).toBeGreaterThanOrEqual(0);
        expect(g.evppi).toBeLessThanOrEqual(w.evpi);
      }
      const eerder = Math.max(...zonder.perGroep.map((g) => g.evppi), ...zonder.perInvoer.map((x) => x.evppi));
      expect(eerder / w.evpi).toBeLessThan(0.25);
      expect(evppi.uitkomsten! / w.evpi).toBeGreaterThan(0.6);
      expect(evppi['uitkomsten.klantreis']! / w.evpi).toBeGreaterThan(0.35);
      expect(evppi['uitkomsten.regulier']!).toBeGreaterThan(w.perInvoer[0]!.evppi);
      // Together at least as much as the larger of the two on its own.
      expect(evppi.uitkomsten!).toBeGreaterThan(evppi['uitkomsten.klantreis']!);
      // The one thing worth measuring: the Klantreis's outcomes, ahead of any single input.
      const top = meestWaardevolleMeting(w)!;
      expect(top.sleutel).toBe('uitkomsten.klantreis');
      expect(top.inZin.nl).toBe('de uitkomsten van Klantreis Financiële Hulpverlening in meer dossiers');
      expect(top.evppi).toBeGreaterThan(w.perInvoer[0]!.evppi);
    });

    it('de bewaarde tellingen zijn die de kern rekende: gehele aantallen die optellen tot het cohort, dezelfde met en zonder kern', () => {
      const s = laadDenHaag();
      const inst = OnzekerheidSchema.parse({ montecarlo: { trekkingen: 700, seed: 5, uitkomstenHertrekken: true } });
      const a = maakMonteCarlo(s, inst, { bewaarInvoer: true });
      const b = maakMonteCarlo(s, inst, { bewaarInvoer: true, zonderKern: true });
      a.stap(300);
      a.stap(400);
      b.stap(700);
      const ta = a.trekkingen().uitkomstTrekkingen!;
      const tb = b.trekkingen().uitkomstTrekkingen!;
      expect(ta).toHaveLength(s.werkwijzen.length * UITKOMSTEN.length);
      ta.forEach((x, q) => expect(Array.from(x)).toEqual(Array.from(tb[q]!)));
      s.werkwijzen.forEach((w, i) => {
        for (let j = 0; j < 700; j++) {
          let som = 0;
          for (let u = 0; u < UITKOMSTEN.length; u++) {
            const n = ta[i * UITKOMSTEN.length + u]![j]!;
            expect(Number.isInteger(n) && n >= 0).toBe(true);
            som += n;
          }
          expect(som).toBe(w.cohort);
        }
        // They do vary: the redraw is in them.
        expect(new Set(ta[i * UITKOMSTEN.length]!).size).toBeGreaterThan(3);
      });
    });

    it('zonder hertrekken liggen de uitkomsten vast: geen uitkomstengroep, en als vaste tellingen meegegeven EVPPI 0', () => {
      const s = laadDenHaag();
      const inst = OnzekerheidSchema.parse({ montecarlo: { trekkingen: 2000, seed: 9, uitkomstenHertrekken: false } });
      const mc = maakMonteCarlo(s, inst, { bewaarInvoer: true });
      mc.stap(mc.totaal);
      const t = mc.trekkingen();
      expect(t.uitkomstTrekkingen).toBeNull();
      const w = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen);
      expect(w.uitkomstenHertrokken).toBe(false);
      expect(w.perGroep.map((g) => g.sleutel)).toEqual(['kosten', 'parameters', 'werkwijzen.regulier', 'werkwijzen.klantreis']);
      expect(w.evpi).toBeGreaterThan(0);
      // The counts the run used, as draws that never vary: their groups are worth exactly 0.
      const vast = s.werkwijzen.flatMap((x) => UITKOMSTEN.map((u) => new Float64Array(2000).fill(x.uitkomsten[u])));
      const metVast = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, vast);
      expect(metVast.perGroep.slice(4).map((g) => [g.sleutel, g.evppi])).toEqual([
        ['uitkomsten.regulier', 0],
        ['uitkomsten.klantreis', 0],
        ['uitkomsten', 0],
      ]);
    });

    it('eigenschap: de EVPPI van de uitkomsten is nooit groter dan de EVPI, bij elke seed en elk aantal trekkingen', () => {
      const s = laadDenHaag();
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 400 }), (seed, n) => {
          const inst = OnzekerheidSchema.parse({ montecarlo: { trekkingen: n, seed, uitkomstenHertrekken: true } });
          const mc = maakMonteCarlo(s, inst, { bewaarInvoer: true });
          mc.stap(n);
          const t = mc.trekkingen();
          const w = waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen);
          for (const g of w.perGroep) {
            expect(g.evppi).toBeGreaterThanOrEqual(0);
            expect(g.evppi).toBeLessThanOrEqual(w.evpi);
          }
        }),
        { numRuns: 15 },
      );
    });
  });
});

describe('defect 8: de groep per werkwijze zegt wat hij bevat', () => {
  it('werkwijzen.<id> heet "kosten en samenstelling van X (zonder uitkomsten)": de opnieuw getrokken uitkomsten zijn de groep uitkomsten.<id>', () => {
    const s = laadDenHaag();
    const invoer = onzekereInvoer(s, s.onzekerheid);
    const g = groepen(s, invoer).find((x) => x.sleutel === 'werkwijzen.klantreis')!;
    expect(g.label).toEqual({
      nl: 'kosten en samenstelling van Klantreis Financiële Hulpverlening (zonder uitkomsten)',
      en: 'costs and client mix of Klantreis Financiële Hulpverlening (without outcomes)',
    });
    // It holds exactly the pathway's costs and shares, nothing of its outcomes.
    expect(g.leden.map((k) => invoer[k]!.sleutel.replace('werkwijzen.klantreis.', ''))).toEqual([
      'samenstelling.aandeelPW',
      'samenstelling.aandeelWerkend',
      'kosten.preparation.bedrag',
      'kosten.settlementPhase.bedrag',
      'kosten.debtArrangement.bedrag',
    ]);
    // The result carries the label and the in-sentence form (for "het meten van …").
    const kort = { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: 200 } } };
    const mc = maakMonteCarlo(kort, kort.onzekerheid, { bewaarInvoer: true });
    mc.stap(mc.totaal);
    const t = mc.trekkingen();
    const w = waardeVanInformatie(kort, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen);
    const r = w.perGroep.find((x) => x.sleutel === 'werkwijzen.regulier')!;
    expect(r.label.nl).toBe('kosten en samenstelling van Reguliere werkwijze (FIG-route) (zonder uitkomsten)');
    expect(r.inZin.nl).toBe('de kosten en de samenstelling van Reguliere werkwijze (FIG-route) (zonder de uitkomsten)');
    expect(w.perGroep.map((x) => x.label.nl).filter((l) => l.startsWith('alle invoer'))).toEqual([]);
  });
});

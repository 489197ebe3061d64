import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UITKOMSTEN } from '../../src/model/begrippen';
import { bronnen, hertrekUitkomsten, maakMonteCarlo, monteCarlo, NietEindigeTrekkingFout, vat } from '../../src/model/onzekerheid/montecarlo';
import { OnzekerheidSchema } from '../../src/model/scenario/onzekerheidSchema';
import type { Scenario } from '../../src/model';
import { laadDenHaag } from '../helpers/scenario';
import { denHaagData, valideer } from '../helpers/uitvoer';

/** Issue 10.1: "Uitkomsten opnieuw trekken" gave NaN draws once the remaining count was 0 (stdlib's binomial(0, p) is NaN). */

/** The Den Haag scenario with the Klantreis at cohort N and the given outcome split, outcomes redrawn. */
function klantreisMet(uitkomsten: readonly number[], trekkingen = 200, seed = 1): Scenario {
  const d = denHaagData();
  const w = d.werkwijzen[1];
  w.cohort = uitkomsten.reduce((a, b) => a + b, 0);
  UITKOMSTEN.forEach((u, i) => (w.uitkomsten[u] = uitkomsten[i]));
  // Counts that must fit in the cohort; who got a solution or is still in the settlement phase started it.
  w.kosten.settlementPhase.aantal = w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase;
  for (const v of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[v].aantal = 0;
  d.onzekerheid.montecarlo = { trekkingen, seed, uitkomstenHertrekken: true };
  return valideer(d);
}

const mc = (s: Scenario) => monteCarlo(s, s.onzekerheid);

function alleEindig(r: ReturnType<typeof monteCarlo>) {
  for (const x of [...Object.values(r.saldoPerKlant), ...Object.values(r.verschil)]) {
    for (const v of [x.gemiddelde, x.p5, x.p95, x.kansPositief]) expect(Number.isFinite(v)).toBe(true);
    expect(x.histogram.reduce((a, b) => a + b.aantal, 0)).toBe(r.trekkingen);
    expect(x.histogram.every((b) => Number.isFinite(b.van) && Number.isFinite(b.tot))).toBe(true);
  }
}

describe('Monte Carlo met uitkomsten opnieuw trekken', () => {
  it('de melding: Klantreis cohort 6 met uitkomsten 4/2/0/0 geeft eindige gemiddelden, p5, p95 en kansen', () => {
    const r = mc(klantreisMet([4, 2, 0, 0], 2000, 7));
    alleEindig(r);
    // More than one histogram bar: the draws really vary.
    expect(r.saldoPerKlant.klantreis!.histogram.filter((b) => b.aantal > 0).length).toBeGreaterThan(1);
  });
  it('een cohort van 1 ook', () => {
    alleEindig(mc(klantreisMet([1, 0, 0, 0], 500, 3)));
    alleEindig(mc(klantreisMet([0, 0, 0, 1], 500, 3)));
  });

  it('elk cohort van 1 tot 30 en elke verdeling over de vier uitkomsten: eindige, gehele aantallen die optellen tot N', () => {
    const basis = klantreisMet([1, 0, 0, 0]);
    const r = bronnen(20261205);
    let verdelingen = 0;
    for (let N = 1; N <= 30; N++) {
      for (let a = 0; a <= N; a++) {
        for (let b = 0; a + b <= N; b++) {
          for (let c = 0; a + b + c <= N; c++) {
            const u = { oplossing: a, gestabiliseerd: b, geenOplossing: c, inSchuldregelfase: N - a - b - c };
            const s = { ...basis, werkwijzen: basis.werkwijzen.map((w) => ({ ...w, cohort: N, uitkomsten: u })) };
            for (let herhaling = 0; herhaling < 3; herhaling++) {
              for (const w of hertrekUitkomsten(s, r).werkwijzen) {
                const n = UITKOMSTEN.map((x) => w.uitkomsten[x]);
                if (!n.every((x) => Number.isInteger(x) && x >= 0) || n.reduce((x, y) => x + y, 0) !== N) {
                  throw new Error(`cohort ${N}, ${a}/${b}/${c}/${N - a - b - c}: hertrokken ${n.join('/')}`);
                }
              }
            }
            verdelingen++;
          }
        }
      }
    }
    expect(verdelingen).toBe(46375); // every split of 1..30 into four counts: C(34, 4) − 1
  });

  it('eigenschap: elk cohort 1–30, elke verdeling en seed geeft een eindige Monte Carlo', () => {
    const verdeling = fc
      .integer({ min: 1, max: 30 })
      .chain((N) => fc.tuple(fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N })).map((t) => [N, ...t.sort((x, y) => x - y)] as const))
      .map(([N, x, y, z]) => [x, y - x, z - y, N - z]);
    fc.assert(
      fc.property(verdeling, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (u, seed) => {
        alleEindig(mc(klantreisMet(u, 25, seed)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('hertrokken uitkomsten blijven op de rekenkern', () => {
  it('Den Haag: geen trekking valt terug op de float-engine, een handvol opnames per werkwijze', () => {
    // Largest-remainder rounding of the redrawn count in the settlement phase once made every count its own
    // tape (the count left the recording as a plain number): past 32 tapes ~30% of the draws went to snel.ts.
    const s = laadDenHaag();
    const mc = maakMonteCarlo(s, OnzekerheidSchema.parse({ montecarlo: { trekkingen: 4000, seed: 11, uitkomstenHertrekken: true } }));
    mc.stap(4000);
    const st = mc.kernStatistiek()!;
    expect(st.terugval).toBe(0);
    for (const n of st.banden) expect(n).toBeLessThanOrEqual(8);
  });
});

describe('een samenvatting weigert niet-eindige trekkingen', () => {
  it.each([NaN, Infinity, -Infinity])('%s wordt niet als "niet positief" geteld maar geeft een duidelijke fout', (x) => {
    const waarden = Float64Array.from([100, x, -50, x]);
    expect(() => vat(waarden, 30, 'het saldo per klant van "Klantreis"')).toThrow(NietEindigeTrekkingFout);
    expect(() => vat(waarden, 30, 'het saldo per klant van "Klantreis"')).toThrow(
      'interne fout: 2 van de 4 trekkingen voor het saldo per klant van "Klantreis" zijn geen eindig getal',
    );
  });
  it('eindige trekkingen worden gewoon samengevat', () => {
    const v = vat(Float64Array.from([100, -50, 10, 0]));
    expect(v.gemiddelde).toBe(15);
    expect(v.kansPositief).toBe(0.5);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAAT_FORMULES, BATEN, Decimal, berekenScenario, grootsteRest, wijsToe, type ParameterId } from '../../src/model';
import { scenarioArb } from '../helpers/arbitraries';

const KLEIN = new Decimal('1e-20');
const gelijk = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(KLEIN.times(Decimal.max(1, a.abs(), b.abs())));

describe('eigenschappen die voor elk geldig scenario gelden', () => {
  it('elke baat schaalt lineair met het aantal klanten in aanmerking E', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1000 }), (s, e, k) => {
        const w = s.werkwijzen[0]!;
        const ctx = {
          E: new Decimal(e),
          aandeelPW: new Decimal(w.samenstelling.aandeelPW),
          aandeelWerkend: new Decimal(w.samenstelling.aandeelWerkend),
          p: (id: ParameterId) => new Decimal(s.parameters[id]),
          afronden: s.instellingen.eenheidsbedragenAfronden,
        };
        for (const id of BATEN) {
          const een = BAAT_FORMULES[id].bereken(ctx).bedrag;
          const kmaal = BAAT_FORMULES[id].bereken({ ...ctx, E: ctx.E.times(k) }).bedrag;
          expect(gelijk(kmaal, een.times(k))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('omrekenen naar het referentiecohort en dan delen per klant geeft de eigen waarde per klant', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = berekenScenario(s);
        for (const w of r.werkwijzen) {
          const bedragen = [w.kosten.totaal, w.baten.totaal, w.saldo, ...Object.values(w.kosten.posten), ...Object.values(w.baten.posten)];
          for (const b of bedragen) {
            expect(gelijk(b.totaal.div(r.referentieCohort), b.bruto.div(w.cohort))).toBe(true);
            expect(gelijk(b.perKlant, b.bruto.div(w.cohort))).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('de stakeholderaandelen tellen op tot de totale baten, en de componenten tot elke baat', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const w of berekenScenario(s).werkwijzen) {
          const som = Object.values(w.stakeholders).reduce((a, b) => a.plus(b), new Decimal(0));
          expect(gelijk(som, w.baten.totaal.totaal)).toBe(true);
          for (const id of BATEN) {
            const b = w.baten.posten[id];
            const delen = Object.values(b.componenten).reduce((a, x) => a.plus(x!), new Decimal(0));
            expect(gelijk(delen, b.bedrag)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('de toedeling in hele klanten telt op tot het aantal in de fase schulden regelen', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const t = wijsToe(n, new Decimal(p), 'heleKlanten');
        expect(t.naarOplossing.plus(t.naarGeenOplossing).toNumber()).toBe(n);
        expect(t.naarOplossing.isInteger() && t.naarGeenOplossing.isInteger()).toBe(true);
        // Largest remainder never moves a part more than one away from its exact quota.
        expect(t.naarOplossing.minus(new Decimal(p).times(n)).abs().toNumber()).toBeLessThan(1);
      }),
    );
  });

  it('de grootste-restmethode verdeelt elk geheel over willekeurige aandelen zonder rest', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }), (n, gewichten) => {
        const som = gewichten.reduce((a, b) => a + b, 0);
        const delen = grootsteRest(n, gewichten.map((g) => new Decimal(g).div(som)));
        expect(delen.reduce((a, b) => a + b, 0)).toBe(n);
        expect(delen.every((d) => d >= 0 && Number.isInteger(d))).toBe(true);
      }),
    );
  });

  it('geen NaN of oneindig in enig resultaat; de verhouding is null alleen bij nul kosten', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const w of berekenScenario(s).werkwijzen) {
          for (const x of [w.kosten.totaal.totaal, w.baten.totaal.totaal, w.saldo.perKlant, ...Object.values(w.stakeholders)]) {
            expect(x.isFinite()).toBe(true);
          }
          expect(w.batenKostenVerhouding === null).toBe(w.kosten.totaal.bruto.isZero());
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('toedeling', () => {
  it('het rapport: 8 → 7 + 1 en 5 → 4 + 1; verwachte waarden 6,8 + 1,2', () => {
    expect(grootsteRest(8, [new Decimal(0.85), new Decimal(0.15)])).toEqual([7, 1]);
    expect(grootsteRest(5, [new Decimal(0.85), new Decimal(0.15)])).toEqual([4, 1]);
    const t = wijsToe(8, new Decimal(0.85), 'verwachteWaarden');
    expect(t.naarOplossing.toNumber()).toBe(6.8);
    expect(t.naarGeenOplossing.toNumber()).toBe(1.2);
  });
  it('bij een gelijke rest gaat de klant naar de eerste uitkomst (oplossing)', () => {
    expect(grootsteRest(1, [new Decimal(0.5), new Decimal(0.5)])).toEqual([1, 0]);
  });
});

describe('normalisatie houdt hele bedragen heel', async () => {
  const { normaliseer } = await import('../../src/model/engine');
  const { wholeEuros } = await import('../../src/model/decimal');
  it('€ 5,50 bij cohort = referentie blijft € 5,50 en rondt af naar € 6 (niet € 5)', () => {
    expect(wholeEuros(normaliseer(new Decimal('5.5'), 23, 23).totaal).toNumber()).toBe(6);
    expect(normaliseer(new Decimal(2352), 23, 23).totaal.toString()).toBe('2352');
  });
  it('een bedrag in centen, omgerekend naar een veelvoud van het cohort, blijft exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 20 }), (centen, n, k) => {
        const bruto = new Decimal(centen).div(100);
        expect(normaliseer(bruto, n, n * k).totaal.eq(bruto.times(k))).toBe(true);
      }),
    );
  });
});

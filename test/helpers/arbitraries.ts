import fc from 'fast-check';
import { BATEN, PARAMETERS, valideerScenario, type Scenario } from '../../src/model';
import { laadDenHaag } from './scenario';

const denHaag = laadDenHaag();

const aandeel = fc.double({ min: 0, max: 1, noNaN: true });

/** Four outcome counts and a cohort they add up to (at least 1). */
const uitkomsten = fc
  .tuple(fc.nat(2000), fc.nat(2000), fc.nat(2000), fc.nat(2000))
  .filter(([a, b, c, d]) => a + b + c + d >= 1)
  .map(([oplossing, gestabiliseerd, geenOplossing, inSchuldregelfase]) => ({
    cohort: oplossing + gestabiliseerd + geenOplossing + inSchuldregelfase,
    uitkomsten: { oplossing, gestabiliseerd, geenOplossing, inSchuldregelfase },
  }));

const bedrag = fc.integer({ min: 0, max: 100_000 });

const werkwijze = (id: string, nul: boolean) =>
  fc
    .record({
      u: uitkomsten,
      aandeelPW: aandeel,
      aandeelWerkend: aandeel,
      kosten: fc.tuple(bedrag, bedrag, bedrag, bedrag, bedrag, bedrag),
      aantallen: fc.tuple(aandeel, aandeel, aandeel, aandeel, aandeel),
      oplossingen: fc.boolean(),
    })
    .map(({ u, aandeelPW, aandeelWerkend, kosten, aantallen, oplossingen }) => {
      const N = u.cohort;
      const deel = (x: number) => Math.floor(x * N);
      const gestart = u.uitkomsten.oplossing + u.uitkomsten.inSchuldregelfase;
      // Budget variants share the cohort so that their sum never exceeds it.
      const basis = deel(aantallen[2]! / 3);
      const plus = deel(aantallen[3]! / 3);
      const totaal = deel(aantallen[4]! / 3);
      return {
        id,
        naam: id,
        nulalternatief: nul,
        cohort: N,
        uitkomsten: u.uitkomsten,
        samenstelling: { aandeelPW, aandeelWerkend },
        kosten: {
          preparation: { bedrag: kosten[0] },
          // Who got a solution or is still in the settlement phase started it; of the rest, a share.
          settlementPhase: { bedrag: kosten[1], aantal: gestart + Math.floor(aantallen[0]! * (N - gestart)) },
          debtArrangement: { bedrag: kosten[2], aantal: oplossingen ? ('oplossingen' as const) : deel(aantallen[1]!) },
          budgetManagement: {
            basis: { bedrag: kosten[3], aantal: basis },
            plus: { bedrag: kosten[4], aantal: plus },
            totaal: { bedrag: kosten[5], aantal: totaal },
          },
        },
      };
    });

const parameters = fc.record(
  Object.fromEntries(
    PARAMETERS.map((p) => [p.id, p.eenheid === 'aandeel' ? aandeel : p.eenheid === 'maanden' ? fc.integer({ min: 0, max: 60 }) : fc.integer({ min: 0, max: 200_000 })]),
  ),
);

/** Any valid scenario with 2–4 pathways; validated by the real schema. */
export const scenarioArb: fc.Arbitrary<Scenario> = scenarioArbMet(2);

/** Any valid scenario with 2 to 2 + extra pathways (at most 8). */
export function scenarioArbMet(extra: number): fc.Arbitrary<Scenario> {
  return fc
  .record({
    ww: fc.tuple(werkwijze('nul', true), werkwijze('project', false), fc.array(fc.nat(), { maxLength: extra })),
    parameters,
    toedeling: fc.constantFrom('heleKlanten' as const, 'verwachteWaarden' as const),
    afronden: fc.boolean(),
    ref: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
  })
  .chain(({ ww, parameters, toedeling, afronden, ref }) =>
    fc.tuple(...ww[2].map((_, i) => werkwijze(`extra-${i}`, false))).map((extra) => {
      const data = {
        schemaVersion: 1,
        titel: 'gegenereerd',
        instellingen: { toedeling, eenheidsbedragenAfronden: afronden, referentieCohort: ref },
        parameters,
        verdeling: denHaag.verdeling,
        werkwijzen: [ww[0], ww[1], ...extra],
      };
      const v = valideerScenario(data);
      if (!v.ok) throw new Error('generator maakte een ongeldig scenario: ' + JSON.stringify(v.fouten));
      return v.scenario;
    }),
  );
}

/**
 * A share 0–1 in steps of 0,01%: spread over the whole range (a double share is mostly 0, 1 or
 * denormal-small), with 0 and 1 still among the values.
 */
const aandeelInStappen = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000);

/**
 * Gross → net shares (scenario key brutoNetto) for any subset of the benefits, each share 0–1 and any
 * subset of the three set: what the schema (brutoNettoSchema.ts) accepts.
 */
export const brutoNettoArb = fc.record(
  Object.fromEntries(
    BATEN.map((b) => [b, fc.record({ deadweight: aandeelInStappen, attributie: aandeelInStappen, verdringing: aandeelInStappen }, { requiredKeys: [] })]),
  ),
  { requiredKeys: [] },
);

/** An optimism bias (instellingen.optimismeBias): a share 0–1. */
export const optimismeBiasArb = aandeelInStappen;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UITKOMSTEN } from '../../src/model/begrippen';
import type { Telling } from '../../src/model/dossiers/importeer';
import { pasTellingToe } from '../../src/model/dossiers/toepassen';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { monteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { betaMomenten, posteriorUitkomsten, PRIOR_ALFA } from '../../src/model/onzekerheid/posterior';
import type { Scenario } from '../../src/model/scenario/schema';
import { valideerScenario } from '../../src/model/scenario/valideer';
import { DEN_HAAG } from '../../src/store/voorbeelden';

const aantallenArb = fc.record(Object.fromEntries(UITKOMSTEN.map((u) => [u, fc.integer({ min: 0, max: 60 })])) as Record<(typeof UITKOMSTEN)[number], fc.Arbitrary<number>>).filter((x) => Object.values(x).some((k) => k > 0));

describe('dossier posterior (issue 12 item 5)', () => {
  it('prior uniform Dirichlet(1,1,1,1); Den Haag Klantreis 3/7/8/5 of 23 → Beta(k + 1, 23 − k + 3)', () => {
    expect(PRIOR_ALFA).toBe(1);
    const kr = DEN_HAAG.werkwijzen.find((w) => w.id === 'klantreis')!;
    const p = posteriorUitkomsten(kr.uitkomsten);
    expect(p.map((x) => x.k)).toEqual([3, 7, 8, 5]);
    // Prior share of one outcome: Beta(1, 3), mean 25%; 5th and 95th percentile 1 − 0,95^(1/3) and 1 − 0,05^(1/3).
    expect(p[0]!.prior).toMatchObject({ a: 1, b: 3, gemiddelde: 0.25 });
    expect(p[0]!.prior.p5).toBeCloseTo(1 - 0.95 ** (1 / 3), 2);
    expect(p[0]!.prior.p95).toBeCloseTo(1 - 0.05 ** (1 / 3), 2);
    expect(p.map((x) => [x.posterior.a, x.posterior.b])).toEqual([[4, 23], [8, 19], [9, 18], [6, 21]]);
    expect(p[2]!.posterior.gemiddelde).toBeCloseTo(9 / 27, 12);
    for (const x of p) {
      expect(x.posterior.p5).toBeLessThan(x.posterior.gemiddelde);
      expect(x.posterior.p95).toBeGreaterThan(x.posterior.gemiddelde);
      expect(x.posterior.p95 - x.posterior.p5).toBeLessThan(x.prior.p95 - x.prior.p5);
    }
  });

  it('property: the posterior of every share narrows as the dossiers grow (same proportions, ×2…×20)', () => {
    fc.assert(
      fc.property(aantallenArb, fc.integer({ min: 2, max: 20 }), (k, c) => {
        const meer = Object.fromEntries(UITKOMSTEN.map((u) => [u, k[u] * c])) as typeof k;
        const n = UITKOMSTEN.reduce((s, u) => s + k[u], 0);
        for (const u of UITKOMSTEN) {
          const a = betaMomenten(k[u] + PRIOR_ALFA, n - k[u] + 3 * PRIOR_ALFA).sd;
          const b = betaMomenten(meer[u] + PRIOR_ALFA, c * n - meer[u] + 3 * PRIOR_ALFA).sd;
          if (!(b < a)) return false;
        }
        return true;
      }),
    );
  });

  it('the Monte Carlo draws from it: the Klantreis range narrows with 4× and 16× the dossiers', () => {
    const schaal = (c: number): Scenario => {
      const s: Scenario = {
        ...DEN_HAAG,
        werkwijzen: DEN_HAAG.werkwijzen.map((w) => ({
          ...w,
          cohort: w.cohort * c,
          uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, w.uitkomsten[u] * c])) as typeof w.uitkomsten,
          kosten: {
            ...w.kosten,
            settlementPhase: { ...w.kosten.settlementPhase, aantal: w.kosten.settlementPhase.aantal * c },
            debtArrangement: { ...w.kosten.debtArrangement, aantal: typeof w.kosten.debtArrangement.aantal === 'number' ? w.kosten.debtArrangement.aantal * c : w.kosten.debtArrangement.aantal },
            budgetManagement: {
              basis: { ...w.kosten.budgetManagement.basis, aantal: w.kosten.budgetManagement.basis.aantal * c },
              plus: { ...w.kosten.budgetManagement.plus, aantal: w.kosten.budgetManagement.plus.aantal * c },
              totaal: { ...w.kosten.budgetManagement.totaal, aantal: w.kosten.budgetManagement.totaal.aantal * c },
            },
          },
        })),
        // Only the sample uncertainty varies: every other input fixed.
        onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 1500, seed: 3, uitkomstenHertrekken: true } },
      };
      const v = valideerScenario(s);
      if (!v.ok) throw new Error(JSON.stringify(v));
      return v.scenario;
    };
    const breedte = (c: number) => {
      const s = schaal(c);
      const vast = Object.fromEntries(onzekereInvoer(s).map((i) => [i.sleutel, 'vast' as const]));
      const r = monteCarlo(s, { ...s.onzekerheid, verdelingen: vast }).verschil.klantreis!;
      return r.p95 - r.p5;
    };
    const [een, vier, zestien] = [breedte(1), breedte(4), breedte(16)];
    expect(vier).toBeLessThan(een);
    expect(zestien).toBeLessThan(vier);
  }, 120_000);

  it('importing dossiers turns redraw on ("automatisch" → true), an explicit "off" stays off', () => {
    const kr = DEN_HAAG.werkwijzen.find((w) => w.id === 'klantreis')!;
    const telling: Telling = {
      werkwijze: 'klantreis',
      naam: 'Klantreis',
      herkend: true,
      klanttypen: null,
      cohort: 230,
      uitkomsten: Object.fromEntries(UITKOMSTEN.map((u) => [u, kr.uitkomsten[u] * 10])) as typeof kr.uitkomsten,
      inkomen: { PW: 100, werk: 40, anders: 90 },
      schuldregelfase: 90,
      budgetbeheer: { basis: 60, plus: 10, totaal: 40 },
    };
    const aan = pasTellingToe(DEN_HAAG, telling);
    expect(aan.ok && aan.scenario.onzekerheid.montecarlo.uitkomstenHertrekken).toBe(true);
    const uit: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { ...DEN_HAAG.onzekerheid.montecarlo, uitkomstenHertrekken: false } } };
    const blijft = pasTellingToe(uit, telling);
    expect(blijft.ok && blijft.scenario.onzekerheid.montecarlo.uitkomstenHertrekken).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { onzekereInvoer, zetAlles } from '../../src/model/onzekerheid/invoer';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { laadDenHaag } from '../helpers/scenario';

const BASIS = laadDenHaag();
const N = 1200;

function run(s: Scenario, hergebruikKern: boolean) {
  const inst = { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: N, seed: 11 } };
  const mc = maakMonteCarlo(s, inst, { hergebruikKern });
  mc.stap(mc.totaal);
  return { saldi: mc.trekkingen().saldi, hergebruikt: mc.kernHergebruikt };
}

const gelijk = (a: Record<string, Float64Array>, b: Record<string, Float64Array>) =>
  Object.keys(a).every((id) => a[id]!.every((x, j) => Object.is(x, b[id]![j])));

/** An edit as a user makes it: an uncertain input's value moved (kernel reused), or the model changed (cohort, a fixed value). */
type Wijziging = { soort: 'waarde'; k: number; f: number } | { soort: 'cohort'; d: number } | { soort: 'hertrekken'; aan: boolean };

function pasToe(s: Scenario, w: Wijziging): Scenario {
  if (w.soort === 'cohort') return { ...s, werkwijzen: s.werkwijzen.map((x, i) => (i === 1 ? { ...x, cohort: Math.max(10, x.cohort + w.d), uitkomsten: { ...x.uitkomsten, geenOplossing: x.uitkomsten.geenOplossing + w.d } } : x)) };
  if (w.soort === 'hertrekken') return { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, uitkomstenHertrekken: w.aan } } };
  const invoer = onzekereInvoer(s, s.onzekerheid);
  const i = invoer[w.k % invoer.length]!;
  const waarden = invoer.map((x) => x.basis);
  waarden[w.k % invoer.length] = Math.min(i.hoog, Math.max(i.laag, i.basis * w.f));
  return zetAlles(s, invoer, waarden);
}

describe('the live band reuses its kernel across edits of a value, with exactly the numbers of a new kernel', () => {
  it('any sequence of edits: every run equals a run with a kernel built for it, draw for draw', () => {
    const wijziging = fc.oneof(
      { weight: 6, arbitrary: fc.record({ soort: fc.constant('waarde' as const), k: fc.nat(200), f: fc.double({ min: 0.5, max: 1.5, noNaN: true }) }) },
      { weight: 1, arbitrary: fc.record({ soort: fc.constant('cohort' as const), d: fc.integer({ min: -3, max: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ soort: fc.constant('hertrekken' as const), aan: fc.boolean() }) },
    );
    fc.assert(
      fc.property(fc.array(wijziging, { minLength: 1, maxLength: 5 }), (reeks) => {
        let s = BASIS;
        run(s, true);
        for (const w of reeks) {
          s = pasToe(s, w);
          const met = run(s, true);
          const zonder = run(s, false);
          expect(gelijk(met.saldi, zonder.saldi)).toBe(true);
          if (w.soort === 'cohort' && w.d !== 0) expect(met.hergebruikt).toBe(false);
        }
      }),
      { numRuns: 12, seed: 20201 },
    );
  });

  it('an edit of a value reuses the kernel; a change of the model (a cohort) builds a new one', () => {
    const eerste = run(BASIS, true);
    const invoer = onzekereInvoer(BASIS, BASIS.onzekerheid);
    const k = invoer.findIndex((i) => i.laag < i.hoog);
    const waarden = invoer.map((x) => x.basis);
    waarden[k] = (invoer[k]!.laag + invoer[k]!.basis) / 2;
    const bewerkt = zetAlles(BASIS, invoer, waarden);
    const tweede = run(bewerkt, true);
    expect(tweede.hergebruikt).toBe(true);
    expect(gelijk(tweede.saldi, run(bewerkt, false).saldi)).toBe(true);
    expect(gelijk(tweede.saldi, eerste.saldi)).toBe(false);
    const anders = pasToe(bewerkt, { soort: 'cohort', d: 2 });
    expect(run(anders, true).hergebruikt).toBe(false);
  });
});

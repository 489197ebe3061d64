import { describe, expect, it } from 'vitest';
import { maakMonteCarlo, monteCarlo, resultaatVan, TREKKINGEN_PER_STROOM, verdeel, voegSamen, type DeelTrekkingen } from '../../src/model/onzekerheid/montecarlo';
import type { Scenario } from '../../src/model';
import { laadDenHaag } from '../helpers/scenario';

/** Whether two arrays hold the same bits (toEqual on 100.000 numbers takes seconds). */
function zelfdeBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

/**
 * Issue 12: a long run draws in streams of TREKKINGEN_PER_STROOM, so its parts can run on several threads.
 * Whatever the split, the parts give exactly the draws of one run.
 */
const P = TREKKINGEN_PER_STROOM;

function met(s: Scenario, trekkingen: number, hertrekken: boolean, seed = 20200601) {
  return { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen, seed, uitkomstenHertrekken: hertrekken } };
}

function inDelen(s: Scenario, inst: ReturnType<typeof met>, aantal: number, stap: number): DeelTrekkingen[] {
  // The parts in reverse order: the order they are computed in must not matter.
  return verdeel(inst.montecarlo.trekkingen, aantal)
    .reverse()
    .map((deel) => {
      const m = maakMonteCarlo(s, inst, { deel, bewaarInvoer: true });
      while (m.gedaan < m.totaal) m.stap(stap);
      const t = m.trekkingen();
      return { van: deel.van, saldi: t.saldi, invoerTrekkingen: t.invoerTrekkingen, uitkomstTrekkingen: t.uitkomstTrekkingen };
    });
}

describe('Monte Carlo in stromen (issue 12: delen op meerdere threads)', () => {
  it('verdeel: aaneengesloten delen van hele stromen die de run precies dekken', () => {
    expect(verdeel(10_000, 4)).toEqual([{ van: 0, tot: 10_000 }]);
    // 31 streams, the last one short: 15 whole streams and 15 plus the short one.
    expect(verdeel(1_000_000, 2)).toEqual([{ van: 0, tot: 15 * P }, { van: 15 * P, tot: 1_000_000 }]);
    for (const n of [1, P - 1, P, P + 1, 3 * P + 17, 1_000_000]) {
      for (const t of [1, 2, 3, 4, 8, 64]) {
        const d = verdeel(n, t);
        expect(d[0]!.van).toBe(0);
        expect(d.at(-1)!.tot).toBe(n);
        d.forEach((x, i) => {
          expect(x.van % P).toBe(0);
          expect(x.tot).toBeGreaterThan(x.van);
          if (i > 0) expect(x.van).toBe(d[i - 1]!.tot);
        });
        // As equal as whole streams allow.
        const stromen = d.map((x) => Math.ceil(x.tot / P) - x.van / P);
        expect(Math.max(...stromen) - Math.min(...stromen)).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([false, true])('Den Haag, 3 stromen en een staartje (hertrekken %s): 2 of 4 delen geven dezelfde trekkingen als één run', (hertrekken) => {
    const s = laadDenHaag();
    const n = 3 * P + 1234;
    const inst = met(s, n, hertrekken);
    const heel = maakMonteCarlo(s, inst, { bewaarInvoer: true });
    heel.stap(n);
    const ref = heel.trekkingen();
    for (const aantal of [2, 5]) {
      // An odd step size: blocks must not span two streams whatever the steps.
      const samen = voegSamen(n, inDelen(s, inst, aantal, 5000));
      for (const id of Object.keys(ref.saldi)) expect(zelfdeBits(samen.saldi[id]!, ref.saldi[id]!)).toBe(true);
      samen.invoerTrekkingen!.forEach((x, k) => expect(zelfdeBits(x, ref.invoerTrekkingen![k]!)).toBe(true));
      // The redrawn counts (for the value of information) too, when they are redrawn.
      expect(samen.uitkomstTrekkingen === null).toBe(!hertrekken);
      samen.uitkomstTrekkingen?.forEach((x, k) => expect(zelfdeBits(x, ref.uitkomstTrekkingen![k]!)).toBe(true));
    }
    expect(JSON.stringify(resultaatVan(s, inst, voegSamen(n, inDelen(s, inst, 2, n)).saldi))).toBe(JSON.stringify(heel.resultaat()));
  });

  it('elke stroom is een eigen stroom: stroom 1 herhaalt stroom 0 niet, en tot één stroom verandert er niets', () => {
    const s = laadDenHaag();
    const inst = met(s, 2 * P, false);
    const m = maakMonteCarlo(s, inst);
    m.stap(2 * P);
    const k = m.trekkingen().saldi.klantreis!;
    expect(zelfdeBits(k.subarray(P, P + 100), k.subarray(0, 100))).toBe(false);
    // The first stream is the run of P draws with the same seed, draw for draw.
    const kort = maakMonteCarlo(s, met(s, P, false));
    kort.stap(P);
    expect(zelfdeBits(kort.trekkingen().saldi.klantreis!, k.subarray(0, P))).toBe(true);
  });

  it('de float-engine wisselt van stroom op dezelfde trekking als de kern', () => {
    const s = laadDenHaag();
    const n = P + 60;
    const inst = met(s, n, false);
    const kern = maakMonteCarlo(s, inst);
    kern.stap(n);
    const zonder = maakMonteCarlo(s, inst, { zonderKern: true });
    zonder.stap(n);
    const a = kern.trekkingen().saldi.klantreis!;
    const b = zonder.trekkingen().saldi.klantreis!;
    expect(zelfdeBits(b.subarray(P - 60), a.subarray(P - 60))).toBe(true);
  }, 60_000);

  it('een deel dat niet aan het begin van een stroom begint, of buiten de run valt, is een interne fout', () => {
    const s = laadDenHaag();
    const inst = met(s, 2 * P, false);
    expect(() => maakMonteCarlo(s, inst, { deel: { van: 1, tot: P } })).toThrow(/interne fout/);
    expect(() => maakMonteCarlo(s, inst, { deel: { van: 0, tot: 2 * P + 1 } })).toThrow(/interne fout/);
    expect(() => voegSamen(2 * P, inDelen(s, inst, 2, P).slice(0, 1))).toThrow(/dekken/);
    expect(() => { const m = maakMonteCarlo(s, inst, { deel: { van: P, tot: 2 * P } }); m.stap(P); m.resultaat(); }).toThrow(/voeg de delen/);
  });

  it('een run van 10.000 trekkingen (de standaard) blijft één stroom: dezelfde uitkomst als monteCarlo()', () => {
    const s = laadDenHaag();
    const r = monteCarlo(s, s.onzekerheid);
    expect(r.trekkingen).toBe(10_000);
    expect(verdeel(r.trekkingen, 8)).toHaveLength(1);
  });
});

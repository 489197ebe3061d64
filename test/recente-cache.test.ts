import { describe, expect, it } from 'vitest';
import { RecenteCache } from '../src/store/recenteCache';
import { resultaatVan } from '../src/store/scenarioStore';
import { DEN_HAAG } from '../src/store/voorbeelden';

describe('RecenteCache: memo of derived results without holding the undo history', () => {
  it('keeps at most its number of entries, evicting the least recently used', () => {
    const c = new RecenteCache<object, number>(3);
    const [a, b, d, e] = [{}, {}, {}, {}];
    c.set(a, 1).set(b, 2).set(d, 3);
    expect(c.get(a)).toBe(1); // a is now the most recent
    c.set(e, 4);
    expect(c.grootte).toBe(3);
    expect(c.has(b)).toBe(false);
    expect([c.get(a), c.get(d), c.get(e)]).toEqual([1, 3, 4]);
  });

  it('the store computes the current scenario once, and forgets results of scenarios far back in the history', () => {
    const scenarios = Array.from({ length: 20 }, () => structuredClone(DEN_HAAG));
    const eerste = resultaatVan(scenarios[0]!);
    expect(resultaatVan(scenarios[0]!)).toBe(eerste);
    for (const s of scenarios.slice(1)) resultaatVan(s);
    const opnieuw = resultaatVan(scenarios[0]!);
    expect(opnieuw).not.toBe(eerste); // recomputed: no longer held
    expect(opnieuw.werkwijzen[1]!.saldo.perKlant.toNumber()).toBe(eerste.werkwijzen[1]!.saldo.perKlant.toNumber());
  });
});

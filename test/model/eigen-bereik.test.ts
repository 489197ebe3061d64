import { describe, expect, it } from 'vitest';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { laadDenHaag } from '../helpers/scenario';

const s = laadDenHaag();
const K = 'parameters.eviction.cost';

/**
 * A range of the scenario's own (onzekerheid.bereiken) that leaves out the scenario's value (review: € 6.000 – € 7.000
 * around € 5.865 was used as is, both tornado ends better than the point estimate): widened to the value, and saying so.
 */
describe('eigen bereik zonder de waarde uit het scenario', () => {
  const met = (b: { laag: number; hoog: number; bron?: string }) => ({ ...s.onzekerheid, bereiken: { ...s.onzekerheid.bereiken, [K]: b } });
  const basis = s.parameters['eviction.cost'];

  it('wordt verbreed tot die waarde, en de herkomst zegt dat', () => {
    const i = onzekereInvoer(s, met({ laag: basis + 135, hoog: basis + 1135 })).find((x) => x.sleutel === K)!;
    expect([i.laag, i.hoog]).toEqual([basis, basis + 1135]);
    expect('aanname' in i.herkomst && i.herkomst.aanname).toMatch(/eigen bereik uit het scenario.*Daarna bereik verbreed tot de eigen waarde uit het scenario\.$/);
    const b = onzekereInvoer(s, met({ laag: 0, hoog: 0, bron: 'eigen meting 2026' })).find((x) => x.sleutel === K)!;
    expect([b.laag, b.hoog]).toEqual([0, basis]);
    expect('bron' in b.herkomst && b.herkomst.bron).toBe('eigen meting 2026; bereik verbreed tot de eigen waarde uit het scenario');
    // The tornado's ends then lie on both sides of the point estimate.
    const r = gevoeligheid(s, met({ laag: basis + 135, hoog: basis + 1135 })).regels.find((x) => x.invoer.sleutel === K)!;
    expect(r.invoer.laag).toBe(basis);
  });

  it('een bereik dat de waarde bevat blijft zoals het is, met zijn eigen herkomst', () => {
    const i = onzekereInvoer(s, met({ laag: basis - 100, hoog: basis + 100, bron: 'eigen meting 2026' })).find((x) => x.sleutel === K)!;
    expect([i.laag, i.hoog]).toEqual([basis - 100, basis + 100]);
    expect(i.herkomst).toEqual({ bron: 'eigen meting 2026' });
  });
});

import { describe, expect, it } from 'vitest';
import { onzekereInvoer, parameterOnzekerheid } from '../../src/model/onzekerheid/invoer';
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

/**
 * An edited catalog value (tester5 #3): Kosten PW-uitkering per jaar = 15.000 showed "graad D" beside the default's
 * rationale ("± 30% volgens de bereikregel voor graad C") and the default's range € 9.800 – € 18.200.
 */
describe('gewijzigde waarde van een parameter uit de catalogus', () => {
  const bewerkt = (id: 'welfare.pwAnnualCost' | 'eviction.cost' | 'welfareExit.monthsEarlier', x: number) => ({ ...s, parameters: { ...s.parameters, [id]: x } });

  it('een bereik volgens de regel van de standaard wordt de regel voor graad D rond de eigen waarde, met die tekst en zonder de bron van de standaard', () => {
    const t = bewerkt('welfare.pwAnnualCost', 15000);
    const i = onzekereInvoer(t, t.onzekerheid).find((x) => x.sleutel === 'parameters.welfare.pwAnnualCost')!;
    expect(i.graad).toBe('D');
    expect([i.laag, i.hoog]).toEqual([7500, 22500]);
    expect(i.herkomst).toEqual({
      aanname: 'Aanname: een eigen waarde uit het scenario in plaats van de standaardwaarde, zonder eigen bron of bereik; daarom ± 50% volgens de bereikregel voor graad D (aanname).',
      aannameEn: "Assumption: the scenario's own value instead of the default, without a source or range of its own; hence ± 50% by the range rule for grade D (assumption).",
    });
    expect(parameterOnzekerheid(t, 'welfare.pwAnnualCost', t.onzekerheid)).toEqual({ laag: i.laag, hoog: i.hoog, graad: i.graad, herkomst: i.herkomst });
    // Kosten per huisuitzetting 9.000: ± 50% around it, not the default's range widened to it.
    const h = parameterOnzekerheid(bewerkt('eviction.cost', 9000), 'eviction.cost');
    expect([h.laag, h.hoog, h.graad]).toEqual([4500, 13500, 'D']);
    expect(JSON.stringify(h.herkomst)).not.toMatch(/graad C|verbreed|puntschatting/);
    // The default keeps its own grade, range and rationale.
    const std = onzekereInvoer(s, s.onzekerheid).find((x) => x.sleutel === 'parameters.welfare.pwAnnualCost')!;
    expect([std.graad, std.laag, std.hoog]).toEqual(['C', 9800, 18200]);
    expect('aanname' in std.herkomst && std.herkomst.aanname).toContain('graad C');
  });

  it('een eigen bereik van de gebruiker blijft, met zijn eigen bron; een gepubliceerd bereik (eigen bron) blijft met die bron', () => {
    const t = { ...bewerkt('welfare.pwAnnualCost', 15000), onzekerheid: { ...s.onzekerheid, bereiken: { ...s.onzekerheid.bereiken, 'parameters.welfare.pwAnnualCost': { laag: 12000, hoog: 16000, bron: 'eigen meting 2026' } } } };
    const i = parameterOnzekerheid(t, 'welfare.pwAnnualCost', t.onzekerheid);
    expect([i.laag, i.hoog]).toEqual([12000, 16000]);
    expect(i.herkomst).toEqual({ bron: 'eigen meting 2026' });
    const m = parameterOnzekerheid(bewerkt('welfareExit.monthsEarlier', 6), 'welfareExit.monthsEarlier');
    expect(m.graad).toBe('D');
    expect('bron' in m.herkomst).toBe(true);
  });
});

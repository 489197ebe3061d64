import { describe, expect, it } from 'vitest';
import { eigenWaarden, herkomsten, type Scenario } from '../../src/model';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { eigenWaardenRegels } from '../../src/ui/gedeeld/bronnen';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Den Haag with a deadweight on eviction, a displacement on welfare exit and a 10% optimism bias. */
function bewerkt(): Scenario {
  const s = structuredClone(DEN_HAAG);
  s.brutoNetto = { eviction: { deadweight: 0.2 }, welfareExit: { verdringing: 0.05 } };
  s.instellingen = { ...s.instellingen, optimismeBias: 0.1 };
  return s;
}

describe('eigen waarden: gross → net shares and optimism bias (issue 11) in the list of changed values', () => {
  it('listed with default 0 and its source only when edited; untouched shares stay off the list', () => {
    const velden = (s: Scenario) => eigenWaarden(s, VOORBEELDEN).map((h) => h.veld);
    expect(velden(DEN_HAAG)).toEqual([]);
    const s = bewerkt();
    const eigen = eigenWaarden(s, VOORBEELDEN);
    expect(eigen.map((h) => h.veld)).toEqual(['instellingen.optimismeBias', 'brutoNetto.welfareExit.verdringing', 'brutoNetto.eviction.deadweight']);
    for (const h of eigen) {
      expect(h).toMatchObject({ eigen: true, waarde: 0, eenheid: 'aandeel' });
    }
    expect(eigen[0]!.huidig).toBe(0.1);
    expect(eigen[0]!.bron).toBe('Regioplan 2020 rekent zonder opslag (0)');
    expect(eigen[2]!.huidig).toBe(0.2);
    expect(eigen[2]!.bron).toMatch(/^Regioplan 2020 rekent zonder deze aftrek \(0\)/);
    // herkomsten lists every share of every benefit (7 × 3) and the optimism bias, also untouched.
    const alle = herkomsten(DEN_HAAG, VOORBEELDEN).map((h) => h.veld);
    expect(alle.filter((v) => v.startsWith('brutoNetto.'))).toHaveLength(21);
    expect(alle).toContain('instellingen.optimismeBias');
  });

  it('print and CSV lines: bilingual label, value, "eigen waarde (standaard 0%, source)"', () => {
    const nl = eigenWaardenRegels(bewerkt(), 'nl').map((r) => `${r.label}: ${nbsp(r.tekst)}`);
    expect(nl).toHaveLength(3);
    expect(nl[0]).toMatch(/^Optimism bias: opslag op de kosten van de projectwerkwijzen: 10(,0+)?% — eigen waarde \(standaard 0(,0+)?%, Regioplan 2020 rekent zonder opslag \(0\)\)$/);
    expect(nl[1]).toMatch(/^Kortere uitkeringsduur \(PW\): verdringing: 5(,0+)?% — eigen waarde \(standaard 0(,0+)?%, Regioplan 2020 rekent zonder deze aftrek/);
    expect(nl[2]).toMatch(/^Voorkomen kosten van huisuitzetting: deadweight: 20(,0+)?% — eigen waarde \(standaard 0/);
    const en = eigenWaardenRegels(bewerkt(), 'en').map((r) => `${r.label}: ${nbsp(r.tekst)}`);
    expect(en[0]).toMatch(/^Optimism bias: uplift on the costs of the project pathways: 10(\.0+)?% — own value \(default 0(\.0+)?%, Regioplan 2020 uses no uplift \(0\)\)$/);
    expect(en[1]).toMatch(/^Shorter welfare \(PW\) spell: displacement: 5(\.0+)?% — own value \(default 0(\.0+)?%, Regioplan 2020 uses no such deduction/);
  });
});

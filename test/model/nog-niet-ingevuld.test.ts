import { describe, expect, it } from 'vitest';
import { berekenScenario, bestuurssamenvatting, nogNietIngevuld, nogNietIngevuldeIds, type Scenario } from '../../src/model';
import { voegToe } from '../../src/store/werkwijzen';
import { leegScenario } from '../../src/store/voorbeelden';
import { laadDenHaag } from '../helpers/scenario';

// tester9 #1: "+ Lege werkwijze toevoegen" made the empty placeholder (all costs € 0, all clients "geen
// oplossing") the board summary's winner: "Nieuwe werkwijze doet het het best … € 440 per klant beter".

const metLege = (s: Scenario): Scenario => {
  const r = voegToe(s);
  if (!r.ok) throw new Error(r.bericht);
  return r.scenario;
};
const zinnen = (s: Scenario, taal: 'nl' | 'en' = 'nl', band: Parameters<typeof bestuurssamenvatting>[3] = null) =>
  Object.fromEntries(bestuurssamenvatting(s, berekenScenario(s), taal, band)!.zinnen.map((z) => [z.soort, z.tekst.replace(/\u00a0/g, ' ')]));

describe('nogNietIngevuld: a pathway still as added', () => {
  const dh = laadDenHaag();
  it('is true for the added empty pathway and the empty scenario, false for Den Haag’s pathways', () => {
    const s = metLege(dh);
    expect(s.werkwijzen.map(nogNietIngevuld)).toEqual([false, false, true]);
    expect([...nogNietIngevuldeIds(s)]).toEqual([s.werkwijzen[2]!.id]);
    expect(leegScenario().werkwijzen.map(nogNietIngevuld)).toEqual([true, true]);
  });
  it('is false as soon as one cost or one counted outcome is entered', () => {
    const w = metLege(dh).werkwijzen[2]!;
    expect(nogNietIngevuld({ ...w, kosten: { ...w.kosten, preparation: { bedrag: 500 } } })).toBe(false);
    expect(nogNietIngevuld({ ...w, uitkomsten: { ...w.uitkomsten, oplossing: 1, geenOplossing: w.cohort - 1 } })).toBe(false);
    expect(nogNietIngevuld({ ...w, uitkomsten: { ...w.uitkomsten, inSchuldregelfase: 2, geenOplossing: w.cohort - 2 } })).toBe(false);
  });
});

describe('bestuurssamenvatting with an empty pathway added (tester9 #1)', () => {
  const dh = laadDenHaag();
  const s = metLege(dh);
  it('does not crown the placeholder: the Klantreis stays the subject, the placeholder is named as not filled in', () => {
    const z = zinnen(s);
    expect(z.maatschappij).toBe(
      'Klantreis Financiële Hulpverlening doet het het best voor de maatschappij: het saldo is € 231 per klant beter dan bij Reguliere werkwijze (FIG-route). Nog niet ingevuld (geen kosten en geen uitkomsten) en daarom niet meegeteld: Nieuwe werkwijze.',
    );
    expect(z.gemeente).toContain('Klantreis Financiële Hulpverlening € 342 per klant slechter');
    expect(zinnen(s, 'en').maatschappij).toContain('Not filled in yet (no costs and no outcomes) and therefore not counted: Nieuwe werkwijze.');
    expect(bestuurssamenvatting(s, berekenScenario(s), 'nl')!.project.id).toBe('klantreis');
  });
  it('marks the placeholder in the ranking by P(best)', () => {
    const ids = s.werkwijzen.map((w) => w.id);
    const band = {
      trekkingen: 10000,
      verschil: Object.fromEntries(ids.slice(1).map((id) => [id, { p5: -900, p95: 2000, gemiddelde: 300, kansPositief: 0.6 }])),
      rangorde: { kansBeste: { [ids[0]!]: 0.1, [ids[1]!]: 0.3, [ids[2]!]: 0.6 } },
    };
    expect(zinnen(s, 'nl', band).zekerheid).toContain('Nieuwe werkwijze (nog niet ingevuld) 60%');
  });
  it('with only placeholders as project pathways, says so before the comparison', () => {
    const alleenLeeg = { ...s, werkwijzen: [s.werkwijzen[0]!, s.werkwijzen[2]!] };
    expect(zinnen(alleenLeeg).maatschappij).toMatch(/^Nieuwe werkwijze is nog niet ingevuld \(geen kosten en geen uitkomsten\), dus deze vergelijking zegt nog niets\. Nieuwe werkwijze doet het beter/);
  });
  it('Den Haag as published is unchanged', () => {
    expect(zinnen(dh).maatschappij).toBe(
      'Klantreis Financiële Hulpverlening doet het beter voor de maatschappij: het saldo is € 231 per klant beter dan bij Reguliere werkwijze (FIG-route).',
    );
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { schrijfScenario, type Scenario } from '../src/model';
import { DEN_HAAG } from '../src/store/voorbeelden';
import { useScenarioStore, zetScenario, sluitBewerking, herstelBewerking, ongedaanMaken, opnieuw, resultaatVan } from '../src/store/scenarioStore';
import { useInvoerStatusStore } from '../src/store/invoerStatus';
import { AUTOSAVE_SLEUTEL, ONLEESBAAR_SLEUTEL, leesAutosave, schrijfAutosave, volgAutosave, type Opslag } from '../src/store/autosave';
import { useMeldingen } from '../src/store/meldingen';
import { gelijk } from '../src/store/gelijk';
import { NepOpslag } from './helpers/opslag';

function metVoorbereiding(s: Scenario, bedrag: number): Scenario {
  const c = structuredClone(s);
  c.werkwijzen[1]!.kosten.preparation.bedrag = bedrag;
  return c;
}


beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useMeldingen.setState({ meldingen: [] });
});

describe('scenario store: undo history', () => {
  it('records one undo step per change and redoes it', () => {
    const a = metVoorbereiding(DEN_HAAG, 1500);
    zetScenario(a);
    expect(useScenarioStore.getState().scenario).toBe(a);
    ongedaanMaken();
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    opnieuw();
    expect(useScenarioStore.getState().scenario).toBe(a);
  });

  it('merges live edits of one field into a single undo step until the edit is closed', () => {
    const stappen = [1, 15, 150, 1500].map((b) => metVoorbereiding(DEN_HAAG, b));
    for (const s of stappen) zetScenario(s, { bewerking: 'veld' });
    expect(useScenarioStore.getState().verleden).toEqual([DEN_HAAG]);
    sluitBewerking();
    const volgende = metVoorbereiding(DEN_HAAG, 1400);
    zetScenario(volgende, { bewerking: 'veld' }); // same field, new edit: a new step
    expect(useScenarioStore.getState().verleden).toHaveLength(2);
    ongedaanMaken();
    expect(useScenarioStore.getState().scenario).toBe(stappen[3]);
    ongedaanMaken();
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
  });

  it('drops the undo step of an edit that came back to its starting value, keeping the current object', () => {
    const tussen = metVoorbereiding(DEN_HAAG, 170);
    const terug = metVoorbereiding(DEN_HAAG, 1700);
    zetScenario(tussen, { bewerking: 'veld' });
    zetScenario(terug, { bewerking: 'veld' });
    sluitBewerking();
    expect(useScenarioStore.getState().verleden).toEqual([]);
    expect(useScenarioStore.getState().scenario).toBe(terug);
  });

  it('herstelBewerking (tester5 #1): invalid text takes the open edit back to its start, the edit stays one step', () => {
    zetScenario(metVoorbereiding(DEN_HAAG, 1), { bewerking: 'veld' });
    zetScenario(metVoorbereiding(DEN_HAAG, 12), { bewerking: 'veld' });
    expect(herstelBewerking('ander')).toBeNull(); // not the open edit: nothing taken back
    expect(useScenarioStore.getState().scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(12);
    expect(herstelBewerking('veld')).toBe(DEN_HAAG);
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    const goed = metVoorbereiding(DEN_HAAG, 1200);
    zetScenario(goed, { bewerking: 'veld' }); // typing on to a valid value continues the same edit
    expect(useScenarioStore.getState().verleden).toEqual([DEN_HAAG]);
    sluitBewerking();
    ongedaanMaken();
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    // Left invalid: the closed edit changed nothing, so it leaves no undo step.
    zetScenario(metVoorbereiding(DEN_HAAG, 12), { bewerking: 'veld' });
    herstelBewerking('veld');
    sluitBewerking();
    expect(useScenarioStore.getState().verleden).toEqual([]);
  });

  it('changes without history do not create an undo step', () => {
    zetScenario(metVoorbereiding(DEN_HAAG, 1), { geschiedenis: false });
    expect(useScenarioStore.getState().verleden).toEqual([]);
  });

  it('memoises results per scenario object', () => {
    expect(resultaatVan(DEN_HAAG)).toBe(resultaatVan(DEN_HAAG));
  });
});

describe('invoer status', () => {
  it('drops a draft when the scenario it belongs to is replaced', () => {
    useInvoerStatusStore.getState().zetFouten(2);
    useInvoerStatusStore.getState().bewaarConcept({ basis: DEN_HAAG, waarden: { x: 'abc' } });
    expect(useInvoerStatusStore.getState().ongeldig).toBe(true);
    zetScenario(metVoorbereiding(DEN_HAAG, 1500));
    expect(useInvoerStatusStore.getState()).toMatchObject({ ongeldig: false, aantalFouten: 0, concept: null });
  });
});

describe('autosave', () => {
  it('writes the scenario file text and reads it back', () => {
    const opslag = new NepOpslag();
    const s = metVoorbereiding(DEN_HAAG, 1500);
    expect(schrijfAutosave(opslag, s)).toEqual({ ok: true });
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(s));
    const l = leesAutosave(opslag);
    expect(l.soort).toBe('ok');
    if (l.soort === 'ok') expect(l.scenario).toEqual(s);
  });

  it('reports missing storage, an empty one, and moves unreadable data aside', () => {
    expect(leesAutosave(null)).toEqual({ soort: 'niet-beschikbaar' });
    const opslag = new NepOpslag();
    expect(leesAutosave(opslag)).toEqual({ soort: 'leeg' });
    opslag.setItem(AUTOSAVE_SLEUTEL, '{"schemaVersion": 1, "titel": ');
    const l = leesAutosave(opslag);
    expect(l.soort).toBe('onleesbaar');
    expect(opslag.getItem(ONLEESBAAR_SLEUTEL)).toBe('{"schemaVersion": 1, "titel": ');
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBeNull();
  });

  it('a throwing storage never throws to the caller', () => {
    const kapot: Opslag = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {},
    };
    expect(leesAutosave(kapot)).toEqual({ soort: 'niet-beschikbaar' });
    expect(schrijfAutosave(kapot, DEN_HAAG)).toEqual({ ok: false, vol: false });
  });

  it('saves on every change, shows one notice when the storage is full and clears it when saving works again', () => {
    const opslag = new NepOpslag();
    const stop = volgAutosave(opslag);
    const a = metVoorbereiding(DEN_HAAG, 1500);
    zetScenario(a);
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(a));
    opslag.vol = true;
    zetScenario(metVoorbereiding(DEN_HAAG, 1400));
    zetScenario(metVoorbereiding(DEN_HAAG, 1300));
    const meldingen = useMeldingen.getState().meldingen;
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0]!.titel).toContain('de browseropslag is vol');
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(a)); // the last good save is kept
    opslag.vol = false;
    const c = metVoorbereiding(DEN_HAAG, 1200);
    zetScenario(c);
    expect(useMeldingen.getState().meldingen).toHaveLength(0);
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(c));
    stop();
  });
});

describe('gelijk', () => {
  it('compares structurally and ignores undefined keys', () => {
    expect(gelijk({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(gelijk({ a: 1, c: undefined }, { a: 1 })).toBe(true);
    expect(gelijk({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(gelijk(structuredClone(DEN_HAAG), DEN_HAAG)).toBe(true);
  });
});

describe('scenario store: the line of a scenario (drafts belong to it)', () => {
  it('property: an opening starts a new line, an edit continues it, undo/redo return to the line of the state they reach', async () => {
    const fc = (await import('fast-check')).default;
    const { bewerkScenario, lijnVan } = await import('../src/store/scenarioStore');
    const stap = fc.oneof(fc.constant('open' as const), fc.constant('bewerk' as const), fc.constant('terug' as const), fc.constant('vooruit' as const));
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 30 }), (stappen) => {
        zetScenario(DEN_HAAG, { geschiedenis: false });
        // Reference: a stack of lines beside the store's history.
        let lijn = lijnVan(DEN_HAAG);
        const verleden: number[] = [];
        let toekomst: number[] = [];
        const lijnen = new Set([lijn]);
        let n = 0;
        for (const s of stappen) {
          const huidig = useScenarioStore.getState().scenario;
          if (s === 'open') {
            zetScenario({ ...DEN_HAAG, titel: `geopend ${n++}` });
            verleden.push(lijn);
            toekomst = [];
            lijn = lijnVan(useScenarioStore.getState().scenario);
            expect(lijnen.has(lijn)).toBe(false); // a new line
            lijnen.add(lijn);
          } else if (s === 'bewerk') {
            bewerkScenario({ ...huidig, titel: `bewerkt ${n++}` });
            verleden.push(lijn);
            toekomst = [];
          } else if (s === 'terug' && verleden.length > 0) {
            ongedaanMaken();
            toekomst.unshift(lijn);
            lijn = verleden.pop()!;
          } else if (s === 'vooruit' && toekomst.length > 0) {
            opnieuw();
            verleden.push(lijn);
            lijn = toekomst.shift()!;
          }
          expect(lijnVan(useScenarioStore.getState().scenario)).toBe(lijn);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { berekenScenario, PARAMETERS, standaardUitkomstModel, valideerScenario, verklaarUitkomsten, type Scenario } from '../../src/model';
import { volledigLabel } from '../../src/ui/invoer/labels';
import { DEN_HAAG, leegScenario } from '../../src/store/voorbeelden';
import { leesGetal, naarInvoertekst, normaliseer } from '../../src/ui/gedeeld/getalInvoer';
import { formulierNaarScenario, naarFormulier, type FormulierWaarden } from '../../src/ui/invoer/formulier';
import { metStandaarden, standaardVoor, voorbeeldBij } from '../../src/ui/invoer/standaarden';
import { leesPad, zetPad } from '../../src/ui/invoer/pad';

describe('typed numbers (Dutch rule)', () => {
  const gevallen: [string, number | null][] = [
    ['1700', 1700],
    ['1.700', 1700],
    ['14.000', 14000],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['43,5', 43.5],
    ['43.5', 43.5],
    ['0.85', 0.85],
    ['0.435', 0.435],
    ['1.70', 1.7],
    [',5', 0.5],
    ['€ 1.700', 1700],
    ['43,5%', 43.5],
    [' 12 ', 12],
    ['-5', -5],
    ['−5', -5],
    ['abc', null],
    ['1,2,3', null],
    ['12.34.5', null],
    ['1e3', null],
    ['1.7000,5', null],
    ['', null],
    ['-', null],
  ];
  for (const [tekst, verwacht] of gevallen) {
    it(`"${tekst}" → ${verwacht}`, () => {
      const n = normaliseer(tekst, 'nl');
      expect(n === null ? null : Number(n)).toBe(verwacht);
    });
  }

  it('English swaps the separators', () => {
    expect(Number(normaliseer('1,700', 'en'))).toBe(1700);
    expect(Number(normaliseer('43.5', 'en'))).toBe(43.5);
    expect(Number(normaliseer('1,234.5', 'en'))).toBe(1234.5);
  });

  it('percentages become exact fractions and back', () => {
    expect(leesGetal('43,5', 'nl', 100)).toEqual({ ok: true, waarde: 0.435 });
    expect(leesGetal('37,9', 'nl', 100)).toEqual({ ok: true, waarde: 0.379 });
    expect(naarInvoertekst(0.435, 'nl', 100)).toBe('43,5');
    expect(naarInvoertekst(0.174, 'en', 100)).toBe('17.4');
    expect(naarInvoertekst(43140, 'nl')).toBe('43.140');
    for (const p of PARAMETERS) {
      const schaal = p.eenheid === 'aandeel' ? 100 : 1;
      expect(leesGetal(naarInvoertekst(p.standaard, 'nl', schaal), 'nl', schaal)).toEqual({ ok: true, waarde: p.standaard });
    }
  });

  it('gives a Dutch message for text that is not a number, and for empty input', () => {
    const r = leesGetal('abc');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.bericht).toMatch(/"abc" is geen getal/);
    const leeg = leesGetal('  ');
    expect(!leeg.ok && leeg.bericht).toBe('is leeg; vul een getal in');
    expect(leesGetal('9'.repeat(400)).ok).toBe(false);
  });
});

function metVeld(form: FormulierWaarden, naam: string, waarde: string): FormulierWaarden {
  const f = structuredClone(form);
  zetPad(f as unknown as Record<string, unknown>, naam, waarde);
  return f;
}

describe('form ↔ scenario', () => {
  it('round-trips the Den Haag and the empty scenario exactly, in both languages', () => {
    for (const s of [DEN_HAAG, leegScenario()]) {
      for (const taal of ['nl', 'en'] as const) {
        const r = formulierNaarScenario(naarFormulier(s, taal), s, taal);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.scenario).toEqual(s);
      }
    }
  });

  it('round-trips every example scenario, keeping what the form does not edit (inflow, outcome model, PM items, uncertainty, time, price level)', () => {
    const dir = resolve(__dirname, '../../scenarios');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json')) {
      const v = valideerScenario(JSON.parse(readFileSync(resolve(dir, f), 'utf8')));
      expect(v.ok, f).toBe(true);
      if (!v.ok) continue;
      const form = metVeld(naarFormulier(v.scenario, 'nl'), 'werkwijzen.0.naam', 'Gewijzigd');
      const r = formulierNaarScenario(form, v.scenario, 'nl');
      expect(r.ok, f).toBe(true);
      if (!r.ok) continue;
      expect(r.scenario, f).toEqual({ ...v.scenario, werkwijzen: [{ ...v.scenario.werkwijzen[0]!, naam: 'Gewijzigd' }, ...v.scenario.werkwijzen.slice(1)] });
    }
  });

  it('turns an edited field into the scenario the engine computes with', () => {
    const form = metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.kosten.preparation.bedrag', '1.500');
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(1500);
    const verwacht = structuredClone(DEN_HAAG);
    verwacht.werkwijzen[1]!.kosten.preparation.bedrag = 1500;
    expect(berekenScenario(r.scenario).werkwijzen[1]!.saldo.perKlant.toNumber()).toBe(berekenScenario(verwacht).werkwijzen[1]!.saldo.perKlant.toNumber());
  });

  it('names the field for every kind of bad input', () => {
    const basis = naarFormulier(DEN_HAAG, 'nl');
    const fout = (naam: string, tekst: string, foutNaam = naam) => {
      const r = formulierNaarScenario(metVeld(basis, naam, tekst), DEN_HAAG, 'nl');
      expect(r.ok).toBe(false);
      return r.ok ? undefined : r.fouten.find((f) => f.naam === foutNaam)?.bericht;
    };
    expect(fout('werkwijzen.1.samenstelling.aandeelPW', '140')).toBe('moet tussen 0% en 100% liggen, maar is 140%');
    expect(fout('werkwijzen.1.kosten.preparation.bedrag', '-5')).toBe('mag niet negatief zijn, maar is € −5');
    expect(fout('werkwijzen.1.kosten.preparation.bedrag', '')).toBe('is leeg; vul een getal in');
    expect(fout('parameters.welfare.pwAnnualCost', 'abc')).toMatch(/"abc" is geen getal/);
    expect(fout('werkwijzen.1.uitkomsten.oplossing', '4', 'werkwijzen.1.uitkomsten.som')).toBe(
      'de aantallen tellen op tot 24, maar het cohort is 23',
    );
    expect(fout('verdeling.homelessness.careSafety.politie', '40', 'verdeling.homelessness.careSafety.som')).toBe(
      'de aandelen tellen op tot 90%, maar moeten samen 100% zijn',
    );
    expect(fout('werkwijzen.0.cohort', '2,5')).toBe('moet een heel aantal klanten zijn, maar is 2,5');
    expect(fout('werkwijzen.0.naam', '')).toBe('mag niet leeg zijn');
  });

  it('a duplicate name: the message at the field names the other pathway by its name, not "werkwijzen[0]" (defect 5)', () => {
    const ander = DEN_HAAG.werkwijzen[0]!.naam;
    for (const taal of ['nl', 'en'] as const) {
      const r = formulierNaarScenario(metVeld(naarFormulier(DEN_HAAG, taal), 'werkwijzen.1.naam', ander), DEN_HAAG, taal);
      const bericht = r.ok ? '' : (r.fouten.find((f) => f.naam === 'werkwijzen.1.naam')?.bericht ?? '');
      expect(bericht, taal).toContain(taal === 'nl' ? `is ook de naam van “${ander}”; geef elke werkwijze een eigen naam` : `is also the name of “${ander}”; give each pathway`);
      expect(bericht, taal).not.toMatch(/werkwijzen\[/);
    }
  });

  it('a reading-direction character in the title or a pathway name: a message at that field (nl and en), the text kept as typed (tester #13)', () => {
    for (const taal of ['nl', 'en'] as const) {
      let form = metVeld(naarFormulier(DEN_HAAG, taal), 'titel', '\u202eDen Haag');
      form = metVeld(form, 'werkwijzen.1.naam', 'Klantreis\u2066 x\u2069');
      const r = formulierNaarScenario(form, DEN_HAAG, taal);
      const bij = (naam: string) => (r.ok ? '' : (r.fouten.find((f) => f.naam === naam)?.bericht ?? ''));
      const verwacht = taal === 'nl' ? 'bevat een teken dat de leesrichting verandert' : 'contains a character that changes the reading direction';
      expect(bij('titel'), taal).toContain(`${verwacht} (U+202E)`);
      expect(bij('werkwijzen.1.naam'), taal).toContain(`${verwacht} (U+2066 U+2069)`);
      expect(form.titel).toBe('\u202eDen Haag');
    }
  });

  it('reports a parse error and an independent schema error together', () => {
    let form = metVeld(naarFormulier(DEN_HAAG, 'nl'), 'parameters.eviction.cost', 'abc');
    form = metVeld(form, 'werkwijzen.0.samenstelling.aandeelWerkend', '101');
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok ? [] : r.fouten.map((f) => f.naam).sort()).toEqual(['parameters.eviction.cost', 'werkwijzen.0.samenstelling.aandeelWerkend']);
  });

  it('offers "oplossingen" or a fixed number of debt arrangements', () => {
    let form = metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.kosten.debtArrangement.soort', 'aantal');
    form = metVeld(form, 'werkwijzen.1.kosten.debtArrangement.aantal', '6');
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok && r.scenario.werkwijzen[1]!.kosten.debtArrangement.aantal).toBe(6);
    const teVeel = formulierNaarScenario(metVeld(form, 'werkwijzen.1.kosten.debtArrangement.aantal', '30'), DEN_HAAG, 'nl');
    expect(teVeel.ok ? [] : teVeel.fouten).toEqual([
      { naam: 'werkwijzen.1.kosten.debtArrangement.aantal', bericht: '30 klanten is meer dan het cohort van 23' },
    ]);
  });

  it('defect 1: fewer clients started the settlement phase (0) than got a solution or are still in it (3 + 5): a message at the field, nl and en', () => {
    const nul = formulierNaarScenario(metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.kosten.settlementPhase.aantal', '0'), DEN_HAAG, 'nl');
    expect(nul.ok ? [] : nul.fouten).toEqual([
      {
        naam: 'werkwijzen.1.kosten.settlementPhase.aantal',
        bericht: '0 klanten is minder dan de 8 klanten die volgens de uitkomsten met schulden regelen zijn gestart (3 met een oplossing voor de schulden en 5 nog in de fase schulden regelen)',
      },
    ]);
    const en = formulierNaarScenario(metVeld(naarFormulier(DEN_HAAG, 'en'), 'werkwijzen.1.kosten.settlementPhase.aantal', '7'), DEN_HAAG, 'en');
    expect(en.ok ? [] : en.fouten.map((f) => f.bericht)).toEqual([
      '7 clients is fewer than the 8 clients who by the outcomes started the settlement phase (3 with debts resolved and 5 still in the settlement phase)',
    ]);
    // 8 (exactly those) is fine.
    expect(formulierNaarScenario(metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.kosten.settlementPhase.aantal', '8'), DEN_HAAG, 'nl').ok).toBe(true);
  });
});

describe('defaults', () => {
  it('come from the catalog, table 3.1 and the example pathway with the same id', () => {
    expect(voorbeeldBij(DEN_HAAG)?.id).toBe('den-haag-klantreis-2020');
    expect(voorbeeldBij(leegScenario())).toBeNull();
    expect(standaardVoor('parameters.welfare.pwAnnualCost', DEN_HAAG)?.waarde).toBe(14000);
    expect(standaardVoor('verdeling.homelessness.careSafety.politie', DEN_HAAG)?.waarde).toBe(0.5);
    expect(standaardVoor('werkwijzen.1.kosten.preparation.bedrag', DEN_HAAG)).toMatchObject({ waarde: 1700 });
    expect(standaardVoor('werkwijzen.1.samenstelling.aandeelPW', DEN_HAAG)?.bron).toContain('tabel 3.6');
    expect(standaardVoor('werkwijzen.1.cohort', leegScenario())).toBeUndefined();
    expect(standaardVoor('instellingen.toedeling', leegScenario())?.waarde).toBe('heleKlanten');
  });

  it('metStandaarden restores an edited scenario', () => {
    const s: Scenario = structuredClone(DEN_HAAG);
    s.parameters['eviction.cost'] = 1;
    s.werkwijzen[1]!.kosten.preparation.bedrag = 1;
    s.verdeling['homelessness.careSafety'] = { politie: 1 };
    expect(metStandaarden(s)).toEqual(DEN_HAAG);
    // After a dossier import: the example's shares come back with the example's count, not the imported one (fix16 D).
    s.werkwijzen[1]!.samenstelling.aandeelPW = 18 / 23;
    s.werkwijzen[1]!.dossiertelling = { klanten: 23, PW: 18, werkend: 4 };
    expect(metStandaarden(s).werkwijzen[1]).toEqual(DEN_HAAG.werkwijzen[1]);
  });

  it('pad helpers read and write dotted paths', () => {
    const o: Record<string, unknown> = {};
    zetPad(o, 'a.b.c', 1);
    expect(leesPad(o, 'a.b.c')).toBe(1);
    expect(leesPad(o, 'a.x.c')).toBeUndefined();
  });
});

describe('form ↔ scenario: outcome model per client type (issue 5 part 3)', () => {
  const KLANTTYPEN_JSON = JSON.parse(readFileSync(resolve(__dirname, '../../scenarios/klanttypen-purpose.json'), 'utf8'));

  it('round-trips a scenario with a model exactly, in both languages; Den Haag starts with the switch off and the defaults filled in', () => {
    const v = valideerScenario(KLANTTYPEN_JSON);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    for (const taal of ['nl', 'en'] as const) {
      const form = naarFormulier(v.scenario, taal);
      expect(form.werkwijzen[0]!.uitkomstModel.aan).toBe(true);
      expect(form.werkwijzen[0]!.uitkomstModel.kansen.kwetsbaar.geenOplossing).toBe('63');
      const r = formulierNaarScenario(form, v.scenario, taal);
      expect(r.ok && r.scenario).toEqual(v.scenario);
    }
    const dh = naarFormulier(DEN_HAAG, 'nl').werkwijzen[0]!.uitkomstModel;
    expect(dh.aan).toBe(false);
    expect(dh.mix).toEqual({ zelfstandig: '20', afhankelijk: '40', kwetsbaar: '40' });
  });

  it('switching it on derives the counts from the default mix and rates: 29 clients → 0/3/16/10', () => {
    const form = naarFormulier(DEN_HAAG, 'nl');
    form.werkwijzen[0]!.uitkomstModel.aan = true;
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.scenario.werkwijzen[0]!;
    expect(w.uitkomstModel).toEqual(standaardUitkomstModel());
    expect(w.uitkomsten).toEqual({ oplossing: 0, gestabiliseerd: 3, geenOplossing: 16, inSchuldregelfase: 10 });
    expect(w.uitkomsten).toEqual(verklaarUitkomsten(29, standaardUitkomstModel()).afgerond);
    expect(r.scenario.werkwijzen[1]).toEqual(DEN_HAAG.werkwijzen[1]);
    // The derived counts ignore what the (read-only) count fields say, and follow the cohort.
    // 33 started the settlement phase: the 33 still in it (the schema's check against the outcomes).
    const ander = metVeld(metVeld(metVeld(form, 'werkwijzen.0.cohort', '100'), 'werkwijzen.0.uitkomsten.oplossing', '99'), 'werkwijzen.0.kosten.settlementPhase.aantal', '33');
    const r2 = formulierNaarScenario(ander, DEN_HAAG, 'nl');
    expect(r2.ok && r2.scenario.werkwijzen[0]!.uitkomsten).toEqual({ oplossing: 0, gestabiliseerd: 12, geenOplossing: 55, inSchuldregelfase: 33 });
    // And the result round-trips through the form again.
    const terug = formulierNaarScenario(naarFormulier(r.scenario, 'en'), r.scenario, 'en');
    expect(terug.ok && terug.scenario).toEqual(r.scenario);
  });

  it('a single type at 100% gives the counts and the result of direct entry with that type’s rates', () => {
    // 10 started the settlement phase: 2 solved + 8 still in it.
    let form = metVeld(metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.cohort', '20'), 'werkwijzen.1.kosten.settlementPhase.aantal', '10');
    form.werkwijzen[1]!.uitkomstModel.aan = true;
    form = metVeld(form, 'werkwijzen.1.uitkomstModel.mix.zelfstandig', '0');
    form = metVeld(form, 'werkwijzen.1.uitkomstModel.mix.afhankelijk', '100');
    form = metVeld(form, 'werkwijzen.1.uitkomstModel.mix.kwetsbaar', '0');
    const rates = { oplossing: '10', gestabiliseerd: '20', geenOplossing: '30', inSchuldregelfase: '40' };
    for (const [u, x] of Object.entries(rates)) form = metVeld(form, `werkwijzen.1.uitkomstModel.kansen.afhankelijk.${u}`, x);
    const model = formulierNaarScenario(form, DEN_HAAG, 'nl');
    // Direct entry: 10/20/30/40% of 20 clients.
    let direct = metVeld(metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.1.cohort', '20'), 'werkwijzen.1.kosten.settlementPhase.aantal', '10');
    for (const [u, x] of Object.entries({ oplossing: '2', gestabiliseerd: '4', geenOplossing: '6', inSchuldregelfase: '8' })) direct = metVeld(direct, `werkwijzen.1.uitkomsten.${u}`, x);
    const d = formulierNaarScenario(direct, DEN_HAAG, 'nl');
    expect(model.ok && d.ok).toBe(true);
    if (!model.ok || !d.ok) return;
    expect(model.scenario.werkwijzen[1]!.uitkomsten).toEqual({ oplossing: 2, gestabiliseerd: 4, geenOplossing: 6, inSchuldregelfase: 8 });
    expect(model.scenario.werkwijzen[1]!.uitkomsten).toEqual(d.scenario.werkwijzen[1]!.uitkomsten);
    const saldo = (s: Scenario) => berekenScenario(s).werkwijzen[1]!.saldo.perKlant.toNumber();
    expect(saldo(model.scenario)).toBe(saldo(d.scenario));
    expect(saldo(model.scenario)).not.toBe(saldo(DEN_HAAG));
  });

  it('Dutch messages at the field: mix not 100%, rates of a type not 100%, a rate above 100%, text', () => {
    const aan = naarFormulier(DEN_HAAG, 'nl');
    aan.werkwijzen[0]!.uitkomstModel.aan = true;
    const fouten = (naam: string, tekst: string) => {
      const r = formulierNaarScenario(metVeld(aan, naam, tekst), DEN_HAAG, 'nl');
      return r.ok ? [] : r.fouten;
    };
    expect(fouten('werkwijzen.0.uitkomstModel.mix.zelfstandig', '30')).toEqual([
      { naam: 'werkwijzen.0.uitkomstModel.mix.som', bericht: 'de aandelen van de klanttypen tellen op tot 110%, maar moeten samen 100% zijn' },
    ]);
    expect(fouten('werkwijzen.0.uitkomstModel.kansen.kwetsbaar.oplossing', '5')).toEqual([
      { naam: 'werkwijzen.0.uitkomstModel.kansen.kwetsbaar.som', bericht: 'de kansen op de vier uitkomsten tellen op tot 105%, maar moeten samen 100% zijn' },
    ]);
    expect(fouten('werkwijzen.0.uitkomstModel.kansen.zelfstandig.oplossing', '150')).toContainEqual({
      naam: 'werkwijzen.0.uitkomstModel.kansen.zelfstandig.oplossing',
      bericht: 'moet tussen 0% en 100% liggen, maar is 150%',
    });
    expect(fouten('werkwijzen.0.uitkomstModel.mix.kwetsbaar', 'veel')[0]!.bericht).toMatch(/^"veel" is geen getal/);
    // The labels name the field and the type.
    expect(volledigLabel('werkwijzen.0.uitkomstModel.mix.som', 'nl', ['Regulier'])).toBe('Instroommix (Regulier)');
    expect(volledigLabel('werkwijzen.0.uitkomstModel.kansen.kwetsbaar.geenOplossing', 'nl', ['Regulier'])).toBe(
      'Kwetsbare klant: kans op uitval (geen oplossing) (Regulier)',
    );
    // Switched off, the model fields are not read: the same bad text is no error.
    const uit = metVeld(naarFormulier(DEN_HAAG, 'nl'), 'werkwijzen.0.uitkomstModel.mix.zelfstandig', 'veel');
    expect(formulierNaarScenario(uit, DEN_HAAG, 'nl')).toEqual({ ok: true, scenario: DEN_HAAG, waarschuwingen: [] });
  });

  it('switching it off keeps the last derived counts as directly entered counts and removes the model', () => {
    const v = valideerScenario(KLANTTYPEN_JSON);
    if (!v.ok) throw new Error('voorbeeld ongeldig');
    const form = naarFormulier(v.scenario, 'nl');
    form.werkwijzen[0]!.uitkomstModel.aan = false;
    const r = formulierNaarScenario(form, v.scenario, 'nl');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('uitkomstModel' in r.scenario.werkwijzen[0]!).toBe(false);
    expect(r.scenario.werkwijzen[0]!.uitkomsten).toEqual(v.scenario.werkwijzen[0]!.uitkomsten);
    expect(r.scenario.werkwijzen[1]!.uitkomstModel).toEqual(v.scenario.werkwijzen[1]!.uitkomstModel);
  });
});

describe('form ↔ scenario: PM items (issue 5 part 5)', () => {
  it('a rating, a note and a custom effect become the pathway’s pmPosten', () => {
    let form = naarFormulier(DEN_HAAG, 'nl');
    expect(form.werkwijzen[1]!.pmPosten.map((p) => p.beoordeling)).toEqual(['+', '+', '+', '+']);
    form = metVeld(form, 'werkwijzen.1.pmPosten.2.beoordeling', '0');
    form = metVeld(form, 'werkwijzen.1.pmPosten.2.toelichting', 'Niet gemeten.');
    form.werkwijzen[0]!.pmPosten.push({ effect: 'eigen', naam: ' Wachttijd ', beoordeling: '-', toelichting: '' });
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.werkwijzen[1]!.pmPosten[2]).toEqual({ effect: 'ervarenGezondheid', beoordeling: '0', toelichting: 'Niet gemeten.' });
    expect(r.scenario.werkwijzen[1]!.pmPosten[0]).toEqual(DEN_HAAG.werkwijzen[1]!.pmPosten[0]);
    expect(r.scenario.werkwijzen[0]!.pmPosten).toEqual([{ effect: 'eigen', naam: 'Wachttijd', beoordeling: '-', toelichting: '' }]);
    // Removing all of them.
    form.werkwijzen[1]!.pmPosten = [];
    const leeg = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(leeg.ok && leeg.scenario.werkwijzen[1]!.pmPosten).toEqual([]);
  });

  it('a custom effect without a name, or twice the same effect: a Dutch message at the name field', () => {
    const form = naarFormulier(DEN_HAAG, 'nl');
    form.werkwijzen[0]!.pmPosten.push({ effect: 'eigen', naam: '  ', beoordeling: '+', toelichting: '' });
    const r = formulierNaarScenario(form, DEN_HAAG, 'nl');
    expect(r.ok ? [] : r.fouten).toEqual([{ naam: 'werkwijzen.0.pmPosten.0.naam', bericht: 'mag niet leeg zijn' }]);
    const dubbel = naarFormulier(DEN_HAAG, 'nl');
    dubbel.werkwijzen[0]!.pmPosten.push(
      { effect: 'eigen', naam: 'Wachttijd', beoordeling: '+', toelichting: '' },
      { effect: 'eigen', naam: 'wachttijd', beoordeling: '0', toelichting: '' },
    );
    const r2 = formulierNaarScenario(dubbel, DEN_HAAG, 'nl');
    expect(r2.ok ? [] : r2.fouten).toEqual([{ naam: 'werkwijzen.0.pmPosten.1.naam', bericht: 'dit effect staat al eerder in de lijst van deze werkwijze' }]);
    expect(volledigLabel('werkwijzen.0.pmPosten.1.naam', 'nl', ['Regulier'])).toBe('PM-post 2: naam (Regulier)');
  });
});

describe('metStandaarden with an outcome model', () => {
  it('resetting a Den Haag pathway also removes its client-type model (direct entry, as in the example)', () => {
    const s: Scenario = structuredClone(DEN_HAAG);
    s.werkwijzen[0]!.uitkomstModel = standaardUitkomstModel();
    s.werkwijzen[0]!.uitkomsten = verklaarUitkomsten(29, standaardUitkomstModel()).afgerond;
    const terug = metStandaarden(s);
    expect(terug).toEqual(DEN_HAAG);
    expect(valideerScenario(terug).ok).toBe(true);
  });
});

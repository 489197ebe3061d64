import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, berekenScenario, bronOmschrijving, eigenWaarden, herkomstVan, leesScenario, schrijfScenario, valideerScenario, waardeMetBron, type Scenario } from '../../src/model';
import { naarJson } from '../../src/model/uitvoer/json';
import { CSV_MACHINE, naarCsv } from '../../src/model/uitvoer/csv';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { bewerkteTitel, metGebaseerdOp } from '../../src/store/gebaseerdOp';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/** The repro of issue 10, item 11: Klantreis cohort 40 (6/12/14/8), 6 months earlier out of welfare. */
function repro(): Scenario {
  const s = structuredClone(DEN_HAAG);
  const k = s.werkwijzen.find((w) => w.id === 'klantreis')!;
  k.cohort = 40;
  k.uitkomsten = { oplossing: 6, gestabiliseerd: 12, geenOplossing: 14, inSchuldregelfase: 8 };
  k.kosten.settlementPhase.aantal = 14; // the 6 + 8 who started the settlement phase
  s.parameters['welfareExit.monthsEarlier'] = 6;
  return s;
}

describe('herkomst van een invoer (issue 10, punt 11)', () => {
  it('een gewijzigde parameter draagt niet de bron van zijn standaard: "eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 …)", de standaard met zijn eenheid (tester5 #11)', () => {
    const s = repro();
    const h = herkomstVan('parameters.welfareExit.monthsEarlier', s)!;
    expect(h.eigen).toBe(true);
    expect(nbsp(waardeMetBron(h, 'nl'))).toBe('6 maanden — eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))');
    expect(nbsp(waardeMetBron(h, 'en'))).toBe('6 months — own value (default 4 months, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))');
    const ongewijzigd = herkomstVan('parameters.welfare.pwAnnualCost', s)!;
    expect(ongewijzigd.eigen).toBe(false);
    expect(bronOmschrijving(ongewijzigd, 'nl')).toBe('Van Geuns e.a. 2011 (Schuldhulpverlening loont!)');
  });

  it('invoer van een werkwijze vergelijkt met het voorbeeld: cohort 40 tegenover 23 (Regioplan 2020, par. 3.2)', () => {
    const s = repro();
    const h = herkomstVan('werkwijzen.1.cohort', s, VOORBEELDEN)!;
    expect(nbsp(waardeMetBron(h, 'nl'))).toBe('40 klanten — eigen waarde (standaard 23 klanten, Regioplan 2020, par. 3.2 (dossieranalyse))');
    expect(eigenWaarden(s, VOORBEELDEN).map((x) => x.veld)).toEqual([
      'werkwijzen.1.cohort',
      'werkwijzen.1.uitkomsten.oplossing',
      'werkwijzen.1.uitkomsten.gestabiliseerd',
      'werkwijzen.1.uitkomsten.geenOplossing',
      'werkwijzen.1.uitkomsten.inSchuldregelfase',
      'werkwijzen.1.kosten.settlementPhase.aantal',
      'parameters.welfareExit.monthsEarlier',
    ]);
    expect(eigenWaarden(DEN_HAAG, VOORBEELDEN)).toEqual([]);
  });

  it('eigenschap: bij willekeurige parameterwaarden zegt de bron "eigen waarde" precies als de waarde van de standaard afwijkt', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(PARAMETERS.length - 1), fc.integer({ min: 0, max: 8 })), { maxLength: 6 }), (wijzigingen) => {
        const s = structuredClone(DEN_HAAG);
        for (const [i, k] of wijzigingen) {
          const p = PARAMETERS[i]!;
          s.parameters[p.id] = p.eenheid === 'aandeel' ? k / 8 : Math.round((p.standaard * k) / 4);
        }
        const eigen = new Set(eigenWaarden(s).map((h) => h.veld).filter((v) => v.startsWith('parameters.')));
        for (const p of PARAMETERS) {
          const h = herkomstVan(`parameters.${p.id}`, s)!;
          const anders = s.parameters[p.id] !== p.standaard;
          expect(eigen.has(`parameters.${p.id}`)).toBe(anders);
          expect(bronOmschrijving(h, 'nl').startsWith('eigen waarde (standaard ')).toBe(anders);
          expect(bronOmschrijving(h, 'nl')).toContain(p.bron);
        }
        // The CLI says the same: one ownValue row per changed parameter, none otherwise.
        const json = naarJson(s, berekenScenario(s));
        expect((json.ownValues ?? []).map((e) => e.key).sort()).toEqual([...eigen].sort());
        const csv = naarCsv(json, CSV_MACHINE);
        expect(csv.split('\r\n').filter((r) => r.includes(',ownValue,'))).toHaveLength(eigen.size);
      }),
      { numRuns: 60 },
    );
  });

  it('CLI-CSV van het reproductiescenario: "Maanden eerder uit de bijstand: eigen waarde (standaard 4 maanden, …)"', () => {
    const s = repro();
    const csv = naarCsv(naarJson(s, berekenScenario(s)), CSV_MACHINE);
    expect(csv).toContain(',ownValue,parameters.welfareExit.monthsEarlier,"Maanden eerder uit de bijstand: eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))",6,');
  });
});

describe('gebaseerd op een voorbeeld', () => {
  it('een bewerkte kopie van Den Haag draagt niet meer de auteur en datum van het voorbeeld', () => {
    const s = metGebaseerdOp(repro());
    expect(s.gebaseerdOp).toEqual({ titel: DEN_HAAG.titel, auteur: 'MKBA Schuldhulp, naar Regioplan 2020', datum: '2020-06-01' });
    expect(s.auteur).toBe('');
    expect(s.datum).toBeUndefined();
    expect(s.beschrijving).toBe('');
    expect(s.titel).toBe(bewerkteTitel(DEN_HAAG.titel));
    expect(s.titel.endsWith(' (bewerkt)')).toBe(true);
    // Valid, and what is saved opens again identically.
    const v = leesScenario(schrijfScenario(s));
    expect(v.ok && v.scenario).toEqual(s);
  });

  it('het voorbeeld zelf blijft zoals het is; terugzetten van de invoer geeft het voorbeeld weer', () => {
    expect(metGebaseerdOp(DEN_HAAG)).toBe(DEN_HAAG);
    const bewerkt = metGebaseerdOp(repro());
    const terug = { ...bewerkt, parameters: { ...DEN_HAAG.parameters }, werkwijzen: structuredClone(DEN_HAAG.werkwijzen) };
    expect(metGebaseerdOp(terug)).toBe(DEN_HAAG);
  });

  it('wat de gebruiker al zelf invulde blijft staan (eigen titel, eigen auteur)', () => {
    const s = { ...repro(), titel: 'Mijn variant', auteur: 'J. de Vries' };
    const b = metGebaseerdOp(s);
    expect(b.titel).toBe('Mijn variant');
    expect(b.auteur).toBe('J. de Vries');
    expect(b.gebaseerdOp?.titel).toBe(DEN_HAAG.titel);
    expect(metGebaseerdOp(b)).toBe(b); // once based on, it stays as the user left it
  });

  it('de datum moet bestaan, met een Nederlandse melding', () => {
    const v = valideerScenario({ ...DEN_HAAG, datum: '2021-02-29' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten).toContainEqual({ pad: 'datum', bericht: 'is geen bestaande datum (2021-02-29)' });
    expect(valideerScenario({ ...DEN_HAAG, datum: '2024-02-29' }).ok).toBe(true);
  });
});

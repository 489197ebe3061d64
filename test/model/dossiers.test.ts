import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { naamSleutel } from '../../src/model/namen';
import { berekenScenario } from '../../src/model';
import { readFileSync } from 'node:fs';
import { leesScenario } from '../../src/model';
import { dossierSjabloon, formatDossierFouten, importeerDossiers, MAX_DOSSIERBESTAND, MAX_WERKWIJZEN_IN_BESTAND } from '../../src/model/dossiers/importeer';
import { pasTellingenToe, pasTellingToe } from '../../src/model/dossiers/toepassen';
import { laadDenHaag } from '../helpers/scenario';

const s = laadDenHaag();
const ww = s.werkwijzen.map((w) => ({ id: w.id, naam: w.naam }));
const KOP = 'werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer';

/** The Klantreis dossiers of the report as 23 rows: 3/7/8/5 outcomes, 10 PW, 4 werk, 9 in the settlement phase, budget 6/1/4. */
function klantreisCsv(sep = ';', eol = '\n'): string {
  const uitkomsten = [...Array(3).fill('oplossing'), ...Array(7).fill('gestabiliseerd'), ...Array(8).fill('geen oplossing'), ...Array(5).fill('nog bezig')];
  const inkomen = [...Array(10).fill('PW'), ...Array(4).fill('werk'), ...Array(9).fill('anders')];
  // The 3 solved and 5 still in it started the settlement phase, and one stabilised client.
  const fase = uitkomsten.map((u, i) => (u === 'oplossing' || u === 'nog bezig' || i === 3 ? 'ja' : 'nee'));
  const budget = [...Array(6).fill('basis'), 'plus', ...Array(4).fill('totaal'), ...Array(12).fill('geen')];
  const rijen = uitkomsten.map((u, i) => ['Klantreis Financiële Hulpverlening', u, inkomen[i], fase[i], budget[i]].join(sep));
  return [KOP.replaceAll(';', sep), ...rijen].join(eol) + eol;
}

describe('dossierimport', () => {
  it('de 23 Klantreis-dossiers geven de tellingen van tabel 3.4 en de invoer van het rapport', () => {
    const r = importeerDossiers(klantreisCsv(), ww);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tellingen[0]!;
    expect(t.werkwijze).toBe('klantreis');
    expect(t.cohort).toBe(23);
    expect(t.uitkomsten).toEqual({ oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 });
    expect(t.schuldregelfase).toBe(9);
    expect(t.budgetbeheer).toEqual({ basis: 6, plus: 1, totaal: 4 });
    const toegepast = pasTellingToe(s, t);
    expect(toegepast.ok).toBe(true);
    if (!toegepast.ok) return;
    const kr = toegepast.scenario.werkwijzen[1]!;
    expect(kr.samenstelling.aandeelPW).toBe(10 / 23);
    expect(kr.kosten.budgetManagement.totaal.aantal).toBe(4);
    // Exact shares (10/23 instead of the report's rounded 43,5%) give 14 × 10/23 × 80% × € 4.667 = € 22.726 instead of € 22.738.
    const welfare = berekenScenario(toegepast.scenario).werkwijzen[1]!.baten.posten.welfareExit.totaal;
    expect(Math.round(welfare.toNumber())).toBe(22726);
  });

  it('the import records where its counts come from, and every list of own values, the print and the uncertainty row say it while they are its counts (tester3 #4)', async () => {
    const { herkomstVan, bronOmschrijving } = await import('../../src/model/herkomst');
    const { onzekereInvoer } = await import('../../src/model/onzekerheid/invoer');
    const { VOORBEELDEN } = await import('../../src/store/voorbeelden');
    const r = importeerDossiers(klantreisCsv().split('\n').slice(0, 11).join('\n') + '\n', ww);
    if (!r.ok) throw new Error('import');
    const bron = 'Dossierimport “dos1.csv”, 2026-12-06';
    const v = pasTellingenToe(s, [{ telling: r.tellingen[0]!, doel: 'klantreis' }], bron);
    if (!v.ok) throw new Error('toepassen');
    const kr = v.scenario.werkwijzen[1]!;
    expect(kr.dossiertelling).toMatchObject({ klanten: 10, bron });
    const cohort = herkomstVan('werkwijzen.1.cohort', v.scenario, VOORBEELDEN)!;
    expect(cohort.eigenBron).toBe(bron);
    expect(bronOmschrijving(cohort, 'nl')).toMatch(/^eigen waarde uit Dossierimport “dos1\.csv”, 2026-12-06 \(standaard 23 klanten, /);
    expect(herkomstVan('werkwijzen.1.samenstelling.aandeelPW', v.scenario, VOORBEELDEN)!.eigenBron).toBe(bron);
    const pw = onzekereInvoer(v.scenario, v.scenario.onzekerheid).find((i) => i.sleutel === 'werkwijzen.klantreis.samenstelling.aandeelPW')!;
    expect('bron' in pw.herkomst && pw.herkomst.bron).toMatch(/uit de eigen dossiers: \d+ van 10 klanten \(Dossierimport “dos1\.csv”, 2026-12-06\)$/);
    // A typed cohort is no longer the import's: its own value without that source.
    const getypt = { ...v.scenario, werkwijzen: v.scenario.werkwijzen.map((w, i) => (i === 1 ? { ...w, cohort: 11, uitkomsten: { ...w.uitkomsten, geenOplossing: w.uitkomsten.geenOplossing + 1 } } : w)) };
    expect(herkomstVan('werkwijzen.1.cohort', getypt, VOORBEELDEN)!.eigenBron).toBeUndefined();
  });

  it('rommelige bestanden: BOM, komma’s, aanhalingstekens, lege regels, Windows-regeleinden, hoofdletters', () => {
    const tekst = '\ufeff' + klantreisCsv(',', '\r\n').replace('\r\nKlantreis Financiële Hulpverlening,', '\r\n\r\n"KLANTREIS FINANCIËLE HULPVERLENING",').replace(/,ja,/g, ',Ja,');
    const r = importeerDossiers(tekst, ww);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.tellingen[0]!.cohort).toBe(23);
  });

  it('onbekende waarden krijgen het regelnummer en een suggestie', () => {
    const tekst = `${KOP}\nklantreis;gestabiliseerd;PW;nee;basis\n\nklantreis;gestabiliseert;PW;nee;geen\nklantrijs;oplossing;werk;misschien;geen\n`;
    const r = importeerDossiers(tekst, ww);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatDossierFouten(r.fouten)).toBe(
      [
        "regel 4: uitkomst 'gestabiliseert' is onbekend (bedoelde u 'gestabiliseerd'?)",
        "regel 5: werkwijze 'klantrijs' is onbekend (bedoelde u 'klantreis'?)",
        "regel 5: schuldregelfase 'misschien' is onbekend (verwacht 'ja', 'nee')",
      ].join('\n'),
    );
  });

  it('defect 1: oplossing of nog in de fase schulden regelen met schuldregelfase nee is tegenstrijdig: een melding met het regelnummer', () => {
    const tekst = `${KOP}\nklantreis;oplossing;PW;nee;\nklantreis;oplossing;PW;ja;\nklantreis;nog bezig;werk;Nee;geen\nklantreis;uitval;PW;nee;\n`;
    const r = importeerDossiers(tekst, ww);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatDossierFouten(r.fouten)).toBe(
      [
        "regel 2: uitkomst 'oplossing' betekent dat de klant met schulden regelen is gestart, maar schuldregelfase is 'nee' (verwacht 'ja')",
        "regel 4: uitkomst 'nog bezig' betekent dat de klant met schulden regelen is gestart, maar schuldregelfase is 'Nee' (verwacht 'ja')",
      ].join('\n'),
    );
  });

  it('een regeleinde binnen aanhalingstekens telt mee voor de regelnummers', () => {
    const r = importeerDossiers(`${KOP}\n"klantreis";"twee\nregels";PW;nee;geen\nklantreis;x;PW;nee;geen\n`, ww);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.map((f) => f.regel)).toEqual([2, 4]);
  });

  it('ontbrekende kolommen', () => {
    const r = importeerDossiers('werkwijze;uitkomst\nklantreis;oplossing\n', ww);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten[0]!.bericht).toBe("kolommen 'inkomen', 'schuldregelfase', 'budgetbeheer' ontbreken (gevonden kolommen: 'werkwijze', 'uitkomst')");
  });

  it('een leeg bestand en een bestand met alleen een kopregel', () => {
    const leeg = importeerDossiers('\ufeff  \n', ww);
    expect(!leeg.ok && leeg.fouten[0]!.bericht).toBe('Het bestand is leeg.');
    const kop = importeerDossiers(KOP + '\n', ww);
    expect(!kop.ok && kop.fouten[0]!.bericht).toBe('Het bestand bevat geen dossiers, alleen een kopregel.');
  });

  it('een bestand van 50 MB wordt geweigerd voordat het gelezen wordt', () => {
    const groot = KOP + '\n' + 'x'.repeat(50 * 1024 * 1024);
    expect(groot.length).toBeGreaterThan(MAX_DOSSIERBESTAND);
    const r = importeerDossiers(groot, ww);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten[0]!.bericht).toMatch(/^Het bestand is 50 MB; een dossierbestand mag hoogstens 20 MB zijn\.$/);
  });

  it('een toepassing die het scenario ongeldig zou maken wordt geweigerd en verandert niets', () => {
    const r = importeerDossiers(klantreisCsv(), ww);
    if (!r.ok) throw new Error('onverwacht');
    const t = { ...r.tellingen[0]!, schuldregelfase: 30 };
    const v = pasTellingToe(s, t);
    expect(v.ok).toBe(false);
    expect(s.werkwijzen[1]!.cohort).toBe(23);
  });
});

describe('dossierimport: werkwijzen koppelen, klanttypemodel, sjabloon', () => {
  it("met onbekendeWerkwijzen 'apart' krijgt een onbekende werkwijze een eigen telling om te koppelen", () => {
    const tekst = `${KOP}\nNazorg-pilot;oplossing;PW;ja;basis\nnazorg-PILOT ;geen oplossing;werk;nee;geen\nklantreis;oplossing;PW;ja;geen\n`;
    expect(importeerDossiers(tekst, ww).ok).toBe(false);
    const r = importeerDossiers(tekst, ww, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tellingen.map((t) => [t.naam, t.herkend, t.werkwijze, t.cohort])).toEqual([
      ['Nazorg-pilot', false, '', 2],
      ['klantreis', true, 'klantreis', 1],
    ]);
    // Mapped onto the baseline pathway by the user:
    const v = pasTellingToe(s, r.tellingen[0]!, 'regulier');
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.scenario.werkwijzen[0]!.uitkomsten).toEqual({ oplossing: 1, gestabiliseerd: 0, geenOplossing: 1, inSchuldregelfase: 0 });
  });

  it('een werkwijzenaam met een leesrichtingsteken wordt geweigerd met de regel, ook met apart (tester4 #1: de kaart toonde “eleïcnaniF”)', () => {
    for (const opties of [undefined, { onbekendeWerkwijzen: 'apart' as const }]) {
      const r = importeerDossiers(`${KOP}\nKlantreis \u202eFinanciële\u202c Hulpverlening;oplossing;PW;ja;basis\n`, ww, undefined, opties);
      expect(!r.ok && formatDossierFouten(r.fouten)).toBe(
        "regel 2: werkwijze 'Klantreis Financiële Hulpverlening' bevat een teken dat de leesrichting verandert (U+202E U+202C): de tekst zou op het scherm anders staan dan in het bestand; haal het weg",
      );
    }
  });

  it('een lege werkwijze blijft een fout, ook met apart', () => {
    const r = importeerDossiers(`${KOP}\n;oplossing;PW;ja;basis\n`, ww, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(!r.ok && formatDossierFouten(r.fouten)).toBe("regel 2: werkwijze is leeg (verwacht 'regulier', 'klantreis')");
  });

  it(`meer dan ${MAX_WERKWIJZEN_IN_BESTAND} verschillende werkwijzen: een fout op de regel van de eerste te veel`, () => {
    const rijen = Array.from({ length: 30 }, (_, i) => `pad ${i};oplossing;PW;ja;geen`);
    const r = importeerDossiers([KOP, ...rijen].join('\n'), ww, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatDossierFouten(r.fouten)).toBe("regel 22: meer dan 20 verschillende werkwijzen in het bestand ('pad 20' is de 21e); staat de juiste kolom onder 'werkwijze'?");
  });

  it('waargenomen aantallen vervangen een klanttypemodel (uitkomstModel vervalt; anders weigert het schema)', () => {
    const v = leesScenario(readFileSync(new URL('../../scenarios/klanttypen-purpose.json', import.meta.url), 'utf8'));
    if (!v.ok) throw new Error('klanttypen-purpose.json is ongeldig');
    const k = v.scenario;
    const id = k.werkwijzen[1]!.id;
    expect(k.werkwijzen[1]!.uitkomstModel).toBeDefined();
    const r = importeerDossiers(klantreisCsv(), [{ id, naam: 'Klantreis Financiële Hulpverlening' }]);
    if (!r.ok) throw new Error('onverwacht');
    const toegepast = pasTellingToe(k, r.tellingen[0]!);
    expect(toegepast.ok, toegepast.ok ? '' : JSON.stringify(toegepast.fouten)).toBe(true);
    if (!toegepast.ok) return;
    expect(toegepast.scenario.werkwijzen[1]!.uitkomstModel).toBeUndefined();
    expect(toegepast.scenario.werkwijzen[1]!.uitkomsten).toEqual({ oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 });
    // The other pathway keeps its model.
    expect(toegepast.scenario.werkwijzen[0]!.uitkomstModel).toEqual(k.werkwijzen[0]!.uitkomstModel);
  });

  it('meerdere tellingen tegelijk: één validatie; een ongeldige laat het scenario ongemoeid', () => {
    const r = importeerDossiers(klantreisCsv(), ww);
    if (!r.ok) throw new Error('onverwacht');
    const t = r.tellingen[0]!;
    const beide = pasTellingenToe(s, [{ telling: t, doel: 'regulier' }, { telling: t, doel: 'klantreis' }]);
    expect(beide.ok).toBe(true);
    if (beide.ok) expect(beide.scenario.werkwijzen.map((w) => w.cohort)).toEqual([23, 23]);
    const fout = pasTellingenToe(s, [{ telling: t, doel: 'regulier' }, { telling: { ...t, schuldregelfase: 30 }, doel: 'klantreis' }]);
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.fouten.map((f) => f.pad)).toContain('werkwijzen[1].kosten.settlementPhase.aantal');
    expect(s.werkwijzen.map((w) => w.cohort)).toEqual([29, 23]);
  });

  it('het sjabloon: puntkomma, Nederlandse koppen, BOM en CRLF, en het leest zonder fouten terug', () => {
    const tekst = dossierSjabloon(ww);
    expect(tekst.startsWith('\ufeffwerkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer;klanttype\r\n')).toBe(true);
    expect(tekst.split('\r\n')[1]).toBe('Reguliere werkwijze (FIG-route);oplossing;PW;ja;geen;zelfstandig');
    const r = importeerDossiers(tekst, ww);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rijen).toBe(4);
    expect(r.tellingen.map((t) => [t.werkwijze, t.cohort])).toEqual([['regulier', 2], ['klantreis', 2]]);
    expect(r.tellingen[0]!.klanttypen).toEqual({ zelfstandig: 1, afhankelijk: 0, kwetsbaar: 1 });
  });
});

describe('dossierimport: welke werkwijze een rij bedoelt (één naamregel met het schema en het hernoemen)', () => {
  const rij = (naam: string) => `${naam};oplossing;PW;ja;basis`;
  const bestand = (...namen: string[]) => [KOP, ...namen.map(rij)].join('\n') + '\n';
  const tel = (r: ReturnType<typeof importeerDossiers>) => (r.ok ? r.tellingen.map((t) => [t.werkwijze, t.naam, t.cohort]) : formatDossierFouten(r.fouten, r.aantalFouten));

  it('"Klantreis" en "Klantréis" zijn twee werkwijzen: 10 en 5 rijen, niet één groep van 15 (ook in de koppelmodus van de app)', () => {
    const twee = [
      { id: 'klantreis', naam: 'Klantreis' },
      { id: 'klantreis-2', naam: 'Klantréis' },
    ];
    const tekst = bestand(...Array(10).fill('Klantreis'), ...Array(5).fill('Klantréis'));
    const verwacht = [
      ['klantreis', 'Klantreis', 10],
      ['klantreis-2', 'Klantréis', 5],
    ];
    expect(tel(importeerDossiers(tekst, twee))).toEqual(verwacht);
    expect(tel(importeerDossiers(tekst, twee, undefined, { onbekendeWerkwijzen: 'apart' }))).toEqual(verwacht);
    // An accent the scenario does not have is another name: unknown, kept apart for the user to map.
    const r = importeerDossiers(bestand('Klantrèis'), twee, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(r.ok && r.tellingen.map((t) => [t.werkwijze, t.herkend])).toEqual([['', false]]);
  });

  it('hoofdletters, spaties en onzichtbare tekens tellen niet (de regel van het schema), NFD is NFC', () => {
    const tekst = bestand(' KLANTREIS ', 'klant\u200breis', 'Klantreis\u00ad', 'Klantre\u0301is'.normalize('NFD'), 'klantréis');
    expect(
      tel(
        importeerDossiers(tekst, [
          { id: 'a', naam: 'Klantreis' },
          { id: 'b', naam: 'Klantréis' },
        ]),
      ),
    ).toEqual([
      ['a', 'KLANTREIS', 3],
      ['b', 'Klantre\u0301is'.normalize('NFD'), 2],
    ]);
  });

  it('tester7 #3: een regeleinde in een werkwijzecel tussen aanhalingstekens telt als spatie, zoals een no-break space: één groep, die de naam met een spatie toont', () => {
    const klantreis = 'Klantreis Financiële Hulpverlening';
    const tekst = [KOP, ...Array(6).fill(rij(klantreis)), rij('"Klantreis\nFinanciële Hulpverlening"')].join('\n') + '\n';
    const verwacht = [['klantreis', klantreis, 7]];
    expect(tel(importeerDossiers(tekst, ww))).toEqual(verwacht);
    expect(tel(importeerDossiers(tekst, ww, undefined, { onbekendeWerkwijzen: 'apart' }))).toEqual(verwacht);
    // The row written first with the line break: the group still shows the name with a space.
    const eerst = [KOP, rij('"Klantreis\r\nFinanciële\tHulpverlening"'), rij(klantreis)].join('\r\n') + '\r\n';
    expect(tel(importeerDossiers(eerst, ww))).toEqual([['klantreis', klantreis, 2]]);
    // A name the scenario does not have: one group to map, shown with single spaces.
    const onbekend = [KOP, rij('"Nieuwe\u2028werkwijze"'), rij('Nieuwe werkwijze'), rij('"nieuwe\n\n werkwijze"')].join('\n') + '\n';
    const r = importeerDossiers(onbekend, ww, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(r.ok && r.tellingen.map((t) => [t.herkend, t.naam, t.cohort])).toEqual([[false, 'Nieuwe werkwijze', 3]]);
  });

  it('eigenschap: elke mengeling van witruimte (spatie, no-break, tab, regeleinde, CR, U+2028/U+2029, NEL, …) in een naam telt als één spatie', () => {
    const WIT = [' ', '\u00a0', '\t', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u1680', '\u2002', '\u2007', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000'];
    const ruimte = fc.array(fc.constantFrom(...WIT), { minLength: 1, maxLength: 4 }).map((x) => x.join(''));
    const namen = ww.map((w) => w.naam);
    const geval = fc.constantFrom(...namen.keys()).chain((i) =>
      fc.tuple(
        fc.constant(i),
        // Between the words, and around the name.
        fc.array(ruimte, { minLength: namen[i]!.split(' ').length - 1, maxLength: namen[i]!.split(' ').length - 1 }),
        fc.option(ruimte, { nil: '' }),
        fc.option(ruimte, { nil: '' }),
      ),
    );
    fc.assert(
      fc.property(geval, ([i, tussen, voor, na]) => {
        const woorden = namen[i]!.split(' ');
        const naam = voor + woorden.map((w, j) => (j === 0 ? w : tussen[j - 1] + w)).join('') + na;
        // Quoted where needed, as a spreadsheet writes it; the plain name first and last.
        const tekst = Papa.unparse({ fields: KOP.split(';'), data: [namen[i]!, naam, namen[i]!].map((n) => [n, 'oplossing', 'PW', 'ja', 'basis']) }, { delimiter: ';' });
        expect(naamSleutel(naam)).toBe(naamSleutel(namen[i]!));
        for (const opties of [{}, { onbekendeWerkwijzen: 'apart' as const }]) {
          expect(tel(importeerDossiers(tekst, ww, undefined, opties))).toEqual([[ww[i]!.id, namen[i]!, 3]]);
        }
        // Written first, the group shows the name with single spaces.
        const omgekeerd = Papa.unparse({ fields: KOP.split(';'), data: [naam, namen[i]!].map((n) => [n, 'oplossing', 'PW', 'ja', 'basis']) }, { delimiter: ';' });
        expect(tel(importeerDossiers(omgekeerd, ww))).toEqual([[ww[i]!.id, namen[i]!, 2]]);
      }),
      { numRuns: 200, seed: 7003 },
    );
  });

  it('een naam die de id van een andere werkwijze is: precies eerst, anders een fout die beide noemt', () => {
    const ww2 = [
      { id: 'regulier', naam: 'klantreis' },
      { id: 'klantreis', naam: 'Klantreis Financiële Hulpverlening' },
    ];
    // "klantreis" is exactly the first one's name and exactly the second one's id.
    const r = importeerDossiers(bestand('regulier', 'klantreis'), ww2);
    expect(tel(r)).toBe(
      "regel 3: werkwijze 'klantreis' past bij twee werkwijzen van het scenario: “klantreis” (id regulier) en “Klantreis Financiële Hulpverlening” (id klantreis); de rijen worden niet samengevoegd. Schrijf de naam of de id precies zoals in het scenario, of geef een werkwijze een andere naam.",
    );
    expect(importeerDossiers(bestand('klantreis'), ww2, undefined, { onbekendeWerkwijzen: 'apart' }).ok).toBe(false);

    const ww3 = [
      { id: 'regulier', naam: 'Klantreis' },
      { id: 'klantreis', naam: 'Nieuw' },
    ];
    // Exact spellings decide: the name "Klantreis" is the first, the id "klantreis" the second.
    expect(tel(importeerDossiers(bestand('Klantreis', 'klantreis', 'Nieuw', 'regulier'), ww3))).toEqual([
      ['regulier', 'Klantreis', 2],
      ['klantreis', 'klantreis', 2],
    ]);
    // Equal to both only under the name rule: ambiguous, never the last one.
    const dubbel = importeerDossiers(bestand('KLANTREIS'), ww3, undefined, { onbekendeWerkwijzen: 'apart' });
    expect(tel(dubbel)).toMatch(/^regel 2: werkwijze 'KLANTREIS' past bij twee werkwijzen van het scenario: “Klantreis” \(id regulier\) en “Nieuw” \(id klantreis\)/);
  });

  it('eigenschap: rijen met een look-alike van een naam tellen bij die werkwijze, nooit bij een andere', () => {
    // Look-alikes by the rule: another case, a format character inserted, NFD instead of NFC, spaces around.
    const lijktOp = (naam: string) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('boven', 'onder', 'gelijk'), { minLength: [...naam].length, maxLength: [...naam].length }),
          // Invisible characters that do not change the reading direction (those are refused: tester4 #1, test above).
          fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad')), { maxLength: 3 }),
          fc.boolean(),
          fc.constantFrom('', ' ', '\u00a0'),
        )
        .map(([kast, invoegen, nfd, rand]) => {
          let t = [...naam].map((c, i) => (kast[i] === 'boven' ? c.toUpperCase() : kast[i] === 'onder' ? c.toLowerCase() : c)).join('');
          for (const [plek, teken] of invoegen) {
            const p = plek % (t.length + 1);
            t = t.slice(0, p) + teken + t.slice(p);
          }
          return rand + (nfd ? t.normalize('NFD') : t) + rand;
        });
    const naam = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'É', 'ß', 'ø', 'Σ', 'ς', 'i', 'I', '1', '-', ' ', 'ﬁ', 'Å'), minLength: 1, maxLength: 8 }).filter((n) => naamSleutel(n) !== '');
    const geval = fc
      .tuple(naam, naam)
      .filter(([a, b]) => naamSleutel(a) !== naamSleutel(b) && ![a, b].some((n) => ['p-een', 'p-twee'].includes(naamSleutel(n))))
      .chain(([a, b]) => fc.tuple(fc.constant([a, b] as const), fc.array(lijktOp(a), { minLength: 1, maxLength: 4 }), fc.array(lijktOp(b), { minLength: 1, maxLength: 4 })));
    fc.assert(
      fc.property(geval, ([[a, b], rijenA, rijenB]) => {
        const wws = [
          { id: 'p-een', naam: a },
          { id: 'p-twee', naam: b },
        ];
        // As a user's spreadsheet writes it: raw, quoted where needed.
        const tekst = Papa.unparse({ fields: KOP.split(';'), data: [...rijenA, ...rijenB].map((n) => [n, 'oplossing', 'PW', 'ja', 'basis']) }, { delimiter: ';' });
        for (const opties of [{}, { onbekendeWerkwijzen: 'apart' as const }]) {
          const r = importeerDossiers(tekst, wws, undefined, opties);
          expect(r.ok, r.ok ? '' : formatDossierFouten(r.fouten)).toBe(true);
          if (r.ok) {
            expect(r.tellingen.map((t) => [t.werkwijze, t.cohort])).toEqual([
              ['p-een', rijenA.length],
              ['p-twee', rijenB.length],
            ]);
          }
        }
      }),
      { numRuns: 150, seed: 4104 },
    );
  });
});

describe('dossier row errors in English (the English UI)', () => {
  const wwEn = [
    { id: 'regulier', naam: 'Reguliere werkwijze (FIG-route)' },
    { id: 'klantreis', naam: 'Klantreis Financiële Hulpverlening' },
  ];
  const kop = 'werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer';

  it('every kind of row and file error has an English text without Dutch words', async () => {
    const { nederlandseWoorden } = await import('../helpers/nederlands');
    const gevallen = [
      `${kop}\nklantreis;opgeloost;PW;ja;geen\nklantreis;;PW;ja;geen\nonbekend;oplossing;PW;ja;geen\nklantreis;oplossing;PW;misschien;geen`,
      'werkwijze;uitkomst\nklantreis;oplossing',
      `${kop};resultaat\nklantreis;oplossing;PW;ja;geen;uitval`,
      `${kop}\nklantreis;"oplossing;PW;ja;geen`,
      '',
      kop,
    ];
    for (const csv of gevallen) {
      const r = importeerDossiers(csv, wwEn);
      expect(r.ok, csv).toBe(false);
      if (r.ok) continue;
      for (const f of r.fouten) {
        expect(f.berichtEn, f.bericht).toBeDefined();
        expect(nederlandseWoorden(f.berichtEn!), f.berichtEn).toEqual([]);
      }
    }
  });

  it('formatDossierFouten: "line 2: …" in English, "regel 2: …" in Dutch, and the count of the rest', () => {
    const r = importeerDossiers(`${kop}\nklantreis;opgeloost;PW;ja;geen`, wwEn);
    if (r.ok) throw new Error('verwacht fouten');
    expect(formatDossierFouten(r.fouten, r.aantalFouten, 'en')).toBe("line 2: column 'uitkomst': 'opgeloost' is not recognised (did you mean 'opgelost'?)");
    expect(formatDossierFouten(r.fouten, r.aantalFouten)).toBe("regel 2: uitkomst 'opgeloost' is onbekend (bedoelde u 'opgelost'?)");
    expect(formatDossierFouten(r.fouten, 3, 'en')).toContain('… and 2 more errors');
    expect(formatDossierFouten(r.fouten, 2)).toContain('… en nog 1 fout');
    expect(formatDossierFouten(r.fouten, 2)).not.toContain('1 fouten');
  });
});

describe('tester #12: dubbele kolom, UTF-16, geen suggestie met de tegengestelde betekenis', () => {
  it("(a) een kolom die twee keer in de kopregel staat: een melding met de kolom en beide posities (nl en en), niets geteld", () => {
    const r = importeerDossiers(`${KOP};uitkomst\nklantreis;oplossing;PW;ja;geen;uitval\n`, ww);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatDossierFouten(r.fouten)).toBe("kolom 'uitkomst' staat twee keer in regel 1 (kolom 2 en 6); welke moet gelden? Laat er één staan.");
    expect(formatDossierFouten(r.fouten, r.aantalFouten, 'en')).toBe("column 'uitkomst' occurs twice in line 1 (columns 2 and 6); which one should count? Keep one.");
    // Two names for one column (uitkomst and resultaat), three times, after a blank line.
    const drie = importeerDossiers(`\nresultaat;${KOP};Uitkomst\nklantreis;oplossing;oplossing;PW;ja;geen;uitval\n`, ww);
    expect(!drie.ok && formatDossierFouten(drie.fouten)).toBe(
      "kolom 'uitkomst' staat 3 keer in regel 2 (kolom 1, 3 en 7) ('resultaat', 'uitkomst', 'Uitkomst' betekenen hetzelfde); welke moet gelden? Laat er één staan.",
    );
  });

  it("(c) budgetbeheer 'ja' krijgt geen suggestie die 'geen' betekent, maar de lijst van varianten", () => {
    const r = importeerDossiers(`${KOP}\nklantreis;oplossing;PW;ja;ja\n`, ww);
    expect(!r.ok && formatDossierFouten(r.fouten)).toBe("regel 2: budgetbeheer 'ja' is onbekend (verwacht 'geen', 'basis', 'plus', 'totaal')");
    expect(!r.ok && formatDossierFouten(r.fouten, 1, 'en')).toBe("line 2: column 'budgetbeheer': 'ja' is not recognised (expected 'geen', 'basis', 'plus', 'totaal')");
  });

  it('eigenschap: een ja-woord krijgt nooit een nee-woord als suggestie en omgekeerd, in elke kolom; een ontkenning nooit het woord zonder', () => {
    const ja = ['ja', 'j', 'yes', 'y', 'x', '1', 'waar', 'true', 'wel', 'Ja', 'JA '];
    const nee = ['nee', 'n', 'no', '0', 'onwaar', 'false', 'niet', 'geen', '-', 'n.v.t.', 'nvt'];
    const waarden = [...ja, ...nee, 'onopgelost', 'geen gestabiliseerd', 'niet opgelost', 'onwar', 'jaa', 'neee'];
    const isJa = (x: string) => ja.some((j) => j.trim().toLowerCase() === x);
    const isNee = (x: string) => nee.includes(x);
    fc.assert(
      fc.property(fc.constantFrom(...waarden), fc.integer({ min: 1, max: 4 }), (waarde, kolom) => {
        const cellen = ['klantreis', 'oplossing', 'PW', 'ja', 'geen'];
        cellen[kolom] = waarde;
        const r = importeerDossiers(`${KOP}\n${cellen.join(';')}\n`, ww);
        if (r.ok) return;
        for (const f of r.fouten) {
          const s = /bedoelde u '([^']*)'\?/.exec(f.bericht)?.[1];
          if (s === undefined) continue;
          const w = waarde.trim().toLowerCase();
          if (isJa(w)) expect(isNee(s), `${waarde} → ${s}`).toBe(false);
          if (isNee(w)) expect(isJa(s), `${waarde} → ${s}`).toBe(false);
          const stam = /^(?:geen|niet|non)[ -]?(.+)$|^on(.+)$/.exec(w);
          if (stam) expect(s.startsWith(stam[1] ?? stam[2]!), `${waarde} → ${s}`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
    // A typo still gets its word.
    const r = importeerDossiers(`${KOP}\nklantreis;opgeloost;PW;jaa;basiss\n`, ww);
    expect(!r.ok && r.fouten.map((f) => /bedoelde u '([^']*)'/.exec(f.bericht)?.[1])).toEqual(['opgelost', 'ja', 'basis']);
  });
});

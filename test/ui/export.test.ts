import { describe, expect, it } from 'vitest';
import { berekenScenario, vergelijk, type Scenario } from '../../src/model';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { BOM, csvBestandsnaam, csvBlob, csvGetal, csvTekst, resultatenCsv } from '../../src/ui/gedeeld/export/csv';

/** A minimal RFC 4180 reader for ';' (quoted fields, doubled quotes), enough to read our own output back. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let inQuotes = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else veld += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ';') {
      rij.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i++;
    } else veld += c;
  }
  if (veld || rij.length) rijen.push([...rij, veld]);
  return rijen;
}

const getal = (s: string | undefined) => Number((s ?? '').replace(',', '.'));

describe('CSV export of the results', () => {
  const r = berekenScenario(DEN_HAAG);
  const nl = leesCsv(resultatenCsv(DEN_HAAG, r, 'nl'));
  const vind = (label: string, vanaf = 0) => {
    const i = nl.findIndex((x, j) => j >= vanaf && x[0] === label);
    if (i < 0) throw new Error(`geen rij ${label}`);
    return nl[i]!;
  };

  it('uses semicolons, CRLF and decimal commas, amounts rounded to cents', () => {
    const tekst = resultatenCsv(DEN_HAAG, r, 'nl');
    expect(tekst.endsWith('\r\n')).toBe(true);
    expect(tekst.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const we = vind('Kortere uitkeringsduur (PW)');
    // Regulier, Klantreis (each for 23 clients and per client), then Klantreis − Regulier.
    expect(we.slice(1)).toEqual(['8978,15', '390,35', '22737,62', '988,59', '13759,47', '598,24']);
    expect(getal(we[3])).toBeCloseTo(22737.62, 2);
  });

  it('has the 3.13 table with all seven benefits, totals, balance and ratio', () => {
    const kop = vind('Onderdeel');
    expect(kop).toEqual([
      'Onderdeel',
      'Reguliere werkwijze (FIG-route) – voor 23 klanten',
      'Reguliere werkwijze (FIG-route) – per klant',
      'Klantreis Financiële Hulpverlening – voor 23 klanten',
      'Klantreis Financiële Hulpverlening – per klant',
      'Verschil Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route) – voor 23 klanten',
      'Verschil Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route) – per klant',
    ]);
    expect(vind('Investering').slice(1, 5)).toEqual(['35400,17', '1539,14', '59829,00', '2601,26']);
    expect(vind('Voorkomen kosten van re-integratie').slice(1, 5)).toEqual(['319,81', '13,90', '509,49', '22,15']);
    expect(getal(vind('Totaal baten')[3])).toBeCloseTo(55024.77, 2);
    expect(vind('Saldo (baten − investering)').slice(1, 5)).toEqual(['-10126,60', '-440,29', '-4804,23', '-208,88']);
    expect(vind('Baten/kosten-verhouding').slice(1)).toEqual(['0,7139', '0,7139', '0,9197', '0,9197']);
  });

  it('has the costs per item, the outcomes and the stakeholders', () => {
    expect(vind('Budgetbeheer').slice(1)).toEqual(['13', '4235,00', '11', '3829,00']);
    expect(vind('Totaal eigen cohort').slice(1)).toEqual(['29', '44635,00', '23', '59829,00']);
    expect(vind('In aanmerking voor baten (E)').slice(1)).toEqual(['8', '14']);
    expect(vind('Gemeente').slice(1)).toEqual(['11849,34', '28421,30']);
  });

  it('writes labels in the UI language', () => {
    const en = leesCsv(resultatenCsv(DEN_HAAG, r, 'en'));
    expect(en.some((x) => x[0] === 'Shorter welfare (PW) spell' && x[3] === '22737,62')).toBe(true);
    expect(en.some((x) => x[0] === 'Benefit-cost ratio')).toBe(true);
    expect(en.find((x) => x[0] === 'Item')?.[1]).toBe('Reguliere werkwijze (FIG-route) – for 23 clients');
  });

  it('writes "n.v.t." for the ratio of a pathway without costs', () => {
    const k = DEN_HAAG.werkwijzen[1]!;
    const s: Scenario = {
      ...DEN_HAAG,
      werkwijzen: [
        DEN_HAAG.werkwijzen[0]!,
        {
          ...k,
          kosten: {
            preparation: { bedrag: 0 },
            settlementPhase: { ...k.kosten.settlementPhase, bedrag: 0 },
            debtArrangement: { ...k.kosten.debtArrangement, bedrag: 0 },
            budgetManagement: {
              basis: { ...k.kosten.budgetManagement.basis, bedrag: 0 },
              plus: { ...k.kosten.budgetManagement.plus, bedrag: 0 },
              totaal: { ...k.kosten.budgetManagement.totaal, bedrag: 0 },
            },
          },
        },
      ],
    };
    const tekst = resultatenCsv(s, berekenScenario(s), 'nl');
    expect(leesCsv(tekst).find((x) => x[0] === 'Baten/kosten-verhouding')?.slice(3)).toEqual(['n.v.t.', 'n.v.t.']);
    expect(tekst).not.toMatch(/NaN|Infinity|-0,00/);
  });

  it('quotes where needed and defuses formulas in names', () => {
    const s: Scenario = { ...DEN_HAAG, werkwijzen: [{ ...DEN_HAAG.werkwijzen[0]!, naam: '=HYPERLINK("x";"y")' }, DEN_HAAG.werkwijzen[1]!] };
    const rijen = leesCsv(resultatenCsv(s, berekenScenario(s), 'nl'));
    expect(rijen.find((x) => x[0] === 'Uitkomst')?.[1]).toBe(`'=HYPERLINK("x";"y")`);
    expect(csvTekst('a;b')).toBe('"a;b"');
    expect(csvTekst('-1')).toBe("'-1");
    expect(csvGetal(-0.001, 2)).toBe('0,00');
    expect(csvGetal(Number.NaN, 2)).toBe('');
  });

  it('adds a UTF-8 byte order mark to the file and names it after the scenario', async () => {
    const blob = csvBlob('a;b\r\n');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(BOM).toBe('\uFEFF');
    expect(csvBestandsnaam(DEN_HAAG)).toBe('mkba-den-haag-klantreis-financiele-hulpverlening-versus-reguliere.csv');
  });
});

describe('CSV export: PM items', () => {
  it('lists every PM item with its pathway, rating in words and note; none without PM items', () => {
    const s: Scenario = structuredClone(DEN_HAAG);
    s.werkwijzen[1]!.pmPosten[3] = { effect: 'minderStress', beoordeling: '-', toelichting: 'Meer druk; "tijdelijk".' };
    s.werkwijzen[0]!.pmPosten = [{ effect: 'eigen', naam: '=Wachttijd', beoordeling: '0', toelichting: '' }];
    const rijen = leesCsv(resultatenCsv(s, berekenScenario(s), 'nl'));
    const kop = rijen.findIndex((x) => x[0]!.startsWith('Niet in geld uitgedrukte effecten (PM-posten)'));
    expect(kop).toBeGreaterThan(0);
    expect(rijen[kop + 1]).toEqual(['Werkwijze', 'Effect', 'Oordeel', 'Toelichting']);
    expect(rijen.slice(kop + 2).map((x) => x.slice(0, 3))).toEqual([
      ['Reguliere werkwijze (FIG-route)', "'=Wachttijd", 'geen verschil (0)'],
      ['Klantreis Financiële Hulpverlening', 'Financiële vaardigheden', 'positief (+)'],
      ['Klantreis Financiële Hulpverlening', 'Betere inkomenspositie', 'positief (+)'],
      ['Klantreis Financiële Hulpverlening', 'Betere ervaren gezondheid', 'positief (+)'],
      ['Klantreis Financiële Hulpverlening', 'Minder stress en meer rust', 'negatief (−)'],
    ]);
    expect(rijen[kop + 6]![3]).toBe('Meer druk; "tijdelijk".');
    const zonder = structuredClone(DEN_HAAG);
    zonder.werkwijzen[1]!.pmPosten = [];
    expect(resultatenCsv(zonder, berekenScenario(zonder), 'nl')).not.toContain('PM-posten');
  });
});

describe('CSV: the board summary first (issue 13 item 1)', () => {
  it('opens with the summary sentences and the two per-client differences: € 231,41 for society, € −341,60 for the gemeente', () => {
    const rijen = leesCsv(resultatenCsv(DEN_HAAG, berekenScenario(DEN_HAAG), 'nl'));
    const kop = rijen.findIndex((x) => x[0] === 'Samenvatting voor het bestuur');
    expect(kop).toBeGreaterThan(0);
    expect(kop).toBeLessThan(rijen.findIndex((x) => x[0] === 'Onderdeel'));
    expect(rijen[kop + 1]![0]).toBe('Voor de maatschappij');
    expect(rijen[kop + 2]![0]).toBe('Welvaartssaldo'); // the second perspective (issue 11 item 4)
    expect(rijen[kop + 3]!.map((x) => x.replace(/\u00a0/g, ' '))).toEqual([
      'Voor de begroting van de gemeente',
      'Voor de eigen begroting van de gemeente is Klantreis Financiële Hulpverlening € 342 per klant slechter dan Reguliere werkwijze (FIG-route): de gemeente betaalt alle kosten; de baten vallen voor een groot deel bij UWV, woningcorporaties, energie- en waterbedrijven, politie en zorgverzekeraars.',
    ]);
    const vind = (begin: string) => rijen.find((x) => x[0]!.startsWith(begin))!;
    expect(vind('Verschil saldo per klant voor de maatschappij')[1]).toBe('231,41');
    expect(vind('Verschil saldo per klant voor de gemeente')[1]).toBe('-341,60');
  });

  it('carries the Monte Carlo band when one is given', () => {
    const band = { trekkingen: 2000, verschil: { klantreis: { p5: -50, p95: 500, gemiddelde: 230, kansPositief: 0.87 } } };
    const tekst = resultatenCsv(DEN_HAAG, berekenScenario(DEN_HAAG), 'nl', band).replace(/\u00a0/g, ' ');
    expect(tekst).toContain('in 90% van 2.000 Monte Carlo-trekkingen ligt het tussen € −50 en € 500');
  });
});

describe('CSV: the chosen two-pathway comparison (Overzicht › Vergelijk twee werkwijzen)', () => {
  const drie = VOORBEELDEN.find((v) => v.scenario.werkwijzen.length === 3)!.scenario;
  const r = berekenScenario(drie);
  const rijen = (keuze: { a: string; b: string } | null) => leesCsv(resultatenCsv(drie, r, 'nl', null, keuze));
  const kop = 'Verschil Klantreis met nazorg − Klantreis Financiële Hulpverlening';

  it('adds the columns Klantreis met nazorg − Klantreis Financiële Hulpverlening to table 3.13, as the results table and the print: saldo € −270 / € −12 per klant', () => {
    const csv = rijen({ a: 'klantreis-nazorg', b: 'klantreis' });
    const onderdeel = csv.find((x) => x[0] === 'Onderdeel')!;
    const i = onderdeel.indexOf(`${kop} – voor ${r.referentieCohort} klanten`);
    expect(i).toBeGreaterThan(0);
    expect(onderdeel[i + 1]).toBe(`${kop} – per klant`);
    const v = vergelijk(r, 'klantreis-nazorg', 'klantreis')!;
    const saldo = csv.find((x) => x[0] === 'Saldo (baten − investering)')!;
    expect(saldo.slice(i, i + 2)).toEqual([v.saldo.totaal.toFixed(2).replace('.', ','), v.saldo.perKlant.toFixed(2).replace('.', ',')]);
    expect(Math.round(getal(saldo[i]))).toBe(-270);
    expect(Math.round(getal(saldo[i + 1]))).toBe(-12);
    const investering = csv.find((x) => x[0] === 'Investering')!;
    expect(getal(investering[i])).toBeCloseTo(v.kosten.totaal.toNumber(), 2);
    // Every row of the table has the two extra cells.
    expect(investering.length).toBe(onderdeel.length);
  });

  it('adds nothing for no choice, a pair already shown against the baseline, or a pathway that no longer exists', () => {
    const zonder = rijen(null).find((x) => x[0] === 'Onderdeel')!;
    expect(zonder).toHaveLength(1 + 2 * 3 + 2 * 2);
    expect(rijen({ a: 'klantreis', b: 'regulier' }).find((x) => x[0] === 'Onderdeel')).toEqual(zonder);
    expect(rijen({ a: 'klantreis-nazorg', b: 'weg' }).find((x) => x[0] === 'Onderdeel')).toEqual(zonder);
  });
});

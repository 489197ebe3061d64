/**
 * Every CSV the project writes (CLI --format csv and --csv-nl, the browser's results export, the
 * dossier template) writes its text cells through one writer, csvTekst in src/model/uitvoer/csv.ts.
 * The class tested here: any text, with separators, quotes, line breaks, formula triggers, C0/C1
 * controls, ESC sequences and bidi overrides, written and read back with papaparse, keeps the file's
 * shape (the same cells per row), starts no formula and carries no control character.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { berekenScenario, sluitAan, type Scenario } from '../src/model';
import { dossierSjabloon, importeerDossiers } from '../src/model/dossiers/importeer';
import { csvTekst, CSV_MACHINE, CSV_NL, naarCsv } from '../src/model/uitvoer/csv';
import { naarJson } from '../src/model/uitvoer/json';
import { resultatenCsv } from '../src/ui/gedeeld/export/csv';
import { kopie, laadDenHaag } from './helpers/scenario';

// C0 (with tab, CR and LF), DEL, C1, and the bidirectional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const STUURTEKEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** What Excel or LibreOffice would run as a formula (also after spaces, and the full-width forms). */
const FORMULE = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** Text with every troublesome character often, and any other Unicode code point. */
const lastigeTekst = (maxLength = 40) =>
  fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', ';', '"', "'", ' ', '\u00a0', '\u001b', '\u001b]0;x\u0007', '\u0000', '\u007f', '\u0085', '\u009b', '\u202e', '\u2066', '\u200f', '\uff1d', '\u2028') },
      { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom('a', 'Klantreis', 'é', '€', '1', '0,5') },
    ),
    maxLength,
  });

const parse = (tekst: string, delimiter: string) => Papa.parse<string[]>(tekst.replace(/^\ufeff/, ''), { delimiter, newline: '\r\n', skipEmptyLines: false });

function controleerCellen(rijen: string[][], isGetal: (rij: number, kolom: number) => boolean = () => false) {
  rijen.forEach((rij, i) =>
    rij.forEach((cel, k) => {
      expect(STUURTEKEN.test(cel), `stuurteken in rij ${i}, kolom ${k}: ${JSON.stringify(cel)}`).toBe(false);
      if (!isGetal(i, k)) expect(FORMULE.test(cel), `formule in rij ${i}, kolom ${k}: ${JSON.stringify(cel)}`).toBe(false);
    }),
  );
}

describe('csvTekst: elke tekst blijft één cel, zonder formule en zonder stuurtekens', () => {
  it.each([',', ';', '\t'] as const)('scheidingsteken %j: papaparse leest dezelfde cellen terug', (sep) => {
    fc.assert(
      fc.property(fc.array(fc.array(lastigeTekst(), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rijen) => {
        const tekst = rijen.map((r) => r.map((c) => csvTekst(c, sep)).join(sep)).join('\r\n') + '\r\n';
        const r = parse(tekst, sep);
        expect(r.errors).toEqual([]);
        // The last, empty line after the final CRLF.
        expect(r.data.slice(0, -1).map((x) => x.length)).toEqual(rijen.map((x) => x.length));
        controleerCellen(r.data);
        // Each cell is its text, apart from the apostrophe before a formula, spaces for line breaks
        // and tabs, and visible stand-ins for control characters: never longer by more than the apostrophe.
        r.data.slice(0, -1).forEach((rij, i) => rij.forEach((cel, k) => expect([...cel].length).toBeLessThanOrEqual([...rijen[i]![k]!].length + 1)));
      }),
      { numRuns: 200, seed: 1007 },
    );
  });

  it('een cel met de andere scheidingsteken staat tussen aanhalingstekens (Nederlandse Excel splitst op ;, een programma op ,)', () => {
    fc.assert(
      fc.property(lastigeTekst(), fc.constantFrom(',', ';', '\t'), (t, sep) => {
        const cel = csvTekst(t, sep);
        if (/[,;\t]/.test(cel)) expect(cel.startsWith('"') && cel.endsWith('"')).toBe(true);
      }),
      { numRuns: 1000, seed: 1008 },
    );
  });

  it('de voorbeelden uit het issue', () => {
    expect(csvTekst('Regulier;=1+1;', ',')).toBe('"Regulier;=1+1;"');
    expect(csvTekst('Regulier,=1+1,', ';')).toBe('"Regulier,=1+1,"');
    expect(csvTekst('=1+1', ',')).toBe("'=1+1");
    expect(csvTekst('@SUM(A1)', ';')).toBe("'@SUM(A1)");
    expect(csvTekst('\t=1+1', ';')).toBe("' =1+1");
    expect(csvTekst('\r=1+1', ';')).toBe("' =1+1");
    expect(csvTekst('  -2+3', ';')).toBe("'  -2+3");
    expect(csvTekst('\uff1d1+1', ';')).toBe("'\uff1d1+1");
    expect(csvTekst('Den Haag\u001b]0;gekaapt\u0007\u001b[2J', ',')).toBe('"Den Haag\u241b]0;gekaapt\u2407\u241b[2J"');
    expect(csvTekst('LINKS\u202eSRAHCER', ',')).toBe('LINKS\ufffdSRAHCER');
    expect(csvTekst('Klantreis\u009b31m', ',')).toBe('Klantreis\ufffd31m');
    expect(csvTekst('gewoon', ',')).toBe('gewoon');
    expect(csvTekst('Financiële hulp € 1.539', ';')).toBe('Financiële hulp € 1.539');
  });
});

/** Den Haag with a title and names (unique: the index is in them) from the generator. */
function metNamen(titel: string, namen: [string, string], toelichting: string): Scenario {
  const s = kopie(laadDenHaag());
  s.titel = titel;
  s.werkwijzen[0]!.naam = `${namen[0]}#0`;
  s.werkwijzen[1]!.naam = `${namen[1]}#1`;
  s.werkwijzen[1]!.pmPosten = [{ effect: 'eigen', naam: namen[1], beoordeling: '+', toelichting }];
  return s;
}

describe('elke CSV van het project: dezelfde vorm, geen formules, geen stuurtekens, wat de namen ook zijn', () => {
  const gewoon = metNamen('Titel', ['A', 'B'], 'toelichting');

  it('CLI --format csv en --csv-nl', () => {
    const vorm = (s: Scenario, opties: typeof CSV_MACHINE) => {
      const r = berekenScenario(s);
      return parse(naarCsv(naarJson(s, r, sluitAan(s, r), {}), opties), opties.scheidingsteken).data;
    };
    for (const opties of [CSV_MACHINE, CSV_NL]) {
      const referentie = vorm(gewoon, opties).map((r) => r.length);
      fc.assert(
        fc.property(lastigeTekst(), lastigeTekst(), lastigeTekst(), (titel, a, b) => {
          const rijen = vorm(metNamen(titel, [a, b], ''), opties);
          expect(rijen.map((r) => r.length)).toEqual(referentie);
          // Columns total and perClient hold numbers ("-4804.23" is a number, not a formula).
          controleerCellen(rijen, (_i, k) => k >= 5);
        }),
        { numRuns: 60, seed: 1009 },
      );
    }
  });

  it('de CSV-export in de browser (resultatenCsv), Nederlands en Engels', () => {
    const vorm = (s: Scenario, taal: 'nl' | 'en') => parse(resultatenCsv(s, berekenScenario(s), taal), ';').data;
    for (const taal of ['nl', 'en'] as const) {
      const referentie = vorm(gewoon, taal).map((r) => r.length);
      fc.assert(
        fc.property(lastigeTekst(), lastigeTekst(), lastigeTekst(), lastigeTekst(200), (titel, a, b, toelichting) => {
          const rijen = vorm(metNamen(titel, [a, b], toelichting), taal);
          expect(rijen.map((r) => r.length)).toEqual(referentie);
          // Amount cells are numbers with a decimal comma (a negative saldo starts with "-").
          controleerCellen(rijen.map((r) => r.map((c) => (/^-?\d+(,\d+)?$/.test(c) ? '0' : c))));
        }),
        { numRuns: 60, seed: 1010 },
      );
    }
  });

  it('het dossiersjabloon: dezelfde vorm, en het leest terug met de werkwijzen van het scenario', () => {
    fc.assert(
      fc.property(lastigeTekst(), lastigeTekst(), (a, b) => {
        const s = metNamen('Titel', [a, b], '');
        const ww = s.werkwijzen.map((w) => ({ id: w.id, naam: w.naam }));
        const tekst = dossierSjabloon(ww);
        const rijen = parse(tekst, ';').data.slice(0, -1);
        expect(rijen.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
        controleerCellen(rijen);
        const r = importeerDossiers(tekst, ww);
        expect(r.ok && r.tellingen.map((t) => [t.werkwijze, t.cohort])).toEqual([
          ['regulier', 2],
          ['klantreis', 2],
        ]);
      }),
      { numRuns: 200, seed: 1011 },
    );
  });
});

/**
 * Fuzzing the dossier CSV importer (importeerDossiers, src/model/dossiers/importeer.ts): arbitrary
 * text, and generated dossier files with valid and invalid cells, shuffled and renamed columns, an
 * extra free-text column (quotes, separators, line breaks inside quotes), `;` `,` or tab, quoted or
 * not, BOM, CRLF and blank lines. It never throws; every error has a line number ≥ 1 (the line where
 * the row starts, as a person counts) or is about the file as a whole; on success the counts add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGETBEHEER_VARIANTEN, UITKOMSTEN } from '../../src/model';
import { importeerDossiers, type DossierImport } from '../../src/model/dossiers/importeer';
import { GEEN_TIJDSLIMIET, fuzzOpties, problemenMetMelding } from './hulp';

const WERKWIJZEN = [
  { id: 'regulier', naam: 'Reguliere werkwijze (FIG-route)' },
  { id: 'klantreis', naam: 'Klantreis Financiële Hulpverlening' },
];

function importeer(tekst: string): DossierImport {
  try {
    return importeerDossiers(tekst, WERKWIJZEN);
  } catch (e) {
    throw new Error(`importeerDossiers gooide een fout: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** The general promises, for any input. */
function controleerVorm(r: DossierImport) {
  if (r.ok) {
    const totaal = r.tellingen.reduce((a, t) => a + t.cohort, 0);
    expect(totaal).toBe(r.rijen);
    for (const t of r.tellingen) {
      expect(t.cohort).toBeGreaterThan(0);
      expect(UITKOMSTEN.reduce((a, u) => a + t.uitkomsten[u], 0)).toBe(t.cohort);
      expect(t.inkomen.PW + t.inkomen.werk + t.inkomen.anders).toBe(t.cohort);
      expect(t.schuldregelfase).toBeLessThanOrEqual(t.cohort);
      expect(BUDGETBEHEER_VARIANTEN.reduce((a, v) => a + t.budgetbeheer[v], 0)).toBeLessThanOrEqual(t.cohort);
      if (t.klanttypen) expect(t.klanttypen.zelfstandig + t.klanttypen.afhankelijk + t.klanttypen.kwetsbaar).toBeLessThanOrEqual(t.cohort);
    }
  } else {
    expect(r.fouten.length).toBeGreaterThan(0);
    expect(r.aantalFouten).toBeGreaterThanOrEqual(r.fouten.length);
    for (const f of r.fouten) {
      if (f.regel !== null) expect(Number.isInteger(f.regel) && f.regel >= 1, `regel ${f.regel}`).toBe(true);
      else expect(f.bericht, 'zonder regel: over het bestand als geheel').toMatch(/bestand/i);
      expect(problemenMetMelding(f.bericht), f.bericht).toEqual([]);
    }
  }
}

// ---- generated dossier files -------------------------------------------------------------------------

type Kolom = 'werkwijze' | 'uitkomst' | 'inkomen' | 'schuldregelfase' | 'budgetbeheer' | 'klanttype' | 'opmerking';
const KOPNAMEN: Record<Kolom, string[]> = {
  werkwijze: ['werkwijze', 'Werkwijze', 'traject', 'ROUTE'],
  uitkomst: ['uitkomst', 'Uitkomst', 'resultaat'],
  inkomen: ['inkomen', 'Type inkomen', 'soort inkomen'],
  schuldregelfase: ['schuldregelfase', 'Fase schulden regelen', 'gestart met schulden regelen'],
  budgetbeheer: ['budgetbeheer', 'Budgetbeheer variant'],
  klanttype: ['klanttype', 'Type klant'],
  opmerking: ['opmerking', 'Toelichting bij dossier'],
};

/** Valid spellings with what they mean. */
const GELDIG = {
  werkwijze: [['regulier', 'regulier'], ['Klantreis', 'klantreis'], ['KLANTREIS FINANCIËLE HULPVERLENING', 'klantreis'], [' Reguliere werkwijze (FIG-route) ', 'regulier']],
  uitkomst: [['oplossing', 'oplossing'], ['Opgelost', 'oplossing'], ['stabiel', 'gestabiliseerd'], ['Gestabiliseerd', 'gestabiliseerd'], ['uitval', 'geenOplossing'], ['geen oplossing', 'geenOplossing'], ['nog bezig', 'inSchuldregelfase']],
  inkomen: [['PW', 'PW'], ['bijstand', 'PW'], ['werk', 'werk'], ['Loon', 'werk'], ['anders', 'anders'], ['WW', 'anders'], ['AOW', 'anders']],
  schuldregelfase: [['ja', 'ja'], ['J', 'ja'], ['x', 'ja'], ['1', 'ja'], ['nee', 'nee'], ['N', 'nee'], ['0', 'nee']],
  budgetbeheer: [['geen', 'geen'], ['-', 'geen'], ['n.v.t.', 'geen'], ['', 'geen'], ['basis', 'basis'], ['Plus', 'plus'], ['budgetbeheer totaal', 'totaal']],
  klanttype: [['zelfstandig', 'zelfstandig'], ['Afhankelijke', 'afhankelijk'], ['kwetsbaar', 'kwetsbaar'], ['', '']],
} as const satisfies Record<Exclude<Kolom, 'opmerking'>, readonly (readonly [string, string])[]>;
const ONGELDIG = ['?', 'onbekend', 'misschien', 'xyz', '12345', 'n/a'];

type Cel = { tekst: string; betekenis: string | null };
const cel = (k: keyof typeof GELDIG, ongeldigeKans: number): fc.Arbitrary<Cel> =>
  fc.oneof(
    { weight: 100 - ongeldigeKans, arbitrary: fc.constantFrom(...GELDIG[k]).map(([tekst, betekenis]) => ({ tekst, betekenis })) },
    // An empty required cell is an error too (not for budgetbeheer and klanttype, where empty means none).
    { weight: ongeldigeKans, arbitrary: fc.constantFrom(...ONGELDIG, ...(k === 'werkwijze' || k === 'budgetbeheer' || k === 'klanttype' ? [] : [''])).map((tekst) => ({ tekst, betekenis: null })) },
  );

const rijArb = (ongeldigeKans: number) =>
  fc.record({
    werkwijze: cel('werkwijze', ongeldigeKans),
    uitkomst: cel('uitkomst', ongeldigeKans),
    inkomen: cel('inkomen', ongeldigeKans),
    schuldregelfase: cel('schuldregelfase', ongeldigeKans),
    budgetbeheer: cel('budgetbeheer', ongeldigeKans),
    klanttype: cel('klanttype', ongeldigeKans),
    opmerking: fc.oneof(fc.constantFrom('', 'geen', 'klant zegt: "later"', 'a;b,c\td', 'regel 1\nregel 2', 'x\r\ny\r\nz'), fc.string({ maxLength: 20 })),
    legeRegelsErvoor: fc.constantFrom(0, 0, 0, 1, 2),
    // A solution or "still in the phase" with schuldregelfase "nee" contradicts itself (refused): in one row of ten.
    tegenstrijdigMag: fc.nat(9).map((x) => x === 0),
    ja: fc.constantFrom(...GELDIG.schuldregelfase.filter(([, b]) => b === 'ja')).map(([tekst, betekenis]) => ({ tekst, betekenis })),
  }).map(({ tegenstrijdigMag, ja, ...rij }) =>
    !tegenstrijdigMag && (rij.uitkomst.betekenis === 'oplossing' || rij.uitkomst.betekenis === 'inSchuldregelfase') && rij.schuldregelfase.betekenis === 'nee' ? { ...rij, schuldregelfase: ja } : rij,
  );

const bestandArb = fc.record({
  kolommen: fc.tuple(fc.boolean(), fc.boolean()).chain(([klanttype, opmerking]) => {
    const k: Kolom[] = ['werkwijze', 'uitkomst', 'inkomen', 'schuldregelfase', 'budgetbeheer', ...(klanttype ? ['klanttype' as const] : []), ...(opmerking ? ['opmerking' as const] : [])];
    return fc.shuffledSubarray(k, { minLength: k.length, maxLength: k.length });
  }),
  kopnaam: fc.nat(),
  sep: fc.constantFrom(';', ',', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  quote: fc.constantFrom('nooit', 'altijd', 'soms'),
  quoteZaad: fc.nat(),
  leeg: fc.constantFrom('', ' ', 'sep'),
  rijen: fc.integer({ min: 0, max: 20 }).chain((n) => fc.nat(30).chain((kans) => fc.array(rijArb(kans), { minLength: n, maxLength: n }))),
  slotregel: fc.boolean(),
  /** A row whose last cell opens a quote that is never closed (the rest of the file would be one cell). */
  openQuote: fc.option(fc.nat(), { nil: null }),
});
type Bestand = typeof bestandArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes the file, and for each row the line it starts on. */
function schrijf(b: Bestand): { tekst: string; regels: number[]; openRegel: number | null } {
  let teller = b.quoteZaad;
  const moetQuoten = (s: string) => s.includes(b.sep) || /["\r\n]/.test(s) || /^\s|\s$/.test(s);
  const veld = (s: string) => {
    teller = (teller * 1103515245 + 12345) >>> 0;
    const quoten = moetQuoten(s) || b.quote === 'altijd' || (b.quote === 'soms' && teller % 2 === 0);
    return quoten ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const kop = b.kolommen.map((k) => KOPNAMEN[k][b.kopnaam % KOPNAMEN[k].length]!);
  let tekst = (b.bom ? '\ufeff' : '') + kop.map(veld).join(b.sep) + b.eol;
  const regels: number[] = [];
  const regelNu = () => 1 + (tekst.match(/\n/g)?.length ?? 0);
  const legeRegel = b.leeg === 'sep' ? b.sep.repeat(b.kolommen.length - 1) : b.leeg;
  const open = b.openQuote === null || b.rijen.length === 0 ? -1 : b.openQuote % b.rijen.length;
  b.rijen.forEach((r, i) => {
    for (let j = 0; j < r.legeRegelsErvoor; j++) tekst += legeRegel + b.eol;
    regels.push(regelNu());
    const cellen = b.kolommen.map((k) => veld(k === 'opmerking' ? r.opmerking : r[k].tekst));
    if (i === open) cellen[cellen.length - 1] = '"belt nog terug';
    tekst += cellen.join(b.sep) + b.eol;
  });
  if (!b.slotregel) tekst = tekst.slice(0, tekst.length - b.eol.length);
  return { tekst, regels, openRegel: open >= 0 ? regels[open]! : null };
}

describe('dossierimport: regressies gevonden door de fuzzer', () => {
  const KOP = 'werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer;opmerking';
  it('een niet afgesloten aanhalingsteken verliest geen dossiers maar wordt gemeld op zijn regel', () => {
    const rijen = Array.from({ length: 10 }, (_, i) => `klantreis;oplossing;PW;ja;geen;${i === 2 ? '"belt terug' : 'ok'}`);
    const r = importeer([KOP, ...rijen].join('\n') + '\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten).toEqual([
        { regel: 4, bericht: expect.stringMatching(/^een aanhalingsteken \("\) wordt niet goed afgesloten/), berichtEn: expect.stringMatching(/^a quotation mark \("\) is not closed/) },
      ]);
    }
    const kapot = importeer(`${KOP}\nklantreis;oplossing;PW;ja;geen;"x"y\nklantreis;oplossing;PW;ja;geen;ok\n`);
    expect(!kapot.ok && kapot.fouten[0]).toEqual({ regel: 2, bericht: expect.stringContaining('aanhalingsteken'), berichtEn: expect.stringContaining('quotation mark') });
  });

  it('een kopregel met een open aanhalingsteken geeft een korte melding, niet het hele bestand', () => {
    const r = importeer('werkwijze;uitkomst;"inkomen;schuldregelfase;budgetbeheer\n' + 'klantreis;oplossing;PW;ja;geen\n'.repeat(20_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten[0]!.regel).toBe(1);
      expect(r.fouten[0]!.bericht.length).toBeLessThan(300);
    }
    const breed = importeer(`${Array.from({ length: 50 }, (_, i) => `kolom${i}${'x'.repeat(100)}`).join(';')}\n1;2\n`);
    expect(!breed.ok && problemenMetMelding(breed.fouten[0]!.bericht)).toEqual([]);
  });
});

describe('fuzz: importeerDossiers', () => {
  it('willekeurige tekst: gooit nooit; fouten met regelnummer of over het bestand', GEEN_TIJDSLIMIET, () => {
    const tekst = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 7 }), { maxLength: 12 }).map((r) => r.map((c) => c.join(';')).join('\n')),
      fc.string({ unit: fc.constantFrom(';', ',', '\t', '"', '\n', '\r', ' ', 'a', '\ufeff'), maxLength: 200 }),
      fc.string({ maxLength: 100 }).map((s) => `werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer\n${s}`),
    );
    fc.assert(
      fc.property(tekst, (t) => controleerVorm(importeer(t))),
      fuzzOpties(400, 610_301),
    );
  });

  it('gegenereerde dossierbestanden: tellingen kloppen; elke fout op de regel waar de rij begint', GEEN_TIJDSLIMIET, () => {
    let gelukt = 0;
    let mislukt = 0;
    fc.assert(
      fc.property(bestandArb, (b) => {
        const { tekst, regels, openRegel } = schrijf(b);
        const r = importeer(tekst);
        controleerVorm(r);
        if (openRegel !== null) {
          // Never a silent loss of the rows after an opened quote: the file is refused, with an error on
          // that line or later (a later quote may close it, and the rows after it then no longer line up).
          expect(r.ok, 'een open aanhalingsteken wordt gemeld').toBe(false);
          if (r.ok) return;
          if (r.aantalFouten === r.fouten.length) expect(r.fouten.some((f) => f.regel !== null && f.regel >= openRegel), JSON.stringify(r.fouten.slice(-3))).toBe(true);
          mislukt++;
          return;
        }
        const heeft = (k: Kolom) => b.kolommen.includes(k);
        const fout = (rij: Bestand['rijen'][number]) =>
          (['werkwijze', 'uitkomst', 'inkomen', 'schuldregelfase', 'budgetbeheer'] as const).some((k) => rij[k].betekenis === null) ||
          (heeft('klanttype') && rij.klanttype.betekenis === null) ||
          // A solution or "still in the phase" means the client started it: with schuldregelfase "nee" a contradiction, refused on its line.
          ((rij.uitkomst.betekenis === 'oplossing' || rij.uitkomst.betekenis === 'inSchuldregelfase') && rij.schuldregelfase.betekenis === 'nee');
        const foutRegels = b.rijen.flatMap((rij, i) => (fout(rij) ? [regels[i]!] : []));
        if (b.rijen.length === 0) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.fouten[0]!.bericht).toMatch(/geen dossiers|leeg/);
          return;
        }
        if (foutRegels.length === 0) {
          expect(r.ok, r.ok ? '' : JSON.stringify(r.fouten.slice(0, 3))).toBe(true);
          if (!r.ok) return;
          gelukt++;
          expect(r.rijen).toBe(b.rijen.length);
          for (const id of ['regulier', 'klantreis']) {
            const mijn = b.rijen.filter((rij) => rij.werkwijze.betekenis === id);
            const t = r.tellingen.find((x) => x.werkwijze === id);
            expect(t?.cohort ?? 0).toBe(mijn.length);
            if (!t) continue;
            for (const u of UITKOMSTEN) expect(t.uitkomsten[u]).toBe(mijn.filter((rij) => rij.uitkomst.betekenis === u).length);
            expect(t.inkomen.PW).toBe(mijn.filter((rij) => rij.inkomen.betekenis === 'PW').length);
            expect(t.schuldregelfase).toBe(mijn.filter((rij) => rij.schuldregelfase.betekenis === 'ja').length);
            for (const v of BUDGETBEHEER_VARIANTEN) expect(t.budgetbeheer[v]).toBe(mijn.filter((rij) => rij.budgetbeheer.betekenis === v).length);
            if (heeft('klanttype')) expect(t.klanttypen?.kwetsbaar).toBe(mijn.filter((rij) => rij.klanttype.betekenis === 'kwetsbaar').length);
            else expect(t.klanttypen).toBeNull();
          }
        } else {
          expect(r.ok).toBe(false);
          if (r.ok) return;
          mislukt++;
          const gemeld = new Set(r.fouten.map((f) => f.regel));
          for (const g of gemeld) expect(foutRegels, `fout gemeld op regel ${g}; rijen met fouten beginnen op ${foutRegels.join(', ')}`).toContain(g);
          if (r.aantalFouten === r.fouten.length) for (const g of foutRegels) expect(gemeld.has(g), `geen fout gemeld op regel ${g}`).toBe(true);
        }
      }),
      fuzzOpties(400, 610_302),
    );
    expect(gelukt).toBeGreaterThan(0);
    expect(mislukt).toBeGreaterThan(0);
  });
});

describe("fuzz: importeerDossiers met onbekendeWerkwijzen 'apart' (de import in de app)", () => {
  it('gooit nooit; een onbekende werkwijze is een eigen telling, geen fout; hoogstens 20 werkwijzen', GEEN_TIJDSLIMIET, () => {
    fc.assert(
      fc.property(bestandArb, (b) => {
        const { tekst, openRegel } = schrijf(b);
        let r: DossierImport;
        try {
          r = importeerDossiers(tekst, WERKWIJZEN, undefined, { onbekendeWerkwijzen: 'apart' });
        } catch (e) {
          throw new Error(`importeerDossiers gooide een fout: ${e instanceof Error ? e.stack : String(e)}`);
        }
        controleerVorm(r);
        if (openRegel !== null) expect(r.ok).toBe(false);
        if (!r.ok) {
          // A non-empty pathway name is never an error in this mode.
          for (const f of r.fouten) expect(f.bericht).not.toMatch(/^werkwijze '/);
          return;
        }
        expect(r.tellingen.length).toBeLessThanOrEqual(20);
        for (const t of r.tellingen) {
          expect(t.herkend).toBe(t.werkwijze !== '');
          expect(t.naam.trim()).toBe(t.naam);
          expect(t.naam.length).toBeGreaterThan(0);
        }
        // Unknown names count apart: every row is in exactly one count.
        const onbekend = b.rijen.filter((rij) => rij.werkwijze.betekenis === null).length;
        expect(r.tellingen.filter((t) => !t.herkend).reduce((a, t) => a + t.cohort, 0)).toBe(onbekend);
      }),
      fuzzOpties(300, 610_303),
    );
  });
});

/**
 * Messages about bad input say exactly what was found, without contradicting themselves: enough
 * digits (9,0001 where a whole number is needed; 99,99999% where 100% is needed), never "-0%", never
 * hundreds of digits or characters of file text; a JSON syntax error always says where; a file that is
 * not UTF-8 is refused at the bytes; ranges in onzekerheid.bereiken fit their input's unit.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatAandeel, formatAandeelGevonden, formatGevonden } from '../../src/format/getal';
import { decodeerScenarioBytes, formatFouten, leesScenario, leesScenarioBytes, valideerScenario } from '../../src/model';
import { zoekJsonFout } from '../../src/model/scenario/jsonFout';
import { eenheidVanSleutel } from '../../src/model/scenario/onzekerheidSchema';
import { beschrijfWaarde, geheelGetal, getal, kort } from '../../src/model/scenario/velden';
import { DEN_HAAG_PAD } from '../helpers/scenario';

const tekst = readFileSync(DEN_HAAG_PAD, 'utf8');
const basis = () => JSON.parse(tekst);

function meldingen(wijzig: (d: any) => void): string {
  const d = basis();
  wijzig(d);
  const v = valideerScenario(d);
  expect(v.ok).toBe(false);
  return v.ok ? '' : formatFouten(v.fouten);
}

/** The message zod gives for `x` against `schema` (the first one). */
function zodMelding(schema: z.ZodType, x: unknown): string {
  const r = schema.safeParse(x);
  expect(r.success).toBe(false);
  return r.success ? '' : r.error.issues[0]!.message;
}

describe('getallen in meldingen', () => {
  it('formatAandeel rondt eerst af: een heel klein negatief aandeel is "0%", nooit "-0%"', () => {
    expect(formatAandeel(-1e-7)).toBe('0%');
    expect(formatAandeel(-0.0004)).toBe('0%');
    expect(formatAandeel(-0.0004, 'en')).toBe('0%');
    expect(formatAandeel(-0.0006)).toBe('-0,1%');
    expect(formatAandeel(0.435)).toBe('43,5%');
  });

  it('formatGevonden toont elk cijfer dat ertoe doet, compact bij enorme en minuscule getallen', () => {
    expect(formatGevonden(9.0001)).toBe('9,0001');
    expect(formatGevonden(23.5)).toBe('23,5');
    expect(formatGevonden(-1700)).toBe('−1.700');
    expect(formatGevonden(-1e-7)).toBe('−0,0000001');
    expect(formatGevonden(4_000_000_000.5)).toBe('4.000.000.000,5');
    expect(formatGevonden(0.1 + 0.2)).toBe('0,3');
    expect(formatGevonden(1e308)).toBe('1e308');
    expect(formatGevonden(-1.5e300)).toBe('−1,5e300');
    expect(formatGevonden(1e-300)).toBe('1e−300');
    expect(formatGevonden(-0)).toBe('0');
    expect(formatGevonden(Infinity)).toBe('een getal dat te groot is om mee te rekenen');
    expect(formatGevonden(9.0001, 'en')).toBe('9.0001');
  });

  it('formatGevonden: kort, nooit "-0", en een breuk ziet er nooit heel uit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer().map((n) => n + 1e-11)), (x) => {
        const t = formatGevonden(x);
        expect(t.length).toBeLessThanOrEqual(Number.isFinite(x) ? 32 : 60);
        expect(t).not.toMatch(/^-0([,.]0*)?$/);
        // A fraction (below 10^15) shows a decimal comma or an exponent: "moet een heel getal zijn, maar is 9" never happens.
        if (Number.isFinite(x) && !Number.isInteger(x) && Math.abs(x) < 1e15) expect(t, String(x)).toMatch(/,|e/);
      }),
      { numRuns: 2000, seed: 610_601 },
    );
  });

  it('formatAandeelGevonden: een net gemiste grens blijft zichtbaar', () => {
    expect(formatAandeelGevonden(0.9999999)).toBe('99,99999%');
    expect(formatAandeelGevonden(0.5 + 0.4999999)).toBe('99,99999%');
    expect(formatAandeelGevonden(1.0000001)).toBe('100,00001%');
    expect(formatAandeelGevonden(-1e-7)).toBe('−0,00001%');
    expect(formatAandeelGevonden(-1e-9)).toBe('−0,0000001%');
    expect(formatAandeelGevonden(17.4)).toBe('1.740%');
    expect(formatAandeelGevonden(0)).toBe('0%');
  });

  it('een aandeel buiten 0–100% wordt nooit getoond als 0% of 100%', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1, max: -Number.MIN_VALUE, noNaN: true }), fc.double({ min: 1 + 1e-15, max: 1e6, noNaN: true })), (x) => {
        const t = formatAandeelGevonden(x);
        expect(['0%', '-0%', '−0%', '100%']).not.toContain(t);
        expect(t).not.toMatch(/^[-−]0(,0*)?%$/);
      }),
      { numRuns: 2000, seed: 610_602 },
    );
  });
});

describe('elke controle zijn eigen, juiste melding', () => {
  it('getal() zonder eigen melding bij een controle: geen "moet een getal zijn" voor een getal', () => {
    expect(zodMelding(getal().min(1), 0)).toBe('moet minstens 1 zijn, maar is 0');
    expect(zodMelding(getal().positive(), 0)).toBe('moet groter dan 0 zijn, maar is 0');
    expect(zodMelding(getal().max(5), 6.5)).toBe('mag hoogstens 5 zijn, maar is 6,5');
    expect(zodMelding(getal().lt(5), 5)).toBe('moet kleiner dan 5 zijn, maar is 5');
    expect(zodMelding(getal().int(), 9.0001)).toBe('moet een heel getal zijn, maar is 9,0001');
    expect(zodMelding(getal(), 'a')).toBe('moet een getal zijn, maar is tekst "a"');
  });

  it('publicatie.referentieCohort 0 en 23,5', () => {
    expect(meldingen((d) => (d.publicatie.referentieCohort = 0))).toBe('publicatie.referentieCohort: moet minstens 1 klant zijn');
    expect(meldingen((d) => (d.publicatie.referentieCohort = 23.5))).toBe('publicatie.referentieCohort: moet een heel aantal klanten zijn, maar is 23,5');
  });

  it('een bijna heel aantal en een bijna volle verdeling spreken zichzelf niet tegen', () => {
    expect(meldingen((d) => (d.werkwijzen[1].kosten.settlementPhase.aantal = 9.0001))).toBe(
      'werkwijzen[1].kosten.settlementPhase.aantal: moet een heel aantal klanten zijn, maar is 9,0001',
    );
    expect(meldingen((d) => (d.verdeling['homelessness.careSafety'] = { politie: 0.5, zorgverzekeraars: 0.4999999 }))).toBe(
      'verdeling.homelessness.careSafety: de aandelen tellen op tot 99,99999%, maar moeten samen 100% zijn',
    );
    expect(meldingen((d) => (d.werkwijzen[0].samenstelling.aandeelPW = -1e-7))).toBe('werkwijzen[0].samenstelling.aandeelPW: moet tussen 0% en 100% liggen, maar is −0,00001%');
  });

  it('een geheel getal van 1e308 geeft één melding over de grens, geen 400 cijfers', () => {
    expect(zodMelding(geheelGetal(0, 10), 1e308)).toBe('mag hoogstens 10 zijn, maar is 1e308');
    const m = meldingen((d) => (d.werkwijzen[1].uitkomsten.oplossing = 1e308));
    expect(m).toBe('werkwijzen[1].uitkomsten.oplossing: is groter dan 100.000.000 klanten\nwerkwijzen[1].uitkomsten: de aantallen tellen op tot 1e308, maar het cohort is 23');
  });

  it('een ongeldige sleutel in een record: de melding noemt de sleutel en wat mag', () => {
    expect(meldingen((d) => (d.prijspeil.inflatie = { 'vorig jaar': 0.02 }))).toBe('prijspeil.inflatie.vorig jaar: de sleutel "vorig jaar" moet een jaartal zijn (bijv. "2015")');
    expect(meldingen((d) => (d.prijspeil.factoren = { '2016a': 1.1 }))).toBe('prijspeil.factoren.2016a: de sleutel "2016a" moet een jaartal zijn (bijv. "2015")');
  });
});

describe('tekst uit het bestand in meldingen', () => {
  it('een waarde van de verkeerde soort wordt beschreven zoals in het bestand', () => {
    expect(beschrijfWaarde(2020)).toBe('het getal 2020');
    expect(beschrijfWaarde(23.5)).toBe('het getal 23.5');
    expect(beschrijfWaarde(1e21)).toBe('het getal 1e21');
    expect(beschrijfWaarde('x'.repeat(100))).toBe(`tekst "${'x'.repeat(60)}…"`);
    expect(meldingen((d) => (d.titel = 2020))).toBe('titel: moet tekst zijn, maar is het getal 2020');
  });

  it('lange namen en sleutels worden afgekapt, veel onbekende velden samengevat', () => {
    expect(kort('a'.repeat(61))).toBe(`${'a'.repeat(60)}…`);
    expect(kort('a'.repeat(60))).toBe('a'.repeat(60));
    expect(meldingen((d) => (d['k'.repeat(3000)] = 1))).toBe(`onbekend veld "${'k'.repeat(60)}…"`);
    expect(meldingen((d) => (d.publicatie.claims[0].werkwijze = 'x'.repeat(6000)))).toBe(`publicatie.claims[0]: werkwijze "${'x'.repeat(60)}…" bestaat niet in dit scenario`);
    const veel = meldingen((d) => {
      for (let i = 0; i < 200; i++) d[`veld${i}`] = i;
    });
    expect(veel).toBe('onbekende velden "veld0", "veld1", "veld2", "veld3", "veld4" en nog 195');
    const sleutel = meldingen((d) => (d.onzekerheid.bereiken = { ['parameters.' + 'p'.repeat(3000)]: { laag: 1, hoog: 2 } }));
    expect(sleutel).toBe(`onzekerheid.bereiken.parameters.${'p'.repeat(49)}…: verwijst naar een onbekende parameter of werkwijze`);
  });
});

describe('JSON-syntaxfouten zeggen altijd waar', () => {
  const bericht = (t: string) => {
    const v = leesScenario(t);
    expect(v.ok).toBe(false);
    return v.ok ? '' : v.fouten[0]!.bericht;
  };

  it('NaN, Infinity, -Infinity en een komma te veel: regel en kolom, met een hint', () => {
    expect(bericht('{\n  "cohort": NaN\n}')).toBe('Het bestand is geen geldige JSON: fout op regel 2, kolom 13. "NaN" is geen getal in JSON; vul een gewoon getal in.');
    expect(bericht('{"a": -Infinity}')).toBe('Het bestand is geen geldige JSON: fout op regel 1, kolom 7. "-Infinity" is geen getal in JSON; vul een gewoon getal in.');
    expect(bericht('{\n  "a": [1, 2,\n  ]\n}')).toBe('Het bestand is geen geldige JSON: fout op regel 3, kolom 3. Er staat een komma te veel vóór "]".');
    expect(bericht('{"a": 1,\n}')).toBe('Het bestand is geen geldige JSON: fout op regel 2, kolom 1. Er staat een komma te veel vóór "}".');
    expect(bericht('{"a": 1')).toBe('Het bestand is geen geldige JSON: het houdt onverwacht op (afgebroken bestand?).');
  });

  it('zoekJsonFout is het eens met JSON.parse (willekeurige JSON, ingekort en met een teken erbij)', () => {
    const kapot = fc
      .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom('', ',', ']', '}', 'N', '"', ':', ' ', '\t', '\u0001', '-', '0', 'e', '.', '\\'), fc.boolean())
      .map(([j, p, teken, inkorten]) => {
        const i = p % (j.length + 1);
        return inkorten ? j.slice(0, i) : j.slice(0, i) + teken + j.slice(i);
      });
    fc.assert(
      fc.property(kapot, (t) => {
        let geldig = true;
        try {
          JSON.parse(t);
        } catch {
          geldig = false;
        }
        const f = zoekJsonFout(t);
        expect(f.soort === 'geen', JSON.stringify(t)).toBe(geldig);
        if (f.soort === 'teken') expect(f.positie).toBeLessThan(t.length);
      }),
      { numRuns: 3000, seed: 610_603 },
    );
  });

  it('100.000 niveaus diep: geen stack overflow', () => {
    expect(zoekJsonFout('['.repeat(100_000) + ']'.repeat(99_999))).toEqual({ soort: 'einde' });
    expect(zoekJsonFout('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({ soort: 'geen' });
  });
});

describe('bytes: alleen UTF-8', () => {
  const bytes = (...delen: (string | number[])[]) => new Uint8Array(Buffer.concat(delen.map((d) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d)))));

  it('UTF-8 met en zonder BOM, met € en emoji, wordt gelezen', () => {
    const t = decodeerScenarioBytes(bytes([0xef, 0xbb, 0xbf], '{"titel": "€ 🧾 Financiële"}'));
    expect(t).toEqual({ ok: true, tekst: '{"titel": "€ 🧾 Financiële"}' });
    expect(leesScenarioBytes(bytes([0xef, 0xbb, 0xbf], tekst)).ok).toBe(true);
    expect(leesScenarioBytes(bytes(tekst)).ok).toBe(true);
  });

  it('Latin-1 wordt geweigerd, met de regel van de eerste ongeldige byte; nooit stil U+FFFD', () => {
    const latin1 = new Uint8Array(Buffer.from('{\n  "titel": "Financi\u00eble"\n}', 'latin1'));
    const v = leesScenarioBytes(latin1);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten).toEqual([{ pad: '', bericht: expect.stringMatching(/^Het bestand is geen UTF-8-tekst \(de eerste ongeldige byte staat op regel 2\): .* Sla het op als UTF-8 en open het opnieuw\.$/) }]);
  });

  it('UTF-16 (met of zonder BOM), te lange reeksen en losse surrogaten worden geweigerd', () => {
    const utf16 = (bom: number[]) => new Uint8Array([...bom, ...Buffer.from(tekst.slice(0, 500), 'utf16le')]);
    for (const b of [utf16([0xff, 0xfe]), utf16([])]) {
      const v = decodeerScenarioBytes(b);
      expect(v.ok === false && v.bericht).toMatch(/^Het bestand is geen UTF-8-tekst maar UTF-16/);
    }
    expect(decodeerScenarioBytes(bytes('"a', [0xc0, 0xaf], '"')).ok).toBe(false);
    expect(decodeerScenarioBytes(bytes('"a', [0xed, 0xa0, 0x80], '"')).ok).toBe(false);
    expect(decodeerScenarioBytes(bytes('"a', [0xf4, 0x90, 0x80, 0x80], '"')).ok).toBe(false);
  });

  it('groter dan 10 MB wordt geweigerd voordat er iets gedecodeerd wordt, met beide groottes precies in bytes', () => {
    const v = leesScenarioBytes(new Uint8Array(10 * 1024 * 1024 + 1));
    expect(v.ok === false && v.fouten[0]!.bericht).toBe('Het bestand is 10.485.761 bytes; een scenariobestand mag hoogstens 10.485.760 bytes (10 MB) zijn.');
  });
});

describe('onzekerheid.bereiken: elk bereik past bij de eenheid van zijn invoer (issue 4)', () => {
  it('de eenheid volgt uit de sleutel: catalogus of werkwijzeveld', () => {
    expect(eenheidVanSleutel('parameters.allocation.successShare')).toBe('aandeel');
    expect(eenheidVanSleutel('parameters.welfare.pwAnnualCost')).toBe('euro');
    expect(eenheidVanSleutel('parameters.welfareExit.monthsEarlier')).toBe('maanden');
    expect(eenheidVanSleutel('werkwijzen.klantreis.samenstelling.aandeelPW')).toBe('aandeel');
    expect(eenheidVanSleutel('werkwijzen.klantreis.kosten.debtArrangement.bedrag')).toBe('euro');
    expect(eenheidVanSleutel('werkwijzen.klantreis.cohort')).toBeUndefined();
    expect(eenheidVanSleutel('parameters.bestaatNiet')).toBeUndefined();
  });

  it('bereiken aan de randen van hun eenheid worden geaccepteerd', () => {
    const d = basis();
    d.onzekerheid.bereiken = {
      'parameters.allocation.successShare': { laag: 0, hoog: 1 },
      'parameters.welfare.pwAnnualCost': { laag: 0, hoog: 1_000_000_000 },
      'parameters.welfareExit.monthsEarlier': { laag: 0, hoog: 600 },
      'werkwijzen.klantreis.samenstelling.aandeelPW': { laag: 0.2, hoog: 0.6 },
    };
    expect(valideerScenario(d).ok).toBe(true);
  });

  it('een aandeel boven 100% of onder 0%, een negatief bedrag, te veel maanden: melding met het pad van de kant', () => {
    const m = meldingen((d) => {
      d.onzekerheid.bereiken = {
        'parameters.allocation.successShare': { laag: 75, hoog: 95 },
        'werkwijzen.klantreis.samenstelling.aandeelPW': { laag: -0.1, hoog: 0.5 },
        'werkwijzen.regulier.kosten.preparation.bedrag': { laag: -900, hoog: 500 },
        'parameters.welfareExit.monthsEarlier': { laag: 4, hoog: 601 },
      };
    });
    expect(m.split('\n')).toEqual([
      'onzekerheid.bereiken.parameters.allocation.successShare.laag: de lage waarde: een aandeel moet tussen 0% en 100% liggen, maar is 7.500%',
      'onzekerheid.bereiken.parameters.allocation.successShare.hoog: de hoge waarde: een aandeel moet tussen 0% en 100% liggen, maar is 9.500%',
      'onzekerheid.bereiken.werkwijzen.klantreis.samenstelling.aandeelPW.laag: de lage waarde: een aandeel moet tussen 0% en 100% liggen, maar is −10%',
      'onzekerheid.bereiken.werkwijzen.regulier.kosten.preparation.bedrag.laag: de lage waarde: een bedrag mag niet negatief zijn, maar is € −900',
      'onzekerheid.bereiken.parameters.welfareExit.monthsEarlier.hoog: de hoge waarde: mag hoogstens 600 maanden zijn, maar is 601',
    ]);
  });

  it('laag boven hoog blijft een eigen melding', () => {
    expect(meldingen((d) => (d.onzekerheid.bereiken = { 'parameters.welfare.pwAnnualCost': { laag: 16000, hoog: 12000 } }))).toBe(
      'onzekerheid.bereiken.parameters.welfare.pwAnnualCost: de lage waarde is hoger dan de hoge waarde',
    );
  });
});

describe('numbers in messages in nl-NL (tester5 #10)', () => {
  const fouten = (wijzig: (d: any) => void, taal: 'nl' | 'en' = 'nl') => {
    const d = JSON.parse(readFileSync(DEN_HAAG_PAD, 'utf8'));
    wijzig(d);
    const v = valideerScenario(d, taal);
    return v.ok ? {} : Object.fromEntries(v.fouten.map((f) => [f.pad, f.bericht]));
  };

  it('a cohort of 1e15 in full with grouping; an amount with € and the minus sign; a count with the minus sign', () => {
    expect(fouten((d) => (d.werkwijzen[1].cohort = 1e15))['werkwijzen[1].uitkomsten']).toBe('de aantallen tellen op tot 23, maar het cohort is 1.000.000.000.000.000');
    expect(fouten((d) => (d.werkwijzen[1].kosten.preparation.bedrag = -100))['werkwijzen[1].kosten.preparation.bedrag']).toBe('mag niet negatief zijn, maar is € −100');
    expect(fouten((d) => (d.werkwijzen[1].kosten.preparation.bedrag = -100), 'en')['werkwijzen[1].kosten.preparation.bedrag']).toBe('must not be negative, but is −€100');
    expect(fouten((d) => (d.onzekerheid.montecarlo.trekkingen = -5))['onzekerheid.montecarlo.trekkingen']).toBe('moet minstens 1 zijn, maar is −5');
  });

  it('formatGevonden: in full up to 10^18, then compact; never the hyphen-minus', () => {
    expect(formatGevonden(1e15)).toBe('1.000.000.000.000.000');
    expect(formatGevonden(999_999_999_999_999_900)).toBe('999.999.999.999.999.900');
    expect(formatGevonden(1e18)).toBe('1e18');
    expect(formatGevonden(-1e300)).toBe('−1e300');
    expect(formatGevonden(-5)).toBe('−5');
  });
});

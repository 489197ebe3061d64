/**
 * Names that look alike, or look like nothing (issue 10, items 4 and 5): one rule (src/model/namen.ts)
 * for the scenario schema (pathway names, the title, own PM effects), the rename dialog (naamFout)
 * and the dossier import (test/model/dossiers.test.ts). Tested as a class: any name with look-alike
 * variants (case, format characters inserted, NFC/NFD, other spaces), and any text of invisible
 * characters only.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valideerScenario, type Scenario } from '../../src/model';
import { heeftZichtbareTekens, naamSleutel, zelfdeNaam } from '../../src/model/namen';
import { foutRegels } from '../../src/model/scenario/padLabel';
import { naamFout } from '../../src/store/werkwijzen';
import { kopie, laadDenHaag } from '../helpers/scenario';

const DEN_HAAG = laadDenHaag();

function met(wijzig: (s: Scenario) => void) {
  const s = kopie(DEN_HAAG);
  wijzig(s);
  return valideerScenario(s);
}
const fouten = (v: ReturnType<typeof valideerScenario>) => (v.ok ? [] : v.fouten.map((f) => `${f.pad}: ${f.bericht}`));

/** Characters that show nothing: spaces of every width, format characters (Cf), fillers, controls. */
const ONZICHTBAAR = [' ', '\u00a0', '\u2007', '\u202f', '\u3000', '\t', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202e', '\u2066', '\u061c', '\u180e', '\u3164', '\u115f', '\u2800', '\ufe0f', '\u034f', '\u0301', '\u0000'];
/** Format characters (Cf) a look-alike may have inserted. */
const FORMAAT = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u2066', '\u2069', '\u061c'];
/** Reading-direction characters: invisible, but refused in names and titles for their own reason (tester #13). */
const RICHTING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A look-alike of a name: case changed per character, format characters inserted, NFD, other spaces around. */
const lijktOp = (naam: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('boven', 'onder', 'gelijk'), { minLength: naam.length, maxLength: naam.length }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAAT)), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('NFC', 'NFD'),
      fc.constantFrom('', ' ', '\u00a0', '\u3000'),
    )
    .map(([kast, invoegen, vorm, rand]) => {
      const tekens = [...naam];
      let t = tekens.map((c, i) => (kast[i] === 'boven' ? c.toUpperCase() : kast[i] === 'onder' ? c.toLowerCase() : c)).join('');
      t = t.normalize(vorm);
      for (const [plek, teken] of invoegen) {
        const p = plek % (t.length + 1);
        // Not inside a surrogate pair.
        const q = p > 0 && /[\ud800-\udbff]/.test(t[p - 1]!) ? p - 1 : p;
        t = t.slice(0, q) + teken + t.slice(q);
      }
      return rand + t + rand;
    });

/** A visible name: letters, digits, punctuation, emoji, any grapheme, with at least one letter. */
const naam = fc
  .string({ unit: fc.oneof(fc.constantFrom('a', 'Z', 'é', 'ß', 'Σ', 'ς', 'ı', 'İ', 'ﬁ', 'Å', '1', '-', ' ', '€', '🧾'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 20 })
  .map((n) => `K${n}`);

describe('naamSleutel: wanneer twee namen dezelfde naam zijn', () => {
  it('de voorbeelden uit het issue', () => {
    expect(zelfdeNaam('Klantreis', 'Klantreis\u200b')).toBe(true);
    expect(zelfdeNaam('Klantreis', ' KLANTREIS ')).toBe(true);
    expect(zelfdeNaam('Klantréis', 'Klantre\u0301is')).toBe(true);
    expect(zelfdeNaam('Straße', 'STRASSE')).toBe(true);
    expect(zelfdeNaam('Klant reis', 'Klant\u00a0\u00a0reis')).toBe(true);
    // An accent is visible: two names.
    expect(zelfdeNaam('Klantreis', 'Klantréis')).toBe(false);
    expect(zelfdeNaam('Klantreis', 'Klantreis 2')).toBe(false);
  });

  it('eigenschap: elke look-alike (hoofdletters, Cf-tekens, NFD, andere spaties) heeft dezelfde sleutel', () => {
    fc.assert(
      fc.property(naam.chain((n) => fc.tuple(fc.constant(n), lijktOp(n))), ([n, v]) => {
        expect(naamSleutel(v)).toBe(naamSleutel(n));
      }),
      { numRuns: 500, seed: 5105 },
    );
  });
});

describe('zichtbare tekens: namen en titels moeten iets laten zien', () => {
  it('een spatie, een nulbreedte-spatie, alleen no-break spaces: geweigerd, met het veld in de melding', () => {
    expect(fouten(met((s) => (s.werkwijzen[1]!.naam = ' ')))).toEqual([
      'werkwijzen[1].naam: bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+0020); gebruik letters, cijfers of leestekens die op het scherm en in tabellen te lezen zijn',
    ]);
    expect(fouten(met((s) => (s.werkwijzen[0]!.naam = '\u200b')))).toEqual([
      'werkwijzen[0].naam: bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+200B); gebruik letters, cijfers of leestekens die op het scherm en in tabellen te lezen zijn',
    ]);
    expect(fouten(met((s) => (s.titel = '\u00a0')))).toEqual([
      'titel: bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+00A0); gebruik letters, cijfers of leestekens die op het scherm en in tabellen te lezen zijn',
    ]);
    expect(fouten(met((s) => s.werkwijzen[1]!.pmPosten.push({ effect: 'eigen', naam: '\u3164', beoordeling: '+', toelichting: '' })))).toEqual([
      'werkwijzen[1].pmPosten[4].naam: bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+3164); gebruik letters, cijfers of leestekens die op het scherm en in tabellen te lezen zijn',
    ]);
  });

  it('eigenschap: elke tekst van alleen onzichtbare tekens wordt als naam, titel en bij het hernoemen geweigerd', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ONZICHTBAAR), { minLength: 1, maxLength: 6 }).map((t) => t.join('')), (t) => {
        expect(heeftZichtbareTekens(t)).toBe(false);
        expect(fouten(met((s) => (s.werkwijzen[1]!.naam = t)))).toContainEqual(expect.stringMatching(/^werkwijzen\[1\]\.naam: bevat geen zichtbare tekens/));
        expect(fouten(met((s) => (s.titel = t)))).toContainEqual(expect.stringMatching(/^titel: bevat geen zichtbare tekens/));
        expect(naamFout(DEN_HAAG, t, DEN_HAAG.werkwijzen[1]!.id)).toMatch(/^de naam (mag niet leeg zijn|bevat geen zichtbare tekens)/);
      }),
      { numRuns: 150, seed: 5106 },
    );
  });

  it('eigenschap: met één zichtbaar teken erbij is de tekst goed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ONZICHTBAAR.filter((c) => !c.match(RICHTING))), { maxLength: 4 }), fc.constantFrom('a', 'É', '1', '€', '-', '🧾', '·'), fc.nat(), (rond, teken, plek) => {
        const t = [...rond.slice(0, plek % (rond.length + 1)), teken, ...rond.slice(plek % (rond.length + 1))].join('');
        expect(heeftZichtbareTekens(t)).toBe(true);
        expect(fouten(met((s) => (s.titel = t)))).toEqual([]);
      }),
      { numRuns: 200, seed: 5107 },
    );
  });
});

describe('uniek: het schema en het hernoemen passen dezelfde regel toe', () => {
  it('"Klantreis" naast "Klantreis" + U+200B wordt geweigerd; "Klantréis" ernaast mag', () => {
    expect(fouten(met((s) => ((s.werkwijzen[0]!.naam = 'Klantreis'), (s.werkwijzen[1]!.naam = 'Klantreis\u200b'))))).toEqual([
      'werkwijzen[1].naam: "Klantreis\u200b" is ook de naam van werkwijzen[0] (hoofdletters, spaties en onzichtbare tekens tellen niet mee); geef elke werkwijze een eigen naam, zodat tabellen en grafieken ze uit elkaar houden',
    ]);
    expect(fouten(met((s) => ((s.werkwijzen[0]!.naam = 'Klantreis'), (s.werkwijzen[1]!.naam = 'Klantréis'))))).toEqual([]);
  });

  it('eigenschap: een look-alike van de andere werkwijze is dubbel, voor het schema en voor het hernoemen', () => {
    fc.assert(
      fc.property(naam.chain((n) => fc.tuple(fc.constant(n), lijktOp(n).map((v) => v.replace(RICHTING, '\u200b')))), ([n, v]) => {
        const v1 = met((s) => ((s.werkwijzen[0]!.naam = n), (s.werkwijzen[1]!.naam = v)));
        expect(fouten(v1)).toContainEqual(expect.stringMatching(/^werkwijzen\[1\]\.naam: .* is ook de naam van werkwijzen\[0\]/));
        const s = kopie(DEN_HAAG);
        s.werkwijzen[0]!.naam = n;
        expect(naamFout(s, v, s.werkwijzen[1]!.id)).toMatch(/^er is al een werkwijze met de naam/);
        // Renaming a pathway to a look-alike of its own name is fine.
        expect(naamFout(s, v, s.werkwijzen[0]!.id)).toBeNull();
      }),
      { numRuns: 300, seed: 5108 },
    );
  });

  it('eigen PM-effecten: een look-alike staat al in de lijst', () => {
    const v = met((s) => s.werkwijzen[1]!.pmPosten.push({ effect: 'eigen', naam: 'Schaamte', beoordeling: '+', toelichting: '' }, { effect: 'eigen', naam: 'SCHAAMTE\u200b', beoordeling: '0', toelichting: '' }));
    expect(fouten(v)).toEqual(['werkwijzen[1].pmPosten[5].naam: dit effect staat al eerder in de lijst van deze werkwijze']);
  });
});

/**
 * Look-alike characters (defect 4): a name that differs from another only by letters of another script
 * that look like Latin ones (Cyrillic, Greek, Armenian; Unicode confusables.txt, UTS #39) or by
 * compatibility forms (full-width, mathematical letters, ligatures; NFKC) is the same name.
 */
describe('uniek: look-alikes uit een ander schrift en compatibiliteitsvormen', () => {
  /** Per class, Latin letters and their look-alike in that class (each pair from confusables.txt or NFKC). */
  const KLASSEN: Record<string, [string, string][]> = {
    cyrillisch: [['A', '\u0410'], ['a', '\u0430'], ['B', '\u0412'], ['C', '\u0421'], ['c', '\u0441'], ['E', '\u0415'], ['e', '\u0435'], ['H', '\u041d'], ['I', '\u0406'], ['i', '\u0456'], ['J', '\u0408'], ['K', '\u041a'], ['M', '\u041c'], ['O', '\u041e'], ['o', '\u043e'], ['P', '\u0420'], ['p', '\u0440'], ['S', '\u0405'], ['s', '\u0455'], ['T', '\u0422'], ['X', '\u0425'], ['x', '\u0445'], ['y', '\u0443']],
    grieks: [['A', '\u0391'], ['B', '\u0392'], ['E', '\u0395'], ['H', '\u0397'], ['I', '\u0399'], ['K', '\u039a'], ['M', '\u039c'], ['N', '\u039d'], ['O', '\u039f'], ['o', '\u03bf'], ['P', '\u03a1'], ['T', '\u03a4'], ['X', '\u03a7'], ['Y', '\u03a5'], ['Z', '\u0396'], ['v', '\u03bd']],
    armeens: [['h', '\u0570'], ['n', '\u0578'], ['o', '\u0585'], ['u', '\u057d'], ['g', '\u0581'], ['O', '\u0555']],
    volledigeBreedte: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((c): [string, string] => [c, String.fromCodePoint(c.codePointAt(0)! + 0xfee0)]),
    wiskundigVet: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c): [string, string] => [c, String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)]),
  };

  it('het voorbeeld uit de test: "Reguliere werkwijze (FІG-route)" met een Cyrillische І naast het origineel wordt geweigerd, met de tekens in de melding', () => {
    const v = met((s) => (s.werkwijzen[1]!.naam = 'Reguliere werkwijze (F\u0406G-route)'));
    expect(fouten(v)).toEqual([
      'werkwijzen[1].naam: "Reguliere werkwijze (F\u0406G-route)" is ook de naam van werkwijzen[0] (lijkende tekens tellen niet mee: \u0406 (U+0406) lijkt op I); geef elke werkwijze een eigen naam, zodat tabellen en grafieken ze uit elkaar houden',
    ]);
    expect(naamFout(DEN_HAAG, 'Reguliere werkwijze (F\u0406G-route)', DEN_HAAG.werkwijzen[1]!.id)).toBe(
      'er is al een werkwijze met de naam “Reguliere werkwijze (FIG-route)” (lijkende tekens tellen niet mee: \u0406 (U+0406) lijkt op I); kies een naam die de werkwijzen in tabellen en grafieken uit elkaar houdt',
    );
    // Full-width, and a ligature.
    expect(fouten(met((s) => (s.werkwijzen[1]!.naam = 'Reguliere werkwijze (\uff26\uff29\uff27-route)')))).toContainEqual(expect.stringContaining('\uff26 (U+FF26) lijkt op F'));
    expect(zelfdeNaam('Klantreis financiële hulp', 'Klantreis \ufb01nanciële hulp')).toBe(true);
  });

  it('tabel: per klasse elke look-alike, ook met andere hoofdletters, is dezelfde naam; de Latijnse letters onderling blijven verschillend', () => {
    for (const [klasse, paren] of Object.entries(KLASSEN)) {
      for (const [latijn, lijkt] of paren) {
        const a = `Route ${latijn}${latijn}`;
        const b = `Route ${lijkt}${latijn}`;
        expect(zelfdeNaam(a, b), `${klasse}: ${latijn} ~ U+${lijkt.codePointAt(0)!.toString(16)}`).toBe(true);
        expect(zelfdeNaam(a.toUpperCase(), b), klasse).toBe(true);
        expect(naamFout({ werkwijzen: [{ ...DEN_HAAG.werkwijzen[0]!, naam: a }] }, b)).toMatch(/^er is al een werkwijze met de naam “Route /);
      }
    }
    // Visible differences stay two names: an accent, another Latin letter, and Cyrillic н (looks like no Latin letter).
    expect(zelfdeNaam('Klantreis', 'Klantréis')).toBe(false);
    expect(zelfdeNaam('Route l', 'Route I')).toBe(false);
    expect(zelfdeNaam('Route 1', 'Route l')).toBe(false);
    expect(zelfdeNaam('home', '\u043dome')).toBe(false);
  });

  it('eigenschap: een naam met willekeurige letters vervangen door een look-alike (elke klasse) is dubbel voor het schema en bij het hernoemen', () => {
    const alle = Object.values(KLASSEN).flat();
    const latijn = [...new Set(alle.map(([l]) => l))];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...latijn, ' ', '-', '(', ')', 'é'), { minLength: 1, maxLength: 16 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (tekens, plekken, keuze) => {
          const origineel = `W${tekens.join('')}`;
          const kopieTekens = [...origineel];
          // At least one letter replaced by one of its look-alikes.
          const vervangbaar = kopieTekens.map((c, i) => [c, i] as const).filter(([c]) => alle.some(([l]) => l === c));
          fc.pre(vervangbaar.length > 0);
          for (const p of plekken) {
            const [c, i] = vervangbaar[p % vervangbaar.length]!;
            const opties = alle.filter(([l]) => l === c);
            kopieTekens[i] = opties[keuze % opties.length]![1];
          }
          const lijkt = kopieTekens.join('');
          fc.pre(lijkt !== origineel);
          const v = met((s) => ((s.werkwijzen[0]!.naam = origineel), (s.werkwijzen[1]!.naam = lijkt)));
          expect(fouten(v)).toContainEqual(expect.stringMatching(/^werkwijzen\[1\]\.naam: .* is ook de naam van werkwijzen\[0\] \(lijkende tekens tellen niet mee: .* lijkt op /));
          const s = kopie(DEN_HAAG);
          s.werkwijzen[0]!.naam = origineel;
          expect(naamFout(s, lijkt, s.werkwijzen[1]!.id)).toMatch(/^er is al een werkwijze met de naam/);
        },
      ),
      { numRuns: 300, seed: 5109 },
    );
  });
});

/**
 * The look-alike rule for the other lists of names (issue 13 leftover): variant names and the names of
 * own PM effects count a look-alike as the same name, as pathway names do, with the same message.
 */
describe('uniek: look-alikes ook bij varianten en eigen PM-effecten', () => {
  it('een variant met de naam van een andere, op een Cyrillische о na, wordt geweigerd met de lijkende tekens in de melding', () => {
    const naam = DEN_HAAG.varianten![0]!.naam;
    expect(naam).toMatch(/o/);
    const lijkt = naam.replace('o', '\u043e');
    const v = met((s) => (s.varianten![1]!.naam = lijkt));
    expect(fouten(v)).toEqual([`varianten[1].naam: "${lijkt}" is ook de naam van variant nr. 1 (lijkende tekens tellen niet mee: \u043e (U+043E) lijkt op o); geef elke variant een eigen naam`]);
    // In the app the field is named by its label.
    expect(v.ok ? [] : foutRegels(v.fouten, 'nl')).toEqual([`Varianten › nr. 2 › Naam: "${lijkt}" is ook de naam van variant nr. 1 (lijkende tekens tellen niet mee: \u043e (U+043E) lijkt op o); geef elke variant een eigen naam`]);
    // Full-width letters too; an accent stays a visible difference.
    expect(fouten(met((s) => (s.varianten![1]!.naam = naam.replace(/^./, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)))))).toHaveLength(1);
    expect(fouten(met((s) => (s.varianten![1]!.naam = naam.replace('o', 'ó'))))).toEqual([]);
  });

  it('in het Engels: "look-alike characters do not count"', () => {
    const naam = DEN_HAAG.varianten![0]!.naam;
    const s = kopie(DEN_HAAG);
    s.varianten![1]!.naam = naam.replace('o', '\u043e');
    const v = valideerScenario(s, 'en');
    expect(fouten(v)).toEqual([expect.stringMatching(/is also the name of variant no\. 1 \(look-alike characters do not count: \u043e \(U\+043E\) looks like o\); give each variant a name of its own$/)]);
  });

  it('eigen PM-effecten: een naam met een Griekse Ο in plaats van O staat al in de lijst', () => {
    const v = met((s) => s.werkwijzen[1]!.pmPosten.push({ effect: 'eigen', naam: 'Overzicht', beoordeling: '+', toelichting: '' }, { effect: 'eigen', naam: '\u039fverzicht', beoordeling: '0', toelichting: '' }));
    expect(fouten(v)).toEqual(['werkwijzen[1].pmPosten[5].naam: dit effect staat al eerder in de lijst van deze werkwijze (lijkende tekens tellen niet mee: \u039f (U+039F) lijkt op O)']);
    expect(v.ok ? [] : foutRegels(v.fouten, 'nl', DEN_HAAG.werkwijzen.map((w) => w.naam))).toEqual([
      `${DEN_HAAG.werkwijzen[1]!.naam} › PM-posten › nr. 6 › Naam: dit effect staat al eerder in de lijst van deze werkwijze (lijkende tekens tellen niet mee: \u039f (U+039F) lijkt op O)`,
    ]);
  });

  it('eigenschap: een look-alike (willekeurige letters vervangen) is dubbel voor varianten en eigen PM-effecten', () => {
    const paren: [string, string][] = [['a', '\u0430'], ['e', '\u0435'], ['o', '\u043e'], ['p', '\u0440'], ['c', '\u0441'], ['x', '\u0445'], ['A', '\u0391'], ['O', '\u039f'], ['o', '\u03bf'], ['n', '\u0578'], ['h', '\u0570']];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'aeopcxAOnhrtk '), { minLength: 1, maxLength: 14 }), fc.nat(), (tekens, keuze) => {
        const origineel = `V${tekens.join('')}`;
        const plekken = [...origineel].map((c, i) => [c, i] as const).filter(([c]) => paren.some(([l]) => l === c));
        fc.pre(plekken.length > 0);
        const [c, i] = plekken[keuze % plekken.length]!;
        const lijkt = [...origineel].map((x, j) => (j === i ? paren.find(([l]) => l === c)![1] : x)).join('');
        const v = met((s) => {
          s.varianten![0]!.naam = origineel;
          s.varianten![1]!.naam = lijkt;
          s.werkwijzen[1]!.pmPosten.push({ effect: 'eigen', naam: origineel, beoordeling: '+', toelichting: '' }, { effect: 'eigen', naam: lijkt, beoordeling: '0', toelichting: '' });
        });
        const f = fouten(v);
        expect(f).toContainEqual(expect.stringMatching(/^varianten\[1\]\.naam: .* is ook de naam van variant nr\. 1 \(lijkende tekens tellen niet mee: .* lijkt op /));
        expect(f).toContainEqual(expect.stringMatching(/^werkwijzen\[1\]\.pmPosten\[5\]\.naam: dit effect staat al eerder in de lijst van deze werkwijze \(lijkende tekens tellen niet mee: .* lijkt op /));
      }),
      { numRuns: 200, seed: 1313 },
    );
  });
});

describe('defects2 #3: streepjes en losse accenten', () => {
  it('"(FIG‑route)" met een niet-brekend koppelteken, en met een accent op ")", is dezelfde naam als het origineel', () => {
    for (const naam of ['Reguliere werkwijze (FIG\u2011route)', 'Reguliere werkwijze (FIG\u2010route)', 'Reguliere werkwijze (FIG\u2212route)', 'Reguliere werkwijze (FIG-route)\u0301']) {
      expect(zelfdeNaam(naam, 'Reguliere werkwijze (FIG-route)'), naam).toBe(true);
      expect(fouten(met((s) => (s.werkwijzen[1]!.naam = naam)))[0], naam).toMatch(/^werkwijzen\[1\]\.naam: .* is ook de naam van werkwijzen\[0\]/);
    }
    expect(fouten(met((s) => (s.werkwijzen[1]!.naam = 'Reguliere werkwijze (FIG\u2011route)')))[0]).toContain('lijkende tekens tellen niet mee: \u2011 (U+2011) lijkt op -');
    // An accent on a letter stays visible: "Klantréis" is another name.
    expect(zelfdeNaam('Klantréis', 'Klantreis')).toBe(false);
    expect(zelfdeNaam('Klantre\u0301is', 'Klantreis')).toBe(false);
  });

});

describe('richtingstekens (tester #13): in een naam of titel geweigerd met het veld erbij, niet weggelaten', () => {
  it('titel, werkwijzenaam en eigen PM-effect: de melding noemt het veld en de tekens (nl en en); het hernoemen ook', () => {
    const v = met((s) => {
      s.titel = '\u202eDen Haag';
      s.werkwijzen[1]!.naam = 'Klantreis\u202e gnilrevleH';
      s.werkwijzen[1]!.pmPosten.push({ effect: 'eigen', naam: 'Schaamte\u2067', beoordeling: '+', toelichting: '' });
    });
    expect(fouten(v)).toEqual([
      'titel: bevat een teken dat de leesrichting verandert (U+202E): de tekst zou op het scherm anders staan dan in het bestand; haal het weg',
      'werkwijzen[1].naam: bevat een teken dat de leesrichting verandert (U+202E): de tekst zou op het scherm anders staan dan in het bestand; haal het weg',
      'werkwijzen[1].pmPosten[4].naam: bevat een teken dat de leesrichting verandert (U+2067): de tekst zou op het scherm anders staan dan in het bestand; haal het weg',
    ]);
    const metEn = kopie(DEN_HAAG);
    metEn.titel = 'Den Haag\u200f\u061c';
    const en = valideerScenario(metEn, 'en');
    expect(!en.ok && en.fouten.map((f) => `${f.pad}: ${f.bericht}`)).toEqual([
      'titel: contains a character that changes the reading direction (U+200F U+061C): the text would show differently from what the file holds; remove it',
    ]);
    expect(naamFout(kopie(DEN_HAAG), 'Klantreis\u202e gnilrevleH', 'klantreis')).toBe(
      'de naam bevat een teken dat de leesrichting verandert (U+202E): de tekst zou op het scherm anders staan dan in het bestand; haal het weg',
    );
  });

  it('eigenschap: elk richtingsteken, waar ook in een naam, wordt geweigerd; de voorbeelden en het geldige tekstkorpus bevatten er geen', () => {
    const tekens = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    fc.assert(
      fc.property(fc.constantFrom(...tekens), fc.nat(), (teken, plek) => {
        const basis = 'Klantreis Financiële Hulpverlening';
        const p = plek % (basis.length + 1);
        const naam = basis.slice(0, p) + teken + basis.slice(p);
        expect(fouten(met((s) => (s.werkwijzen[1]!.naam = naam)))).toEqual([expect.stringMatching(/^werkwijzen\[1\]\.naam: bevat een teken dat de leesrichting verandert/)]);
      }),
      { numRuns: 100, seed: 5113 },
    );
    const map = (d: string) => readdirSync(d).filter((f) => f.endsWith('.json') && f !== 'verwacht.json' && f !== 'scenario.schema.json').map((f) => join(d, f));
    for (const f of [...map('scenarios'), ...map('test/fixtures/tekst-blijft-tekst')]) {
      const s = JSON.parse(readFileSync(f, 'utf8'));
      const namen = [s.titel, s.gebaseerdOp?.titel, ...s.werkwijzen.flatMap((w: { naam: string; pmPosten: { naam?: string }[] }) => [w.naam, ...w.pmPosten.map((p) => p.naam)]), ...(s.varianten ?? []).map((v: { naam: string }) => v.naam)];
      for (const n of namen.filter((x): x is string => typeof x === 'string')) expect(n.match(RICHTING), `${f}: ${JSON.stringify(n)}`).toBeNull();
    }
  });
});

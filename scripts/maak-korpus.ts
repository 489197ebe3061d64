/**
 * Writes the corpus of malformed scenario files (test/fixtures/invalid/) and the set of valid files
 * whose text fields hold HTML and script (test/fixtures/tekst-blijft-tekst/), each with its
 * expectation in an index file (verwacht.json in each folder). Most files are mutations of
 * scenarios/den-haag-klantreis-2020.json, written pretty-printed like a real scenario file.
 *
 *   npx tsx scripts/maak-korpus.ts          rewrites both folders (deletes files no longer generated)
 *
 * Files too big to commit (10 MB, 100.000 levels of nesting, 10 MB + 1 byte) are not written here:
 * test/fixtures/invalid/gegenereerd.mjs makes them at test time; their expectations are in
 * verwacht.json with "gegenereerd": true.
 *
 * The expectations are written by hand below, not taken from the validator: `bericht` is the Dutch
 * message (or a distinctive part of it) a person should see, `pad` the field path it belongs to ("" =
 * the file as a whole). A file the app handles wrongly today carries `bekendeFout` (which test, which
 * doors, why): the corpus tests run that check as an expected failure until the bug is fixed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEN_HAAG_TEKST = readFileSync(join(ROOT, 'scenarios/den-haag-klantreis-2020.json'), 'utf8');
const denHaag = (): any => JSON.parse(DEN_HAAG_TEKST);
const mooi = (d: unknown) => JSON.stringify(d, null, 2) + '\n';

/** Which test of an entry is a known failure (see test/korpus.test.ts). */
export type Toets = 'melding' | 'kwaliteit' | 'cli' | 'bestand' | 'browser';

export interface Verwachting {
  /** What the file is. */
  omschrijving: string;
  /** The Dutch message or a distinctive part of it (for every door unless overridden below); "/…/" is a regular expression. */
  bericht: string;
  /** The field path of the error that carries `bericht`; "" for the file as a whole. */
  pad: string;
  /** Another substring for the command line (which checks the size itself before reading). */
  cli?: string;
  /** Another substring for the app's file reader (src/ui/gedeeld/bestand.ts) and the browser. */
  bestand?: string;
  /** The file is made at test time by gegenereerd.mjs (too big to commit). */
  gegenereerd?: boolean;
  /** A bug found with this file: these tests are expected to fail until it is fixed. */
  bekendeFout?: { toetsen: Toets[]; reden: string };
}

interface Item extends Verwachting {
  bestand: string;
  inhoud?: string | Buffer;
}

const items: Item[] = [];

function voeg(bestand: string, inhoud: string | Buffer | undefined, v: Verwachting) {
  if (items.some((i) => i.bestand === bestand)) throw new Error(`dubbele bestandsnaam ${bestand}`);
  items.push({ bestand, inhoud, ...v });
}

/** A Den Haag variant: `wijzig` edits a deep copy of the file data. */
function variant(naam: string, omschrijving: string, wijzig: (d: any) => void, pad: string, bericht: string, extra: Partial<Verwachting> = {}) {
  const d = denHaag();
  wijzig(d);
  voeg(`${naam}.json`, mooi(d), { omschrijving, pad, bericht, ...extra });
}

/** Den Haag text with one literal replacement (for what JSON.stringify cannot write: 1e400, NaN, __proto__ keys). */
function tekstvariant(naam: string, omschrijving: string, zoek: string | RegExp, vervang: string, pad: string, bericht: string, extra: Partial<Verwachting> = {}) {
  const tekst = DEN_HAAG_TEKST.replace(zoek, vervang);
  if (tekst === DEN_HAAG_TEKST) throw new Error(`${naam}: "${zoek}" niet gevonden in Den Haag`);
  voeg(`${naam}.json`, tekst, { omschrijving, pad, bericht, ...extra });
}

/** A wrong or unclear message: every door shows it (for a bekendeFout marker). */
export const MELDING_ALLE: Toets[] = ['melding', 'bestand', 'cli', 'browser'];
/**
 * A "__proto__" key inside a record (onzekerheid.bereiken, prijspeil.inflatie, …): zod skips it, so its
 * value went unchecked and the entry vanished silently; valideer.ts now refuses every such key.
 */
const PROTO = 'de naam "__proto__" is niet toegestaan als sleutel';
// ---- 1. Bytes and text: empty, whitespace, encodings, binary ----------------------------------------
const LEEG = 'Het bestand is leeg';
const GEEN_JSON = 'Het bestand is geen geldige JSON';
const GEEN_UTF8 = 'Het bestand is geen UTF-8-tekst';
const UTF16 = 'Het bestand is geen UTF-8-tekst maar UTF-16';
voeg('bytes-leeg.json', '', { omschrijving: 'leeg bestand (0 bytes)', pad: '', bericht: LEEG });
voeg('bytes-alleen-witruimte.json', '  \n\t  \r\n   \n', { omschrijving: 'alleen spaties, tabs en regeleinden', pad: '', bericht: LEEG });
voeg('bytes-alleen-bom.json', '\ufeff', { omschrijving: 'alleen een UTF-8 BOM', pad: '', bericht: LEEG });
voeg('bytes-bom-en-witruimte.json', '\ufeff \n \n', { omschrijving: 'BOM en witruimte', pad: '', bericht: LEEG });
voeg('bytes-bom-en-rommel.json', '\ufeffdit is geen json maar tekst', { omschrijving: 'BOM gevolgd door gewone tekst', pad: '', bericht: GEEN_JSON });
voeg('bytes-nulbytes.json', Buffer.alloc(64, 0), { omschrijving: '64 nulbytes', pad: '', bericht: GEEN_JSON });
{
  // Deterministic "random" bytes (a small LCG), including invalid UTF-8.
  const b = Buffer.alloc(2048);
  let x = 20200601;
  for (let i = 0; i < b.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  voeg('bytes-binair.json', b, { omschrijving: 'binaire rommel (2 kB, ongeldige UTF-8)', pad: '', bericht: GEEN_UTF8 });
}
voeg('bytes-png-kop.json', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]), {
  omschrijving: 'een PNG-afbeelding met de naam .json',
  pad: '',
  bericht: GEEN_UTF8,
});
voeg('bytes-zip-kop.json', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60, 0xff)]), {
  omschrijving: 'een zip-bestand (bijv. .xlsx) met de naam .json',
  pad: '',
  bericht: GEEN_UTF8,
});
// UTF-16 with a byte order mark: Chromium's Blob.text() would decode it, Node's would not; the app
// reads bytes and refuses it everywhere, like the command line, with a message that says what it is.
voeg('bytes-utf16le-met-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DEN_HAAG_TEKST, 'utf16le')]), {
  omschrijving: 'Den Haag opgeslagen als UTF-16 LE met BOM (Kladblok "Unicode")',
  pad: '',
  bericht: UTF16,
});
voeg('bytes-utf16be-met-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DEN_HAAG_TEKST, 'utf16le').swap16()]), {
  omschrijving: 'Den Haag als UTF-16 BE met BOM',
  pad: '',
  bericht: UTF16,
});
voeg('bytes-utf16le-zonder-bom.json', Buffer.from(DEN_HAAG_TEKST, 'utf16le'), {
  omschrijving: 'Den Haag als UTF-16 LE zonder BOM (nulbytes tussen de tekens)',
  pad: '',
  bericht: UTF16,
});
// Only characters Latin-1 has (en dash and curly quote replaced), so that the file is valid Windows-1252 JSON.
const LATIN1_TEKST = DEN_HAAG_TEKST.replace(/[–—]/g, '-').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/€/g, 'EUR');
/** Line (1-based) of the first occurrence of `zoek` in the Den Haag text. */
const regelVan = (tekst: string, zoek: string) => tekst.slice(0, tekst.indexOf(zoek)).split('\n').length;
voeg('bytes-latin1.json', Buffer.from(LATIN1_TEKST, 'latin1'), {
  omschrijving: 'Den Haag als Latin-1/Windows-1252 ("Financiële" met byte E9): geen UTF-8',
  pad: '',
  bericht: `${GEEN_UTF8} (de eerste ongeldige byte staat op regel ${regelVan(LATIN1_TEKST, 'ë')})`,
});
{
  // Plain ASCII but for one Windows-1252 euro sign (byte 80) in the author.
  const ascii = LATIN1_TEKST.replace(/[^\x00-\x7f]/g, '?').replace('"auteur": "', '"auteur": "\u0080 ');
  voeg('bytes-windows1252-euro.json', Buffer.from(ascii, 'latin1'), {
    omschrijving: 'Den Haag in ASCII met één euroteken als Windows-1252-byte 80 in de auteur',
    pad: '',
    bericht: `${GEEN_UTF8} (de eerste ongeldige byte staat op regel ${regelVan(ascii, '"auteur"')})`,
  });
}
{
  // One invalid byte (FF) in otherwise valid UTF-8, on the line of the title.
  const [voor, na] = [DEN_HAAG_TEKST.slice(0, DEN_HAAG_TEKST.indexOf('"titel": "') + 10), DEN_HAAG_TEKST.slice(DEN_HAAG_TEKST.indexOf('"titel": "') + 10)];
  voeg('bytes-een-ongeldige-byte.json', Buffer.concat([Buffer.from(voor), Buffer.from([0xff]), Buffer.from(na)]), {
    omschrijving: 'Den Haag met één byte FF in de titel',
    pad: '',
    bericht: `de eerste ongeldige byte staat op regel ${regelVan(DEN_HAAG_TEKST, '"titel"')}`,
  });
}
voeg('bytes-overlong.json', Buffer.concat([Buffer.from('{"schemaVersion": 2, "titel": "a'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), {
  omschrijving: 'een "/" als te lange UTF-8-reeks (C0 AF), een bekende truc om filters te omzeilen',
  pad: '',
  bericht: GEEN_UTF8,
});
voeg('bytes-surrogaat.json', Buffer.concat([Buffer.from('{"schemaVersion": 2, "titel": "a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), {
  omschrijving: 'een losse UTF-16-surrogaat in UTF-8 gecodeerd (ED A0 80, CESU-8)',
  pad: '',
  bericht: GEEN_UTF8,
});
voeg('bytes-utf8-bom-dan-latin1.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LATIN1_TEKST, 'latin1')]), {
  omschrijving: 'een UTF-8 BOM gevolgd door Latin-1-tekst',
  pad: '',
  bericht: GEEN_UTF8,
});
voeg('bytes-html-pagina.json', '<!doctype html>\n<html><head><title>404</title></head><body>Niet gevonden</body></html>\n', {
  omschrijving: 'een HTML-pagina (bijv. een mislukte download) met de naam .json',
  pad: '',
  bericht: GEEN_JSON,
});
voeg('bytes-csv.json', 'werkwijze;uitkomst;inkomen\nklantreis;oplossing;PW\n', { omschrijving: 'een CSV-bestand met de naam .json', pad: '', bericht: GEEN_JSON });

// ---- 2. Truncated JSON (cut at several points) ----------------------------------------------------
{
  const n = DEN_HAAG_TEKST.length;
  const punten: [string, number][] = [
    ['1-teken', 1],
    ['2-tekens', 2],
    ['5pct', Math.floor(n * 0.05)],
    ['25pct', Math.floor(n * 0.25)],
    ['50pct', Math.floor(n * 0.5)],
    ['75pct', Math.floor(n * 0.75)],
    ['95pct', Math.floor(n * 0.95)],
    ['laatste-accolade-weg', DEN_HAAG_TEKST.trimEnd().length - 1],
    ['midden-in-tekst', DEN_HAAG_TEKST.indexOf('Klantreis Financiële') + 5],
    ['na-dubbele-punt', DEN_HAAG_TEKST.indexOf('"cohort":') + '"cohort":'.length],
    ['midden-in-getal', DEN_HAAG_TEKST.indexOf('14000') + 3],
    ['midden-in-true', DEN_HAAG_TEKST.indexOf('true') + 2],
    ['na-komma', DEN_HAAG_TEKST.indexOf('"bronnen": [') + '"bronnen": ['.length + 20],
  ];
  for (const [naam, tot] of punten) {
    voeg(`json-afgebroken-${naam}.json`, DEN_HAAG_TEKST.slice(0, tot), {
      omschrijving: `Den Haag afgebroken na ${tot} van ${n} tekens (${naam})`,
      pad: '',
      bericht: GEEN_JSON,
    });
  }
}

// ---- 3. Other JSON syntax errors ------------------------------------------------------------------
const syntax = (naam: string, omschrijving: string, zoek: string | RegExp, vervang: string, extra: Partial<Verwachting> = {}) =>
  tekstvariant(`json-${naam}`, omschrijving, zoek, vervang, '', GEEN_JSON, extra);
/**
 * "fout op regel R, kolom K." where the replacement breaks the JSON: at `merk` inside `vervang`, or
 * (merk null) at the first non-blank character after it.
 */
function plaats(zoek: string | RegExp, vervang: string, merk: string | null): string {
  const tekst = DEN_HAAG_TEKST.replace(zoek, vervang);
  const begin = tekst.indexOf(vervang);
  let p = merk === null ? begin + vervang.length : begin + vervang.indexOf(merk);
  if (merk === null) while (/\s/.test(tekst[p]!)) p++;
  return `fout op ${regelKolom(tekst, p)}.`;
}
/** "regel R, kolom K" of position p in a text (both from 1). */
function regelKolom(tekst: string, p: number): string {
  const voor = tekst.slice(0, p);
  return `regel ${voor.split('\n').length}, kolom ${p - voor.lastIndexOf('\n')}`;
}
/**
 * "regel R, kolom K" of the n-th occurrence (from 0) of `merk` inside `vervang`, once `zoek` is replaced
 * by it in Den Haag: the place of a duplicate key, which moves whenever the example file grows.
 */
function plekIn(zoek: string | RegExp, vervang: string, merk: string, n = 0): string {
  const tekst = DEN_HAAG_TEKST.replace(zoek, vervang);
  let p = tekst.indexOf(vervang) - 1;
  for (let i = 0; i <= n; i++) p = tekst.indexOf(merk, p + 1);
  return regelKolom(tekst, p);
}
/** A syntax error whose message must give the line and column (V8's own message gives no position for these) and a hint. */
const syntaxOp = (naam: string, omschrijving: string, zoek: string | RegExp, vervang: string, merk: string | null, hint: string) =>
  tekstvariant(`json-${naam}`, omschrijving, zoek, vervang, '', `${GEEN_JSON}: ${plaats(zoek, vervang, merk)}${hint ? ` ${hint}` : ''}`);
syntax('komma-te-veel-object', 'komma na het laatste veld van een object', '"nulalternatief": true,', '"nulalternatief": true,,');
syntaxOp('komma-te-veel-lijst', 'komma na het laatste element van een lijst', /"welfareExit": \[\n(\s+0\.2,\n){4}\s+0\.2/, '"welfareExit": [0.2, 0.2, 0.2, 0.2, 0.2,', null, 'Er staat een komma te veel vóór "]"');
syntaxOp('komma-te-veel-object-einde', 'komma na het laatste veld, vlak voor "}"', '"instroomPerJaar": null', '"instroomPerJaar": null,', null, 'Er staat een komma te veel vóór "}"');
syntax('enkele-aanhalingstekens', "enkele aanhalingstekens rond een naam", '"titel":', "'titel':");
syntax('naam-zonder-aanhalingstekens', 'veldnaam zonder aanhalingstekens', '"auteur":', 'auteur:');
syntax('commentaar', 'een //-commentaar (JSON kent geen commentaar)', '"schemaVersion": 2,', '"schemaVersion": 2, // versie');
syntaxOp('nan-letterlijk', 'NaN als getal (JavaScript, geen JSON)', '"cohort": 29', '"cohort": NaN', 'NaN', '"NaN" is geen getal in JSON');
syntaxOp('infinity-letterlijk', 'Infinity als getal', '"bedrag": 700', '"bedrag": Infinity', 'Infinity', '"Infinity" is geen getal in JSON');
syntaxOp('min-infinity-letterlijk', '-Infinity als getal', '"bedrag": 700', '"bedrag": -Infinity', '-Infinity', '"-Infinity" is geen getal in JSON');
syntaxOp('ongedefinieerd-letterlijk', 'undefined als waarde (JavaScript, geen JSON)', '"auteur": "MKBA', '"auteur": undefined, "x": "MKBA', 'undefined', '');
syntax('decimale-komma', 'decimale komma in een getal (0,379)', '"aandeelPW": 0.379', '"aandeelPW": 0,379');
syntax('duizendtalpunt', 'getal met punt en komma (1.100,50)', '"bedrag": 1100', '"bedrag": 1.100,50');
syntax('twee-objecten', 'twee scenario’s achter elkaar', /\n$/, '\n{}\n');
syntax('stuurteken-in-tekst', 'een tab-teken letterlijk in een tekst', '"auteur": "MKBA', '"auteur": "\tMKBA');

// ---- 4. Valid JSON that is not a scenario ---------------------------------------------------------
const GEEN_SCENARIO = 'Dit is geen scenario';
const ZONDER_VERSIE = 'ontbreekt; een scenariobestand begint met "schemaVersion"';
voeg('ander-lijst.json', '[]\n', { omschrijving: 'een lege lijst', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-lijst-met-scenario.json', `[${DEN_HAAG_TEKST}]`, { omschrijving: 'het scenario in een lijst', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-tekst.json', '"scenario"\n', { omschrijving: 'een JSON-tekst', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-getal.json', '42\n', { omschrijving: 'een getal', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-null.json', 'null\n', { omschrijving: 'null', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-true.json', 'true\n', { omschrijving: 'true', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-leeg-object.json', '{}\n', { omschrijving: 'een leeg object', pad: 'schemaVersion', bericht: ZONDER_VERSIE });
/** Copies of other project files: they change with those files (a dependency, the schema), not with the scenario. */
export const KOPIEEN: ReadonlySet<string> = new Set(['ander-package-json.json', 'ander-json-schema.json']);
voeg('ander-package-json.json', readFileSync(join(ROOT, 'package.json')), { omschrijving: 'package.json van dit project', pad: 'schemaVersion', bericht: ZONDER_VERSIE });
voeg(
  'ander-geojson.json',
  mooi({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { gemeente: 'Den Haag' }, geometry: { type: 'Point', coordinates: [4.3, 52.08] } }] }),
  { omschrijving: 'een GeoJSON-bestand', pad: 'schemaVersion', bericht: ZONDER_VERSIE },
);
voeg('ander-json-schema.json', readFileSync(join(ROOT, 'scenarios/scenario.schema.json')), {
  omschrijving: 'het JSON Schema van het scenarioformaat zelf',
  pad: 'schemaVersion',
  bericht: ZONDER_VERSIE,
});
voeg('ander-alleen-werkwijzen.json', mooi(denHaag().werkwijzen), { omschrijving: 'alleen de lijst werkwijzen', pad: '', bericht: GEEN_SCENARIO });
voeg('ander-scenario-genest.json', mooi({ scenario: denHaag() }), { omschrijving: 'het scenario als waarde van een veld "scenario"', pad: 'schemaVersion', bericht: ZONDER_VERSIE });

// ---- 5. schemaVersion -----------------------------------------------------------------------------
const NIET_ONDERSTEUND = 'wordt niet ondersteund';
const HEEL_GETAL = 'moet een heel getal zijn';
variant('versie-ontbreekt', 'schemaVersion ontbreekt', (d) => delete d.schemaVersion, 'schemaVersion', ZONDER_VERSIE);
variant('versie-toekomst-10', 'schemaVersion 10 (een nieuwere versie van de tool)', (d) => (d.schemaVersion = 10), 'schemaVersion', 'versie 10 wordt niet ondersteund');
variant('versie-toekomst-99', 'schemaVersion 99', (d) => (d.schemaVersion = 99), 'schemaVersion', 'versie 99 wordt niet ondersteund');
variant('versie-0', 'schemaVersion 0', (d) => (d.schemaVersion = 0), 'schemaVersion', NIET_ONDERSTEUND);
variant('versie-negatief', 'schemaVersion -1', (d) => (d.schemaVersion = -1), 'schemaVersion', NIET_ONDERSTEUND);
variant('versie-breuk', 'schemaVersion 1.5', (d) => (d.schemaVersion = 1.5), 'schemaVersion', HEEL_GETAL);
variant('versie-als-tekst', 'schemaVersion "2" (tekst)', (d) => (d.schemaVersion = '2'), 'schemaVersion', 'moet een heel getal zijn, maar is tekst "2"');
variant('versie-null', 'schemaVersion null', (d) => (d.schemaVersion = null), 'schemaVersion', HEEL_GETAL);
variant('versie-lijst', 'schemaVersion [2]', (d) => (d.schemaVersion = [2]), 'schemaVersion', HEEL_GETAL);
variant('versie-object', 'schemaVersion als object', (d) => (d.schemaVersion = { versie: 2, datum: '2020-06-01', door: 'MKBA Schuldhulp' }), 'schemaVersion', 'moet een heel getal zijn, maar is een object');
tekstvariant('versie-1e400', 'schemaVersion 1e400 (Infinity na JSON.parse)', '"schemaVersion": 2', '"schemaVersion": 1e400', 'schemaVersion', 'maar is een getal dat te groot is om mee te rekenen');


// ---- 6. Version 1 files with errors (through the migration) ----------------------------------------
const versie1 = (d: any) => {
  d.schemaVersion = 1;
  delete d.onzekerheid;
  delete d.tijd;
  delete d.prijspeil;
};
variant('v1-negatief-cohort', 'versie 1 met een negatief cohort', (d) => (versie1(d), (d.werkwijzen[0].cohort = -1)), 'werkwijzen[0].cohort', 'mag niet negatief zijn');
variant('v1-som-klopt-niet', 'versie 1 waarin de uitkomsten niet optellen tot het cohort', (d) => (versie1(d), (d.werkwijzen[1].uitkomsten.oplossing = 4)), 'werkwijzen[1].uitkomsten', 'de aantallen tellen op tot 24, maar het cohort is 23');
variant('v1-onbekend-veld', 'versie 1 met een onbekend veld', (d) => (versie1(d), (d.opmerking = 'x')), '', 'onbekend veld "opmerking"');
variant('v1-twee-nulalternatieven', 'versie 1 met twee nulalternatieven', (d) => (versie1(d), (d.werkwijzen[1].nulalternatief = true)), 'werkwijzen', 'precies één werkwijze moet het nulalternatief zijn, maar het zijn er 2');
variant('v1-zonder-titel', 'versie 1 zonder titel', (d) => (versie1(d), delete d.titel), 'titel', 'moet tekst zijn, maar is afwezig');
variant('v1-fout-in-v2-veld', 'versie 1 met een ongeldig veld van versie 2 (tijd.horizonJaren 0)', (d) => (versie1(d), (d.tijd = { horizonJaren: 0 })), 'tijd.horizonJaren', 'moet minstens 1 jaar zijn');

// ---- 7. Wrong types at many paths ----------------------------------------------------------------
const ww0 = (d: any) => d.werkwijzen[0];
const ww1 = (d: any) => d.werkwijzen[1];
variant('type-titel-getal', 'titel is een getal', (d) => (d.titel = 2020), 'titel', 'moet tekst zijn, maar is het getal 2020');
variant('type-titel-null', 'titel is null', (d) => (d.titel = null), 'titel', 'moet tekst zijn, maar is leeg (null)');
variant('type-titel-lijst', 'titel is een lijst', (d) => (d.titel = ['Den Haag']), 'titel', 'moet tekst zijn, maar is een lijst');
variant('type-beschrijving-object', 'beschrijving is een object', (d) => (d.beschrijving = { nl: 'x' }), 'beschrijving', 'moet tekst zijn, maar is een object');
variant('type-auteur-waar', 'auteur is true', (d) => (d.auteur = true), 'auteur', 'moet tekst zijn, maar is waar (true)');
variant('type-datum-getal', 'datum is een getal', (d) => (d.datum = 20200601), 'datum', 'moet een datum zijn');
variant('type-bronnen-tekst', 'bronnen is een tekst in plaats van een lijst', (d) => (d.bronnen = 'Regioplan 2020'), 'bronnen', 'moet een lijst zijn, maar is tekst "Regioplan 2020"');
variant('type-bronnen-element-getal', 'een bron is een getal', (d) => (d.bronnen[2] = 2019), 'bronnen[2]', 'moet tekst zijn, maar is het getal 2019');
variant('type-instellingen-null', 'instellingen is null', (d) => (d.instellingen = null), 'instellingen', 'moet een object zijn, maar is leeg (null)');
variant('type-toedeling-getal', 'instellingen.toedeling is een getal', (d) => (d.instellingen.toedeling = 1), 'instellingen.toedeling', 'moet "heleKlanten" of "verwachteWaarden" zijn');
variant('type-afronden-tekst', 'eenheidsbedragenAfronden is "ja"', (d) => (d.instellingen.eenheidsbedragenAfronden = 'ja'), 'instellingen.eenheidsbedragenAfronden', 'moet true of false zijn');
variant('type-referentiecohort-tekst', 'referentieCohort is "23"', (d) => (d.instellingen.referentieCohort = '23'), 'instellingen.referentieCohort', 'moet een getal zijn, maar is tekst "23"');
variant('type-parameters-lijst', 'parameters is een lijst', (d) => (d.parameters = [14000]), 'parameters', 'moet een object zijn, maar is een lijst');
variant('type-parameter-tekst', 'een parameter als tekst met euroteken', (d) => (d.parameters['welfare.pwAnnualCost'] = '€ 14.000'), 'parameters.welfare.pwAnnualCost', 'moet een getal zijn, maar is tekst "€ 14.000"');
variant('type-parameter-procent', 'een aandeel als tekst "85%"', (d) => (d.parameters['allocation.successShare'] = '85%'), 'parameters.allocation.successShare', 'moet een getal zijn, maar is tekst "85%"');
variant('type-verdeling-component-lijst', 'een verdeling is een lijst', (d) => (d.verdeling.eviction = ['woningcorporaties']), 'verdeling.eviction', 'moet een object zijn, maar is een lijst');
variant('type-verdeling-aandeel-tekst', 'een stakeholderaandeel als tekst', (d) => (d.verdeling.eviction.woningcorporaties = '100%'), 'verdeling.eviction.woningcorporaties', 'moet een getal zijn');
variant('type-werkwijzen-object', 'werkwijzen is een object in plaats van een lijst', (d) => (d.werkwijzen = { regulier: d.werkwijzen[0], klantreis: d.werkwijzen[1] }), 'werkwijzen', 'moet een lijst van werkwijzen zijn');
variant('type-werkwijze-null', 'een werkwijze is null', (d) => (d.werkwijzen[1] = null), 'werkwijzen[1]', 'moet een object zijn, maar is leeg (null)');
variant('type-werkwijze-tekst', 'een werkwijze is een tekst', (d) => (d.werkwijzen[1] = 'klantreis'), 'werkwijzen[1]', 'moet een object zijn, maar is tekst "klantreis"');
variant('type-id-getal', 'werkwijze-id is een getal', (d) => (ww1(d).id = 2), 'werkwijzen[1].id', 'moet tekst zijn');
variant('type-naam-getal', 'werkwijze-naam is een getal', (d) => (ww1(d).naam = 2), 'werkwijzen[1].naam', 'moet tekst zijn, maar is het getal 2');
variant('type-naam-breuk', 'werkwijze-naam is het getal 23.5', (d) => (ww1(d).naam = 23.5), 'werkwijzen[1].naam', 'moet tekst zijn, maar is het getal 23.5');
variant('type-auteur-groot-getal', 'auteur is het getal 1e21', (d) => (d.auteur = 1e21), 'auteur', 'moet tekst zijn, maar is het getal 1e21');
variant('type-versie-lange-tekst', 'schemaVersion is een tekst van 5000 tekens', (d) => (d.schemaVersion = '2'.repeat(5000)), 'schemaVersion', `moet een heel getal zijn, maar is tekst "${'2'.repeat(60)}…"`);
variant('type-cohort-lange-tekst', 'cohort is een tekst van 5000 tekens', (d) => (ww1(d).cohort = 'x'.repeat(5000)), 'werkwijzen[1].cohort', `moet een getal zijn, maar is tekst "${'x'.repeat(60)}…"`);
variant('type-nulalternatief-tekst', 'nulalternatief is "ja"', (d) => (ww0(d).nulalternatief = 'ja'), 'werkwijzen[0].nulalternatief', 'moet true of false zijn');
variant('type-cohort-tekst', 'cohort is "29"', (d) => (ww0(d).cohort = '29'), 'werkwijzen[0].cohort', 'moet een getal zijn, maar is tekst "29"');
variant('type-uitkomsten-lijst', 'uitkomsten is een lijst', (d) => (ww0(d).uitkomsten = [1, 0, 20, 8]), 'werkwijzen[0].uitkomsten', 'moet een object zijn, maar is een lijst');
variant('type-uitkomst-tekst', 'een uitkomst als tekst', (d) => (ww0(d).uitkomsten.oplossing = 'een'), 'werkwijzen[0].uitkomsten.oplossing', 'moet een getal zijn, maar is tekst "een"');
variant('type-aandeel-procenttekst', 'aandeelPW als "37,9%"', (d) => (ww0(d).samenstelling.aandeelPW = '37,9%'), 'werkwijzen[0].samenstelling.aandeelPW', 'moet een getal zijn, maar is tekst "37,9%"');
variant('type-kosten-null', 'kosten is null', (d) => (ww1(d).kosten = null), 'werkwijzen[1].kosten', 'moet een object zijn, maar is leeg (null)');
variant('type-bedrag-tekst', 'een bedrag als tekst', (d) => (ww1(d).kosten.preparation.bedrag = '1700'), 'werkwijzen[1].kosten.preparation.bedrag', 'moet een getal zijn, maar is tekst "1700"');
variant('type-bedrag-bool', 'een bedrag als false', (d) => (ww1(d).kosten.preparation.bedrag = false), 'werkwijzen[1].kosten.preparation.bedrag', 'moet een getal zijn, maar is onwaar (false)');
variant('type-schuldregeling-aantal-tekst', 'debtArrangement.aantal is "alle"', (d) => (ww1(d).kosten.debtArrangement.aantal = 'alle'), 'werkwijzen[1].kosten.debtArrangement.aantal', 'moet een heel aantal klanten zijn of "oplossingen"');
variant('type-budgetvariant-getal', 'een budgetbeheervariant is een getal', (d) => (ww1(d).kosten.budgetManagement.basis = 6), 'werkwijzen[1].kosten.budgetManagement.basis', 'moet een object zijn, maar is het getal 6');
variant('type-toelichting-getal', 'toelichting is een getal', (d) => (ww1(d).toelichting = 23), 'werkwijzen[1].toelichting', 'moet tekst zijn, maar is het getal 23');
variant('type-bereiken-lijst', 'onzekerheid.bereiken is een lijst', (d) => (d.onzekerheid.bereiken = []), 'onzekerheid.bereiken', 'moet een object zijn, maar is een lijst');
variant('type-bereik-laag-tekst', 'een bereik met laag als tekst', (d) => (d.onzekerheid.bereiken = { 'parameters.welfare.pwAnnualCost': { laag: 'laag', hoog: 16000 } }), 'onzekerheid.bereiken.parameters.welfare.pwAnnualCost.laag', 'moet een getal zijn, maar is tekst "laag"');
variant('type-verdelingsoort-onbekend', 'een onbekende verdeling "normaal"', (d) => (d.onzekerheid.verdelingen = { 'parameters.welfare.pwAnnualCost': 'normaal' }), 'onzekerheid.verdelingen.parameters.welfare.pwAnnualCost', 'moet "driehoek", "uniform", "beta" of "vast" zijn');
variant('type-trekkingen-tekst', 'montecarlo.trekkingen als tekst', (d) => (d.onzekerheid.montecarlo.trekkingen = '10000'), 'onzekerheid.montecarlo.trekkingen', 'moet een getal zijn, maar is tekst "10000"');
variant('type-hertrekken-tekst', 'uitkomstenHertrekken is "nee"', (d) => (d.onzekerheid.montecarlo.uitkomstenHertrekken = 'nee'), 'onzekerheid.montecarlo.uitkomstenHertrekken', 'moet true, false of "automatisch" zijn, maar is tekst "nee"');
variant('type-horizon-tekst', 'tijd.horizonJaren als tekst', (d) => (d.tijd.horizonJaren = '5'), 'tijd.horizonJaren', 'moet een getal zijn, maar is tekst "5"');
variant('type-discontovoet-procent', 'discontovoet als "2,25%"', (d) => (d.tijd.discontovoet = '2,25%'), 'tijd.discontovoet', 'moet een getal zijn, maar is tekst "2,25%"');
variant('type-spreiding-getal', 'een spreiding is een getal in plaats van een lijst', (d) => (d.tijd.spreiding.welfareExit = 0.2), 'tijd.spreiding.welfareExit', 'moet een lijst van jaaraandelen zijn');
variant('type-spreiding-element-tekst', 'een jaaraandeel als tekst', (d) => (d.tijd.spreiding.welfareExit[0] = '0.2'), 'tijd.spreiding.welfareExit[0]', 'moet een getal zijn, maar is tekst "0.2"');
variant('type-doeljaar-tekst', 'prijspeil.doeljaar als tekst', (d) => (d.prijspeil.doeljaar = '2024'), 'prijspeil.doeljaar', 'moet een getal zijn, maar is tekst "2024"');
variant('type-prijsjaar-breuk', 'prijsjaarKosten 2019,5', (d) => (d.prijspeil.prijsjaarKosten = 2019.5), 'prijspeil.prijsjaarKosten', 'moet een jaartal zijn');
variant('type-inflatie-tekst', 'een inflatiecijfer als tekst', (d) => (d.prijspeil.inflatie = { '2019': '2,6%' }), 'prijspeil.inflatie.2019', 'moet een getal zijn, maar is tekst "2,6%"');
variant('type-publicatie-tekst', 'publicatie is een tekst', (d) => (d.publicatie = 'Regioplan 2020'), 'publicatie', 'moet een object zijn, maar is tekst "Regioplan 2020"');
variant('type-publicatie-totaal-tekst', 'een gepubliceerd totaal als tekst', (d) => (d.publicatie.werkwijzen.regulier.kosten.totaal = '35.400'), 'publicatie.werkwijzen.regulier.kosten.totaal', 'moet een getal zijn, maar is tekst "35.400"');
variant('type-claims-object', 'publicatie.claims is een object', (d) => (d.publicatie.claims = {}), 'publicatie.claims', 'moet een lijst zijn, maar is een object');
variant('type-claim-soort-onbekend', 'een claim met een onbekende soort', (d) => (d.publicatie.claims[0].soort = 'totaal'), 'publicatie.claims[0].soort', 'heeft een ongeldige waarde');

// ---- 8. Missing and extra fields ------------------------------------------------------------------
variant('mist-titel', 'titel ontbreekt', (d) => delete d.titel, 'titel', 'moet tekst zijn, maar is afwezig');
variant('mist-werkwijzen', 'werkwijzen ontbreekt', (d) => delete d.werkwijzen, 'werkwijzen', 'moet een lijst van werkwijzen zijn');
variant('mist-id', 'een werkwijze zonder id', (d) => delete ww1(d).id, 'werkwijzen[1].id', 'moet tekst zijn');
variant('mist-nulalternatief', 'een werkwijze zonder nulalternatief', (d) => delete ww1(d).nulalternatief, 'werkwijzen[1].nulalternatief', 'moet true of false zijn');
variant('mist-cohort', 'een werkwijze zonder cohort', (d) => delete ww1(d).cohort, 'werkwijzen[1].cohort', 'moet een getal zijn, maar is afwezig');
variant('mist-uitkomsten', 'een werkwijze zonder uitkomsten', (d) => delete ww1(d).uitkomsten, 'werkwijzen[1].uitkomsten', 'ontbreekt');
variant('mist-uitkomst-gestabiliseerd', 'uitkomsten zonder "gestabiliseerd"', (d) => delete ww1(d).uitkomsten.gestabiliseerd, 'werkwijzen[1].uitkomsten.gestabiliseerd', 'moet een getal zijn, maar is afwezig');
variant('mist-samenstelling', 'een werkwijze zonder samenstelling', (d) => delete ww1(d).samenstelling, 'werkwijzen[1].samenstelling', 'ontbreekt');
variant('mist-kosten-schuldregelfase-aantal', 'settlementPhase zonder aantal', (d) => delete ww1(d).kosten.settlementPhase.aantal, 'werkwijzen[1].kosten.settlementPhase.aantal', 'moet een getal zijn, maar is afwezig');
variant('mist-budgetvariant-plus', 'budgetManagement zonder de variant plus', (d) => delete ww1(d).kosten.budgetManagement.plus, 'werkwijzen[1].kosten.budgetManagement.plus', 'ontbreekt');
variant('mist-publicatie-bron', 'publicatie zonder bron', (d) => delete d.publicatie.bron, 'publicatie.bron', 'moet tekst zijn, maar is afwezig');
variant('mist-claim-bedrag', 'een claim zonder bedrag', (d) => delete d.publicatie.claims[0].bedrag, 'publicatie.claims[0].bedrag', 'moet een getal zijn, maar is afwezig');
variant('extra-veld-boven', 'een onbekend veld bovenaan (tikfout "titl")', (d) => (d.titl = 'x'), '', 'onbekend veld "titl"');
variant('extra-velden-boven', 'twee onbekende velden bovenaan', (d) => ((d.versie = 2), (d.gemeente = 'Den Haag')), '', 'onbekende velden "versie", "gemeente"');
variant('extra-veld-lange-naam', 'een onbekend veld met een naam van 3000 tekens', (d) => (d['k'.repeat(3000)] = 1), '', `onbekend veld "${'k'.repeat(60)}…"`);
variant('extra-velden-veel', '200 onbekende velden bovenaan', (d) => {
  for (let i = 0; i < 200; i++) d[`veld${i}`] = i;
}, '', 'onbekende velden "veld0", "veld1", "veld2", "veld3", "veld4" en nog 195');
variant('extra-velden-lang-en-veel', '50 onbekende velden met namen van 1000 tekens', (d) => {
  for (let i = 0; i < 50; i++) d[`${i}`.padStart(1000, 'v')] = i;
}, '', 'en nog 45');
variant('extra-veld-werkwijze', 'een onbekend veld in een werkwijze', (d) => (ww1(d).instroom = 100), 'werkwijzen[1]', 'onbekend veld "instroom"');
variant('extra-veld-uitkomsten', 'een vijfde uitkomst', (d) => (ww1(d).uitkomsten.overleden = 0), 'werkwijzen[1].uitkomsten', 'onbekend veld "overleden"');
variant('extra-veld-kosten', 'een onbekende kostenpost', (d) => (ww1(d).kosten.nazorg = { bedrag: 100 }), 'werkwijzen[1].kosten', 'onbekend veld "nazorg"');
variant('extra-parameter', 'een onbekende parameter', (d) => (d.parameters['welfare.pwAnualCost'] = 14000), 'parameters', 'onbekend veld "welfare.pwAnualCost"');
variant('variant-onbekende-parameter', 'een variant wijzigt een parameter die niet bestaat (tikfout)', (d) => (d.varianten[1].parameters['welfareExit.monthsEarly'] = { waarde: 12, bron: 'Van Geuns e.a. 2011' }), 'varianten[1].parameters.welfareExit.monthsEarly', 'variant "Bovenschattingen van Van Geuns e.a. (2011)" (bovenschattingen): "welfareExit.monthsEarly" is geen parameter die een variant kan wijzigen (bedoelde u "welfareExit.monthsEarlier"?)');
variant('variant-zonder-bron', 'een afwijking in een variant zonder bron', (d) => delete d.varianten[1].parameters['welfareExit.monthsEarlier'].bron, 'varianten[1].parameters.welfareExit.monthsEarlier.bron', 'ontbreekt; elke afwijking in een variant heeft een bron nodig');
variant('variant-dubbel-id', 'twee varianten met hetzelfde id', (d) => (d.varianten[1].id = 'rapport'), 'varianten[1].id', '"rapport" is ook het id van variant nr. 1');
variant('extra-veld-instellingen', 'een onbekende instelling', (d) => (d.instellingen.valuta = 'EUR'), 'instellingen', 'onbekend veld "valuta"');
variant('extra-verdeling-component', 'een onbekende batencomponent in de verdeling', (d) => (d.verdeling.schuldhulp = { gemeente: 1 }), 'verdeling', 'onbekend veld "schuldhulp"');
variant('extra-verdeling-stakeholder', 'een onbekende stakeholder', (d) => (d.verdeling.eviction = { woningcorporaties: 0.5, verhuurders: 0.5 }), 'verdeling.eviction', 'onbekend veld "verhuurders"');
variant('extra-spreiding-post', 'spreiding voor een onbekende post', (d) => (d.tijd.spreiding.nazorg = [1]), 'tijd.spreiding', 'onbekend veld "nazorg"');
variant('extra-veld-montecarlo', 'een onbekend veld in montecarlo', (d) => (d.onzekerheid.montecarlo.threads = 4), 'onzekerheid.montecarlo', 'onbekend veld "threads"');
variant('extra-veld-claim', 'een onbekend veld in een claim', (d) => (d.publicatie.claims[2].pagina = 31), 'publicatie.claims[2]', 'onbekend veld "pagina"');

// ---- 9. Numbers: huge, infinite, NaN strings, negative and fractional counts --------------------
variant('getal-1e308-bedrag', 'een bedrag van 1e308', (d) => (ww1(d).kosten.preparation.bedrag = 1e308), 'werkwijzen[1].kosten.preparation.bedrag', 'is groter dan € 1.000.000.000');
variant('getal-1e308-parameter', 'een parameter van 1e308', (d) => (d.parameters['homelessness.careSafetyCost'] = 1e308), 'parameters.homelessness.careSafetyCost', 'is groter dan € 1.000.000.000');
variant('getal-1e308-uitkomst', 'een uitkomst van 1e308 klanten', (d) => (ww1(d).uitkomsten.oplossing = 1e308), 'werkwijzen[1].uitkomsten.oplossing', 'is groter dan 100.000.000 klanten');
variant('getal-1e308-som', 'een uitkomst van 1e308 klanten: de som in de melding', (d) => (ww1(d).uitkomsten.oplossing = 1e308), 'werkwijzen[1].uitkomsten', 'de aantallen tellen op tot 1e308, maar het cohort is 23');
variant('getal-1e308-seed', 'montecarlo.seed 1e308', (d) => (d.onzekerheid.montecarlo.seed = 1e308), 'onzekerheid.montecarlo.seed', 'mag hoogstens 4.294.967.295 zijn, maar is 1e308');
variant('getal-min-1e308-trekkingen', 'montecarlo.trekkingen -1e308', (d) => (d.onzekerheid.montecarlo.trekkingen = -1e308), 'onzekerheid.montecarlo.trekkingen', 'moet minstens 1 zijn, maar is −1e308');
variant('getal-1e308-referentiecohort', 'referentieCohort 1e308', (d) => (d.instellingen.referentieCohort = 1e308), 'instellingen.referentieCohort', 'is groter dan 100.000.000 klanten');
variant('getal-1e20-schemaversie', 'schemaVersion 1e20', (d) => (d.schemaVersion = 1e20), 'schemaVersion', 'versie 1e20 wordt niet ondersteund');
variant('getal-1e300-negatief-bedrag', 'een bedrag van -1e300', (d) => (ww1(d).kosten.preparation.bedrag = -1e300), 'werkwijzen[1].kosten.preparation.bedrag', 'mag niet negatief zijn, maar is € −1e300');
const TE_GROOT_GETAL = 'maar is een getal dat te groot is om mee te rekenen';
tekstvariant('getal-1e400-cohort', 'cohort 1e400 (JSON.parse maakt er Infinity van)', '"cohort": 29', '"cohort": 1e400', 'werkwijzen[0].cohort', TE_GROOT_GETAL);
tekstvariant('getal-min-1e400-bedrag', 'bedrag -1e400 (-Infinity)', '"bedrag": 700', '"bedrag": -1e400', 'werkwijzen[0].kosten.preparation.bedrag', 'maar is een negatief getal dat te groot is om mee te rekenen');
tekstvariant('getal-1e400-aandeel', 'aandeelPW 1e400', '"aandeelPW": 0.379', '"aandeelPW": 1e400', 'werkwijzen[0].samenstelling.aandeelPW', TE_GROOT_GETAL);
variant('getal-nan-tekst', 'cohort "NaN" als tekst', (d) => (ww0(d).cohort = 'NaN'), 'werkwijzen[0].cohort', 'moet een getal zijn, maar is tekst "NaN"');
variant('getal-infinity-tekst', 'een parameter "Infinity" als tekst', (d) => (d.parameters['eviction.cost'] = 'Infinity'), 'parameters.eviction.cost', 'moet een getal zijn, maar is tekst "Infinity"');
variant('getal-min-infinity-tekst', 'een bedrag "-Infinity" als tekst', (d) => (ww0(d).kosten.settlementPhase.bedrag = '-Infinity'), 'werkwijzen[0].kosten.settlementPhase.bedrag', 'moet een getal zijn, maar is tekst "-Infinity"');
variant('getal-negatief-cohort', 'cohort -23', (d) => (ww1(d).cohort = -23), 'werkwijzen[1].cohort', 'mag niet negatief zijn, maar is −23');
variant('getal-negatieve-uitkomst', 'een negatieve uitkomst (som klopt wel)', (d) => ((ww1(d).uitkomsten.oplossing = -1), (ww1(d).uitkomsten.geenOplossing = 12)), 'werkwijzen[1].uitkomsten.oplossing', 'mag niet negatief zijn, maar is −1');
variant('getal-negatief-aantal', 'settlementPhase.aantal -3', (d) => (ww1(d).kosten.settlementPhase.aantal = -3), 'werkwijzen[1].kosten.settlementPhase.aantal', 'mag niet negatief zijn, maar is −3');
variant('getal-negatief-bedrag', 'een negatief bedrag', (d) => (ww1(d).kosten.preparation.bedrag = -1700), 'werkwijzen[1].kosten.preparation.bedrag', 'mag niet negatief zijn, maar is € −1.700');
variant('getal-negatieve-parameter', 'een negatieve parameter', (d) => (d.parameters['welfare.pwAnnualCost'] = -14000), 'parameters.welfare.pwAnnualCost', 'mag niet negatief zijn, maar is € −14.000');
variant('getal-negatieve-maanden', 'negatieve maanden', (d) => (d.parameters['welfareExit.monthsEarlier'] = -4), 'parameters.welfareExit.monthsEarlier', 'mag niet negatief zijn, maar is −4');
variant('getal-maanden-te-veel', '601 maanden', (d) => (d.parameters['jobRetention.pwMonths'] = 601), 'parameters.jobRetention.pwMonths', 'is meer dan 600 maanden');
variant('getal-breuk-cohort', 'cohort 23,5', (d) => (ww1(d).cohort = 23.5), 'werkwijzen[1].cohort', 'moet een heel aantal klanten zijn, maar is 23,5');
variant('getal-breuk-uitkomst', 'een uitkomst 2,5', (d) => ((ww1(d).uitkomsten.oplossing = 2.5), (ww1(d).uitkomsten.geenOplossing = 8.5)), 'werkwijzen[1].uitkomsten.oplossing', 'moet een heel aantal klanten zijn, maar is 2,5');
variant('getal-breuk-budget-aantal', 'budgetbeheer basis 0,1 klant', (d) => (ww1(d).kosten.budgetManagement.basis.aantal = 0.1), 'werkwijzen[1].kosten.budgetManagement.basis.aantal', 'moet een heel aantal klanten zijn, maar is 0,1');
variant('getal-bijna-heel', 'settlementPhase.aantal 9,0001', (d) => (ww1(d).kosten.settlementPhase.aantal = 9.0001), 'werkwijzen[1].kosten.settlementPhase.aantal', 'moet een heel aantal klanten zijn, maar is 9,0001');
variant('getal-bijna-heel-seed', 'montecarlo.seed 7,0000001', (d) => (d.onzekerheid.montecarlo.seed = 7.0000001), 'onzekerheid.montecarlo.seed', 'moet een geheel getal zijn, maar is 7,0000001');
variant('getal-bijna-heel-groot', 'montecarlo.seed 4000000000,5 (de breuk in een groot getal)', (d) => (d.onzekerheid.montecarlo.seed = 4000000000.5), 'onzekerheid.montecarlo.seed', 'moet een geheel getal zijn, maar is 4.000.000.000,5');
variant('getal-bedrag-net-negatief', 'een bedrag van -0,001', (d) => (ww1(d).kosten.preparation.bedrag = -0.001), 'werkwijzen[1].kosten.preparation.bedrag', 'mag niet negatief zijn, maar is € −0,001');
variant('getal-maanden-net-te-veel', '600,001 maanden', (d) => (d.parameters['jobRetention.pwMonths'] = 600.001), 'parameters.jobRetention.pwMonths', 'is meer dan 600 maanden (600,001)');
variant('getal-breuk-referentiecohort', 'referentieCohort 23,2', (d) => (d.instellingen.referentieCohort = 23.2), 'instellingen.referentieCohort', 'moet een heel aantal klanten zijn, maar is 23,2');
variant('getal-breuk-trekkingen', 'montecarlo.trekkingen 100,5', (d) => (d.onzekerheid.montecarlo.trekkingen = 100.5), 'onzekerheid.montecarlo.trekkingen', 'moet een geheel getal zijn, maar is 100,5');
variant('getal-cohort-te-groot', 'cohort van 1 miljard (maximum 100 miljoen)', (d) => {
  ww1(d).cohort = 1e9;
  ww1(d).uitkomsten.geenOplossing = 1e9 - 15;
}, 'werkwijzen[1].cohort', 'is groter dan 100.000.000 klanten');

// ---- 10. The scenario's rules (invariants) --------------------------------------------------------
variant('regel-som-te-hoog', 'uitkomsten tellen op tot meer dan het cohort', (d) => (ww1(d).uitkomsten.gestabiliseerd = 8), 'werkwijzen[1].uitkomsten', 'de aantallen tellen op tot 24, maar het cohort is 23');
variant('regel-som-te-laag', 'uitkomsten tellen op tot minder dan het cohort', (d) => (ww0(d).uitkomsten.geenOplossing = 10), 'werkwijzen[0].uitkomsten', 'de aantallen tellen op tot 19, maar het cohort is 29');
variant('regel-cohort-nul', 'cohort 0 met alle aantallen 0', (d) => {
  const w = ww0(d);
  w.cohort = 0;
  w.uitkomsten = { oplossing: 0, gestabiliseerd: 0, geenOplossing: 0, inSchuldregelfase: 0 };
  w.kosten.settlementPhase.aantal = 0;
  w.kosten.budgetManagement.basis.aantal = 0;
  w.kosten.budgetManagement.plus.aantal = 0;
}, 'werkwijzen[0].cohort', 'moet minstens 1 klant zijn');
variant('regel-aantal-boven-cohort', 'meer klanten in de schuldregelfase dan in het cohort', (d) => (ww1(d).kosten.settlementPhase.aantal = 24), 'werkwijzen[1].kosten.settlementPhase.aantal', '24 klanten is meer dan het cohort van 23');
variant('regel-schuldregelfase-minder-dan-uitkomsten', 'minder klanten gestart met schulden regelen (0) dan er een oplossing hebben of nog in die fase zijn (3 + 5)', (d) => (ww1(d).kosten.settlementPhase.aantal = 0), 'werkwijzen[1].kosten.settlementPhase.aantal', '0 klanten is minder dan de 8 klanten die volgens de uitkomsten met schulden regelen zijn gestart (3 met een oplossing voor de schulden en 5 nog in de fase schulden regelen)');
variant('regel-schuldregelingen-boven-cohort', 'meer schuldregelingen dan klanten', (d) => (ww1(d).kosten.debtArrangement.aantal = 30), 'werkwijzen[1].kosten.debtArrangement.aantal', '30 klanten is meer dan het cohort van 23');
variant('regel-budgetvariant-boven-cohort', 'een budgetbeheervariant met meer klanten dan het cohort', (d) => (ww0(d).kosten.budgetManagement.totaal.aantal = 30), 'werkwijzen[0].kosten.budgetManagement.totaal.aantal', '30 klanten is meer dan het cohort van 29');
variant('regel-budget-samen-boven-cohort', 'budgetbeheervarianten samen meer dan het cohort', (d) => ((ww1(d).kosten.budgetManagement.basis.aantal = 12), (ww1(d).kosten.budgetManagement.plus.aantal = 12)), 'werkwijzen[1].kosten.budgetManagement', 'samen 28 klanten in budgetbeheer, meer dan het cohort van 23');
variant('regel-aandeel-boven-100', 'aandeelPW 150%', (d) => (ww1(d).samenstelling.aandeelPW = 1.5), 'werkwijzen[1].samenstelling.aandeelPW', 'moet tussen 0% en 100% liggen, maar is 150%');
variant('regel-aandeel-als-procent', 'aandeelWerkend 17,4 (als procent in plaats van 0,174)', (d) => (ww1(d).samenstelling.aandeelWerkend = 17.4), 'werkwijzen[1].samenstelling.aandeelWerkend', 'moet tussen 0% en 100% liggen, maar is 1.740%');
variant('regel-aandeel-negatief', 'aandeelWerkend -10%', (d) => (ww0(d).samenstelling.aandeelWerkend = -0.1), 'werkwijzen[0].samenstelling.aandeelWerkend', 'moet tussen 0% en 100% liggen, maar is −10%');
variant('regel-aandeel-net-negatief', 'aandeelPW -0,0000001', (d) => (ww0(d).samenstelling.aandeelPW = -1e-7), 'werkwijzen[0].samenstelling.aandeelPW', 'moet tussen 0% en 100% liggen, maar is −0,00001%');
variant('regel-aandeel-net-boven-100', 'aandeelWerkend 1,0000001', (d) => (ww0(d).samenstelling.aandeelWerkend = 1.0000001), 'werkwijzen[0].samenstelling.aandeelWerkend', 'moet tussen 0% en 100% liggen, maar is 100,00001%');
variant('tijd-discontovoet-net-negatief', 'discontovoet -0,0000001', (d) => (d.tijd.discontovoet = -1e-7), 'tijd.discontovoet', 'moet tussen 0% en 100% liggen, maar is −0,00001%');
variant('regel-parameter-aandeel-boven-100', 'allocation.successShare 120%', (d) => (d.parameters['allocation.successShare'] = 1.2), 'parameters.allocation.successShare', 'moet tussen 0% en 100% liggen, maar is 120%');
variant('regel-twee-nulalternatieven', 'twee nulalternatieven', (d) => (ww1(d).nulalternatief = true), 'werkwijzen', 'precies één werkwijze moet het nulalternatief zijn, maar het zijn er 2');
variant('regel-geen-nulalternatief', 'geen nulalternatief', (d) => (ww0(d).nulalternatief = false), 'werkwijzen', 'precies één werkwijze moet het nulalternatief zijn, maar het zijn er 0');
variant('regel-dubbele-id', 'twee werkwijzen met dezelfde id', (d) => (ww1(d).id = 'regulier'), 'werkwijzen[1].id', '"regulier" komt meer dan eens voor');
variant('regel-dubbele-naam', 'twee werkwijzen met dezelfde naam (hoofdletters en spaties tellen niet)', (d) => (ww1(d).naam = ` ${ww0(d).naam.toUpperCase()} `), 'werkwijzen[1].naam', 'is ook de naam van werkwijzen[0] (hoofdletters, spaties en onzichtbare tekens tellen niet mee); geef elke werkwijze een eigen naam');
variant('regel-dubbele-naam-onzichtbaar', 'twee werkwijzen met dezelfde naam, de tweede met een nulbreedte-spatie (U+200B) erachter', (d) => (ww1(d).naam = `${ww0(d).naam}\u200b`), 'werkwijzen[1].naam', 'is ook de naam van werkwijzen[0] (hoofdletters, spaties en onzichtbare tekens tellen niet mee)');
variant('regel-dubbele-naam-nfd', 'twee werkwijzen met dezelfde naam, de tweede in NFD (e + combinerend accent)', (d) => ((ww0(d).naam = 'Klantréis'), (ww1(d).naam = 'Klantréis'.normalize('NFD'))), 'werkwijzen[1].naam', 'is ook de naam van werkwijzen[0]');
variant('regel-dubbele-naam-cyrillisch', 'twee werkwijzen met dezelfde naam, de tweede met een Cyrillische І (U+0406) voor de Latijnse I', (d) => (ww1(d).naam = ww0(d).naam.replace('I', '\u0406')), 'werkwijzen[1].naam', 'is ook de naam van werkwijzen[0] (lijkende tekens tellen niet mee: \u0406 (U+0406) lijkt op I)');
variant('regel-dubbele-naam-volle-breedte', 'twee werkwijzen met dezelfde naam, de tweede in volle-breedtetekens (ＦＩＧ)', (d) => (ww1(d).naam = ww0(d).naam.replace('FIG', '\uff26\uff29\uff27')), 'werkwijzen[1].naam', 'is ook de naam van werkwijzen[0] (lijkende tekens tellen niet mee: \uff26 (U+FF26) lijkt op F');
variant('regel-naam-spatie', 'werkwijzenaam van één spatie', (d) => (ww1(d).naam = ' '), 'werkwijzen[1].naam', 'bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+0020)');
variant('regel-naam-nulbreedte', 'werkwijzenaam van één nulbreedte-spatie (U+200B)', (d) => (ww1(d).naam = '\u200b'), 'werkwijzen[1].naam', 'bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+200B)');
variant('regel-titel-nbsp', 'titel van alleen no-break spaces', (d) => (d.titel = '\u00a0\u00a0'), 'titel', 'bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+00A0 U+00A0)');
variant('regel-titel-richtingsteken', 'titel met een right-to-left override (U+202E) die de tekst omgekeerd toont (tester #13)', (d) => (d.titel = '\u202eDen Haag'), 'titel', 'bevat een teken dat de leesrichting verandert (U+202E)');
variant('regel-naam-richtingsteken', 'werkwijzenaam met een omgekeerde staart (U+202E) en een isolaat (U+2066, U+2069)', (d) => (ww1(d).naam = 'Klantreis\u202e gnilrevleH \u2066x\u2069'), 'werkwijzen[1].naam', 'bevat een teken dat de leesrichting verandert (U+202E U+2066 U+2069)', { cli: 'bevat een teken dat de leesrichting verandert (U+202E U+2066 U+2069)' });
variant('regel-pm-naam-onzichtbaar', 'eigen PM-effect met als naam alleen een woordvoeger (U+2060)', (d) => ww1(d).pmPosten.push({ effect: 'eigen', naam: '\u2060', beoordeling: '+' }), 'werkwijzen[1].pmPosten[4].naam', 'bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens: U+2060)');
variant('regel-een-werkwijze', 'maar één werkwijze', (d) => (d.werkwijzen.pop(), delete d.publicatie), 'werkwijzen', 'moet minstens twee werkwijzen bevatten');
variant('regel-geen-werkwijzen', 'een lege lijst werkwijzen', (d) => ((d.werkwijzen = []), delete d.publicatie), 'werkwijzen', 'moet minstens twee werkwijzen bevatten');
variant('regel-negen-werkwijzen', 'negen werkwijzen (maximaal acht)', (d) => {
  for (let i = 2; i < 9; i++) d.werkwijzen.push({ ...structuredClone(ww1(d)), id: `variant-${i}`, naam: `Variant ${i}` });
}, 'werkwijzen', 'mag hoogstens acht werkwijzen bevatten');
variant('regel-id-hoofdletters', 'werkwijze-id met hoofdletters', (d) => ((ww1(d).id = 'Klantreis'), delete d.publicatie), 'werkwijzen[1].id', 'moet beginnen met een kleine letter');
variant('regel-id-spatie', 'werkwijze-id met een spatie', (d) => ((ww1(d).id = 'klant reis'), delete d.publicatie), 'werkwijzen[1].id', 'moet beginnen met een kleine letter');
variant('regel-id-leeg', 'lege werkwijze-id', (d) => ((ww1(d).id = ''), delete d.publicatie), 'werkwijzen[1].id', 'moet beginnen met een kleine letter');
variant('regel-naam-leeg', 'lege werkwijzenaam', (d) => (ww1(d).naam = ''), 'werkwijzen[1].naam', 'mag niet leeg zijn');
variant('regel-titel-leeg', 'lege titel', (d) => (d.titel = ''), 'titel', 'mag niet leeg zijn');
variant('regel-titel-te-lang', 'titel van 201 tekens', (d) => (d.titel = 'T'.repeat(201)), 'titel', 'is langer dan 200 tekens');
variant('regel-toelichting-te-lang', 'toelichting van 5001 tekens', (d) => (ww0(d).toelichting = 'x'.repeat(5001)), 'werkwijzen[0].toelichting', 'is langer dan 5.000 tekens');
variant('regel-te-veel-bronnen', '101 bronnen', (d) => (d.bronnen = Array.from({ length: 101 }, (_, i) => `Bron ${i + 1}`)), 'bronnen', 'bevat meer dan 100 elementen');
variant('regel-datum-vorm', 'datum "1 juni 2020"', (d) => (d.datum = '1 juni 2020'), 'datum', 'moet een datum zijn in de vorm JJJJ-MM-DD');
variant('regel-toedeling-onbekend', 'toedeling "willekeurig"', (d) => (d.instellingen.toedeling = 'willekeurig'), 'instellingen.toedeling', 'moet "heleKlanten" of "verwachteWaarden" zijn');
variant('regel-referentiecohort-nul', 'referentieCohort 0', (d) => (d.instellingen.referentieCohort = 0), 'instellingen.referentieCohort', 'moet minstens 1 klant zijn');
variant('regel-verdeling-som', 'een stakeholderverdeling die optelt tot 50%', (d) => (d.verdeling.eviction = { woningcorporaties: 0.5 }), 'verdeling.eviction', 'de aandelen tellen op tot 50%, maar moeten samen 100% zijn');
variant('regel-verdeling-bijna-100', 'een verdeling die optelt tot 99,99999%', (d) => (d.verdeling['homelessness.careSafety'] = { politie: 0.5, zorgverzekeraars: 0.4999999 }), 'verdeling.homelessness.careSafety', 'de aandelen tellen op tot 99,99999%, maar moeten samen 100% zijn');
variant('regel-verdeling-net-boven-100', 'een verdeling die optelt tot 100,00001%', (d) => (d.verdeling['homelessness.careSafety'] = { politie: 0.5, zorgverzekeraars: 0.5000001 }), 'verdeling.homelessness.careSafety', 'de aandelen tellen op tot 100,00001%, maar moeten samen 100% zijn');
variant('regel-verdeling-net-negatief', 'een stakeholderaandeel van -0,0000001% (gevonden door de fuzzer)', (d) => (d.verdeling.welfareExit = { gemeente: -1e-9 }), 'verdeling.welfareExit', 'de aandelen tellen op tot −0,0000001%, maar moeten samen 100% zijn');
variant('regel-verdeling-aandeel-boven-100', 'een stakeholderaandeel van 150%', (d) => (d.verdeling.eviction = { woningcorporaties: 1.5, gemeente: -0.5 }), 'verdeling.eviction.woningcorporaties', 'moet tussen 0% en 100% liggen, maar is 150%');

// Uncertainty, time, price level
variant('onzekerheid-laag-boven-hoog', 'een bereik met laag > hoog', (d) => (d.onzekerheid.bereiken = { 'parameters.welfare.pwAnnualCost': { laag: 16000, hoog: 12000 } }), 'onzekerheid.bereiken.parameters.welfare.pwAnnualCost', 'de lage waarde is hoger dan de hoge waarde');
variant('onzekerheid-laag-boven-hoog-werkwijze', 'een bereik voor een werkwijze met laag > hoog', (d) => (d.onzekerheid.bereiken = { 'werkwijzen.klantreis.samenstelling.aandeelPW': { laag: 0.5, hoog: 0.4 } }), 'onzekerheid.bereiken.werkwijzen.klantreis.samenstelling.aandeelPW', 'de lage waarde is hoger dan de hoge waarde');
// Ranges per input must fit the input's unit (issue 4): a share 0–100%, an amount ≥ € 0, months 0–600.
const BEREIK = 'onzekerheid.bereiken';
variant('onzekerheid-aandeel-boven-100', 'een bereik voor een aandeel tot 120%', (d) => (d.onzekerheid.bereiken = { 'parameters.allocation.successShare': { laag: 0.75, hoog: 1.2 } }), `${BEREIK}.parameters.allocation.successShare.hoog`, 'de hoge waarde: een aandeel moet tussen 0% en 100% liggen, maar is 120%');
variant('onzekerheid-aandeel-als-procent', 'een bereik voor een aandeel in procenten (75 tot 95 in plaats van 0,75 tot 0,95)', (d) => (d.onzekerheid.bereiken = { 'parameters.allocation.successShare': { laag: 75, hoog: 95 } }), `${BEREIK}.parameters.allocation.successShare.laag`, 'de lage waarde: een aandeel moet tussen 0% en 100% liggen, maar is 7.500%');
variant('onzekerheid-aandeel-negatief-werkwijze', 'een bereik voor het PW-aandeel van een werkwijze vanaf -10%', (d) => (d.onzekerheid.bereiken = { 'werkwijzen.klantreis.samenstelling.aandeelPW': { laag: -0.1, hoog: 0.5 } }), `${BEREIK}.werkwijzen.klantreis.samenstelling.aandeelPW.laag`, 'de lage waarde: een aandeel moet tussen 0% en 100% liggen, maar is −10%');
variant('onzekerheid-aandeel-net-boven-100', 'een bereik voor een aandeel tot 100,00001%', (d) => (d.onzekerheid.bereiken = { 'werkwijzen.regulier.samenstelling.aandeelWerkend': { laag: 0.1, hoog: 1.0000001 } }), `${BEREIK}.werkwijzen.regulier.samenstelling.aandeelWerkend.hoog`, 'maar is 100,00001%');
variant('onzekerheid-bedrag-negatief', 'een bereik voor een bedrag vanaf € −1.000', (d) => (d.onzekerheid.bereiken = { 'parameters.welfare.pwAnnualCost': { laag: -1000, hoog: 16000 } }), `${BEREIK}.parameters.welfare.pwAnnualCost.laag`, 'de lage waarde: een bedrag mag niet negatief zijn, maar is € −1.000');
variant('onzekerheid-bedrag-werkwijze-negatief', 'een bereik voor de kosten van een werkwijze, beide kanten negatief', (d) => (d.onzekerheid.bereiken = { 'werkwijzen.regulier.kosten.preparation.bedrag': { laag: -900, hoog: -500 } }), `${BEREIK}.werkwijzen.regulier.kosten.preparation.bedrag.hoog`, 'de hoge waarde: een bedrag mag niet negatief zijn, maar is € −500');
variant('onzekerheid-bedrag-te-groot', 'een bereik voor een bedrag tot 1e12', (d) => (d.onzekerheid.bereiken = { 'parameters.eviction.cost': { laag: 1, hoog: 1e12 } }), `${BEREIK}.parameters.eviction.cost.hoog`, 'een bedrag mag hoogstens € 1.000.000.000 zijn, maar is € 1.000.000.000.000');
variant('onzekerheid-maanden-te-veel', 'een bereik voor maanden tot 601', (d) => (d.onzekerheid.bereiken = { 'parameters.welfareExit.monthsEarlier': { laag: 4, hoog: 601 } }), `${BEREIK}.parameters.welfareExit.monthsEarlier.hoog`, 'mag hoogstens 600 maanden zijn, maar is 601');
variant('onzekerheid-maanden-negatief', 'een bereik voor maanden vanaf -2', (d) => (d.onzekerheid.bereiken = { 'parameters.welfareExit.monthsEarlier': { laag: -2, hoog: 12 } }), `${BEREIK}.parameters.welfareExit.monthsEarlier.laag`, 'een aantal maanden mag niet negatief zijn, maar is −2');
variant('onzekerheid-lange-sleutel', 'een bereik onder een sleutel van 3000 tekens', (d) => (d.onzekerheid.bereiken = { ['parameters.' + 'p'.repeat(2989)]: { laag: 1, hoog: 2 } }), `${BEREIK}.${('parameters.' + 'p'.repeat(2989)).slice(0, 60)}…`, 'verwijst naar een onbekende parameter of werkwijze');
variant('onzekerheid-onbekende-sleutel', 'een bereik voor een onbekende parameter', (d) => (d.onzekerheid.bereiken = { 'parameters.welfare.bestaatNiet': { laag: 1, hoog: 2 } }), 'onzekerheid.bereiken.parameters.welfare.bestaatNiet', 'verwijst naar een onbekende parameter of werkwijze');
variant('onzekerheid-onbekende-werkwijze', 'een verdeling voor een onbekende werkwijze', (d) => (d.onzekerheid.verdelingen = { 'werkwijzen.bestaatniet.samenstelling.aandeelPW': 'beta' }), 'onzekerheid.verdelingen.werkwijzen.bestaatniet.samenstelling.aandeelPW', 'verwijst naar een onbekende parameter of werkwijze');
variant('onzekerheid-beta-op-parameter', 'een bètaverdeling op een landelijke parameter', (d) => (d.onzekerheid.verdelingen = { 'parameters.allocation.successShare': 'beta' }), 'onzekerheid.verdelingen.parameters.allocation.successShare', 'een bètaverdeling kan alleen voor een aandeel uit de dossiers van een werkwijze');
variant('onzekerheid-trekkingen-nul', 'montecarlo.trekkingen 0', (d) => (d.onzekerheid.montecarlo.trekkingen = 0), 'onzekerheid.montecarlo.trekkingen', 'moet minstens 1 zijn, maar is 0');
variant('onzekerheid-trekkingen-te-veel', 'montecarlo.trekkingen 2 miljoen', (d) => (d.onzekerheid.montecarlo.trekkingen = 2_000_000), 'onzekerheid.montecarlo.trekkingen', 'mag hoogstens 1.000.000 zijn');
variant('onzekerheid-seed-negatief', 'montecarlo.seed -1', (d) => (d.onzekerheid.montecarlo.seed = -1), 'onzekerheid.montecarlo.seed', 'moet minstens 0 zijn, maar is −1');
variant('tijd-horizon-nul', 'tijdshorizon 0 jaar', (d) => ((d.tijd.horizonJaren = 0), (d.tijd.spreiding = {})), 'tijd.horizonJaren', 'moet minstens 1 jaar zijn');
variant('tijd-horizon-51', 'tijdshorizon 51 jaar', (d) => (d.tijd.horizonJaren = 51), 'tijd.horizonJaren', 'mag hoogstens 50 jaar zijn');
variant('tijd-discontovoet-50pct', 'discontovoet 50%', (d) => (d.tijd.discontovoet = 0.5), 'tijd.discontovoet', 'een discontovoet boven 20% is niet zinvol');
variant('tijd-discontovoet-negatief', 'discontovoet -1%', (d) => (d.tijd.discontovoet = -0.01), 'tijd.discontovoet', 'moet tussen 0% en 100% liggen, maar is −1%');
variant('tijd-spreiding-som', 'jaaraandelen die optellen tot 90%', (d) => (d.tijd.spreiding.welfareExit = [0.5, 0.4]), 'tijd.spreiding.welfareExit', 'de jaaraandelen moeten samen 100% zijn');
variant('tijd-spreiding-negatief', 'een negatief jaaraandeel', (d) => (d.tijd.spreiding.welfareExit = [1.2, -0.2]), 'tijd.spreiding.welfareExit[1]', 'een jaaraandeel mag niet negatief zijn');
variant('tijd-spreiding-leeg', 'een lege spreiding', (d) => (d.tijd.spreiding.welfareExit = []), 'tijd.spreiding.welfareExit', 'moet minstens één jaar bevatten');
variant('tijd-spreiding-langer-dan-horizon', 'spreiding over 5 jaar bij een horizon van 3', (d) => (d.tijd.horizonJaren = 3), 'tijd.spreiding.welfareExit', 'beslaat 5 jaar, langer dan de tijdshorizon van 3 jaar');
variant('prijspeil-doeljaar-zonder-inflatie', 'een doeljaar zonder inflatiecijfers', (d) => (d.prijspeil.doeljaar = 2024), 'prijspeil.inflatie', 'het inflatiecijfer voor 2012 ontbreekt');
variant('prijspeil-inflatie-gat', 'een doeljaar met een ontbrekend jaar in de inflatiecijfers', (d) => {
  d.prijspeil.doeljaar = 2020;
  d.prijspeil.inflatie = Object.fromEntries([2012, 2013, 2014, 2015, 2017, 2018, 2019, 2020].map((j) => [String(j), 0.02]));
}, 'prijspeil.inflatie', 'het inflatiecijfer voor 2016 ontbreekt');
variant('prijspeil-doeljaar-1989', 'doeljaar 1989', (d) => (d.prijspeil.doeljaar = 1989), 'prijspeil.doeljaar', 'moet 1990 of later zijn');
variant('prijspeil-doeljaar-2101', 'doeljaar 2101', (d) => (d.prijspeil.doeljaar = 2101), 'prijspeil.doeljaar', 'moet 2100 of eerder zijn');
variant('prijspeil-inflatie-boven-100', 'inflatie 150%', (d) => (d.prijspeil.inflatie = { '2020': 1.5 }), 'prijspeil.inflatie.2020', 'een inflatie van meer dan 100% is niet zinvol');
variant('prijspeil-deflatie', 'deflatie van 60%', (d) => (d.prijspeil.inflatie = { '2020': -0.6 }), 'prijspeil.inflatie.2020', 'een deflatie van meer dan 50% is niet zinvol');
variant('prijspeil-inflatie-sleutel', 'een inflatiecijfer onder de sleutel "vorig jaar"', (d) => (d.prijspeil.inflatie = { 'vorig jaar': 0.02 }), 'prijspeil.inflatie.vorig jaar', 'de sleutel "vorig jaar" moet een jaartal zijn (bijv. "2015")');
variant('prijspeil-inflatie-sleutel-1899', 'een inflatiecijfer voor 1899', (d) => (d.prijspeil.inflatie = { '1899': 0.02 }), 'prijspeil.inflatie.1899', 'de sleutel "1899" moet een jaartal van 1990 tot en met 2100 zijn');
variant('prijspeil-factor-sleutel', 'een indexfactor onder de sleutel "2016a"', (d) => (d.prijspeil.factoren = { '2016a': 1.1 }), 'prijspeil.factoren.2016a', 'de sleutel "2016a" moet een jaartal zijn (bijv. "2015")');
variant('prijspeil-inflatie-lange-sleutel', 'een inflatiecijfer onder een sleutel van 2000 tekens', (d) => (d.prijspeil.inflatie = { ['2'.repeat(2000)]: 0.02 }), `prijspeil.inflatie.${'2'.repeat(60)}…`, `de sleutel "${'2'.repeat(60)}…" moet een jaartal zijn`);
variant('prijspeil-factor-nul', 'een indexfactor 0', (d) => (d.prijspeil.factoren = { '2011': 0 }), 'prijspeil.factoren.2011', 'moet groter dan 0 zijn');
variant('publicatie-onbekende-werkwijze', 'gepubliceerde cijfers voor een werkwijze die niet bestaat', (d) => (d.publicatie.werkwijzen.nieuw = { kosten: { totaal: 1 } }), 'publicatie.werkwijzen.nieuw', 'werkwijze "nieuw" bestaat niet in dit scenario');
variant('publicatie-claim-onbekende-werkwijze', 'een claim over een werkwijze die niet bestaat', (d) => (d.publicatie.claims[0].tenOpzichteVan = 'fig'), 'publicatie.claims[0]', 'werkwijze "fig" bestaat niet in dit scenario');
variant('publicatie-claim-lange-werkwijze', 'een claim over een werkwijze met een naam van 6000 tekens (gevonden door de fuzzer)', (d) => (d.publicatie.claims[0].werkwijze = 'x'.repeat(6000)), 'publicatie.claims[0]', `werkwijze "${'x'.repeat(60)}…" bestaat niet in dit scenario`);
variant('publicatie-lange-werkwijze', 'gepubliceerde cijfers voor een werkwijze met een id van 3000 tekens', (d) => (d.publicatie.werkwijzen['w'.repeat(3000)] = {}), `publicatie.werkwijzen.${'w'.repeat(60)}…`, `werkwijze "${'w'.repeat(60)}…" bestaat niet in dit scenario`);
variant('publicatie-referentiecohort-nul', 'publicatie.referentieCohort 0', (d) => (d.publicatie.referentieCohort = 0), 'publicatie.referentieCohort', 'moet minstens 1 klant zijn');
variant('publicatie-referentiecohort-breuk', 'publicatie.referentieCohort 23,5', (d) => (d.publicatie.referentieCohort = 23.5), 'publicatie.referentieCohort', 'moet een heel aantal klanten zijn, maar is 23,5');

// ---- 11. __proto__, constructor and prototype keys at several depths ------------------------------
tekstvariant('proto-boven', '"__proto__" als veld bovenaan', '"titel":', '"__proto__": {"titel": "x"},\n  "titel":', '', 'onbekend veld "__proto__"');
tekstvariant('proto-instellingen', '"__proto__" in instellingen', '"toedeling":', '"__proto__": {"toedeling": "x"},\n    "toedeling":', 'instellingen', 'onbekend veld "__proto__"');
tekstvariant('proto-werkwijze', '"__proto__" in een werkwijze', '"id": "klantreis",', '"id": "klantreis",\n      "__proto__": {"nulalternatief": true},', 'werkwijzen[1]', 'onbekend veld "__proto__"');
tekstvariant('proto-uitkomsten', '"__proto__" in uitkomsten', '"oplossing": 3,', '"__proto__": {"oplossing": 99},\n        "oplossing": 3,', 'werkwijzen[1].uitkomsten', 'onbekend veld "__proto__"');
tekstvariant('proto-parameters', '"__proto__" in parameters', '"allocation.successShare": 0.85,', '"__proto__": {"allocation.successShare": 2},\n    "allocation.successShare": 0.85,', 'parameters', 'onbekend veld "__proto__"');
tekstvariant('proto-bereiken', '"__proto__" als sleutel in onzekerheid.bereiken (met laag > hoog)', '"bereiken": {}', '"bereiken": {"__proto__": {"laag": 16000, "hoog": 12000}}', 'onzekerheid.bereiken.__proto__', PROTO);
tekstvariant('proto-verdelingen', '"__proto__" als sleutel in onzekerheid.verdelingen', '"verdelingen": {}', '"verdelingen": {"__proto__": "normaal"}', 'onzekerheid.verdelingen.__proto__', PROTO);
tekstvariant('proto-inflatie', '"__proto__" als jaar in prijspeil.inflatie', '"inflatie": {}', '"inflatie": {"__proto__": 5}', 'prijspeil.inflatie.__proto__', PROTO);
tekstvariant('proto-publicatie-werkwijzen', '"__proto__" als werkwijze in de publicatie', '"werkwijzen": {\n      "regulier"', '"werkwijzen": {\n      "__proto__": {"kosten": {"totaal": "veel"}},\n      "regulier"', 'publicatie.werkwijzen.__proto__', PROTO);
tekstvariant('proto-spreiding', '"__proto__" als post in tijd.spreiding', '"spreiding": {', '"spreiding": {\n      "__proto__": [2, -1],', 'tijd.spreiding.__proto__', PROTO);
tekstvariant('proto-in-claim', '"__proto__" in een claim (een element van een lijst)', '"soort": "aandeelStakeholder",', '"soort": "aandeelStakeholder",\n        "__proto__": {"aandeel": 5},', 'publicatie.claims[2]', 'onbekend veld "__proto__"');
tekstvariant('proto-in-bereikwaarde', '"__proto__" in de waarde van een bereik', '"bereiken": {}', '"bereiken": {"parameters.welfare.pwAnnualCost": {"laag": 1, "hoog": 2, "__proto__": {"hoog": 0}}}', 'onzekerheid.bereiken.parameters.welfare.pwAnnualCost', 'onbekend veld "__proto__"');
tekstvariant('proto-dubbel-in-inflatie', 'twee keer "__proto__" in inflatie (JSON laat dubbele sleutels toe)', '"inflatie": {}', '"inflatie": {"__proto__": 0.1, "__proto__": {"2019": 9}}', 'prijspeil.inflatie.__proto__', PROTO);
variant('constructor-boven', '"constructor" als veld bovenaan', (d) => (d.constructor = { name: 'Object' }), '', 'onbekend veld "constructor"');
variant('constructor-kosten', '"constructor" in kosten', (d) => (ww0(d).kosten.constructor = { bedrag: 1 }), 'werkwijzen[0].kosten', 'onbekend veld "constructor"');
variant('constructor-bereiken', '"constructor" als sleutel in bereiken', (d) => (d.onzekerheid.bereiken = { constructor: { laag: 1, hoog: 2 } }), 'onzekerheid.bereiken.constructor', 'verwijst naar een onbekende parameter of werkwijze');
variant('constructor-publicatie', '"constructor" als werkwijze in de publicatie', (d) => (d.publicatie.werkwijzen.constructor = {}), 'publicatie.werkwijzen.constructor', 'werkwijze "constructor" bestaat niet in dit scenario');
variant('constructor-als-werkwijze-id', 'werkwijze-id "constructor" (geldige vorm, maar een claim verwijst naar een ontbrekende werkwijze)', (d) => (ww1(d).id = 'constructor'), 'publicatie.werkwijzen.klantreis', 'werkwijze "klantreis" bestaat niet in dit scenario');
variant('prototype-boven', '"prototype" als veld bovenaan', (d) => (d.prototype = {}), '', 'onbekend veld "prototype"');
variant('prototype-verdeling', '"prototype" als stakeholder', (d) => (d.verdeling.eviction = { woningcorporaties: 1, prototype: 0 }), 'verdeling.eviction', 'onbekend veld "prototype"');
variant('prototype-inflatie', '"prototype" als jaar in inflatie', (d) => (d.prijspeil.inflatie = { prototype: 0.02 }), 'prijspeil.inflatie.prototype', '/sleutel|jaartal/');
variant('tostring-verdelingen', '"toString" als sleutel in verdelingen', (d) => (d.onzekerheid.verdelingen = { toString: 'vast' }), 'onzekerheid.verdelingen.toString', 'verwijst naar een onbekende parameter of werkwijze');

// ---- 11b. Duplicate keys at any depth (JSON.parse keeps the last, a reader sees the first) ---------
const DUBBEL = (eerste: string, tweede: string) => `komt meer dan eens voor in hetzelfde object (${eerste} en ${tweede}); alleen de laatste waarde zou gelden`;
/** A duplicate key written into Den Haag: the message names the places of the first and the last occurrence. */
function dubbel(naam: string, omschrijving: string, zoek: string, vervang: string, pad: string, eerste: [string, number], tweede: [string, number]) {
  tekstvariant(naam, omschrijving, zoek, vervang, pad, DUBBEL(plekIn(zoek, vervang, ...eerste), plekIn(zoek, vervang, ...tweede)));
}
dubbel('dubbel-nulalternatief', 'twee keer "nulalternatief" in de Klantreis (de tweede maakt haar het nulalternatief)', '"nulalternatief": false,', '"nulalternatief": false,\n      "nulalternatief": true,', 'werkwijzen[1].nulalternatief', ['"nulalternatief"', 0], ['"nulalternatief"', 1]);
dubbel('dubbel-titel', 'twee keer "titel" bovenaan', '"titel":', '"titel": "Een andere titel",\n  "titel":', 'titel', ['"titel"', 0], ['"titel"', 1]);
dubbel('dubbel-ontsnapt-cohort', '"cohort" en "\\u0063ohort" (dezelfde sleutel, anders geschreven) met dezelfde waarde', '"cohort": 23,', '"cohort": 23,\n      "\\u0063ohort": 23,', 'werkwijzen[1].cohort', ['"cohort"', 0], ['"\\u0063ohort"', 0]);
dubbel('dubbel-drie-keer-uitkomst', 'drie keer "oplossing" in de uitkomsten (3, 4, 3)', '"oplossing": 3,', '"oplossing": 3,\n        "oplossing": 4,\n        "oplossing": 3,', 'werkwijzen[1].uitkomsten.oplossing', ['"oplossing"', 0], ['"oplossing"', 2]);
dubbel('dubbel-in-claim', 'twee keer "soort" in een claim (een object in een lijst)', '"soort": "aandeelStakeholder",', '"soort": "aandeelStakeholder",\n        "soort": "aandeelStakeholder",', 'publicatie.claims[2].soort', ['"soort"', 0], ['"soort"', 1]);
dubbel('dubbel-bereik', 'twee bereiken voor dezelfde invoer op één regel (een record)', '"bereiken": {}', '"bereiken": {"parameters.eviction.cost": {"laag": 1, "hoog": 2}, "parameters.eviction.cost": {"laag": 1, "hoog": 3}}', 'onzekerheid.bereiken.parameters.eviction.cost', ['"parameters.eviction.cost"', 0], ['"parameters.eviction.cost"', 1]);

// ---- 12. Files made at test time (see gegenereerd.mjs) --------------------------------------------
const TE_GROOT = 'een scenariobestand mag hoogstens 10.485.760 bytes (10 MB) zijn';
const CLI_TE_GROOT = 'het bestand is te groot';
voeg('groot-10-mb.json', undefined, { omschrijving: 'ruim 10 MB: Den Haag met een beschrijving van 10.485.760 tekens', pad: '', bericht: TE_GROOT, cli: CLI_TE_GROOT, gegenereerd: true });
voeg('groot-10-mb-plus-1.json', undefined, {
  omschrijving: 'precies 10 MB + 1 byte',
  pad: '',
  bericht: `Het bestand is 10.485.761 bytes; ${TE_GROOT}`,
  cli: `het bestand is te groot (10.485.761 bytes); ${TE_GROOT}`,
  gegenereerd: true,
});
voeg('groot-multibyte.json', undefined, {
  omschrijving: '3.600.000 tekens "€" (10,8 MB in UTF-8, minder dan 10 M tekens)',
  pad: '',
  bericht: TE_GROOT,
  cli: CLI_TE_GROOT,
  gegenereerd: true,
});
voeg('diep-100000-lijsten.json', undefined, { omschrijving: '100.000 geneste lijsten', pad: '', bericht: GEEN_SCENARIO, gegenereerd: true });
voeg('diep-100000-objecten.json', undefined, { omschrijving: '100.000 geneste objecten', pad: 'schemaVersion', bericht: ZONDER_VERSIE, gegenereerd: true });
voeg('diep-100000-in-titel.json', undefined, { omschrijving: 'Den Haag met 100.000 geneste lijsten als titel', pad: 'titel', bericht: 'moet tekst zijn, maar is een lijst', gegenereerd: true });
voeg('diep-100000-in-bereik.json', undefined, { omschrijving: 'Den Haag met 100.000 geneste objecten als bereik', pad: 'onzekerheid.bereiken.parameters.welfare.pwAnnualCost', bericht: 'onbekend veld "a"', gegenereerd: true });

// ---- Text stays text: valid files with HTML and script in their text fields -------------------------
export const AANVALLEN = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  javascript: 'javascript:alert(1)',
  svg: '"><svg onload=alert(1)>',
  iframe: '<iframe src="javascript:alert(1)"></iframe>',
  sjabloon: '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)}',
  markdown: '[klik hier](javascript:alert(1))',
  entiteit: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;b&#x3E;',
  csv: '=HYPERLINK("http://voorbeeld.invalid","klik");+SUM(1);-1;@SUM(1)',
  unicode: '\u202eLINKS\u202c \u200b nul\u00a0breedte 🧾 ﷽',
} as const;

interface TekstItem {
  bestand: string;
  inhoud: string;
  omschrijving: string;
  /** Field path → the exact text that must come back and be shown literally. */
  velden: Record<string, string>;
  /** A bug found with this file (see test/korpus-tekst.test.ts). */
  bekendeFout?: { toetsen: string[]; reden: string };
}
const tekstItems: TekstItem[] = [];
function tekstBestand(naam: string, omschrijving: string, velden: Record<string, string>, bekendeFout?: TekstItem['bekendeFout']) {
  const d = denHaag();
  for (const [pad, waarde] of Object.entries(velden)) {
    const delen = pad.replace(/\[(\d+)\]/g, '.$1').split('.');
    let o = d;
    for (const k of delen.slice(0, -1)) o = o[k];
    o[delen.at(-1)!] = waarde;
  }
  tekstItems.push({ bestand: `${naam}.json`, inhoud: mooi(d), omschrijving, velden, ...(bekendeFout ? { bekendeFout } : {}) });
}
tekstBestand('img-onerror', '<img onerror> in titel, naam en beschrijving', {
  titel: `Test ${AANVALLEN.img} titel`,
  'werkwijzen[1].naam': `Klantreis ${AANVALLEN.img}`,
  beschrijving: AANVALLEN.img,
});
tekstBestand('script', '<script> in titel, auteur, toelichting, bronnen en notities', {
  titel: `Test ${AANVALLEN.script} titel`,
  auteur: AANVALLEN.script,
  'werkwijzen[0].toelichting': AANVALLEN.script,
  'bronnen[0]': AANVALLEN.script,
  'notities[0]': AANVALLEN.script,
});
tekstBestand('javascript-url', 'javascript:-URL in titel, bron en claimomschrijving', {
  titel: AANVALLEN.javascript,
  'bronnen[1]': AANVALLEN.javascript,
  'publicatie.claims[0].omschrijving': AANVALLEN.javascript,
  'publicatie.bron': AANVALLEN.javascript,
});
tekstBestand('svg-iframe', 'svg onload en iframe', {
  titel: `Test ${AANVALLEN.svg}`,
  'werkwijzen[0].naam': AANVALLEN.iframe,
  'werkwijzen[1].naam': AANVALLEN.svg,
});
tekstBestand('sjablonen-en-markdown', 'sjabloonexpressies, markdown-link en HTML-entiteiten', {
  titel: AANVALLEN.sjabloon,
  beschrijving: AANVALLEN.markdown,
  'werkwijzen[1].naam': AANVALLEN.entiteit,
});
tekstBestand('csv-formules', 'spreadsheetformules (CSV-injectie) in namen', {
  titel: AANVALLEN.csv.slice(0, 200),
  'werkwijzen[1].naam': '=1+1',
  'werkwijzen[0].naam': '@SUM(A1)',
});
// Reading-direction characters are refused in names and titles (tester #13, regel-*-richtingsteken); free text keeps them.
const ZONDER_RICHTING = (t: string) => t.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
tekstBestand('unicode', 'richtingsteken (in vrije tekst), nulbreedte, emoji', {
  titel: ZONDER_RICHTING(AANVALLEN.unicode),
  'werkwijzen[1].naam': `Klantreis ${ZONDER_RICHTING(AANVALLEN.unicode)}`,
  beschrijving: AANVALLEN.unicode,
  'werkwijzen[1].toelichting': AANVALLEN.unicode,
});
tekstBestand('stuurtekens', 'terminal-stuurcodes (ESC, BEL, NUL) in titel en naam: geldig in JSON, mogen niet rauw naar een terminal', {
  titel: 'Test \u001b[31mROOD\u001b[0m \u001b]0;gekaapt\u0007 \u0000 einde',
  'werkwijzen[1].naam': 'Klantreis \u001b[2J',
});
tekstBestand('stuurtekens-c1-bidi', 'C1-stuurteken (CSI U+009B), regelterugloop, backspace en DEL in titel en naam; richtingstekens in beschrijving, toelichting en bron', {
  titel: 'Den Haag\rGEKAAPT \u009b2J \b\u007f LINKS isolaat',
  beschrijving: 'Den Haag\rGEKAAPT \u009b2J \b\u007f \u202eLINKS\u202c \u2066isolaat\u2069',
  'werkwijzen[0].naam': 'Regulier \u009b',
  'werkwijzen[0].toelichting': 'Regulier \u200f\u061c\u202b',
  'bronnen[1]': '\u202eLINKS\u202c',
  'werkwijzen[1].naam': 'Klantreis\nmet een regeleinde\ten een tab',
  'bronnen[0]': '\u001b]8;;https://voorbeeld.invalid\u0007klik\u001b]8;;\u0007',
});

// ---- write ---------------------------------------------------------------------------------------
export function korpus() {
  return { items, tekstItems };
}

/** verwacht.json as written. */
export const indexTekst = (index: unknown) => JSON.stringify(index, null, 2) + '\n';

function schrijfMap(map: string, bestanden: { bestand: string; inhoud: string | Buffer }[], index: unknown) {
  mkdirSync(map, { recursive: true });
  const houden = new Set([...bestanden.map((b) => b.bestand), 'verwacht.json', 'gegenereerd.mjs', 'gegenereerd.d.mts', 'README.md']);
  for (const f of readdirSync(map)) if (!houden.has(f)) rmSync(join(map, f));
  for (const b of bestanden) writeFileSync(join(map, b.bestand), b.inhoud);
  writeFileSync(join(map, 'verwacht.json'), indexTekst(index));
}

/** Both folders as the script writes them: path, files and index (test/korpus-actueel.test.ts compares them with the disk). */
export function mappen(): { map: string; bestanden: { bestand: string; inhoud: string | Buffer }[]; index: unknown }[] {
  return [
    {
      map: join(ROOT, 'test/fixtures/invalid'),
      bestanden: items.filter((i) => i.inhoud !== undefined).map((i) => ({ bestand: i.bestand, inhoud: i.inhoud! })),
      index: {
        uitleg:
          'Gemaakt door scripts/maak-korpus.ts (npx tsx scripts/maak-korpus.ts). Per bestand: de Nederlandse melding (of een kenmerkend deel) en het veldpad ("" = het bestand als geheel); cli/bestand: een andere melding voor de opdrachtregel of de bestandslezer van de app; gegenereerd: gemaakt tijdens de test door gegenereerd.mjs; bekendeFout: welke toetsen nu falen en waarom.',
        bestanden: Object.fromEntries(items.map(({ bestand, inhoud: _i, ...v }) => [bestand, v])),
      },
    },
    {
      map: join(ROOT, 'test/fixtures/tekst-blijft-tekst'),
      bestanden: tekstItems.map((t) => ({ bestand: t.bestand, inhoud: t.inhoud })),
      index: {
        uitleg: 'Geldige scenario’s waarvan tekstvelden HTML, script en URL’s bevatten: ze moeten worden geaccepteerd en overal letterlijk als tekst verschijnen. Gemaakt door scripts/maak-korpus.ts.',
        bestanden: Object.fromEntries(tekstItems.map(({ bestand, inhoud: _i, ...rest }) => [bestand, rest])),
      },
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const m of mappen()) schrijfMap(m.map, m.bestanden, m.index);
  const bekend = items.filter((i) => i.bekendeFout).length;
  console.log(`test/fixtures/invalid: ${items.length} bestanden (${items.filter((i) => i.gegenereerd).length} gemaakt tijdens de test), ${bekend} met een bekende fout`);
  console.log(`test/fixtures/tekst-blijft-tekst: ${tekstItems.length} bestanden`);
}

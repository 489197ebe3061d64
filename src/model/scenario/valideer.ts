import * as z from 'zod';
import { ScenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { formatGetal as formatGetalIn } from '../../format/getal';
import { jsonFoutmelding, regelEnKolom, zoekDubbeleSleutels } from './jsonFout';
import { beschrijfWaarde, formatGetal, formatGevonden, inTaal, kort, m } from './velden';
import type { Taal } from '../../format/getal';
import { utf16Codering } from '../utf16';

/**
 * The largest scenario file read, in bytes (10 MiB), by every door: the validator, the app's file
 * picker, the autosave, share links and the command line. Real files are a few kB. The limit is well
 * above the largest file the schema's own field limits allow as written by schrijfScenario (every
 * text at its limit in characters that JSON writes as six bytes, every list full: about 5,4 MB, see
 * test/model/bestandsgrootte.test.ts), so anything the app or the CLI writes opens again.
 */
export const MAX_BESTANDSGROOTTE = 10 * 1024 * 1024;

/** The limit in words, exact in bytes: "10.485.760 bytes (10 MB)" (nl), "10,485,760 bytes (10 MB)" (en). */
export const maxBestandsgrootteTekst = (taal: Taal) => `${formatGetalIn(MAX_BESTANDSGROOTTE, taal)} bytes (${formatGetalIn(MAX_BESTANDSGROOTTE / 1024 / 1024, taal)} MB)`;
/** The same in Dutch (the command line). */
export const MAX_BESTANDSGROOTTE_TEKST = maxBestandsgrootteTekst('nl');

/** The message for a file over the limit, with both sizes exact in bytes, in the message language. */
export const teGrootBericht = (bytes: number) =>
  m(
    `Het bestand is ${formatGetal(bytes)} bytes; een scenariobestand mag hoogstens ${maxBestandsgrootteTekst('nl')} zijn.`,
    `The file is ${formatGetal(bytes)} bytes; a scenario file may be at most ${maxBestandsgrootteTekst('en')}.`,
  );

export interface Fout {
  /** Field path in the file, e.g. "werkwijzen[1].uitkomsten"; "" for the file as a whole. */
  pad: string;
  bericht: string;
}

export type Validatie = { ok: true; scenario: Scenario } | { ok: false; fouten: Fout[] };

/**
 * Older file versions and how to lift each one step. Version 2 added onzekerheid, tijd and prijspeil;
 * their defaults (no indexation, 0% discount) leave a version 1 scenario's results unchanged.
 */
export const MIGRATIES: Record<number, (oud: Record<string, unknown>) => Record<string, unknown>> = {
  1: (oud) => ({ ...oud, schemaVersion: 2 }),
};

/** A key from the file longer than 60 characters is cut off ("…") in the path of a message. */
export function formatPad(pad: readonly PropertyKey[]): string {
  let uit = '';
  for (const deel of pad) {
    if (typeof deel === 'number') uit += `[${deel}]`;
    else uit += uit === '' ? kort(String(deel)) : `.${kort(String(deel))}`;
  }
  return uit;
}

/** One line per error: "werkwijzen[1].uitkomsten: de aantallen tellen op tot 24, maar het cohort is 23". */
export function formatFouten(fouten: readonly Fout[]): string {
  return fouten.map((f) => (f.pad ? `${f.pad}: ${f.bericht}` : f.bericht)).join('\n');
}

/** zod's type names (English) as a person reads them in a message. */
const TYPENAMEN: Record<string, [string, string]> = {
  number: ['een getal', 'a number'],
  int: ['een heel getal', 'a whole number'],
  string: ['tekst', 'text'],
  boolean: ['true of false', 'true or false'],
  array: ['een lijst', 'a list'],
  object: ['een object', 'an object'],
  record: ['een object', 'an object'],
  null: ['leeg (null)', 'empty (null)'],
};

/** Dutch fallback for issues whose schema has no message of its own. */
const nlFoutmelding: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return m('ontbreekt', 'is missing');
      return m(
        `moet ${TYPENAMEN[iss.expected]?.[0] ?? 'een andere soort waarde'} zijn, maar is ${beschrijfWaarde(iss.input)}`,
        `must be ${TYPENAMEN[iss.expected]?.[1] ?? 'another kind of value'}, but is ${beschrijfWaarde(iss.input)}`,
      );
    case 'unrecognized_keys': {
      // Names from the file: cut off (shorter in a list), and at most five of them.
      if (iss.keys.length === 1) return m(`onbekend veld "${kort(iss.keys[0]!)}"`, `unknown field "${kort(iss.keys[0]!)}"`);
      const namen = iss.keys.slice(0, 5).map((k) => `"${kort(k, 40)}"`);
      const meer = iss.keys.length > 5 ? formatGetal(iss.keys.length - 5) : null;
      return m(`onbekende velden ${namen.join(', ')}${meer ? ` en nog ${meer}` : ''}`, `unknown fields ${namen.join(', ')}${meer ? ` and ${meer} more` : ''}`);
    }
    case 'invalid_value':
      return m('moet een van deze waarden zijn: ', 'must be one of these values: ') + iss.values.map((v) => JSON.stringify(v)).join(', ');
    case 'invalid_union':
      return m('heeft een ongeldige waarde', 'has an invalid value');
    case 'invalid_key': {
      // The key's own message ("moet een jaartal zijn (bijv. "2015")"); the path ends in the key.
      const sleutel = iss.path?.at(-1);
      const eigen = iss.issues.map((i) => i.message).find((m) => m && !/^Invalid/.test(m));
      const naam = typeof sleutel === 'string' ? m(`de sleutel "${kort(sleutel)}"`, `the key "${kort(sleutel)}"`) : m('een sleutel', 'a key');
      return eigen ? `${naam} ${eigen}` : `${naam} ${m('is ongeldig', 'is invalid')}`;
    }
    case 'too_big':
      return iss.origin === 'array'
        ? m(`bevat meer dan ${iss.maximum} elementen`, `holds more than ${iss.maximum} elements`)
        : m(`is te groot (maximaal ${iss.maximum})`, `is too large (at most ${iss.maximum})`);
    case 'too_small':
      return iss.origin === 'array'
        ? m(`bevat minder dan ${iss.minimum} elementen`, `holds fewer than ${iss.minimum} elements`)
        : m(`is te klein (minimaal ${iss.minimum})`, `is too small (at least ${iss.minimum})`);
    default:
      return m('is ongeldig', 'is invalid');
  }
};

/**
 * Paths of every "__proto__" key. JSON.parse keeps it as an own key, but zod skips it in records
 * (onzekerheid.bereiken, prijspeil.inflatie, publicatie.werkwijzen, …): its value would never be
 * checked and the entry would silently vanish from the scenario. Iterative, for deeply nested files.
 */
function protoSleutels(data: unknown, max = 10): PropertyKey[][] {
  interface Knoop {
    ouder: Knoop | null;
    sleutel: string | number;
  }
  const padVan = (k: Knoop | null): PropertyKey[] => {
    const pad: PropertyKey[] = [];
    for (let x = k; x; x = x.ouder) pad.push(x.sleutel);
    return pad.reverse();
  };
  const gevonden: PropertyKey[][] = [];
  const stapel: { waarde: unknown; knoop: Knoop | null }[] = [{ waarde: data, knoop: null }];
  while (stapel.length > 0 && gevonden.length < max) {
    const { waarde, knoop } = stapel.pop()!;
    if (typeof waarde !== 'object' || waarde === null) continue;
    if (Object.prototype.hasOwnProperty.call(waarde, '__proto__')) gevonden.push([...padVan(knoop), '__proto__']);
    const delen: [string | number, unknown][] = Array.isArray(waarde) ? waarde.map((v, i) => [i, v]) : Object.entries(waarde);
    for (let i = delen.length - 1; i >= 0; i--) stapel.push({ waarde: delen[i]![1], knoop: { ouder: knoop, sleutel: delen[i]![0] } });
  }
  return gevonden;
}

/**
 * Validates already-parsed JSON as a scenario; migrates older versions first. Never throws. The
 * rules' messages are in `taal` (the UI's language; files and the CLI: Dutch).
 */
export function valideerScenario(data: unknown, taal: Taal = 'nl'): Validatie {
  return inTaal(taal, () => valideerInTaal(data, taal));
}

function valideerInTaal(data: unknown, taal: Taal): Validatie {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return fout('', m('Dit is geen scenario: verwacht een JSON-object met schemaVersion, titel en werkwijzen.', 'This is not a scenario: expected a JSON object with "schemaVersion", "titel" and "werkwijzen".'));
    }
    let obj = data as Record<string, unknown>;
    const versie = obj.schemaVersion;
    if (versie === undefined) {
      return fout('schemaVersion', m(`ontbreekt; een scenariobestand begint met "schemaVersion": ${SCHEMA_VERSION}`, `is missing; a scenario file starts with "schemaVersion": ${SCHEMA_VERSION}`));
    }
    if (typeof versie !== 'number' || !Number.isInteger(versie)) {
      return fout('schemaVersion', m(`moet een heel getal zijn, maar is ${beschrijfWaarde(versie)}`, `must be a whole number, but is ${beschrijfWaarde(versie)}`));
    }
    if (versie > SCHEMA_VERSION || versie < 1) {
      return fout(
        'schemaVersion',
        m(
          `versie ${formatGevonden(versie)} wordt niet ondersteund; deze versie van MKBA Schuldhulp leest ${(SCHEMA_VERSION as number) === 1 ? 'alleen schemaVersion 1' : `schemaVersion 1 tot en met ${SCHEMA_VERSION}`}`,
          `version ${formatGevonden(versie)} is not supported; this version of MKBA Schuldhulp reads ${(SCHEMA_VERSION as number) === 1 ? 'only schemaVersion 1' : `schemaVersion 1 to ${SCHEMA_VERSION}`}`,
        ),
      );
    }
    for (let v = versie; v < SCHEMA_VERSION; v++) {
      const stap = MIGRATIES[v];
      if (!stap) return fout('schemaVersion', m(`versie ${v} kan niet worden omgezet`, `version ${v} cannot be converted`));
      obj = stap(obj);
    }
    // zod builds the messages when `error` is first read: read it inside, in the message language.
    const r = inTaal(taal, () => {
      const uit = ScenarioSchema.safeParse(obj, { error: nlFoutmelding });
      if (!uit.success) void uit.error.issues;
      return uit;
    });
    // Where zod already calls "__proto__" an unknown field, that message suffices.
    const alGemeld = new Set(
      r.success ? [] : r.error.issues.filter((i) => i.code === 'unrecognized_keys' && i.keys.includes('__proto__')).map((i) => formatPad([...i.path, '__proto__'])),
    );
    const proto = protoSleutels(obj)
      .map((p) => formatPad(p))
      .filter((p) => !alGemeld.has(p))
      .map((pad) => ({ pad, bericht: m('de naam "__proto__" is niet toegestaan als sleutel', 'the name "__proto__" is not allowed as a key') }));
    if (r.success && proto.length === 0) return { ok: true, scenario: r.data };
    // One message per path and text: an integer like 1e308 fails both the whole-number and the range check with the same words.
    const gezien = new Set<string>();
    const fouten = [...(r.success ? [] : r.error.issues.map((i) => ({ pad: formatPad(i.path), bericht: i.message }))), ...proto].filter((f) => {
      const k = `${f.pad}\n${f.bericht}`;
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    });
    return { ok: false, fouten: fouten.slice(0, 50) };
  } catch {
    return fout('', m('Het scenario kon niet worden gelezen: de structuur is te diep genest of onleesbaar.', 'The scenario could not be read: its structure is nested too deeply or unreadable.'));
  }
}

/** Reads a scenario from file text: size limit, JSON, then the schema. Never throws. */
export function leesScenario(tekst: string, taal: Taal = 'nl'): Validatie {
  return inTaal(taal, () => leesInTaal(tekst, taal));
}

function leesInTaal(tekst: string, taal: Taal): Validatie {
  if (typeof tekst !== 'string') return fout('', m('Het bestand kon niet als tekst worden gelezen.', 'The file could not be read as text.'));
  const bytes = new TextEncoder().encode(tekst).length;
  if (bytes > MAX_BESTANDSGROOTTE) return fout('', teGrootBericht(bytes));
  const zonderBom = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  if (zonderBom.trim() === '') return fout('', m('Het bestand is leeg.', 'The file is empty.'));
  let data: unknown;
  try {
    data = JSON.parse(zonderBom);
  } catch (e) {
    return fout('', jsonFoutmelding(zonderBom, e));
  }
  const v = valideerScenario(data, taal);
  const dubbel = dubbeleSleutelFouten(zonderBom);
  if (dubbel.length === 0) return v;
  return { ok: false, fouten: [...dubbel, ...(v.ok ? [] : v.fouten)].slice(0, 50) };
}

/**
 * A key twice in one object: JSON.parse silently keeps the last value while a reviewer reading the
 * file sees the first (two "nulalternatief" keys swap the baseline). Refused at any depth, with the
 * path and where both stand (a share link is one line: hence the column).
 */
function dubbeleSleutelFouten(tekst: string): Fout[] {
  return zoekDubbeleSleutels(tekst).map((d) => ({
    pad: formatPad(d.pad),
    bericht: m(
      `komt meer dan eens voor in hetzelfde object (${regelEnKolom(tekst, d.eerste)} en ${regelEnKolom(tekst, d.positie)}); ` +
        'alleen de laatste waarde zou gelden, terwijl wie het bestand leest de eerste ziet. Laat er één staan.',
      `occurs more than once in the same object (${regelEnKolom(tekst, d.eerste)} and ${regelEnKolom(tekst, d.positie)}); ` +
        'only the last value would count, while whoever reads the file sees the first. Keep one.',
    ),
  }));
}

/** The first byte where `b` stops being UTF-8 (RFC 3629), or -1. */
function eersteOngeldigeByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    const extra = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : 0;
    if (extra === 0) return i;
    for (let k = 1; k <= extra; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const y = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y > 0x9f) || (x === 0xf0 && y < 0x90) || (x === 0xf4 && y > 0x8f)) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * A scenario file's bytes as text: UTF-8 only (a UTF-8 byte order mark is fine), decoded strictly, so
 * that a Latin-1 "Financiële" is refused with a message instead of silently becoming "Financi�le".
 */
export function decodeerScenarioBytes(bytes: Uint8Array): { ok: true; tekst: string } | { ok: false; bericht: string } {
  try {
    return { ok: true, tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const opnieuw = m('Sla het op als UTF-8 en open het opnieuw.', 'Save it as UTF-8 and open it again.');
    if (utf16Codering(bytes)) {
      return { ok: false, bericht: m(`Het bestand is geen UTF-8-tekst maar UTF-16 (in Kladblok heet dat "Unicode"). ${opnieuw}`, `The file is not UTF-8 text but UTF-16 (Notepad calls it "Unicode"). ${opnieuw}`) };
    }
    const p = eersteOngeldigeByte(bytes);
    let regel = 1;
    for (let i = 0; i < p; i++) if (bytes[i] === 0x0a) regel++;
    const waar = p >= 0 ? m(` (de eerste ongeldige byte staat op regel ${formatGetal(regel)})`, ` (the first invalid byte is on line ${formatGetal(regel)})`) : '';
    return {
      ok: false,
      bericht: m(
        `Het bestand is geen UTF-8-tekst${waar}: is het opgeslagen als Windows-1252 of Latin-1, of is het geen tekstbestand? ${opnieuw}`,
        `The file is not UTF-8 text${waar}: was it saved as Windows-1252 or Latin-1, or is it not a text file? ${opnieuw}`,
      ),
    };
  }
}

/** Reads a scenario file from its bytes (file picker, command line): size limit, UTF-8, then leesScenario. Never throws. */
export function leesScenarioBytes(bytes: Uint8Array, taal: Taal = 'nl'): Validatie {
  return inTaal(taal, () => {
    if (bytes.length > MAX_BESTANDSGROOTTE) return fout('', teGrootBericht(bytes.length));
    const t = decodeerScenarioBytes(bytes);
    return t.ok ? leesScenario(t.tekst, taal) : fout('', t.bericht);
  });
}

/** The file text the tool writes: pretty-printed, complete, and reading back to the same scenario. */
export function schrijfScenario(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}

function fout(pad: string, bericht: string): Validatie {
  return { ok: false, fouten: [{ pad, bericht }] };
}

import * as z from 'zod';
import { ScenarioSchema, SCHEMA_VERSION, type Scenario } from './schema';
import { formatGetal } from '../../format/getal';
import { beschrijfWaarde } from './velden';

/** The largest scenario file we read: real ones are a few kB. */
export const MAX_BESTANDSGROOTTE = 1024 * 1024;

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

export function formatPad(pad: readonly PropertyKey[]): string {
  let uit = '';
  for (const deel of pad) {
    if (typeof deel === 'number') uit += `[${deel}]`;
    else uit += uit === '' ? String(deel) : `.${String(deel)}`;
  }
  return uit;
}

/** One line per error: "werkwijzen[1].uitkomsten: de aantallen tellen op tot 24, maar het cohort is 23". */
export function formatFouten(fouten: readonly Fout[]): string {
  return fouten.map((f) => (f.pad ? `${f.pad}: ${f.bericht}` : f.bericht)).join('\n');
}

/** zod's type names (English) as a person reads them in a message. */
const TYPENAMEN: Record<string, string> = {
  number: 'een getal',
  int: 'een heel getal',
  string: 'tekst',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  record: 'een object',
  null: 'leeg (null)',
};

/** Dutch fallback for issues whose schema has no message of its own. */
const nlFoutmelding: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'ontbreekt' : `moet ${TYPENAMEN[iss.expected] ?? 'een andere soort waarde'} zijn, maar is ${beschrijfWaarde(iss.input)}`;
    case 'unrecognized_keys':
      return iss.keys.length === 1 ? `onbekend veld "${iss.keys[0]}"` : `onbekende velden ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'heeft een ongeldige waarde';
    case 'invalid_key':
      return 'bevat een ongeldige sleutel';
    case 'too_big':
      return iss.origin === 'array' ? `bevat meer dan ${iss.maximum} elementen` : `is te groot (maximaal ${iss.maximum})`;
    case 'too_small':
      return iss.origin === 'array' ? `bevat minder dan ${iss.minimum} elementen` : `is te klein (minimaal ${iss.minimum})`;
    default:
      return 'is ongeldig';
  }
};

function jsonFout(tekst: string, e: unknown): string {
  const melding = e instanceof Error ? e.message : '';
  const m = /position (\d+)/.exec(melding);
  if (m) {
    const pos = Number(m[1]);
    const voor = tekst.slice(0, pos);
    const regel = voor.split('\n').length;
    const kolom = pos - voor.lastIndexOf('\n');
    return `Het bestand is geen geldige JSON: fout op regel ${regel}, kolom ${kolom}.`;
  }
  if (/end of JSON|Unterminated|unexpected end/i.test(melding)) return 'Het bestand is geen geldige JSON: het houdt onverwacht op (afgebroken bestand?).';
  return 'Het bestand is geen geldige JSON.';
}

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

/** Validates already-parsed JSON as a scenario; migrates older versions first. Never throws. */
export function valideerScenario(data: unknown): Validatie {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return fout('', 'Dit is geen scenario: verwacht een JSON-object met schemaVersion, titel en werkwijzen.');
    }
    let obj = data as Record<string, unknown>;
    const versie = obj.schemaVersion;
    if (versie === undefined) {
      return fout('schemaVersion', `ontbreekt; een scenariobestand begint met "schemaVersion": ${SCHEMA_VERSION}`);
    }
    if (typeof versie !== 'number' || !Number.isInteger(versie)) {
      return fout('schemaVersion', `moet een heel getal zijn, maar is ${beschrijfWaarde(versie)}`);
    }
    if (versie > SCHEMA_VERSION || versie < 1) {
      return fout('schemaVersion', `versie ${formatGetal(versie)} wordt niet ondersteund; deze versie van MKBA Schuldhulp leest ${(SCHEMA_VERSION as number) === 1 ? 'alleen schemaVersion 1' : `schemaVersion 1 tot en met ${SCHEMA_VERSION}`}`);
    }
    for (let v = versie; v < SCHEMA_VERSION; v++) {
      const stap = MIGRATIES[v];
      if (!stap) return fout('schemaVersion', `versie ${v} kan niet worden omgezet`);
      obj = stap(obj);
    }
    const r = ScenarioSchema.safeParse(obj, { error: nlFoutmelding });
    // Where zod already calls "__proto__" an unknown field, that message suffices.
    const alGemeld = new Set(
      r.success ? [] : r.error.issues.filter((i) => i.code === 'unrecognized_keys' && i.keys.includes('__proto__')).map((i) => formatPad([...i.path, '__proto__'])),
    );
    const proto = protoSleutels(obj)
      .map((p) => formatPad(p))
      .filter((p) => !alGemeld.has(p))
      .map((pad) => ({ pad, bericht: 'de naam "__proto__" is niet toegestaan als sleutel' }));
    if (r.success && proto.length === 0) return { ok: true, scenario: r.data };
    return {
      ok: false,
      fouten: [...(r.success ? [] : r.error.issues.map((i) => ({ pad: formatPad(i.path), bericht: i.message }))), ...proto].slice(0, 50),
    };
  } catch {
    return fout('', 'Het scenario kon niet worden gelezen: de structuur is te diep genest of onleesbaar.');
  }
}

/** Reads a scenario from file text: size limit, JSON, then the schema. Never throws. */
export function leesScenario(tekst: string): Validatie {
  if (typeof tekst !== 'string') return fout('', 'Het bestand kon niet als tekst worden gelezen.');
  const bytes = new TextEncoder().encode(tekst).length;
  if (bytes > MAX_BESTANDSGROOTTE) {
    return fout('', `Het bestand is ${formatGetal(bytes / 1024 / 1024, 'nl', 1)} MB; een scenariobestand mag hoogstens 1 MB zijn.`);
  }
  const zonderBom = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  if (zonderBom.trim() === '') return fout('', 'Het bestand is leeg.');
  let data: unknown;
  try {
    data = JSON.parse(zonderBom);
  } catch (e) {
    return fout('', jsonFout(zonderBom, e));
  }
  return valideerScenario(data);
}

/** The file text the tool writes: pretty-printed, complete, and reading back to the same scenario. */
export function schrijfScenario(s: Scenario): string {
  return JSON.stringify(s, null, 2) + '\n';
}

function fout(pad: string, bericht: string): Validatie {
  return { ok: false, fouten: [{ pad, bericht }] };
}

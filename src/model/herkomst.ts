import { BATEN, COMPONENTEN, STAKEHOLDERS, STANDAARD_VERDELING, UITKOMSTEN, BUDGETBEHEER_VARIANTEN, type ComponentId } from './begrippen';
import { AFTREKKEN } from './baten/brutoNetto';
import { PARAMETERS, parameterDefinitie } from './parameters/catalog';
import type { Eenheid, Label } from './parameters/types';
import { ScenarioSchema, type Scenario, type Werkwijze } from './scenario/schema';
import { tellingAchter } from './onzekerheid/invoer';
import { formatAandeel, formatEuro, formatGetal, type Taal } from '../format/getal';

/**
 * Where an input's value comes from: its default and that default's source, or the user's own value.
 * One place for every view, print, CSV and the CLI: an edited value never carries its default's source.
 * Inputs are named by their dotted path in the scenario file ("parameters.welfareExit.monthsEarlier",
 * "verdeling.homelessness.careSafety.politie", "instellingen.referentieCohort",
 * "werkwijzen.1.cohort"); a pathway input's default is the same pathway (by id) in the built-in
 * example the scenario comes from.
 */

/** A built-in example: the scenario and, by field inside a pathway, where its inputs come from. */
export interface VoorbeeldBron {
  naam: string;
  scenario: Scenario;
  /** Source by pathway field (e.g. "uitkomsten.oplossing"); the longest matching prefix wins. */
  bronnen?: Record<string, string | Label>;
}

/** A source in the UI language: a plain string (a citation) stays as it is. */
const inTaal = (b: string | Label, taal: Taal): string => (typeof b === 'string' ? b : b[taal]);

export type HerkomstEenheid = Eenheid | 'tekst' | 'vink';

export interface Standaardwaarde {
  /** In scenario units (a fraction for shares); null: automatic (reference cohort). */
  waarde: unknown;
  bron: string;
}

export interface Herkomst extends Standaardwaarde {
  veld: string;
  /** The scenario's value. */
  huidig: unknown;
  eenheid: HerkomstEenheid;
  /** The value differs from its default: the user's own value. */
  eigen: boolean;
  /** Where an own value comes from when the scenario records it: a pathway's cohort and shares from its dossier import (dossiertelling.bron). */
  eigenBron?: string;
}

export const SCHEMA_INSTELLINGEN_BRON: Label = { nl: 'Standaard van MKBA Schuldhulp', en: 'Default of MKBA Schuldhulp' };

/** Issue 11's inputs: 0 by default, as the report (optional in the scenario file). */
export const OPTIMISME_BIAS_BRON: Label = { nl: 'Regioplan 2020 rekent zonder opslag (0)', en: 'Regioplan 2020 uses no uplift (0)' };
export const BRUTO_NETTO_BRON: Label = {
  nl: 'Regioplan 2020 rekent zonder deze aftrek (0); zie de verantwoording over bruto en netto',
  en: 'Regioplan 2020 uses no such deduction (0); see the verantwoording on gross and net',
};

/** The example the scenario's pathways come from: the first one sharing a pathway id. */
export function voorbeeldVan<V extends VoorbeeldBron>(ids: readonly string[], voorbeelden: readonly V[]): V | null {
  const set = new Set(ids);
  return voorbeelden.find((v) => v.scenario.werkwijzen.some((w) => set.has(w.id))) ?? null;
}

/** The pathway with this id in the first example that has one. */
export function voorbeeldWerkwijzeVan<V extends VoorbeeldBron>(id: string, voorbeelden: readonly V[]): { voorbeeld: V; werkwijze: Werkwijze } | null {
  for (const v of voorbeelden) {
    const w = v.scenario.werkwijzen.find((x) => x.id === id);
    if (w) return { voorbeeld: v, werkwijze: w };
  }
  return null;
}

/** The source of an example's pathway field: the longest matching prefix in its `bronnen`. */
export function bronInVoorbeeld(v: VoorbeeldBron, rel: string, taal: Taal = 'nl'): string {
  const bronnen = v.bronnen ?? {};
  let beste = '';
  for (const k of Object.keys(bronnen)) {
    if ((rel === k || rel.startsWith(`${k}.`)) && k.length > beste.length) beste = k;
  }
  return beste ? inTaal(bronnen[beste]!, taal) : `${taal === 'nl' ? 'voorbeeld' : 'example'} ${v.naam}`;
}

function leesPad(obj: unknown, pad: string): unknown {
  let cur: unknown = obj;
  for (const deel of pad.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[deel];
  }
  return cur;
}

/**
 * The default of an input and its source, or undefined when it has none. `instellingenStandaard` is
 * the schema's default settings (used when the scenario comes from no example).
 */
export function standaardVan(
  veld: string,
  ids: readonly string[],
  voorbeelden: readonly VoorbeeldBron[],
  instellingenStandaard?: Scenario['instellingen'],
  taal: Taal = 'nl',
): Standaardwaarde | undefined {
  const delen = veld.split('.');
  if (delen[0] === 'parameters') {
    const p = parameterDefinitie(delen.slice(1).join('.'));
    return p ? { waarde: p.standaard, bron: inTaal(p.bron, taal) } : undefined;
  }
  if (delen[0] === 'verdeling') {
    const sh = delen[delen.length - 1]!;
    const def = STANDAARD_VERDELING[delen.slice(1, -1).join('.') as ComponentId];
    if (!def) return undefined;
    return { waarde: (def.verdeling as Record<string, number | undefined>)[sh] ?? 0, bron: inTaal(def.bron, taal) };
  }
  if (veld === 'instellingen.optimismeBias') return { waarde: 0, bron: inTaal(OPTIMISME_BIAS_BRON, taal) };
  if (delen[0] === 'brutoNetto') return delen.length === 3 ? { waarde: 0, bron: inTaal(BRUTO_NETTO_BRON, taal) } : undefined;
  if (delen[0] === 'instellingen') {
    const v = voorbeeldVan(ids, voorbeelden);
    const bron = v ? v.scenario.instellingen : instellingenStandaard;
    if (!bron) return undefined;
    return { waarde: bron[delen[1] as keyof Scenario['instellingen']], bron: v ? bronInVoorbeeld(v, 'instellingen', taal) : inTaal(SCHEMA_INSTELLINGEN_BRON, taal) };
  }
  if (delen[0] === 'werkwijzen') {
    const id = ids[Number(delen[1])];
    if (id === undefined) return undefined;
    const gevonden = voorbeeldWerkwijzeVan(id, voorbeelden);
    if (!gevonden) return undefined;
    const rel = delen.slice(2).join('.');
    const bron = bronInVoorbeeld(gevonden.voorbeeld, rel, taal);
    if (rel === 'kosten.debtArrangement.soort') {
      return { waarde: gevonden.werkwijze.kosten.debtArrangement.aantal === 'oplossingen' ? 'oplossingen' : 'aantal', bron };
    }
    const waarde = leesPad(gevonden.werkwijze, rel);
    return waarde === undefined ? undefined : { waarde, bron };
  }
  return undefined;
}

/** The unit of an input, for showing its value. */
export function eenheidVan(veld: string): HerkomstEenheid {
  const delen = veld.split('.');
  if (delen[0] === 'parameters') return parameterDefinitie(delen.slice(1).join('.'))?.eenheid ?? 'tekst';
  if (delen[0] === 'verdeling' || delen[0] === 'brutoNetto' || veld === 'instellingen.optimismeBias') return 'aandeel';
  if (delen[0] === 'instellingen') return delen[1] === 'referentieCohort' ? 'klanten' : delen[1] === 'eenheidsbedragenAfronden' ? 'vink' : 'tekst';
  const rel = delen.slice(2);
  if (rel[0] === 'samenstelling') return 'aandeel';
  if (rel[0] === 'kosten') return rel[rel.length - 1] === 'bedrag' ? 'euro' : 'klanten';
  if (rel[0] === 'cohort' || rel[0] === 'uitkomsten') return 'klanten';
  return 'tekst';
}

/** Where one input of the scenario comes from, or undefined when it has no default. */
export function herkomstVan(veld: string, s: Scenario, voorbeelden: readonly VoorbeeldBron[] = [], taal: Taal = 'nl'): Herkomst | undefined {
  const ids = s.werkwijzen.map((w) => w.id);
  const std = standaardVan(veld, ids, voorbeelden, ScenarioSchema.shape.instellingen.parse(undefined), taal);
  if (!std) return undefined;
  const delen = veld.split('.');
  let huidig: unknown;
  if (delen[0] === 'parameters') huidig = s.parameters[delen.slice(1).join('.') as keyof Scenario['parameters']];
  else if (delen[0] === 'verdeling') {
    huidig = (s.verdeling[delen.slice(1, -1).join('.') as ComponentId] as Record<string, number | undefined>)[delen[delen.length - 1]!] ?? 0;
  } else if (veld === 'instellingen.optimismeBias') huidig = s.instellingen.optimismeBias ?? 0;
  else if (delen[0] === 'instellingen') huidig = s.instellingen[delen[1] as keyof Scenario['instellingen']];
  else if (delen[0] === 'brutoNetto') huidig = (leesPad(s.brutoNetto, delen.slice(1).join('.')) as number | undefined) ?? 0;
  else huidig = leesPad(s.werkwijzen[Number(delen[1])], delen.slice(2).join('.'));
  const eigen = huidig !== std.waarde;
  const eigenBron = eigen && delen[0] === 'werkwijzen' ? dossierBron(s.werkwijzen[Number(delen[1])], delen.slice(2).join('.')) : undefined;
  return { veld, huidig, ...std, eenheid: eenheidVan(veld), eigen, ...(eigenBron ? { eigenBron } : {}) };
}

/** The recorded source of a pathway's cohort or share while it is still the dossier count (tester3 #4). */
export function dossierBron(w: Werkwijze | undefined, rel: string): string | undefined {
  const t = w?.dossiertelling;
  if (!w || !t?.bron) return undefined;
  if (rel === 'cohort') return w.cohort === t.klanten ? t.bron : undefined;
  if (rel === 'samenstelling.aandeelPW' || rel === 'samenstelling.aandeelWerkend') return tellingAchter(w, rel) ? t.bron : undefined;
  return undefined;
}

const WOORDEN = {
  nl: { eigen: 'eigen waarde', standaard: 'standaard', aan: 'aan', uit: 'uit', automatisch: 'automatisch', maanden: 'maanden', klanten: 'klanten' },
  en: { eigen: 'own value', standaard: 'default', aan: 'on', uit: 'off', automatisch: 'automatic', maanden: 'months', klanten: 'clients' },
} as const;

/** A value in its unit, short: "€ 4.700", "43,5%", "4", "aan". */
export function toonStandaard(x: unknown, eenheid: HerkomstEenheid, taal: Taal): string {
  if (x === null) return WOORDEN[taal].automatisch;
  if (typeof x === 'boolean') return x ? WOORDEN[taal].aan : WOORDEN[taal].uit;
  if (typeof x !== 'number') return String(x ?? '');
  if (eenheid === 'euro') return formatEuro(x, taal, Number.isInteger(x) ? 0 : 2);
  if (eenheid === 'aandeel') return formatAandeel(x, taal, 2);
  return formatGetal(x, taal);
}

/** A value with its unit: "6 maanden", "40 klanten", "€ 6.000". */
export function toonWaarde(x: unknown, eenheid: HerkomstEenheid, taal: Taal): string {
  const kaal = toonStandaard(x, eenheid, taal);
  if (typeof x !== 'number') return kaal;
  if (eenheid === 'maanden') return `${kaal} ${WOORDEN[taal].maanden}`;
  if (eenheid === 'klanten') return `${kaal} ${WOORDEN[taal].klanten}`;
  return kaal;
}

/**
 * The source as shown next to a value: the default's source, or for an own value
 * "eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 …)" / "own value (default 4 months, …)".
 */
export function bronOmschrijving(h: Pick<Herkomst, 'eigen' | 'waarde' | 'bron' | 'eenheid' | 'eigenBron'>, taal: Taal): string {
  if (!h.eigen) return h.bron;
  // The default with its unit, as the value before it ("6 maanden — eigen waarde (standaard 4 maanden, …)", tester5 #11).
  const tekst = eigenWaardeTekst(toonWaarde(h.waarde, h.eenheid, taal), h.bron, taal);
  // "eigen waarde uit Dossierimport “x.csv”, 2026-12-06 (standaard 23 klanten, Regioplan …)"
  return h.eigenBron ? tekst.replace(WOORDEN[taal].eigen, `${WOORDEN[taal].eigen} ${taal === 'nl' ? 'uit' : 'from'} ${h.eigenBron}`) : tekst;
}

/** "eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 …)", with the default already formatted. */
export function eigenWaardeTekst(standaard: string, bron: string, taal: Taal): string {
  const w = WOORDEN[taal];
  return `${w.eigen} (${w.standaard} ${standaard}, ${bron})`;
}

/** "6 maanden — eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 …)": the value and its source. */
export function waardeMetBron(h: Herkomst, taal: Taal): string {
  return `${toonWaarde(h.huidig, h.eenheid, taal)} — ${bronOmschrijving(h, taal)}`;
}

/** The inputs of a pathway that have a default in an example. */
const WERKWIJZE_VELDEN: readonly string[] = [
  'cohort',
  ...UITKOMSTEN.map((u) => `uitkomsten.${u}`),
  'samenstelling.aandeelPW',
  'samenstelling.aandeelWerkend',
  'kosten.preparation.bedrag',
  'kosten.settlementPhase.bedrag',
  'kosten.settlementPhase.aantal',
  'kosten.debtArrangement.bedrag',
  'kosten.debtArrangement.aantal',
  ...BUDGETBEHEER_VARIANTEN.flatMap((v) => [`kosten.budgetManagement.${v}.bedrag`, `kosten.budgetManagement.${v}.aantal`]),
];

/** Every input with a default, with its origin, in the order of the inputs view. */
export function herkomsten(s: Scenario, voorbeelden: readonly VoorbeeldBron[] = [], taal: Taal = 'nl'): Herkomst[] {
  const velden = [
    ...s.werkwijzen.flatMap((_, i) => WERKWIJZE_VELDEN.map((rel) => `werkwijzen.${i}.${rel}`)),
    'instellingen.toedeling',
    'instellingen.eenheidsbedragenAfronden',
    'instellingen.referentieCohort',
    'instellingen.optimismeBias',
    ...PARAMETERS.map((p) => `parameters.${p.id}`),
    ...COMPONENTEN.flatMap((c) => STAKEHOLDERS.map((sh) => `verdeling.${c}.${sh}`)),
    // Issue 11's gross → net shares per benefit (0 by default).
    ...BATEN.flatMap((b) => AFTREKKEN.map((a) => `brutoNetto.${b}.${a}`)),
  ];
  return velden.flatMap((v) => {
    const h = herkomstVan(v, s, voorbeelden, taal);
    return h ? [h] : [];
  });
}

/** The inputs whose value differs from their default. */
export function eigenWaarden(s: Scenario, voorbeelden: readonly VoorbeeldBron[] = [], taal: Taal = 'nl'): Herkomst[] {
  return herkomsten(s, voorbeelden, taal).filter((h) => h.eigen);
}

import {

  STANDAARD_VERDELING,
  ScenarioSchema,
  parameterDefinitie,
  standaardParameters,
  type ComponentId,
  type Scenario,
  type Werkwijze,
} from '../../model';
import { VOORBEELDEN, type Voorbeeld } from '../../store/voorbeelden';
import { leesPad } from './pad';
import type { Taal } from '../../format/getal';

/**
 * Default values for the inputs view: what "gewijzigd" compares with and what "terugzetten" restores.
 * - global parameters: the catalog default (report chapter 3);
 * - stakeholder split: STANDAARD_VERDELING (report table 3.1, plus the marked assumption);
 * - pathway inputs: the same pathway (by id) in the built-in example the scenario comes from, i.e.
 *   the first example that has a pathway with that id; no match, no default (and no reset);
 * - calculation settings: that example's settings, or the schema's defaults without an example.
 */

/** The built-in example the scenario comes from: the first one sharing a pathway id, if any. */
export function voorbeeldBij(s: Pick<Scenario, 'werkwijzen'> | readonly string[]): Voorbeeld | null {
  const ids = new Set(isIds(s) ? s : s.werkwijzen.map((w) => w.id));
  return VOORBEELDEN.find((v) => v.scenario.werkwijzen.some((w) => ids.has(w.id))) ?? null;
}

function isIds(s: Pick<Scenario, 'werkwijzen'> | readonly string[]): s is readonly string[] {
  return Array.isArray(s);
}

export function voorbeeldWerkwijze(id: string): { voorbeeld: Voorbeeld; werkwijze: Werkwijze } | null {
  for (const v of VOORBEELDEN) {
    const w = v.scenario.werkwijzen.find((x) => x.id === id);
    if (w) return { voorbeeld: v, werkwijze: w };
  }
  return null;
}

/** The source of an example's pathway field: the longest matching prefix in its `bronnen`. */
export function bronVanVoorbeeld(v: Voorbeeld, rel: string, taal: Taal = 'nl'): string {
  const bronnen = v.bronnen ?? {};
  let beste = '';
  for (const k of Object.keys(bronnen)) {
    if ((rel === k || rel.startsWith(`${k}.`)) && k.length > beste.length) beste = k;
  }
  return beste ? bronnen[beste]![taal] : `${taal === 'nl' ? 'voorbeeld' : 'example'} ${v.naam}`;
}

export const SCHEMA_INSTELLINGEN: Scenario['instellingen'] = ScenarioSchema.shape.instellingen.parse(undefined);

export function standaardInstellingen(s: Scenario): Scenario['instellingen'] {
  return { ...(voorbeeldBij(s)?.scenario.instellingen ?? SCHEMA_INSTELLINGEN) };
}

/** A default: the value in scenario units (fraction for shares) and where it comes from. */
export interface Standaard {
  waarde: unknown;
  bron: string;
}

/**
 * The default of one form field by its name, or undefined when it has none. Only the pathway ids
 * of the scenario matter, so callers may pass just those.
 */
export function standaardVoor(naam: string, s: Pick<Scenario, 'werkwijzen'> | readonly string[], taal: Taal = 'nl'): Standaard | undefined {
  const ids = isIds(s) ? s : s.werkwijzen.map((w) => w.id);
  const delen = naam.split('.');
  if (delen[0] === 'parameters') {
    const p = parameterDefinitie(delen.slice(1).join('.'));
    return p ? { waarde: p.standaard, bron: p.bron } : undefined;
  }
  if (delen[0] === 'verdeling') {
    const sh = delen[delen.length - 1]!;
    const c = delen.slice(1, -1).join('.') as ComponentId;
    const def = STANDAARD_VERDELING[c];
    if (!def) return undefined;
    return { waarde: (def.verdeling as Record<string, number | undefined>)[sh] ?? 0, bron: def.bron[taal] };
  }
  if (delen[0] === 'instellingen') {
    const v = voorbeeldBij(ids);
    const waarde = (v?.scenario.instellingen ?? SCHEMA_INSTELLINGEN)[delen[1] as keyof Scenario['instellingen']];
    return { waarde, bron: v ? bronVanVoorbeeld(v, 'instellingen', taal) : taal === 'nl' ? 'Standaard van MKBA Schuldhulp' : 'Default of MKBA Schuldhulp' };
  }
  if (delen[0] === 'werkwijzen') {
    const id = ids[Number(delen[1])];
    if (id === undefined) return undefined;
    const gevonden = voorbeeldWerkwijze(id);
    if (!gevonden) return undefined;
    const rel = delen.slice(2).join('.');
    const bron = bronVanVoorbeeld(gevonden.voorbeeld, rel, taal);
    if (rel === 'kosten.debtArrangement.soort') {
      return { waarde: gevonden.werkwijze.kosten.debtArrangement.aantal === 'oplossingen' ? 'oplossingen' : 'aantal', bron };
    }
    const waarde = leesPad(gevonden.werkwijze, rel);
    return waarde === undefined ? undefined : { waarde, bron };
  }
  return undefined;
}

/** The scenario with every input that has a default set back to it (titles, ids and notes stay). */
export function metStandaarden(s: Scenario): Scenario {
  return {
    ...s,
    instellingen: standaardInstellingen(s),
    parameters: standaardParameters(),
    verdeling: Object.fromEntries(
      Object.entries(STANDAARD_VERDELING).map(([c, d]) => [c, { ...d.verdeling }]),
    ) as Scenario['verdeling'],
    werkwijzen: s.werkwijzen.map((w) => {
      const v = voorbeeldWerkwijze(w.id)?.werkwijze;
      if (!v) return w;
      // The outcome model goes with the counts: the example's (Den Haag: none, direct entry).
      const { uitkomstModel: _model, ...zonderModel } = w;
      return {
        ...zonderModel,
        naam: v.naam,
        cohort: v.cohort,
        uitkomsten: { ...v.uitkomsten },
        ...(v.uitkomstModel ? { uitkomstModel: structuredClone(v.uitkomstModel) } : {}),
        samenstelling: { ...v.samenstelling },
        kosten: structuredClone(v.kosten),
      };
    }),
  };
}


import {
  STANDAARD_VERDELING,
  ScenarioSchema,
  standaardParameters,
  standaardVan,
  voorbeeldVan,
  voorbeeldWerkwijzeVan,
  type Scenario,
  type Werkwijze,
} from '../../model';
import { VOORBEELDEN, type Voorbeeld } from '../../store/voorbeelden';
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
  return voorbeeldVan(isIds(s) ? s : s.werkwijzen.map((w) => w.id), VOORBEELDEN);
}

function isIds(s: Pick<Scenario, 'werkwijzen'> | readonly string[]): s is readonly string[] {
  return Array.isArray(s);
}

export function voorbeeldWerkwijze(id: string): { voorbeeld: Voorbeeld; werkwijze: Werkwijze } | null {
  return voorbeeldWerkwijzeVan(id, VOORBEELDEN);
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
  return standaardVan(naam, isIds(s) ? s : s.werkwijzen.map((w) => w.id), VOORBEELDEN, SCHEMA_INSTELLINGEN, taal);
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
      // So do the shares and the dossier count behind them (an imported count does not belong to the example's shares).
      const { uitkomstModel: _model, dossiertelling: _telling, ...zonderModel } = w;
      return {
        ...zonderModel,
        naam: v.naam,
        cohort: v.cohort,
        uitkomsten: { ...v.uitkomsten },
        ...(v.uitkomstModel ? { uitkomstModel: structuredClone(v.uitkomstModel) } : {}),
        samenstelling: { ...v.samenstelling },
        ...(v.dossiertelling ? { dossiertelling: { ...v.dossiertelling } } : {}),
        kosten: structuredClone(v.kosten),
      };
    }),
  };
}


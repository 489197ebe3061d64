import denHaagJson from '../../scenarios/den-haag-klantreis-2020.json';
import type { Taal } from '../format/getal';
import { BUDGETBEHEER_VARIANTEN, SCHEMA_VERSION, valideerScenario, type Label, type Scenario, type ScenarioInvoer } from '../model';

/** Built-in example scenarios, validated like any file. */
function laadVoorbeeld(data: unknown, naam: string): Scenario {
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(`Ingebouwd voorbeeld ${naam} is ongeldig: ${v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('; ')}`);
  return v.scenario;
}

/**
 * Every scenario file in scenarios/ is an example: adding a file there is all it takes to offer it
 * under "Nieuw scenario" (one list, no second copy). The JSON Schema is not a scenario. Under Vite
 * (the app, the dev server, vitest) each file comes in validated: the plugin in
 * scripts/voorbeeldenGevalideerd.ts runs the schema when the app is built and an invalid example fails
 * the build, so the browser does not build the schema's parsers before the first screen (issue 13,
 * speed; test/model/voorbeelden.test.ts checks each equals the validated file).
 */
const VOORAF_GEVALIDEERD = Boolean(import.meta.env);
const BESTANDEN: Record<string, unknown> = import.meta.env
  ? import.meta.glob<unknown>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], { eager: true, import: 'default', query: '?gevalideerd' })
  : // Outside Vite (the e2e specs load the store in plain Node through tsx): the reference only, validated on first use.
    { '../../scenarios/den-haag-klantreis-2020.json': denHaagJson };

/** The reference: the report's own scenario, first in the menu and the start-up scenario. */
const REFERENTIE = 'den-haag-klantreis-2020';

export interface Voorbeeld {
  /** The file name without .json. */
  id: string;
  naam: string;
  /** One line for the menu: the first sentence of the scenario's description. */
  omschrijving: string;
  scenario: Scenario;
  /**
   * Where the example's pathway inputs come from, by field (path inside a pathway, e.g.
   * "uitkomsten.oplossing"); the longest matching prefix wins. Shown next to each input.
   */
  bronnen?: Record<string, Label>;
}

/** Field-level sources of the reference example's pathway inputs (report paragraphs and tables), in both languages. */
const VELDBRONNEN: Record<string, Record<string, Label>> = {
  [REFERENTIE]: {
    naam: { nl: 'Regioplan 2020, par. 3.2', en: 'Regioplan 2020, section 3.2' },
    cohort: { nl: 'Regioplan 2020, par. 3.2 (dossieranalyse)', en: 'Regioplan 2020, section 3.2 (case file analysis)' },
    uitkomsten: { nl: 'Regioplan 2020, tabel 3.4 en 3.5', en: 'Regioplan 2020, tables 3.4 and 3.5' },
    'samenstelling.aandeelPW': { nl: 'Regioplan 2020, tabel 3.6', en: 'Regioplan 2020, table 3.6' },
    'samenstelling.aandeelWerkend': { nl: 'Regioplan 2020, tabel 3.7', en: 'Regioplan 2020, table 3.7' },
    kosten: { nl: 'Regioplan 2020, tabel 3.2 en 3.3', en: 'Regioplan 2020, tables 3.2 and 3.3' },
    'kosten.budgetManagement': {
      nl: 'Regioplan 2020, tabel 3.2 en 3.3; verdeling over de varianten afgeleid uit de totalen (zie de notities van het scenario)',
      en: 'Regioplan 2020, tables 3.2 and 3.3; split over the variants derived from the totals (see the scenario’s notes)',
    },
    instellingen: { nl: 'Rekenwijze van Regioplan 2020, hoofdstuk 3', en: 'Method of Regioplan 2020, chapter 3' },
  },
};

/** The first sentence of a description ("…, omgerekend naar 23 klanten."), for a one-line menu entry. */
export function eersteZin(tekst: string): string {
  const t = tekst.trim();
  const m = /^.*?[.!?](?=\s+\p{Lu}|$)/su.exec(t);
  return (m ? m[0] : t).replace(/\s+/g, ' ');
}

/**
 * One example. Outside Vite its scenario is validated when first used, not at start-up; under Vite
 * it came in validated (above). Name and description come from the file's own text, which is
 * exactly what the tool writes (test/model/voorbeelden.test.ts), so they equal the validated ones.
 */
function voorbeeld(pad: string, data: unknown): Voorbeeld {
  const id = pad.replace(/^.*\//, '').replace(/\.json$/, '');
  let scenario: Scenario | undefined;
  const geldig = () => (scenario ??= VOORAF_GEVALIDEERD ? (data as Scenario) : laadVoorbeeld(data, id));
  const ruw = (data ?? {}) as { titel?: unknown; beschrijving?: unknown };
  let omschrijving: string | undefined;
  return {
    id,
    naam: typeof ruw.titel === 'string' ? ruw.titel : geldig().titel,
    // When the menu first shows it, not at start-up (issue 13, speed).
    get omschrijving() {
      return (omschrijving ??= eersteZin(typeof ruw.beschrijving === 'string' ? ruw.beschrijving : (geldig().beschrijving ?? '')));
    },
    get scenario() {
      return geldig();
    },
    ...(VELDBRONNEN[id] ? { bronnen: VELDBRONNEN[id] } : {}),
  };
}

/**
 * The reference first, then by file name. Compared by code unit, not localeCompare: the file names
 * are lower-case ASCII, where both give the same order, and the first localeCompare builds the
 * browser's collator before the first screen (~5 ms at 4x CPU; issue 13, speed).
 */
export const VOORBEELDEN: readonly Voorbeeld[] = Object.entries(BESTANDEN)
  .map(([pad, data]) => voorbeeld(pad, data))
  .sort((a, b) => Number(b.id === REFERENTIE) - Number(a.id === REFERENTIE) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DEN_HAAG: Scenario = VOORBEELDEN.find((v) => v.id === REFERENTIE)!.scenario;

/**
 * The texts of a new scenario, in the UI language. The pathway names differ from the role labels
 * ("Nulalternatief", "Projectalternatief") that the overview shows under each name, so a card never
 * reads "Nulalternatief / Nulalternatief".
 */
const LEEG = {
  nl: { titel: 'Nieuw scenario', nul: 'Huidige werkwijze', project: 'Nieuwe werkwijze' },
  en: { titel: 'New scenario', nul: 'Current approach', project: 'New approach' },
} as const;

/** A new, empty scenario: two pathways of one client each, costs zero, catalog parameters. */
export function leegScenario(taal: Taal = 'nl'): Scenario {
  const tekst = LEEG[taal];
  const werkwijze = (id: string, naam: string, nulalternatief: boolean) => ({
    id,
    naam,
    nulalternatief,
    cohort: 1,
    uitkomsten: { oplossing: 0, gestabiliseerd: 0, geenOplossing: 1, inSchuldregelfase: 0 },
    samenstelling: { aandeelPW: 0, aandeelWerkend: 0 },
    kosten: {
      preparation: { bedrag: 0 },
      settlementPhase: { bedrag: 0, aantal: 0 },
      debtArrangement: { bedrag: 0, aantal: 'oplossingen' as const },
      budgetManagement: Object.fromEntries(BUDGETBEHEER_VARIANTEN.map((v) => [v, { bedrag: 0, aantal: 0 }])) as Record<
        (typeof BUDGETBEHEER_VARIANTEN)[number],
        { bedrag: number; aantal: number }
      >,
    },
  });
  const invoer: ScenarioInvoer = {
    schemaVersion: SCHEMA_VERSION,
    titel: tekst.titel,
    werkwijzen: [werkwijze('nulalternatief', tekst.nul, true), werkwijze('projectalternatief', tekst.project, false)],
  };
  return laadVoorbeeld(invoer, 'leeg scenario');
}

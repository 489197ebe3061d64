import denHaagJson from '../../scenarios/den-haag-klantreis-2020.json';
import { BUDGETBEHEER_VARIANTEN, SCHEMA_VERSION, valideerScenario, type Scenario, type ScenarioInvoer } from '../model';

/** Built-in example scenarios, validated like any file. */
function laadVoorbeeld(data: unknown, naam: string): Scenario {
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(`Ingebouwd voorbeeld ${naam} is ongeldig: ${v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('; ')}`);
  return v.scenario;
}

export const DEN_HAAG: Scenario = laadVoorbeeld(denHaagJson, 'Den Haag');

export interface Voorbeeld {
  id: string;
  naam: string;
  scenario: Scenario;
  /**
   * Where the example's pathway inputs come from, by field (path inside a pathway, e.g.
   * "uitkomsten.oplossing"); the longest matching prefix wins. Shown next to each input.
   */
  bronnen?: Record<string, string>;
}

export const VOORBEELDEN: readonly Voorbeeld[] = [
  {
    id: 'den-haag-klantreis-2020',
    naam: 'Den Haag: Klantreis versus reguliere werkwijze (Regioplan 2020)',
    scenario: DEN_HAAG,
    bronnen: {
      naam: 'Regioplan 2020, par. 3.2',
      cohort: 'Regioplan 2020, par. 3.2 (dossieranalyse)',
      uitkomsten: 'Regioplan 2020, tabel 3.4 en 3.5',
      'samenstelling.aandeelPW': 'Regioplan 2020, tabel 3.6',
      'samenstelling.aandeelWerkend': 'Regioplan 2020, tabel 3.7',
      kosten: 'Regioplan 2020, tabel 3.2 en 3.3',
      'kosten.budgetManagement': 'Regioplan 2020, tabel 3.2 en 3.3; verdeling over de varianten afgeleid uit de totalen (zie de notities van het scenario)',
      instellingen: 'Rekenwijze van Regioplan 2020, hoofdstuk 3',
    },
  },
];

/** A new, empty scenario: two pathways of one client each, costs zero, catalog parameters. */
export function leegScenario(): Scenario {
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
    titel: 'Nieuw scenario',
    werkwijzen: [werkwijze('nulalternatief', 'Nulalternatief', true), werkwijze('projectalternatief', 'Projectalternatief', false)],
  };
  return laadVoorbeeld(invoer, 'leeg scenario');
}

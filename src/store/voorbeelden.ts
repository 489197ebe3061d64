import denHaagJson from '../../scenarios/den-haag-klantreis-2020.json';
import { valideerScenario, type Scenario } from '../model';

/** Built-in example scenarios, validated like any file. */
function laadVoorbeeld(data: unknown, naam: string): Scenario {
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(`Ingebouwd voorbeeld ${naam} is ongeldig: ${v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('; ')}`);
  return v.scenario;
}

export const DEN_HAAG: Scenario = laadVoorbeeld(denHaagJson, 'Den Haag');

export const VOORBEELDEN: readonly { id: string; naam: string; scenario: Scenario }[] = [
  { id: 'den-haag-klantreis-2020', naam: 'Den Haag: Klantreis versus reguliere werkwijze (Regioplan 2020)', scenario: DEN_HAAG },
];

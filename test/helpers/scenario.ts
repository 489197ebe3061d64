import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leesScenario, formatFouten, type Scenario } from '../../src/model';

export const DEN_HAAG_PAD = fileURLToPath(new URL('../../scenarios/den-haag-klantreis-2020.json', import.meta.url));

export function laadDenHaag(): Scenario {
  const v = leesScenario(readFileSync(DEN_HAAG_PAD, 'utf8'));
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}

/** A deep copy to modify in a test. */
export function kopie(s: Scenario): Scenario {
  return structuredClone(s);
}

import { valideerScenario, type Fout, type Scenario } from '../../model';
import { gelijk } from '../../store/gelijk';
import { useScenarioStore, bewerkScenario } from '../../store/scenarioStore';
import { useVoorkeuren } from '../../store/voorkeurenStore';
import type { Taal } from '../../format/getal';

export type Bijwerking = { ok: true; scenario: Scenario } | { ok: false; fouten: Fout[] };

/**
 * Validates a changed copy of the current scenario; when it is valid it becomes the scenario
 * (one undo step; live edits of one field with the same `bewerking` key form a single step).
 * When it is not, nothing changes and the schema's messages come back, by path, in the UI's language
 * (an English user got Dutch, with Dutch numbers, as Invoer's form already avoids).
 */
export function probeer(s: Scenario, taal: Taal = useVoorkeuren.getState().taal): Bijwerking {
  const v = valideerScenario(s, taal);
  return v.ok ? { ok: true, scenario: v.scenario } : { ok: false, fouten: v.fouten };
}

export function werkBij(wijzig: (kopie: Scenario) => void, bewerking?: string): Bijwerking {
  const huidig = useScenarioStore.getState().scenario;
  const kopie = structuredClone(huidig);
  wijzig(kopie);
  const v = probeer(kopie);
  if (v.ok && !gelijk(v.scenario, huidig)) bewerkScenario(v.scenario, bewerking ? { bewerking } : undefined);
  return v;
}

/** The first message whose path starts with one of the prefixes, capitalised for display. */
export function foutOp(fouten: readonly Fout[], ...paden: string[]): string | null {
  const f = fouten.find((x) => paden.some((p) => x.pad === p || x.pad.startsWith(`${p}.`) || x.pad.startsWith(`${p}[`)));
  return f ? hoofdletter(f.bericht) : null;
}

export function hoofdletter(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The message for a refused edit: the one at the field's path, else the first one. */
export function foutVoor(v: Bijwerking, ...paden: string[]): string | null {
  if (v.ok) return null;
  return foutOp(v.fouten, ...paden) ?? (v.fouten[0] ? hoofdletter(v.fouten[0].bericht) : null);
}

import { vergelijk, type Resultaat, type Verschil } from '../../model';
import { useScenarioStore } from '../../store/scenarioStore';

/**
 * The user's direct comparison of two pathways (a − b), when both still exist and differ; else null.
 * `extra` is true when it is not already one of the columns against the baseline.
 */
export function vergelijkingVan(r: Resultaat, keuze: { a: string; b: string } | null): { verschil: Verschil; extra: boolean } | null {
  if (!keuze) return null;
  const verschil = vergelijk(r, keuze.a, keuze.b);
  if (!verschil) return null;
  return { verschil, extra: !(keuze.b === r.nulalternatief.id) };
}

/** The scenario's own comparison (scenario.vergelijking): saved with it, in the file, the link and the autosave. */
export function useVergelijking(r: Resultaat): { verschil: Verschil; extra: boolean } | null {
  const keuze = useScenarioStore((st) => st.scenario.vergelijking ?? null);
  return vergelijkingVan(r, keuze);
}

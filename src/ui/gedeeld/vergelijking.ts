import { vergelijk, type Resultaat, type Verschil } from '../../model';
import { useVoorkeuren } from '../../store/voorkeurenStore';

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

export function useVergelijking(r: Resultaat): { verschil: Verschil; extra: boolean } | null {
  const keuze = useVoorkeuren((s) => s.vergelijking);
  return vergelijkingVan(r, keuze);
}

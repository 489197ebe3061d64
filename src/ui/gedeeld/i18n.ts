import type { Label } from '../../model';
import { useVoorkeuren } from '../../store/voorkeurenStore';
import type { Taal } from '../../format/getal';

/** A dictionary of UI texts in both languages; Dutch is the reference. */
export type Teksten<K extends string> = { nl: Record<K, string>; en: Record<K, string> };

export function useTaal(): Taal {
  return useVoorkeuren((s) => s.taal);
}

/** Picks the texts of the current language from a component's own dictionary. */
export function useTeksten<K extends string>(t: Teksten<K>): Record<K, string> {
  return t[useTaal()];
}

/** A model label in the current language. */
export function kies(label: Label, taal: Taal): string {
  return label[taal];
}

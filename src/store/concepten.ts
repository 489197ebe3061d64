import { useCallback } from 'react';
import { create } from 'zustand';
import { lijnVan, useLijn, useScenarioStore } from './scenarioStore';

/**
 * Drafts of editors that apply as a whole (the variants editor), kept outside the view so that leaving
 * the view loses nothing. A draft belongs to the line of the scenario it was made against (lijnVan in
 * scenarioStore): the editor shows and applies only the draft of the scenario on screen, so a draft is
 * never applied to another scenario, and undo back to its scenario brings it back.
 */
interface ConceptenState {
  /** Per editor and line ("varianten:3"), the draft; the most recent MAX_CONCEPTEN. */
  concepten: ReadonlyMap<string, unknown>;
}

const MAX_CONCEPTEN = 20;

export const useConceptenStore = create<ConceptenState>()(() => ({ concepten: new Map() }));

const sleutel = (editor: string, lijn: number) => `${editor}:${lijn}`;

/** The draft of an editor for the scenario on screen, or undefined. */
export function conceptVan<T>(editor: string): T | undefined {
  return useConceptenStore.getState().concepten.get(sleutel(editor, lijnVan(useScenarioStore.getState().scenario))) as T | undefined;
}

/** Sets (or with undefined removes) the draft of an editor for the scenario on screen. */
export function zetConcept<T>(editor: string, waarde: T | undefined): void {
  const k = sleutel(editor, lijnVan(useScenarioStore.getState().scenario));
  const concepten = new Map(useConceptenStore.getState().concepten);
  concepten.delete(k);
  if (waarde !== undefined) concepten.set(k, waarde);
  while (concepten.size > MAX_CONCEPTEN) concepten.delete(concepten.keys().next().value!);
  useConceptenStore.setState({ concepten });
}

/** The draft of an editor for the scenario on screen, and a setter (undefined: no draft). */
export function useConcept<T>(editor: string): [T | undefined, (waarde: T | undefined) => void] {
  const lijn = useLijn();
  const waarde = useConceptenStore((st) => st.concepten.get(sleutel(editor, lijn))) as T | undefined;
  const zet = useCallback((w: T | undefined) => zetConcept(editor, w), [editor]);
  return [waarde, zet];
}

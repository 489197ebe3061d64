import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../model';
import { useScenarioStore } from './scenarioStore';

/**
 * Whether the inputs view holds input that is not (yet) valid. While it does, the store keeps the
 * last valid scenario and every view shows its results as "niet bijgewerkt".
 */
export interface InvoerStatus {
  ongeldig: boolean;
  aantalFouten: number;
}

/**
 * What the user typed in the inputs view while it was invalid, kept when the view closes so nothing
 * is lost when switching views. `basis` is the scenario it was typed against: if the scenario is
 * replaced meanwhile (undo, open a file), the draft no longer applies and is dropped.
 */
export interface InvoerConcept {
  basis: Scenario;
  waarden: unknown;
}

interface InvoerStatusState extends InvoerStatus {
  concept: InvoerConcept | null;
  zetFouten: (aantal: number) => void;
  bewaarConcept: (c: InvoerConcept | null) => void;
  /** Takes the draft out (if it still belongs to the current scenario). */
  neemConcept: () => InvoerConcept | null;
}

export const useInvoerStatusStore = create<InvoerStatusState>()((set, get) => ({
  ongeldig: false,
  aantalFouten: 0,
  concept: null,
  zetFouten: (aantal) => {
    const n = Math.max(0, Math.floor(aantal));
    if (get().aantalFouten !== n) set({ aantalFouten: n, ongeldig: n > 0 });
  },
  bewaarConcept: (concept) => set({ concept }),
  neemConcept: () => {
    const c = get().concept;
    if (!c) return null;
    set({ concept: null });
    return c.basis === useScenarioStore.getState().scenario ? c : null;
  },
}));

// A draft typed against a scenario that has since been replaced no longer describes pending input.
useScenarioStore.subscribe((st) => {
  const { concept } = useInvoerStatusStore.getState();
  if (concept && concept.basis !== st.scenario) useInvoerStatusStore.setState({ concept: null, ongeldig: false, aantalFouten: 0 });
});

/** For banners in other views: is there invalid input pending, and how many errors. */
export function useInvoerStatus(): InvoerStatus {
  return useInvoerStatusStore(useShallow((s) => ({ ongeldig: s.ongeldig, aantalFouten: s.aantalFouten })));
}

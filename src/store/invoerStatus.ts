import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../model';
import type { Taal } from '../format/getal';
import { useScenarioStore } from './scenarioStore';

/**
 * Whether the inputs view holds input that is not (yet) valid. While it does, the store keeps the
 * last valid scenario and every view shows its results as "niet bijgewerkt".
 */
export interface InvoerStatus {
  ongeldig: boolean;
  aantalFouten: number;
  /**
   * For each number field whose typed value is held back (the field with invalid text, or the fields
   * whose edit made another field wrong, tester7 #2): what the results use instead, the value from
   * before its edit (tester5 #1), in both languages so a notice follows a language switch.
   */
  inGebruik: readonly WaardeInGebruik[];
}

/** "€ 1.700" for "Kosten voorbereiding: kosten per klant (Klantreis …)". */
export interface WaardeInGebruik {
  /** The field's form name ("werkwijzen.1.uitkomsten.oplossing"). */
  naam?: string;
  label: Record<Taal, string>;
  waarde: Record<Taal, string>;
}

const GEEN: readonly WaardeInGebruik[] = [];
const zelfdeLijst = (a: readonly WaardeInGebruik[], b: readonly WaardeInGebruik[]) =>
  a.length === b.length && a.every((x, i) => x.label.nl === b[i]!.label.nl && x.waarde.nl === b[i]!.waarde.nl && x.waarde.en === b[i]!.waarde.en && x.label.en === b[i]!.label.en);

/**
 * What the user typed in the inputs view while it was invalid, kept when the view closes so nothing
 * is lost when switching views. `basis` is the scenario it was typed against: if the scenario is
 * replaced meanwhile (undo, open a file), the draft no longer applies and is dropped.
 */
export interface InvoerConcept {
  basis: Scenario;
  waarden: unknown;
  /** The language whose number format the text is in (the language may change while the view is closed). */
  taal?: Taal;
}

interface InvoerStatusState extends InvoerStatus {
  concept: InvoerConcept | null;
  zetFouten: (aantal: number, inGebruik?: readonly WaardeInGebruik[]) => void;
  bewaarConcept: (c: InvoerConcept | null) => void;
  /** Takes the draft out (if it still belongs to the current scenario). */
  neemConcept: () => InvoerConcept | null;
}

export const useInvoerStatusStore = create<InvoerStatusState>()((set, get) => ({
  ongeldig: false,
  aantalFouten: 0,
  inGebruik: GEEN,
  concept: null,
  zetFouten: (aantal, inGebruik = GEEN) => {
    const n = Math.max(0, Math.floor(aantal));
    const lijst = n > 0 ? inGebruik : GEEN;
    if (get().aantalFouten !== n) set({ aantalFouten: n, ongeldig: n > 0 });
    if (!zelfdeLijst(get().inGebruik, lijst)) set({ inGebruik: lijst });
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
  if (concept && concept.basis !== st.scenario) useInvoerStatusStore.setState({ concept: null, ongeldig: false, aantalFouten: 0, inGebruik: GEEN });
});

/** For banners in other views: is there invalid input pending, and how many errors. */
export function useInvoerStatus(): InvoerStatus {
  return useInvoerStatusStore(useShallow((s) => ({ ongeldig: s.ongeldig, aantalFouten: s.aantalFouten, inGebruik: s.inGebruik })));
}

import { create } from 'zustand';
import { berekenScenario, sluitAan, type Aansluiting, type Resultaat, type Scenario } from '../model';
import { DEN_HAAG } from './voorbeelden';

/** How many edits undo remembers. */
export const MAX_GESCHIEDENIS = 100;

/**
 * The scenario store holds the current (always valid) scenario and the undo/redo history — nothing
 * derivable. Results come from the model through the memoised selectors below.
 */
export interface ScenarioState {
  scenario: Scenario;
  verleden: Scenario[];
  toekomst: Scenario[];
  /** Replaces the scenario with a valid one; undoable unless `geschiedenis` is false. */
  zetScenario: (s: Scenario, opties?: { geschiedenis?: boolean }) => void;
  ongedaanMaken: () => void;
  opnieuw: () => void;
}

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenario: DEN_HAAG,
  verleden: [],
  toekomst: [],
  zetScenario: (s, opties) => {
    const huidig = get().scenario;
    if (s === huidig) return;
    if (opties?.geschiedenis === false) {
      set({ scenario: s });
      return;
    }
    set({ scenario: s, verleden: [...get().verleden, huidig].slice(-MAX_GESCHIEDENIS), toekomst: [] });
  },
  ongedaanMaken: () => {
    const { verleden, scenario, toekomst } = get();
    const vorige = verleden[verleden.length - 1];
    if (!vorige) return;
    set({ scenario: vorige, verleden: verleden.slice(0, -1), toekomst: [scenario, ...toekomst] });
  },
  opnieuw: () => {
    const { verleden, scenario, toekomst } = get();
    const volgende = toekomst[0];
    if (!volgende) return;
    set({ scenario: volgende, verleden: [...verleden, scenario], toekomst: toekomst.slice(1) });
  },
}));

// Memoised on the scenario object: the same scenario is never computed twice.
const resultaten = new WeakMap<Scenario, Resultaat>();
const aansluitingen = new WeakMap<Scenario, Aansluiting | null>();

export function resultaatVan(s: Scenario): Resultaat {
  let r = resultaten.get(s);
  if (!r) {
    r = berekenScenario(s);
    resultaten.set(s, r);
  }
  return r;
}

export function aansluitingVan(s: Scenario): Aansluiting | null {
  if (!aansluitingen.has(s)) aansluitingen.set(s, sluitAan(s, resultaatVan(s)));
  return aansluitingen.get(s)!;
}

export const useScenario = () => useScenarioStore((st) => st.scenario);
export const useResultaat = () => useScenarioStore((st) => resultaatVan(st.scenario));
export const useAansluiting = () => useScenarioStore((st) => aansluitingVan(st.scenario));

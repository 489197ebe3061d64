import { create } from 'zustand';
import { berekenScenario, sluitAan, type Aansluiting, type Resultaat, type Scenario } from '../model';
import { gelijk } from './gelijk';
import { DEN_HAAG } from './voorbeelden';
import { metGebaseerdOp } from './gebaseerdOp';
import { RecenteCache } from './recenteCache';

/** How many edits undo remembers. */
export const MAX_GESCHIEDENIS = 100;

export interface ZetOpties {
  /** false: replace without an undo step (start-up). Default true. */
  geschiedenis?: boolean;
  /**
   * Live edits of one field: consecutive calls with the same key form a single undo step, until
   * `sluitBewerking()` (on blur or Enter) or any other change closes it. Typing "1500" over "1700"
   * shows 1, 15, 150 and 1500 as they become valid, but undo goes straight back to 1700.
   */
  bewerking?: string;
  /** An edit of the scenario on screen (bewerkScenario), not another scenario taking its place. */
  bewerkt?: boolean;
}

/**
 * The scenario store holds the current (always valid) scenario and the undo/redo history — nothing
 * derivable. Results come from the model through the memoised selectors below.
 */
export interface ScenarioState {
  scenario: Scenario;
  verleden: Scenario[];
  toekomst: Scenario[];
  /** Key of the open live edit (see ZetOpties.bewerking), or null. */
  bewerking: string | null;
  /** Replaces the scenario with a valid one (opening a file, a link); undoable unless `geschiedenis` is false. */
  zetScenario: (s: Scenario, opties?: ZetOpties) => void;
  /** Ends the open live edit; drops its undo step if the edit came back to where it started. */
  sluitBewerking: () => void;
  /**
   * The live edit `sleutel` now holds text that is not valid: its valid first keystrokes ("12" of
   * "12O0") are taken back, and the scenario is again the one from before this edit began. The edit
   * stays open (one undo step): typing on to a valid value continues it, undo goes back before it.
   * Returns the scenario now in use, or null when `sleutel` is not the open edit (nothing to take back).
   */
  herstelBewerking: (sleutel: string) => Scenario | null;
  ongedaanMaken: () => void;
  opnieuw: () => void;
}

/**
 * The line a scenario state belongs to: an opened scenario (a file, a link, an example, a stored version,
 * the start) begins a new line, an edit continues the line of the scenario it edits, and undo/redo go
 * back to a state that keeps its line. A draft made against the scenario on screen (the variants, a
 * dossier preview) belongs to its line, so it is never applied to another scenario, and it is still
 * there when undo brings its scenario back.
 */
const lijnen = new WeakMap<Scenario, number>();
let laatsteLijn = 0;
export const lijnVan = (s: Scenario): number => lijnen.get(s) ?? 0;

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenario: DEN_HAAG,
  verleden: [],
  toekomst: [],
  bewerking: null,
  zetScenario: (s, opties) => {
    const { scenario: huidig, verleden, bewerking } = get();
    if (s === huidig) return;
    lijnen.set(s, opties?.bewerkt ? lijnVan(huidig) : ++laatsteLijn);
    if (opties?.geschiedenis === false) {
      set({ scenario: s, bewerking: null });
      return;
    }
    const sleutel = opties?.bewerking ?? null;
    if (sleutel !== null && bewerking === sleutel) {
      set({ scenario: s, toekomst: [] });
      return;
    }
    set({ scenario: s, verleden: [...verleden, huidig].slice(-MAX_GESCHIEDENIS), toekomst: [], bewerking: sleutel });
  },
  sluitBewerking: () => {
    const { bewerking, verleden, scenario } = get();
    if (bewerking === null) return;
    const vorige = verleden[verleden.length - 1];
    // Typed and then typed back: no undo step for an edit that changed nothing.
    if (vorige && gelijk(vorige, scenario)) set({ bewerking: null, verleden: verleden.slice(0, -1) });
    else set({ bewerking: null });
  },
  herstelBewerking: (sleutel) => {
    const { bewerking, verleden, scenario } = get();
    const vorige = verleden[verleden.length - 1];
    if (bewerking !== sleutel || !vorige) return null;
    if (vorige !== scenario) set({ scenario: vorige });
    return vorige;
  },
  ongedaanMaken: () => {
    const { verleden, scenario, toekomst } = get();
    const vorige = verleden[verleden.length - 1];
    if (!vorige) return;
    set({ scenario: vorige, verleden: verleden.slice(0, -1), toekomst: [scenario, ...toekomst], bewerking: null });
  },
  opnieuw: () => {
    const { verleden, scenario, toekomst } = get();
    const volgende = toekomst[0];
    if (!volgende) return;
    set({ scenario: volgende, verleden: [...verleden, scenario], toekomst: toekomst.slice(1), bewerking: null });
  },
}));

/** Convenience wrappers around the store's actions, usable outside React. */
export const zetScenario = (s: Scenario, opties?: ZetOpties) => useScenarioStore.getState().zetScenario(s, opties);
/**
 * The user's edit of the scenario: as zetScenario, and an edit that turns a built-in example into an
 * edited copy also records what it is based on, in the same undo step (gebaseerdOp.ts). Opening a
 * file or a link uses zetScenario: what is opened is never changed.
 */
export const bewerkScenario = (s: Scenario, opties?: ZetOpties) => zetScenario(metGebaseerdOp(s), { ...opties, bewerkt: true });
export const sluitBewerking = () => useScenarioStore.getState().sluitBewerking();
export const herstelBewerking = (sleutel: string) => useScenarioStore.getState().herstelBewerking(sleutel);
export const ongedaanMaken = () => useScenarioStore.getState().ongedaanMaken();
export const opnieuw = () => useScenarioStore.getState().opnieuw();

// Memoised on the scenario object (the recent ones): the same scenario is not computed twice in a row.
const resultaten = new RecenteCache<Scenario, Resultaat>();
const aansluitingen = new RecenteCache<Scenario, Aansluiting | null>();

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
/** The line of the scenario on screen (lijnVan). */
export const useLijn = () => useScenarioStore((st) => lijnVan(st.scenario));
export const useKanOngedaanMaken = () => useScenarioStore((st) => st.verleden.length > 0);
export const useKanOpnieuw = () => useScenarioStore((st) => st.toekomst.length > 0);

import type { Scenario } from '../../model';
import { gevoeligheid, maakGevoeligheid, type Gevoeligheid } from '../../model/onzekerheid/gevoeligheid';
import { onzekereInvoer, type OnzekereInvoer } from '../../model/onzekerheid/invoer';
import { useScenarioStore } from '../../store/scenarioStore';
import { standaardPlanner, type Planner } from './regie';
import { RecenteCache } from '../../store/recenteCache';

/**
 * Memoised on the scenario object, like the store's result selectors: each scenario is analysed once,
 * however often the view renders.
 */
const gevoeligheden = new RecenteCache<Scenario, Gevoeligheid>();
const standaarden = new RecenteCache<Scenario, Map<string, OnzekereInvoer>>();

export function gevoeligheidVan(s: Scenario): Gevoeligheid {
  let g = gevoeligheden.get(s);
  if (!g) {
    g = gevoeligheid(s, s.onzekerheid);
    gevoeligheden.set(s, g);
  }
  return g;
}

/** The sensitivity of a scenario if it has been computed already (no work), else undefined. */
export const bekendeGevoeligheid = (s: Scenario): Gevoeligheid | undefined => gevoeligheden.get(s);

export interface StapOpties {
  planner?: Planner;
  nu?: () => number;
  /** How long one slice may run (ms) before it hands the main thread back. */
  plakMs?: number;
}

/**
 * The sensitivity analysis on the main thread without a long task: one input (two model runs, a few
 * ms) at a time, in slices of at most ~12 ms with a macrotask in between, so the page can paint and
 * respond; then `klaar` with the result, which gevoeligheidVan() knows from then on. Exactly the
 * numbers of gevoeligheid() (same code, one input per step). Returns a function that stops it.
 */
export function gevoeligheidInStappen(s: Scenario, klaar: (g: Gevoeligheid) => void, opties: StapOpties = {}): () => void {
  const planner = opties.planner ?? standaardPlanner;
  const nu = opties.nu ?? (() => performance.now());
  const plakMs = opties.plakMs ?? 12;
  let gestopt = false;
  let timer: unknown = null;
  let g: ReturnType<typeof maakGevoeligheid> | null = null;
  const plak = () => {
    timer = null;
    if (gestopt) return;
    const bekend = gevoeligheden.get(s);
    if (bekend) return klaar(bekend);
    const eind = nu() + plakMs;
    // The base run is one model run: it counts as the first step.
    let af = false;
    if (g === null) g = maakGevoeligheid(s, s.onzekerheid);
    else af = g.stap();
    while (!af && nu() < eind) af = g.stap();
    if (af) {
      const r = g.resultaat();
      gevoeligheden.set(s, r);
      klaar(r);
      return;
    }
    timer = planner.zet(plak, 0);
  };
  timer = planner.zet(plak, 0);
  return () => {
    gestopt = true;
    if (timer !== null) planner.wis(timer);
    timer = null;
  };
}

/** The uncertain inputs with their default range and distribution (no overrides), by sleutel. */
export function standaardInvoerVan(s: Scenario): Map<string, OnzekereInvoer> {
  let m = standaarden.get(s);
  if (!m) {
    m = new Map(onzekereInvoer(s, { ...s.onzekerheid, bereiken: {}, verdelingen: {} }).map((i) => [i.sleutel, i]));
    standaarden.set(s, m);
  }
  return m;
}

export const useGevoeligheid = () => useScenarioStore((st) => gevoeligheidVan(st.scenario));

const invoerLijsten = new RecenteCache<Scenario, OnzekereInvoer[]>();

/** The uncertain inputs in the model's fixed order (the order of the range editor). */
export function invoerVan(s: Scenario): OnzekereInvoer[] {
  let l = invoerLijsten.get(s);
  if (!l) {
    l = onzekereInvoer(s, s.onzekerheid);
    invoerLijsten.set(s, l);
  }
  return l;
}

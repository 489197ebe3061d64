import type { Scenario } from '../../model';
import { gevoeligheid, type Gevoeligheid } from '../../model/onzekerheid/gevoeligheid';
import { onzekereInvoer, type OnzekereInvoer } from '../../model/onzekerheid/invoer';
import { useScenarioStore } from '../../store/scenarioStore';

/**
 * Memoised on the scenario object, like the store's result selectors: each scenario is analysed once,
 * however often the view renders.
 */
const gevoeligheden = new WeakMap<Scenario, Gevoeligheid>();
const standaarden = new WeakMap<Scenario, Map<string, OnzekereInvoer>>();

export function gevoeligheidVan(s: Scenario): Gevoeligheid {
  let g = gevoeligheden.get(s);
  if (!g) {
    g = gevoeligheid(s, s.onzekerheid);
    gevoeligheden.set(s, g);
  }
  return g;
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

const invoerLijsten = new WeakMap<Scenario, OnzekereInvoer[]>();

/** The uncertain inputs in the model's fixed order (the order of the range editor). */
export function invoerVan(s: Scenario): OnzekereInvoer[] {
  let l = invoerLijsten.get(s);
  if (!l) {
    l = onzekereInvoer(s, s.onzekerheid);
    invoerLijsten.set(s, l);
  }
  return l;
}

import { create } from 'zustand';
import { berekenPerJaar, type PerJaar, type Scenario } from '../../../model';
import { resultaatVan } from '../../../store/scenarioStore';
import { RecenteCache } from '../../../store/recenteCache';

/**
 * The scale results are shown at (issue 5 part 2): per client, for the reference cohort, or per
 * year at the scenario's inflow. A view preference, not part of the scenario; the inflow itself is
 * a scenario field (instellingen.instroomPerJaar) and is edited through the store.
 */
export type Schaal = 'klant' | 'cohort' | 'jaar';

export const useSchaal = create<{ schaal: Schaal; zet: (s: Schaal) => void }>()((set) => ({
  schaal: 'klant',
  zet: (schaal) => set({ schaal }),
}));

/** How many clients a scale stands for in this scenario; null for "per jaar" without an inflow. */
export function aantalBijSchaal(s: Scenario, schaal: Schaal): number | null {
  if (schaal === 'klant') return 1;
  if (schaal === 'cohort') return resultaatVan(s).referentieCohort;
  return s.instellingen.instroomPerJaar;
}

// Memoised per scenario object and number of clients: the model computes each once.
const cache = new RecenteCache<Scenario, Map<number, PerJaar>>();

/**
 * The model's amounts for `aantal` clients (berekenPerJaar: per client × aantal, per pathway and per
 * stakeholder, with the differences from the baseline); null when there is no number of clients.
 */
export function bedragenBijSchaal(s: Scenario, schaal: Schaal): PerJaar | null {
  const n = aantalBijSchaal(s, schaal);
  if (n === null) return null;
  let m = cache.get(s);
  if (!m) cache.set(s, (m = new Map()));
  let uit = m.get(n);
  if (!uit) {
    uit = berekenPerJaar(s, resultaatVan(s), n)!;
    m.set(n, uit);
  }
  return uit;
}

import { useSyncExternalStore } from 'react';
import type { Scenario } from '../../../model';
import type { MonteCarloMetInformatie } from '../../../workers/montecarloKern';

/**
 * The last finished Monte Carlo run of the uncertainty view (with its value of information) and the
 * scenario it belongs to, for parts outside that view: the print section. Written by the view's
 * controller (onzekerheid/taken.ts); nothing derivable is kept in the scenario store.
 */
export interface LaatsteMonteCarlo {
  scenario: Scenario;
  resultaat: MonteCarloMetInformatie;
}

let laatste: LaatsteMonteCarlo | null = null;
const luisteraars = new Set<() => void>();

export function zetLaatsteMonteCarlo(x: LaatsteMonteCarlo | null): void {
  if (x?.resultaat === laatste?.resultaat && x?.scenario === laatste?.scenario) return;
  laatste = x;
  for (const fn of luisteraars) fn();
}

const abonneer = (fn: () => void) => {
  luisteraars.add(fn);
  return () => luisteraars.delete(fn);
};
const lees = () => laatste;

export function useLaatsteMonteCarlo(): LaatsteMonteCarlo | null {
  return useSyncExternalStore(abonneer, lees, lees);
}

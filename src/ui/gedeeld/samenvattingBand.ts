import { useSyncExternalStore } from 'react';
import type { SamenvattingBand, Scenario } from '../../model';
import { gelijk } from '../../store/gelijk';

/*
 * The "how sure" slot of the board summary (issue 13 item 1). Today: the last completed Monte Carlo
 * run of the Onzekerheid view, which its task controller publishes here (onzekerheid/taken.ts),
 * used only while it belongs to the current scenario. A live band on the overview (issue 12 item 2)
 * replaces the body of useSamenvattingBand; the summary, the print and the CSV take whatever it returns.
 */

let laatste: { scenario: Scenario; band: SamenvattingBand } | null = null;
const luisteraars = new Set<() => void>();

/** Called with every completed run (and null when the result is forgotten). */
export function publiceerBand(scenario: Scenario | null, band: SamenvattingBand | null): void {
  const nieuw = scenario && band ? { scenario, band } : null;
  if (nieuw?.band === laatste?.band && nieuw?.scenario === laatste?.scenario) return;
  laatste = nieuw;
  for (const fn of luisteraars) fn();
}

const abonneer = (fn: () => void) => {
  luisteraars.add(fn);
  return () => luisteraars.delete(fn);
};
const momentopname = () => laatste;

/** The band for this scenario, or null when no run for (an equal copy of) it is at hand. */
export function bandVoor(scenario: Scenario): SamenvattingBand | null {
  const l = laatste;
  return l && (l.scenario === scenario || gelijk(l.scenario, scenario)) ? l.band : null;
}

export function useSamenvattingBand(scenario: Scenario): SamenvattingBand | null {
  const l = useSyncExternalStore(abonneer, momentopname, momentopname);
  return l && (l.scenario === scenario || gelijk(l.scenario, scenario)) ? l.band : null;
}

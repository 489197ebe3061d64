import { useSyncExternalStore } from 'react';
import type { SamenvattingBand, Scenario } from '../../model';
import { gelijk } from '../../store/gelijk';
import type { LiveBand } from '../../workers/bandKern';
import { bandRegie, useLiveBand } from './band/useLiveBand';

/*
 * The "how sure" slot of the board summary (issue 13 item 1): the last completed Monte Carlo run of the
 * Onzekerheid view, which its task controller publishes here (onzekerheid/taken.ts), while it belongs to
 * the current scenario, and the overview's live band (issue 12 item 2) once it belongs to the current
 * inputs; of the two the one with more draws (kies). The summary, the print and the CSV take what it returns.
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

/**
 * The run the summary quotes: the Monte Carlo view's run for this scenario, or the live band once current; when
 * both are at hand, the one with more draws, so that the summary never quotes a coarser run than the overview's
 * cards beside it (review: 85% of 500 draws in the summary, 86% of 10.000 on the card).
 */
function kies(scenario: Scenario, l: typeof laatste, live: SamenvattingBand | null): SamenvattingBand | null {
  const run = l && (l.scenario === scenario || gelijk(l.scenario, scenario)) ? l.band : null;
  if (run && live) return run.trekkingen >= live.trekkingen ? run : live;
  return run ?? live;
}

/** The band for this scenario, or null when no run for (an equal copy of) it is at hand. */
export function bandVoor(scenario: Scenario): SamenvattingBand | null {
  const live = bandRegie.momentopname();
  const actueel = live.band && !live.bezig && live.scenario && (live.scenario === scenario || gelijk(live.scenario, scenario)) ? uitLiveBand(live.band) : null;
  return kies(scenario, laatste, actueel);
}

/** The live band (issue 12 item 2) in the summary's form: the difference with the baseline per pathway. */
export function uitLiveBand(band: LiveBand | null): SamenvattingBand | null {
  if (!band) return null;
  const verschil: SamenvattingBand['verschil'] = {};
  for (const [id, w] of Object.entries(band.werkwijzen)) if (w.verschil) verschil[id] = w.verschil;
  return { trekkingen: band.trekkingen, verschil };
}

/** As bandVoor, for a component: renders again when either run changes. */
export function useSamenvattingBand(scenario: Scenario): SamenvattingBand | null {
  const l = useSyncExternalStore(abonneer, momentopname, momentopname);
  const live = useLiveBand();
  return kies(scenario, l, live.actueel ? uitLiveBand(live.band) : null);
}

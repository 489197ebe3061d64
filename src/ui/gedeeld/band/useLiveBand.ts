import { useEffect, useSyncExternalStore } from 'react';
import type { Scenario } from '../../../model';
import { useScenario, useScenarioStore } from '../../../store/scenarioStore';
import type { BandWerkwijze, LiveBand } from '../../../workers/bandKern';
import { BandRegie, type BandWerker } from './bandRegie';

/** The live band's worker script (a separate file, built by Vite like the Monte Carlo worker). */
function maakBandWerker(): BandWerker {
  return new Worker(new URL('../../../workers/band.worker.ts', import.meta.url), { type: 'module' }) as unknown as BandWerker;
}

/** One controller for the page: every component showing the band shares its runs. */
export const bandRegie = new BandRegie({ maakWerker: typeof Worker !== 'undefined' ? maakBandWerker : null });

// While a band is shown, each edit goes to the worker straight from the store, before React renders
// the new headline (the render and the draws then overlap); the effect in useLiveBand covers the first
// scenario a band is shown for, and asking twice for one scenario is one request.
useScenarioStore.subscribe((st, vorig) => {
  if (st.scenario !== vorig.scenario && bandRegie.getoond) bandRegie.vraag(st.scenario);
});

export interface LiveBandStand {
  /** The latest band (possibly of an earlier edit: see actueel), or null before the first. */
  band: LiveBand | null;
  /** Whether the band belongs to the scenario as it is now. */
  actueel: boolean;
  /** A failed band's message, else null. */
  bericht: string | null;
  /** The band of one pathway, or null. */
  voor: (id: string) => BandWerkwijze | null;
}

/**
 * "How sure are we" for the current scenario: p5–p95 of saldo per client, P(beats the baseline) and
 * P(best) per pathway from LIVE_TREKKINGEN Monte Carlo draws in a worker, renewed after each edit.
 * Any component may use it (the overview's cards, a board summary); they share one run.
 */
export function useLiveBand(): LiveBandStand {
  const s: Scenario = useScenario();
  useEffect(() => bandRegie.vraag(s), [s]);
  const t = useSyncExternalStore(bandRegie.abonneer, bandRegie.momentopname, bandRegie.momentopname);
  const band = t.band;
  return {
    band,
    actueel: band !== null && t.scenario === s && !t.bezig,
    bericht: t.bericht,
    voor: (id) => band?.werkwijzen[id] ?? null,
  };
}

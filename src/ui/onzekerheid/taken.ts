import type { MonteCarloMetInformatie, OmslagRegel } from '../../workers/montecarloKern';
import { Regie, type WerkerLike } from './regie';
import { zetLaatsteMonteCarlo } from '../gedeeld/onzekerheid/laatsteMonteCarlo';
import { publiceerBand } from '../gedeeld/samenvattingBand';
import { aantalWerkers, WerkerBundel, type Deelwerker } from './bundel';
import { useScenarioStore } from '../../store/scenarioStore';
import { gelijk } from '../../store/gelijk';

/**
 * The worker script, built by Vite as a separate file (worker.format 'iife': a classic script, so
 * it also runs where module workers do not). Chromium allows no worker on a page opened from
 * file:// (its origin is opaque); there the view runs the same steps on the main thread.
 */
export function maakWerker(): WerkerLike {
  return new Worker(new URL('../../workers/montecarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WerkerLike;
}

const kanWorker = typeof Worker !== 'undefined';

/** One run at a time per analysis; they live as long as the page, so results survive a view switch. */
export const monteCarloRegie = new Regie<MonteCarloMetInformatie>({ maakWerker: kanWorker ? () => new WerkerBundel(maakWerker as () => Deelwerker, aantalWerkers()) : null }, (a) =>
  a.soort === 'montecarlo' ? a.resultaat : null,
);

export const omslagRegie = new Regie<OmslagRegel[]>({ maakWerker: kanWorker ? maakWerker : null }, (a) => (a.soort === 'omslagwaarden' ? a.regels : null));

// The print section (gedeeld) shows the last finished run.
monteCarloRegie.abonneer(() => {
  const t = monteCarloRegie.momentopname();
  zetLaatsteMonteCarlo(t.resultaat && t.scenario ? { scenario: t.scenario, resultaat: t.resultaat } : null);
  publiceerBand(t.scenario, t.resultaat);
});

// On the main thread (file://) a run whose inputs changed stops (regie.ts, stopBijNieuweInvoer).
useScenarioStore.subscribe((nu, vorig) => {
  if (nu.scenario === vorig.scenario) return;
  monteCarloRegie.stopBijNieuweInvoer(nu.scenario, gelijk);
  omslagRegie.stopBijNieuweInvoer(nu.scenario, gelijk);
});

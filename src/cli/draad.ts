/**
 * A Node worker thread of the CLI and the bench: computes one part of a Monte Carlo run (draden.ts)
 * with the model's own maakMonteCarlo and sends back its draws (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { buffersVan, deelTrekkingen, maakMonteCarlo, type Deel } from '../model/onzekerheid/montecarlo';
import type { Scenario } from '../model/scenario/schema';
import type { Onzekerheid } from '../model/scenario/onzekerheidSchema';

export interface DeelOpdracht {
  scenario: Scenario;
  instellingen: Onzekerheid;
  deel: Deel;
  bewaarInvoer: boolean;
}

/** Draws per step between progress messages. */
const STAP = 16_384;

parentPort!.on('message', (o: DeelOpdracht) => {
  try {
    const mc = maakMonteCarlo(o.scenario, o.instellingen, { deel: o.deel, bewaarInvoer: o.bewaarInvoer });
    while (mc.gedaan < mc.totaal) {
      mc.stap(STAP);
      parentPort!.postMessage({ soort: 'voortgang', gedaan: mc.gedaan });
    }
    const t = mc.trekkingen();
    parentPort!.postMessage({ soort: 'deel', ...deelTrekkingen(o.deel.van, t) }, buffersVan(t));
  } catch (e) {
    parentPort!.postMessage({ soort: 'fout', bericht: e instanceof Error ? e.message : String(e) });
  }
});

/**
 * Web Worker for the uncertainty view: the Monte Carlo run and the switching values, off the main
 * thread. A thin wrapper: all the work is in montecarloKern.ts (tested in Node).
 */
import { maakVerwerker, overdraagbaar, type Gereed, type WerkerBericht } from './montecarloKern';

const werker = self as unknown as {
  onmessage: ((e: MessageEvent<WerkerBericht>) => void) | null;
  postMessage: (bericht: unknown, overdracht?: Transferable[]) => void;
};

// A part's draws move to the page instead of being copied.
const verwerk = maakVerwerker();
werker.onmessage = (e) => verwerk(e.data, (a) => werker.postMessage(a, overdraagbaar(a)));
// Tells the page that the script loaded and runs (a worker that cannot start never says this).
werker.postMessage({ soort: 'gereed' } satisfies Gereed);

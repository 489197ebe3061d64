/**
 * Web Worker for the uncertainty view: the Monte Carlo run and the switching values, off the main
 * thread. A thin wrapper: all the work is in montecarloKern.ts (tested in Node).
 */
import { verwerk, type Gereed, type Opdracht } from './montecarloKern';

const werker = self as unknown as {
  onmessage: ((e: MessageEvent<Opdracht>) => void) | null;
  postMessage: (bericht: unknown) => void;
};

werker.onmessage = (e) => verwerk(e.data, (a) => werker.postMessage(a));
// Tells the page that the script loaded and runs (a worker that cannot start never says this).
werker.postMessage({ soort: 'gereed' } satisfies Gereed);

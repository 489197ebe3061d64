/**
 * Web Worker for the overview's live uncertainty band. It stays alive between edits (no start-up per
 * edit); a newer task stops the older one between two slices. A thin wrapper around bandKern.ts.
 */
import { BandUitvoerder, type BandOpdracht } from './bandKern';

const werker = self as unknown as {
  onmessage: ((e: MessageEvent<BandOpdracht>) => void) | null;
  postMessage: (bericht: unknown) => void;
};

// A message to itself hands control back without the 4 ms clamp of nested setTimeout.
const kanaal = new MessageChannel();
const wachtrij: (() => void)[] = [];
kanaal.port1.onmessage = () => wachtrij.shift()?.();
const later = (fn: () => void) => {
  wachtrij.push(fn);
  kanaal.port2.postMessage(0);
};

const uitvoerder = new BandUitvoerder((a) => werker.postMessage(a), later);
werker.onmessage = (e) => {
  if (e.data?.soort === 'band') uitvoerder.start(e.data);
};
werker.postMessage({ soort: 'gereed' });

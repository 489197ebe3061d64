/**
 * Web Worker for the dossier import: reads and counts the CSV off the main thread. A thin wrapper:
 * all the work is in dossiersKern.ts (tested in Node). The rows stay in here and die with the worker.
 */
import { verwerkDossiers, type DossierGereed, type DossierOpdracht } from './dossiersKern';

const werker = self as unknown as {
  onmessage: ((e: MessageEvent<DossierOpdracht>) => void) | null;
  postMessage: (bericht: unknown) => void;
};

werker.onmessage = (e) => void verwerkDossiers(e.data, (a) => werker.postMessage(a));
// Tells the page that the script loaded and runs (a worker that cannot start never says this).
werker.postMessage({ soort: 'gereed' } satisfies DossierGereed);

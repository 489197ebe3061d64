import type { DossierImport, Werkwijzeherkenning } from '../../../model/dossiers/importeer';
import type { DossierAntwoord, DossierGereed, DossierOpdracht, leesDossierbestand } from '../../../workers/dossiersKern';
import { standaardPlanner, WerkerStart } from '../../gedeeld/werkerStart';

/**
 * Runs one dossier import at a time in a Web Worker, with progress and cancelling (terminate). Where
 * no worker can start (the app opened from file://, where Chromium refuses workers; or a worker that
 * stays silent), the same code runs on the main thread; the status then says `modus: 'hoofdthread'`.
 * Same pattern as the uncertainty view's controller (../onzekerheid/regie.ts), with the same worker
 * start-up and fallback (../werker/werkerStart.ts). No React in here: the view subscribes with
 * useSyncExternalStore; tests drive it with a fake worker.
 */

export interface DossierWerker {
  postMessage(bericht: DossierOpdracht): void;
  terminate(): void;
  onmessage: ((e: { data: DossierAntwoord | DossierGereed }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export type Modus = 'worker' | 'hoofdthread';

export interface ImportToestand {
  status: 'rust' | 'bezig' | 'klaar' | 'geannuleerd' | 'fout';
  /** Rows counted so far and the part of the file read (0–1). */
  rijen: number;
  fractie: number;
  modus: Modus | null;
  bestandsnaam: string | null;
  /** The counts or the row errors of the finished import; never the rows themselves. */
  uitkomst: DossierImport | null;
  /** Message of a failed run (the worker broke down). */
  bericht: string | null;
}

export interface DossierRegieOpties {
  maakWerker: (() => DossierWerker) | null;
  laadKern?: () => Promise<typeof leesDossierbestand>;
  /** A worker that has not said "gereed" after this long is given up on (ms). */
  startTijdMs?: number;
  zet?: (fn: () => void, ms: number) => unknown;
  wis?: (h: unknown) => void;
}

const RUST: ImportToestand = { status: 'rust', rijen: 0, fractie: 0, modus: null, bestandsnaam: null, uitkomst: null, bericht: null };

export class DossierRegie {
  private toestand: ImportToestand = RUST;
  private luisteraars = new Set<() => void>();
  /** The task counter, the worker and the pending timer. */
  private readonly taken: WerkerStart<DossierOpdracht, DossierAntwoord>;
  private readonly laadKern: () => Promise<typeof leesDossierbestand>;

  constructor(private readonly opties: DossierRegieOpties) {
    const planner = { zet: opties.zet ?? standaardPlanner.zet, wis: opties.wis ?? standaardPlanner.wis };
    this.taken = new WerkerStart({ maakWerker: opties.maakWerker, planner, startTijdMs: opties.startTijdMs ?? 8000 });
    this.laadKern = opties.laadKern ?? (() => import('../../../workers/dossiersKern').then((m) => m.leesDossierbestand));
  }

  readonly abonneer = (fn: () => void): (() => void) => {
    this.luisteraars.add(fn);
    return () => this.luisteraars.delete(fn);
  };

  readonly momentopname = (): ImportToestand => this.toestand;

  private zet(deel: Partial<ImportToestand>) {
    this.toestand = { ...this.toestand, ...deel };
    for (const fn of this.luisteraars) fn();
  }

  /** Reads and counts a file (an earlier run is stopped first). */
  start(bestand: File, werkwijzen: readonly Werkwijzeherkenning[]): void {
    const taak = this.taken.nieuw();
    const opdracht: DossierOpdracht = { soort: 'dossiers', taak, bestand, werkwijzen: werkwijzen.map((w) => ({ id: w.id, naam: w.naam })) };
    this.zet({ ...RUST, status: 'bezig', bestandsnaam: bestand.name, modus: this.taken.geenWorker ? 'hoofdthread' : 'worker' });
    if (this.taken.geenWorker || !this.startWorker(opdracht)) this.startHoofdthread(opdracht);
  }

  /** Stops a run: nothing of it is kept. */
  annuleer(): void {
    if (this.toestand.status !== 'bezig') return;
    this.taken.stop();
    this.zet({ status: 'geannuleerd', uitkomst: null, rijen: 0, fractie: 0 });
  }

  /** Forgets the last import (after applying it, or closing the preview). */
  opruimen(): void {
    this.taken.stop();
    this.zet(RUST);
  }

  private startWorker(opdracht: DossierOpdracht): boolean {
    return this.taken.startWorker(opdracht, {
      antwoord: (a) => this.verwerk(a),
      terugval: () => this.startHoofdthread(opdracht),
      fout: (bericht) => this.zet({ status: 'fout', bericht }),
    });
  }

  private startHoofdthread(opdracht: DossierOpdracht) {
    const taak = opdracht.taak;
    if (this.toestand.modus !== 'hoofdthread') this.zet({ modus: 'hoofdthread' });
    // One task later, so that the progress bar is on screen before the main thread is busy counting.
    this.taken.plan(() => {
      if (!this.taken.actueel(taak)) return;
      this.laadKern()
        .then((lees) => (this.taken.actueel(taak) ? lees(opdracht.bestand, opdracht.werkwijzen, (rijen, fractie) => this.taken.actueel(taak) && this.zet({ rijen, fractie })) : null))
        .then(
          (uitkomst) => {
            if (uitkomst && this.taken.actueel(taak)) this.verwerk({ soort: 'klaar', taak, uitkomst });
          },
          (e: unknown) => {
            if (this.taken.actueel(taak)) this.verwerk({ soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) });
          },
        );
    }, 0);
  }

  private verwerk(a: DossierAntwoord) {
    if (a.soort === 'voortgang') {
      this.zet({ rijen: a.rijen, fractie: a.fractie });
      return;
    }
    this.taken.stop();
    if (a.soort === 'fout') this.zet({ status: 'fout', bericht: a.bericht });
    else this.zet({ status: 'klaar', uitkomst: a.uitkomst, fractie: 1, rijen: a.uitkomst.ok ? a.uitkomst.rijen : this.toestand.rijen });
  }
}

/** The worker script, built by Vite as a separate file (see ../onzekerheid/taken.ts). */
export function maakDossierWerker(): DossierWerker {
  return new Worker(new URL('../../../workers/dossiers.worker.ts', import.meta.url), { type: 'module' }) as unknown as DossierWerker;
}

/** One import at a time; it lives as long as the page. */
export const dossierRegie = new DossierRegie({ maakWerker: typeof Worker !== 'undefined' ? maakDossierWerker : null });

import type { DossierImport, Werkwijzeherkenning } from '../../model/dossiers/importeer';
import type { DossierAntwoord, DossierGereed, DossierOpdracht, leesDossierbestand } from '../../workers/dossiersKern';

/**
 * Runs one dossier import at a time in a Web Worker, with progress and cancelling (terminate). Where
 * no worker can start (the app opened from file://, where Chromium refuses workers; or a worker that
 * stays silent), the same code runs on the main thread; the status then says `modus: 'hoofdthread'`.
 * Same pattern as the uncertainty view's controller (../onzekerheid/regie.ts). No React in here: the
 * view subscribes with useSyncExternalStore; tests drive it with a fake worker.
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
  private taak = 0;
  private werker: DossierWerker | null = null;
  private timer: unknown = null;
  private geenWorker: boolean;
  private readonly zetTimer: (fn: () => void, ms: number) => unknown;
  private readonly wisTimer: (h: unknown) => void;
  private readonly laadKern: () => Promise<typeof leesDossierbestand>;

  constructor(private readonly opties: DossierRegieOpties) {
    this.geenWorker = !opties.maakWerker;
    this.zetTimer = opties.zet ?? ((fn, ms) => setTimeout(fn, ms));
    this.wisTimer = opties.wis ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.laadKern = opties.laadKern ?? (() => import('../../workers/dossiersKern').then((m) => m.leesDossierbestand));
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
    this.stop();
    const taak = ++this.taak;
    const opdracht: DossierOpdracht = { soort: 'dossiers', taak, bestand, werkwijzen: werkwijzen.map((w) => ({ id: w.id, naam: w.naam })) };
    this.zet({ ...RUST, status: 'bezig', bestandsnaam: bestand.name, modus: this.geenWorker ? 'hoofdthread' : 'worker' });
    if (this.geenWorker || !this.startWorker(opdracht)) this.startHoofdthread(opdracht);
  }

  /** Stops a run: nothing of it is kept. */
  annuleer(): void {
    if (this.toestand.status !== 'bezig') return;
    this.stop();
    this.zet({ status: 'geannuleerd', uitkomst: null, rijen: 0, fractie: 0 });
  }

  /** Forgets the last import (after applying it, or closing the preview). */
  opruimen(): void {
    this.stop();
    this.zet(RUST);
  }

  private stop() {
    this.taak++;
    if (this.werker) {
      this.werker.onmessage = null;
      this.werker.onerror = null;
      this.werker.terminate();
      this.werker = null;
    }
    if (this.timer !== null) {
      this.wisTimer(this.timer);
      this.timer = null;
    }
  }

  private startWorker(opdracht: DossierOpdracht): boolean {
    let w: DossierWerker;
    try {
      w = this.opties.maakWerker!();
    } catch {
      this.geenWorker = true;
      return false;
    }
    this.werker = w;
    const taak = opdracht.taak;
    let gereed = false;
    const naarHoofdthread = () => {
      this.geenWorker = true;
      if (this.werker === w) {
        w.onmessage = null;
        w.onerror = null;
        w.terminate();
        this.werker = null;
      }
      if (this.timer !== null) this.wisTimer(this.timer);
      this.timer = null;
      if (this.taak === taak) this.startHoofdthread(opdracht);
    };
    this.timer = this.zetTimer(() => {
      this.timer = null;
      if (!gereed) naarHoofdthread();
    }, this.opties.startTijdMs ?? 8000);
    w.onerror = (e) => {
      if (!gereed) return naarHoofdthread();
      (e as { preventDefault?: () => void })?.preventDefault?.();
      this.stop();
      this.zet({ status: 'fout', bericht: (e as { message?: string })?.message ?? null });
    };
    w.onmessage = (e) => {
      const a = e.data;
      if (a.soort === 'gereed' || !gereed) {
        gereed = true;
        if (this.timer !== null) this.wisTimer(this.timer);
        this.timer = null;
        if (a.soort === 'gereed') return;
      }
      if (a.taak !== taak || this.taak !== taak) return;
      this.verwerk(a);
    };
    w.postMessage(opdracht);
    return true;
  }

  private startHoofdthread(opdracht: DossierOpdracht) {
    const taak = opdracht.taak;
    if (this.toestand.modus !== 'hoofdthread') this.zet({ modus: 'hoofdthread' });
    // One task later, so that the progress bar is on screen before the main thread is busy counting.
    this.timer = this.zetTimer(() => {
      this.timer = null;
      if (this.taak !== taak) return;
      this.laadKern()
        .then((lees) => (this.taak === taak ? lees(opdracht.bestand, opdracht.werkwijzen, (rijen, fractie) => this.taak === taak && this.zet({ rijen, fractie })) : null))
        .then(
          (uitkomst) => {
            if (uitkomst && this.taak === taak) this.verwerk({ soort: 'klaar', taak, uitkomst });
          },
          (e: unknown) => {
            if (this.taak === taak) this.verwerk({ soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) });
          },
        );
    }, 0);
  }

  private verwerk(a: DossierAntwoord) {
    if (a.soort === 'voortgang') {
      this.zet({ rijen: a.rijen, fractie: a.fractie });
      return;
    }
    this.stop();
    if (a.soort === 'fout') this.zet({ status: 'fout', bericht: a.bericht });
    else this.zet({ status: 'klaar', uitkomst: a.uitkomst, fractie: 1, rijen: a.uitkomst.ok ? a.uitkomst.rijen : this.toestand.rijen });
  }
}

/** The worker script, built by Vite as a separate file (see ../onzekerheid/taken.ts). */
export function maakDossierWerker(): DossierWerker {
  return new Worker(new URL('../../workers/dossiers.worker.ts', import.meta.url), { type: 'module' }) as unknown as DossierWerker;
}

/** One import at a time; it lives as long as the page. */
export const dossierRegie = new DossierRegie({ maakWerker: typeof Worker !== 'undefined' ? maakDossierWerker : null });

import type { Scenario } from '../../model';
import type { Antwoord, Eindantwoord, Gereed, Opdracht, stappen } from '../../workers/montecarloKern';
import { laatsteVanFase } from '../../workers/voortgang';
import type { InformatieVoortgang } from '../../model/onzekerheid/waardeVanInformatie';
import { standaardPlanner, WerkerStart, type Planner } from '../gedeeld/werkerStart';

/**
 * Runs one slow analysis at a time (a Monte Carlo run, or the switching values) in a Web Worker,
 * with progress and cancelling. Where no worker can start (the app opened from file://, where
 * Chromium refuses workers), the same steps run on the main thread in slices of ~12 ms, so the
 * page stays responsive; the status then says `modus: 'hoofdthread'`.
 *
 * The worker's start-up and the fallback are shared with the dossier import (../werker/werkerStart.ts).
 * No React in here: the view subscribes with useSyncExternalStore; tests drive it with a fake
 * worker and fake timers.
 */

/** What the controller needs of a Worker (a real one, or a fake in tests). */
export interface WerkerLike {
  postMessage(bericht: Opdracht): void;
  terminate(): void;
  onmessage: ((e: { data: Antwoord | Gereed }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export type Modus = 'worker' | 'hoofdthread';
export type Status = 'rust' | 'bezig' | 'klaar' | 'geannuleerd' | 'fout';

export interface TaakToestand<R> {
  status: Status;
  gedaan: number;
  totaal: number;
  /** After the draws: the value of information's parts done (null before, and for other analyses). */
  informatie: InformatieVoortgang | null;
  /** Where the current or last run ran. */
  modus: Modus | null;
  /** The last completed result and the scenario it was computed for (kept while a new run goes on). */
  resultaat: R | null;
  scenario: Scenario | null;
  /** Message of a failed run. */
  bericht: string | null;
  /** Why a run stopped by itself: its inputs changed while it ran on the main thread (stopBijNieuweInvoer). */
  gestoptOmdat?: 'invoerGewijzigd' | null;
}

export { standaardPlanner, type Planner };

export interface RegieOpties {
  /** Makes a worker; may throw (file://), then the main thread takes over. */
  maakWerker: (() => WerkerLike) | null;
  planner?: Planner;
  nu?: () => number;
  /** Main thread: how long one slice may run (ms). */
  plakMs?: number;
  /** Main thread: draws per step. */
  blok?: number;
  /** Loads the steps for the main thread (the model code is then fetched only when needed). */
  laadStappen?: () => Promise<typeof stappen>;
  /** A worker that has not said "gereed" after this long is given up on (ms). */
  startTijdMs?: number;
  /** At most one progress update per this many ms (the last one always). */
  meldIntervalMs?: number;
}

type Inhoud<R> = (a: Eindantwoord) => R | null;

export class Regie<R> {
  private toestand: TaakToestand<R> = { status: 'rust', gedaan: 0, totaal: 0, informatie: null, modus: null, resultaat: null, scenario: null, bericht: null };
  private luisteraars = new Set<() => void>();
  /** The task counter, the worker and the pending timer; once a worker failed to start, later runs go straight to the main thread. */
  private readonly taken: WerkerStart<Opdracht, Antwoord>;
  private laatsteMelding = -Infinity;
  /** The scenario of the run in progress. */
  private lopend: Scenario | null = null;
  private readonly nu: () => number;
  private readonly plakMs: number;
  private readonly blok: number;
  private readonly meldIntervalMs: number;
  private readonly laadStappen: () => Promise<typeof stappen>;

  constructor(
    private readonly opties: RegieOpties,
    private readonly inhoud: Inhoud<R>,
  ) {
    this.nu = opties.nu ?? (() => performance.now());
    this.plakMs = opties.plakMs ?? 12;
    this.blok = opties.blok ?? 50;
    this.meldIntervalMs = opties.meldIntervalMs ?? 50;
    this.laadStappen = opties.laadStappen ?? (() => import('../../workers/montecarloKern').then((m) => m.stappen));
    this.taken = new WerkerStart({ maakWerker: opties.maakWerker, planner: opties.planner ?? standaardPlanner, startTijdMs: opties.startTijdMs ?? 8000 });
  }

  readonly abonneer = (fn: () => void): (() => void) => {
    this.luisteraars.add(fn);
    return () => this.luisteraars.delete(fn);
  };

  readonly momentopname = (): TaakToestand<R> => this.toestand;

  private zet(deel: Partial<TaakToestand<R>>) {
    this.toestand = { ...this.toestand, ...deel };
    for (const fn of this.luisteraars) fn();
  }

  /** Starts afresh (an earlier run is stopped first). */
  start(opdracht: Omit<Extract<Opdracht, { soort: 'montecarlo' }>, 'taak'> | Omit<Extract<Opdracht, { soort: 'omslagwaarden' }>, 'taak'>): void {
    const taak = this.taken.nieuw();
    const volledig = { ...opdracht, taak } as Opdracht;
    this.laatsteMelding = -Infinity;
    this.lopend = opdracht.scenario;
    const totaal = opdracht.soort === 'montecarlo' ? opdracht.scenario.onzekerheid.montecarlo.trekkingen : 0;
    this.zet({ status: 'bezig', gedaan: 0, totaal, informatie: null, bericht: null, gestoptOmdat: null, modus: this.taken.geenWorker ? 'hoofdthread' : 'worker' });
    if (this.taken.geenWorker || !this.startWorker(volledig)) {
      if (this.toestand.modus !== 'hoofdthread') this.zet({ modus: 'hoofdthread' });
      this.startHoofdthread(volledig);
    }
  }

  /** Stops the run; the last completed result stays. */
  annuleer(): void {
    if (this.toestand.status !== 'bezig') return;
    this.taken.stop();
    this.zet({ status: 'geannuleerd' });
  }

  /**
   * The inputs changed (`huidig`, `gelijk` as the view compares them): a run on the main thread
   * (file://) for the old inputs would only take the page's time, and its figures would be out of date;
   * it stops, the last completed result stays. A worker's run goes on (its result shows as out of date).
   * True when it stopped one.
   */
  stopBijNieuweInvoer(huidig: Scenario, gelijk: (a: Scenario, b: Scenario) => boolean): boolean {
    const lopend = this.lopend;
    if (this.toestand.status !== 'bezig' || this.toestand.modus !== 'hoofdthread' || lopend === null || lopend === huidig || gelijk(lopend, huidig)) return false;
    this.taken.stop();
    this.zet({ status: 'geannuleerd', gestoptOmdat: 'invoerGewijzigd' });
    return true;
  }

  /** Stops any run and forgets the last result (a fresh start, e.g. between tests). */
  opruimen(): void {
    this.taken.stop();
    this.zet({ status: 'rust', gedaan: 0, totaal: 0, informatie: null, modus: null, resultaat: null, scenario: null, bericht: null });
  }

  private startWorker(opdracht: Opdracht): boolean {
    return this.taken.startWorker(opdracht, {
      antwoord: (a) => this.verwerkAntwoord(a, opdracht.scenario),
      terugval: () => {
        this.zet({ modus: 'hoofdthread' });
        this.startHoofdthread(opdracht);
      },
      fout: (bericht) => this.zet({ status: 'fout', bericht }),
    });
  }

  private startHoofdthread(opdracht: Opdracht) {
    const taak = opdracht.taak;
    this.laadStappen().then(
      (stappen) => {
        if (!this.taken.actueel(taak)) return;
        const gen = stappen(opdracht, this.blok);
        const plak = () => {
          if (!this.taken.actueel(taak)) return;
          const eind = this.nu() + this.plakMs;
          for (;;) {
            const r = gen.next();
            if (r.done) {
              this.verwerkAntwoord(r.value, opdracht.scenario);
              return;
            }
            if (this.nu() >= eind) {
              this.verwerkAntwoord(r.value, opdracht.scenario);
              break;
            }
          }
          this.taken.plan(plak, 0);
        };
        this.taken.plan(plak, 0);
      },
      (e: unknown) => {
        if (!this.taken.actueel(taak)) return;
        this.taken.stop();
        this.zet({ status: 'fout', bericht: e instanceof Error ? e.message : String(e) });
      },
    );
  }

  private verwerkAntwoord(a: Antwoord, scenario: Scenario) {
    if (a.soort === 'voortgang') {
      const t = this.nu();
      const eerste = a.informatie ? a.informatie.gedaan === 0 : a.gedaan === 0;
      if (t - this.laatsteMelding < this.meldIntervalMs && !laatsteVanFase(a) && !eerste) return;
      this.laatsteMelding = t;
      this.zet({ gedaan: a.gedaan, totaal: a.totaal, informatie: a.informatie ?? null });
      return;
    }
    this.taken.stop();
    if (a.soort === 'fout') {
      this.zet({ status: 'fout', bericht: a.bericht });
      return;
    }
    const r = this.inhoud(a);
    this.zet({ status: 'klaar', resultaat: r, scenario, gedaan: this.toestand.totaal || this.toestand.gedaan, informatie: null });
  }
}

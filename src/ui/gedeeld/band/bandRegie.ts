import type { Scenario } from '../../../model';
import type { BandAntwoord, BandOpdracht, LiveBand } from '../../../workers/bandKern';
import { standaardPlanner, type Planner } from '../werkerStart';

/**
 * The live band's controller (no React): after each edit (a new scenario object) it asks one
 * long-lived worker for the band at once; a newer request cancels the older one in the worker. Edits
 * that follow a request within WACHT_MS (typing) are gathered: the last of them goes WACHT_MS after
 * that request. Where no worker starts (file://), the same steps run on the main
 * thread in slices of ~8 ms. The last band stays visible, marked not current, while a new one is made.
 */

export interface BandWerker {
  postMessage(bericht: BandOpdracht): void;
  terminate(): void;
  onmessage: ((e: { data: BandAntwoord | { soort: 'gereed' } }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export interface BandToestand {
  /** The latest band and the scenario it belongs to (kept while a newer one is made). */
  band: LiveBand | null;
  scenario: Scenario | null;
  /** Whether a band for the latest scenario is being made. */
  bezig: boolean;
  /** Message of a failed band (the model refused the draws). */
  bericht: string | null;
  /** performance.now() of the request and of the answer (bench:ui reads these). */
  gevraagdOp: number | null;
  klaarOp: number | null;
}

export interface BandRegieOpties {
  maakWerker: (() => BandWerker) | null;
  planner?: Planner;
  nu?: () => number;
  /** At most one request per this many ms: an edit sooner after the previous request waits (ms). */
  wachtMs?: number;
  /** Main-thread fallback: loads the steps (the model code is fetched only when needed). */
  laadUitvoerder?: () => Promise<typeof import('../../../workers/bandKern').BandUitvoerder>;
  /** A worker that has not said "gereed" after this long is given up on (ms). */
  startTijdMs?: number;
}

export const WACHT_MS = 20;

export class BandRegie {
  private toestand: BandToestand = { band: null, scenario: null, bezig: false, bericht: null, gevraagdOp: null, klaarOp: null };
  private luisteraars = new Set<() => void>();
  private gevraagd: Scenario | null = null;
  private taak = 0;
  private wacht: unknown = null;
  /** When the last request went out (-Infinity: none yet). */
  private verstuurdOp = -Infinity;
  private werker: BandWerker | null = null;
  private gereed = false;
  private geenWorker: boolean;
  private startTimer: unknown = null;
  private hoofdthread: { start(o: BandOpdracht): void; stop(): void } | null = null;
  private readonly planner: Planner;
  private readonly nu: () => number;

  constructor(private readonly opties: BandRegieOpties) {
    this.planner = opties.planner ?? standaardPlanner;
    this.nu = opties.nu ?? (() => performance.now());
    this.geenWorker = !opties.maakWerker;
  }

  readonly abonneer = (fn: () => void): (() => void) => {
    this.luisteraars.add(fn);
    return () => {
      this.luisteraars.delete(fn);
      if (this.luisteraars.size === 0) this.pauzeer();
    };
  };

  /** Nobody shows the band any more: stop the pending work (the last band stays); the next vraag() starts afresh. */
  private pauzeer() {
    if (!this.toestand.bezig) return;
    if (this.wacht !== null) this.planner.wis(this.wacht);
    this.wacht = null;
    this.hoofdthread?.stop();
    this.gevraagd = null;
    this.verstuurdOp = -Infinity;
    this.taak++;
    this.toestand = { ...this.toestand, bezig: false };
  }

  readonly momentopname = (): BandToestand => this.toestand;

  /** Whether anything shows the band now (useLiveBand then asks for every new scenario straight from the store). */
  get getoond(): boolean {
    return this.luisteraars.size > 0;
  }

  private zet(deel: Partial<BandToestand>) {
    this.toestand = { ...this.toestand, ...deel };
    for (const fn of this.luisteraars) fn();
  }

  /** Asks for the band of `s`; the same scenario object twice is one request. */
  vraag(s: Scenario): void {
    if (s === this.gevraagd) return;
    this.gevraagd = s;
    if (this.wacht !== null) this.planner.wis(this.wacht);
    const taak = ++this.taak;
    this.hoofdthread?.stop();
    const nu = this.nu();
    this.zet({ bezig: true, gevraagdOp: nu });
    const wachtMs = this.opties.wachtMs ?? WACHT_MS;
    const stuur = () => {
      this.wacht = null;
      this.verstuurdOp = this.nu();
      this.verstuur({ soort: 'band', taak, scenario: s });
    };
    // Waiting costs every edit its time; the worker drops an older run within a slice anyway.
    if (nu - this.verstuurdOp >= wachtMs) stuur();
    else this.wacht = this.planner.zet(stuur, this.verstuurdOp + wachtMs - nu);
  }

  private verstuur(o: BandOpdracht) {
    if (!this.geenWorker && this.zorgVoorWerker()) {
      this.werker!.postMessage(o);
      return;
    }
    this.opHoofdthread(o);
  }

  private zorgVoorWerker(): boolean {
    if (this.werker) return true;
    try {
      this.werker = this.opties.maakWerker!();
    } catch {
      this.geenWorker = true;
      return false;
    }
    const w = this.werker;
    this.startTimer = this.planner.zet(() => {
      this.startTimer = null;
      if (!this.gereed) this.naarHoofdthread();
    }, this.opties.startTijdMs ?? 8000);
    w.onerror = (e) => {
      if (!this.gereed) return this.naarHoofdthread();
      (e as { preventDefault?: () => void })?.preventDefault?.();
      this.zet({ bezig: false, bericht: (e as { message?: string })?.message ?? 'de werker is gestopt' });
      this.sluitWerker();
    };
    w.onmessage = (e) => {
      if (!this.gereed) {
        this.gereed = true;
        if (this.startTimer !== null) this.planner.wis(this.startTimer);
        this.startTimer = null;
      }
      if (e.data.soort !== 'gereed') this.antwoord(e.data);
    };
    return true;
  }

  private sluitWerker() {
    if (!this.werker) return;
    this.werker.onmessage = null;
    this.werker.onerror = null;
    this.werker.terminate();
    this.werker = null;
    this.gereed = false;
  }

  /** The worker never started: from now on (and for the pending request) the main thread. */
  private naarHoofdthread() {
    this.geenWorker = true;
    this.sluitWerker();
    if (this.gevraagd && this.toestand.bezig) this.opHoofdthread({ soort: 'band', taak: this.taak, scenario: this.gevraagd });
  }

  private opHoofdthread(o: BandOpdracht) {
    const laad = this.opties.laadUitvoerder ?? (() => import('../../../workers/bandKern').then((m) => m.BandUitvoerder));
    laad().then(
      (Uitvoerder) => {
        if (o.taak !== this.taak) return;
        if (!this.hoofdthread) this.hoofdthread = new Uitvoerder((a) => this.antwoord(a), (fn) => this.planner.zet(fn, 0), this.nu);
        this.hoofdthread.start(o);
      },
      // The module did not load (a file share gone, a test torn down meanwhile): say so instead of an unhandled rejection.
      (e: unknown) => {
        if (o.taak === this.taak) this.zet({ bezig: false, bericht: `de rekenmodule kon niet worden geladen (${e instanceof Error ? e.message : String(e)})` });
      },
    );
  }

  private antwoord(a: BandAntwoord) {
    if (a.taak !== this.taak) return;
    if (a.soort === 'fout') return this.zet({ bezig: false, bericht: a.bericht });
    this.zet({ band: a.band, scenario: this.gevraagd, bezig: false, bericht: null, klaarOp: this.nu() });
  }

  /** Stops everything and forgets the band (tests). */
  opruimen(): void {
    if (this.wacht !== null) this.planner.wis(this.wacht);
    this.wacht = null;
    this.hoofdthread?.stop();
    this.sluitWerker();
    this.gevraagd = null;
    this.verstuurdOp = -Infinity;
    this.taak++;
    this.toestand = { band: null, scenario: null, bezig: false, bericht: null, gevraagdOp: null, klaarOp: null };
    for (const fn of this.luisteraars) fn();
  }
}

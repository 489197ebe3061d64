/**
 * The start-up of a Web Worker for one task at a time, shared by the uncertainty view's controller
 * (../onzekerheid/regie.ts) and the dossier import's (../dossiers/regie.ts). It holds the task
 * counter, the worker and the one pending timer (the worker's start timer, or a main-thread step).
 *
 * A worker that can not be made (the app opened from file://, where Chromium refuses workers), that
 * says nothing within `startTijdMs`, or that fails before its first message, is given up on: the
 * controller's `terugval` then runs the same task on the main thread, and later tasks skip the worker
 * (`geenWorker`). Answers and failures of a task that was stopped or replaced are dropped; such a task
 * never starts the fallback. What an answer means is left to the controller.
 */

export interface Planner {
  zet: (fn: () => void, ms: number) => unknown;
  wis: (h: unknown) => void;
}

export const standaardPlanner: Planner = {
  zet: (fn, ms) => setTimeout(fn, ms),
  wis: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The worker's first message: its script loaded and runs. */
export interface WerkerGereed {
  soort: 'gereed';
}

/** What is needed of a Worker (a real one, or a fake in tests). */
export interface Werkerachtig<O, A> {
  postMessage(bericht: O): void;
  terminate(): void;
  onmessage: ((e: { data: A | WerkerGereed }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export interface WerkerStartOpties<O, A> {
  /** Makes a worker; may throw (file://). Null: never try (no Worker in this environment). */
  maakWerker: (() => Werkerachtig<O, A>) | null;
  planner: Planner;
  /** A worker that has sent nothing after this long is given up on (ms). */
  startTijdMs: number;
}

export interface WerkerHandlers<A> {
  /** An answer of the worker for the current task. */
  antwoord: (a: A) => void;
  /** The worker did not start: run the same task on the main thread. Only for the current task, at most once. */
  terugval: () => void;
  /** The worker failed after it started; the task has been stopped. */
  fout: (bericht: string | null) => void;
}

const isGereed = (b: { soort: string }): b is WerkerGereed => b.soort === 'gereed';

export class WerkerStart<O extends { taak: number }, A extends { soort: string; taak: number }> {
  private taak = 0;
  private werker: Werkerachtig<O, A> | null = null;
  private timer: unknown = null;
  private geen: boolean;

  constructor(private readonly opties: WerkerStartOpties<O, A>) {
    this.geen = !opties.maakWerker;
  }

  /** True once a worker could not be made or did not start (or when there is no maakWerker): tasks go to the main thread. */
  get geenWorker(): boolean {
    return this.geen;
  }

  /** Stops the running task and returns the id of a new one. */
  nieuw(): number {
    this.stop();
    return ++this.taak;
  }

  /** Whether `taak` is still the current task (not stopped, not replaced). */
  actueel(taak: number): boolean {
    return this.taak === taak;
  }

  /** Stops the current task: its worker is detached and terminated, the pending timer cleared. */
  stop(): void {
    this.taak++;
    if (this.werker) {
      this.werker.onmessage = null;
      this.werker.onerror = null;
      this.werker.terminate();
      this.werker = null;
    }
    if (this.timer !== null) {
      this.opties.planner.wis(this.timer);
      this.timer = null;
    }
  }

  /** Plans a step of the main-thread run; stop() clears it. */
  plan(fn: () => void, ms: number): void {
    this.timer = this.opties.planner.zet(() => {
      this.timer = null;
      fn();
    }, ms);
  }

  /**
   * Starts a worker for `opdracht` (of the current task, see nieuw()). False when none can be made;
   * from then on `geenWorker` is true and the caller runs the task on the main thread itself.
   */
  startWorker(opdracht: O, h: WerkerHandlers<A>): boolean {
    let w: Werkerachtig<O, A>;
    try {
      w = this.opties.maakWerker!();
    } catch {
      this.geen = true;
      return false;
    }
    this.werker = w;
    const taak = opdracht.taak;
    let gereed = false;
    const naarHoofdthread = () => {
      // The script never ran (blocked or not found): the same work on the main thread.
      this.geen = true;
      if (this.werker === w) {
        w.onmessage = null;
        w.onerror = null;
        w.terminate();
        this.werker = null;
      }
      if (this.timer !== null) this.opties.planner.wis(this.timer);
      this.timer = null;
      if (this.taak === taak) h.terugval();
    };
    this.timer = this.opties.planner.zet(() => {
      this.timer = null;
      if (!gereed) naarHoofdthread();
    }, this.opties.startTijdMs);
    w.onerror = (e) => {
      if (!gereed) return naarHoofdthread();
      (e as { preventDefault?: () => void })?.preventDefault?.();
      this.stop();
      h.fout((e as { message?: string })?.message ?? null);
    };
    w.onmessage = (e) => {
      const a = e.data;
      // Any message shows that the script runs: no more start timer.
      if (!gereed || isGereed(a)) {
        gereed = true;
        if (this.timer !== null) this.opties.planner.wis(this.timer);
        this.timer = null;
      }
      if (isGereed(a) || a.taak !== taak || this.taak !== taak) return;
      h.antwoord(a);
    };
    w.postMessage(opdracht);
    return true;
  }
}

import { verdeel } from '../../model/onzekerheid/montecarlo';
import { overdraagbaar, type Antwoord, type Gereed, type Opdracht, type WerkerBericht } from '../../workers/montecarloKern';
import type { WerkerLike } from './regie';

/** A real worker as the bundle uses it: messages with buffers that move instead of being copied. */
export interface Deelwerker {
  postMessage(bericht: WerkerBericht, overdracht?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: { data: Antwoord | Gereed }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/**
 * Several Web Workers that act as one (the controller, regie.ts, sees a single WerkerLike): a long
 * Monte Carlo run is split into parts of whole random streams (verdeel in montecarlo.ts), one per
 * worker; the first worker computes its part, receives the others' draws and gives the answer. The
 * numbers are those of one worker: every stream is drawn from its own seed, whoever computes it.
 * Progress is the sum of the parts'. A run of one stream (up to 32.768 draws), the switching values
 * and a single core use one worker. The first worker is made at once, so that a page where workers
 * cannot start (file://) fails in maakWerker as before.
 */
export class WerkerBundel implements WerkerLike {
  onmessage: WerkerLike['onmessage'] = null;
  onerror: WerkerLike['onerror'] = null;
  private readonly werkers: Deelwerker[];

  constructor(
    private readonly maak: () => Deelwerker,
    private readonly aantal: number,
  ) {
    this.werkers = [this.luister(maak(), 0)];
  }

  private luister(w: Deelwerker, i: number): Deelwerker {
    w.onerror = (e) => this.onerror?.(e);
    w.onmessage = (e) => this.ontvang(i, e.data);
    return w;
  }

  private gedaan: number[] = [];
  private totaal = 0;
  private gereed = false;

  private ontvang(i: number, a: Antwoord | Gereed) {
    if (a.soort === 'gereed') {
      // The controller's start check: the first worker that runs.
      if (!this.gereed) this.onmessage?.({ data: a });
      this.gereed = true;
      return;
    }
    if (this.werkers.length === 1) return this.onmessage?.({ data: a });
    if (a.soort === 'voortgang') {
      this.gedaan[i] = a.gedaan;
      this.onmessage?.({ data: { ...a, gedaan: this.gedaan.reduce((x, y) => x + y, 0), totaal: this.totaal } });
      return;
    }
    if (a.soort === 'deel') {
      const door = { ...a, soort: 'deelUitkomst' } as const;
      this.werkers[0]!.postMessage(door, overdraagbaar(door));
      return;
    }
    this.onmessage?.({ data: a });
  }

  postMessage(o: Opdracht): void {
    const n = o.soort === 'montecarlo' ? o.scenario.onzekerheid.montecarlo.trekkingen : 0;
    const delen = verdeel(n, this.aantal);
    if (o.soort !== 'montecarlo' || delen.length < 2) {
      this.werkers[0]!.postMessage(o);
      return;
    }
    try {
      for (let i = 1; i < delen.length; i++) this.werkers.push(this.luister(this.maak(), i));
    } catch {
      // No more workers to be had (a browser limit): the whole run in the first one.
      for (const w of this.werkers.splice(1)) w.terminate();
      this.werkers[0]!.postMessage(o);
      return;
    }
    this.totaal = n;
    this.gedaan = delen.map(() => 0);
    this.werkers[0]!.postMessage({ ...o, delen: delen.length });
    delen.slice(1).forEach((deel, k) => this.werkers[k + 1]!.postMessage({ soort: 'montecarloDeel', taak: o.taak, scenario: o.scenario, deel }));
  }

  terminate(): void {
    for (const w of this.werkers) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
  }
}

/** Workers for one run: one per core the browser reports, at most 8 (at least 1). */
export function aantalWerkers(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(8, Number.isFinite(n) ? Math.floor(n) : 1));
}

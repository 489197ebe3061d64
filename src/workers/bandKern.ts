import type { Scenario } from '../model';
import { hertrekkenActief } from '../model/scenario/onzekerheidSchema';
import { maakMonteCarlo, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';

/**
 * The live uncertainty band of the overview (issue 12 item 2), as pure code: the model's own Monte
 * Carlo (the float kernel) with the scenario's distributions and seed, at LIVE_TREKKINGEN draws. The
 * worker (band.worker.ts) runs `bandStappen` in short slices so a newer edit cancels an older run;
 * the main-thread fallback (file://) runs the same steps. With the scenario's own 10.000 draws the
 * band equals the Monte Carlo view's p5 and p95 exactly (same seed, same draws).
 */

/** Draws per live band: at least 10.000 (issue 12). */
export const LIVE_TREKKINGEN = 10_000;

/** One pathway's band: saldo per client p5–p95 and the mean; for a project pathway also P(beats the baseline). */
export interface BandWerkwijze {
  p5: number;
  p95: number;
  gemiddelde: number;
  /** Share of draws in which this pathway's saldo per client beats the baseline's; null for the baseline. */
  kansBeter: number | null;
  /** Share of draws in which this pathway is best (of all pathways). */
  kansBeste: number;
  /** The difference with the baseline per client (p5, p95, mean, P(> 0)); absent for the baseline. */
  verschil?: { p5: number; p95: number; gemiddelde: number; kansPositief: number };
}

export interface LiveBand {
  trekkingen: number;
  seed: number;
  /** Whether the outcome counts were redrawn (sample uncertainty; see hertrekkenActief). */
  hertrokken: boolean;
  werkwijzen: Record<string, BandWerkwijze>;
}

export interface BandOpdracht {
  soort: 'band';
  taak: number;
  scenario: Scenario;
}

export type BandAntwoord = { soort: 'band'; taak: number; band: LiveBand } | { soort: 'fout'; taak: number; bericht: string };

/** The scenario as the live band runs it: its own settings, LIVE_TREKKINGEN draws. */
export function bandInstellingen(s: Scenario): Scenario['onzekerheid'] {
  return { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: LIVE_TREKKINGEN } };
}

/** The band from a Monte Carlo result (also usable on the Monte Carlo view's own result). */
export function bandUit(s: Scenario, r: MonteCarloResultaat): LiveBand {
  const werkwijzen: Record<string, BandWerkwijze> = {};
  for (const w of s.werkwijzen) {
    const x = r.saldoPerKlant[w.id]!;
    werkwijzen[w.id] = {
      p5: x.p5,
      p95: x.p95,
      gemiddelde: x.gemiddelde,
      kansBeter: r.verschil[w.id]?.kansPositief ?? null,
      kansBeste: r.rangorde.kansBeste[w.id] ?? 0,
    };
    const v = r.verschil[w.id];
    if (v) werkwijzen[w.id]!.verschil = { p5: v.p5, p95: v.p95, gemiddelde: v.gemiddelde, kansPositief: v.kansPositief };
  }
  return { trekkingen: r.trekkingen, seed: r.seed, hertrokken: hertrekkenActief(s, s.onzekerheid), werkwijzen };
}

/** Draws per step: one step is a few ms of work, so a newer edit waits at most that long. */
export const BAND_BLOK = 256;

/** The live band as small steps: each yields the draws done; the return value is the answer. */
export function* bandStappen(opdracht: BandOpdracht, blok = BAND_BLOK): Generator<number, BandAntwoord, void> {
  const { taak, scenario: s } = opdracht;
  try {
    // Edits of a value keep the model: the kernel of the previous band serves (its tapes too).
    const mc = maakMonteCarlo(s, bandInstellingen(s), { hergebruikKern: true });
    yield 0;
    while (mc.gedaan < mc.totaal) yield mc.stap(blok);
    return { soort: 'band', taak, band: bandUit(s, mc.resultaat()) };
  } catch (e) {
    return { soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Runs band tasks one at a time in slices of about `plakMs`, handing control back in between
 * (`later`), so that a newer task (`start`) stops the older one before it finishes. Used by the
 * worker and by the main-thread fallback alike.
 */
export class BandUitvoerder {
  private huidig = -1;
  constructor(
    private readonly post: (a: BandAntwoord) => void,
    private readonly later: (fn: () => void) => void,
    private readonly nu: () => number = () => performance.now(),
    private readonly plakMs = 8,
  ) {}

  start(opdracht: BandOpdracht): void {
    this.huidig = opdracht.taak;
    const gen = bandStappen(opdracht);
    const plak = () => {
      if (this.huidig !== opdracht.taak) return;
      const eind = this.nu() + this.plakMs;
      for (;;) {
        const r = gen.next();
        if (r.done) return this.post(r.value);
        if (this.nu() >= eind) break;
      }
      this.later(plak);
    };
    plak();
  }

  /** Stops the running task (its answer never comes). */
  stop(): void {
    this.huidig = -1;
  }
}

import type { Scenario } from '../model';
import { maakMonteCarlo, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import { onzekereInvoer } from '../model/onzekerheid/invoer';
import { omslagwaarde, type Doel, type Omslagwaarde } from '../model/onzekerheid/omslagwaarden';

/**
 * The work behind the uncertainty view's slow analyses, as pure code: no DOM, no worker globals.
 * The Web Worker (montecarlo.worker.ts) is a thin wrapper around `verwerk`; the main-thread
 * fallback (file://, where Chromium allows no workers) runs the same `stappen` in small slices,
 * so both give exactly the numbers of the model's monteCarlo() and omslagwaarde().
 */

/** A switching value with where it belongs (the model's Omslagwaarde plus the input's sleutel). */
export interface OmslagRegel extends Omslagwaarde {
  sleutel: string;
}

export type Opdracht =
  | { soort: 'montecarlo'; taak: number; scenario: Scenario }
  | { soort: 'omslagwaarden'; taak: number; scenario: Scenario; sleutels: string[] };

export type Antwoord =
  | { soort: 'voortgang'; taak: number; gedaan: number; totaal: number }
  | { soort: 'montecarlo'; taak: number; resultaat: MonteCarloResultaat }
  | { soort: 'omslagwaarden'; taak: number; regels: OmslagRegel[] }
  | { soort: 'fout'; taak: number; bericht: string };

export type Voortgang = Extract<Antwoord, { soort: 'voortgang' }>;
/** The worker's first message: its script loaded and runs. */
export interface Gereed {
  soort: 'gereed';
}
export type Eindantwoord = Exclude<Antwoord, Voortgang>;

export const DOELEN: readonly Doel[] = ['saldoNul', 'gelijkAanNulalternatief'];

/** Draws per step in the worker: progress after about every 250 draws. */
export const BLOK_WORKER = 250;

/**
 * The work of one assignment as a sequence of small steps: each `next()` does one step (a block of
 * draws, or one switching value) and yields the progress; the return value is the final answer.
 */
export function* stappen(opdracht: Opdracht, blok = BLOK_WORKER): Generator<Voortgang, Eindantwoord, void> {
  const { taak, scenario: s } = opdracht;
  try {
    if (opdracht.soort === 'montecarlo') {
      const mc = maakMonteCarlo(s, s.onzekerheid);
      yield { soort: 'voortgang', taak, gedaan: 0, totaal: mc.totaal };
      while (mc.gedaan < mc.totaal) {
        mc.stap(blok);
        yield { soort: 'voortgang', taak, gedaan: mc.gedaan, totaal: mc.totaal };
      }
      return { soort: 'montecarlo', taak, resultaat: mc.resultaat() };
    }
    const invoer = onzekereInvoer(s, s.onzekerheid);
    const gekozen = opdracht.sleutels.flatMap((k) => invoer.filter((i) => i.sleutel === k));
    const projecten = s.werkwijzen.filter((w) => !w.nulalternatief).map((w) => w.id);
    const totaal = gekozen.length * projecten.length * DOELEN.length;
    const regels: OmslagRegel[] = [];
    yield { soort: 'voortgang', taak, gedaan: 0, totaal };
    for (const i of gekozen) {
      for (const w of projecten) {
        for (const doel of DOELEN) {
          regels.push({ sleutel: i.sleutel, ...omslagwaarde(s, i, w, doel) });
          yield { soort: 'voortgang', taak, gedaan: regels.length, totaal };
        }
      }
    }
    return { soort: 'omslagwaarden', taak, regels };
  } catch (e) {
    return { soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) };
  }
}

/** How often the worker reports progress at most (ms); the first and the last step always report. */
export const VOORTGANG_INTERVAL_MS = 50;

/**
 * The worker's message handler: runs an assignment to the end, posting progress at most every
 * ~50 ms and then the answer. Synchronous: cancelling is terminating the worker.
 */
export function verwerk(opdracht: Opdracht, post: (a: Antwoord) => void, nu: () => number = () => performance.now()): void {
  if (!opdracht || (opdracht.soort !== 'montecarlo' && opdracht.soort !== 'omslagwaarden')) {
    post({ soort: 'fout', taak: (opdracht as { taak?: number } | null)?.taak ?? -1, bericht: 'onbekende opdracht' });
    return;
  }
  const gen = stappen(opdracht);
  let vorige = -Infinity;
  for (;;) {
    const r = gen.next();
    if (r.done) {
      post(r.value);
      return;
    }
    const t = nu();
    if (t - vorige >= VOORTGANG_INTERVAL_MS || r.value.gedaan === r.value.totaal) {
      post(r.value);
      vorige = t;
    }
  }
}

import type { Scenario } from '../model';
import { maakGevoeligheid, meestInvloedrijk, OMSLAG_AANTAL } from '../model/onzekerheid/gevoeligheid';
import { maakMonteCarlo, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import { onzekereInvoer } from '../model/onzekerheid/invoer';
import { omslagwaarde, type Doel, type Omslagwaarde } from '../model/onzekerheid/omslagwaarden';
import { waardeVanInformatie, type WaardeVanInformatie } from '../model/onzekerheid/waardeVanInformatie';
import { VOI_MAX_TREKKINGEN } from '../model/scenario/onzekerheidSchema';

/** The Monte Carlo result with the value of information from the same draws (null above VOI_MAX_TREKKINGEN). */
export type MonteCarloMetInformatie = MonteCarloResultaat & { waardeVanInformatie?: WaardeVanInformatie | null };

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
  /**
   * Switching values for each project pathway, for the inputs in `sleutels` (per pathway id), or
   * without it for each pathway's OMSLAG_AANTAL most influential inputs (the sensitivity analysis
   * runs first, in steps too): the same choice as the CLI's --sensitivity.
   */
  | { soort: 'omslagwaarden'; taak: number; scenario: Scenario; sleutels?: Record<string, string[]> };

export type Antwoord =
  | { soort: 'voortgang'; taak: number; gedaan: number; totaal: number }
  | { soort: 'montecarlo'; taak: number; resultaat: MonteCarloMetInformatie }
  | { soort: 'omslagwaarden'; taak: number; regels: OmslagRegel[] }
  | { soort: 'fout'; taak: number; bericht: string };

export type Voortgang = Extract<Antwoord, { soort: 'voortgang' }>;
/** The worker's first message: its script loaded and runs. */
export interface Gereed {
  soort: 'gereed';
}
export type Eindantwoord = Exclude<Antwoord, Voortgang>;

export const DOELEN: readonly Doel[] = ['saldoNul', 'gelijkAanNulalternatief'];

/**
 * Draws per step in the worker: 64 of the kernel's blocks of 128, some 10–30 ms of work. Progress goes
 * out at most every 50 ms anyway (verwerk), and cancelling terminates the worker, so a step only needs
 * to be short enough for a smooth progress bar; a small one (it was 250) cost the generator round
 * trip and a partial block per step.
 */
export const BLOK_WORKER = 8192;

/**
 * The work of one assignment as a sequence of small steps: each `next()` does one step (a block of
 * draws, or one switching value) and yields the progress; the return value is the final answer.
 */
export function* stappen(opdracht: Opdracht, blok = BLOK_WORKER): Generator<Voortgang, Eindantwoord, void> {
  const { taak, scenario: s } = opdracht;
  try {
    if (opdracht.soort === 'montecarlo') {
      const metInformatie = s.onzekerheid.montecarlo.trekkingen <= VOI_MAX_TREKKINGEN;
      const mc = maakMonteCarlo(s, s.onzekerheid, { bewaarInvoer: metInformatie });
      yield { soort: 'voortgang', taak, gedaan: 0, totaal: mc.totaal };
      while (mc.gedaan < mc.totaal) {
        mc.stap(blok);
        yield { soort: 'voortgang', taak, gedaan: mc.gedaan, totaal: mc.totaal };
      }
      const t = mc.trekkingen();
      // EVPI/EVPPI from the same draws, as the CLI's --evppi computes them.
      const informatie = metInformatie ? waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen) : null;
      return { soort: 'montecarlo', taak, resultaat: { ...mc.resultaat(), waardeVanInformatie: informatie } };
    }
    const projecten = s.werkwijzen.filter((w) => !w.nulalternatief).map((w) => w.id);
    let gekozen: { werkwijze: string; invoer: ReturnType<typeof onzekereInvoer> }[];
    let gedaan = 0;
    if (opdracht.sleutels) {
      const invoer = onzekereInvoer(s, s.onzekerheid);
      const sleutels = opdracht.sleutels;
      gekozen = projecten.map((w) => ({ werkwijze: w, invoer: (sleutels[w] ?? []).flatMap((k) => invoer.filter((i) => i.sleutel === k)) }));
      yield { soort: 'voortgang', taak, gedaan: 0, totaal: aantalVan(gekozen) };
    } else {
      // First the sensitivity (one input per step), to pick each pathway's most influential inputs.
      const g = maakGevoeligheid(s, s.onzekerheid);
      const hoogstens = projecten.length * Math.min(OMSLAG_AANTAL, g.totaal) * DOELEN.length;
      yield { soort: 'voortgang', taak, gedaan: 0, totaal: g.totaal + hoogstens };
      while (!g.stap()) yield { soort: 'voortgang', taak, gedaan: g.gedaan, totaal: g.totaal + hoogstens };
      const { regels } = g.resultaat();
      gekozen = projecten.map((w) => ({ werkwijze: w, invoer: meestInvloedrijk(regels, w, OMSLAG_AANTAL).map((r) => r.invoer) }));
      gedaan = g.totaal;
    }
    const totaal = gedaan + aantalVan(gekozen);
    const regels: OmslagRegel[] = [];
    yield { soort: 'voortgang', taak, gedaan, totaal };
    for (const { werkwijze, invoer } of gekozen) {
      for (const i of invoer) {
        for (const doel of DOELEN) {
          regels.push({ sleutel: i.sleutel, ...omslagwaarde(s, i, werkwijze, doel) });
          yield { soort: 'voortgang', taak, gedaan: gedaan + regels.length, totaal };
        }
      }
    }
    return { soort: 'omslagwaarden', taak, regels };
  } catch (e) {
    return { soort: 'fout', taak, bericht: e instanceof Error ? e.message : String(e) };
  }
}

/** How many switching values a choice of inputs per pathway gives (both targets). */
const aantalVan = (gekozen: readonly { invoer: readonly unknown[] }[]) => gekozen.reduce((n, x) => n + x.invoer.length * DOELEN.length, 0);

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

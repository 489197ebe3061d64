import type { Scenario } from '../model';
import { maakGevoeligheid, meestInvloedrijk, OMSLAG_AANTAL } from '../model/onzekerheid/gevoeligheid';
import { buffersVan, deelTrekkingen, maakMonteCarlo, resultaatVan, verdeel, voegSamen, type Deel, type DeelTrekkingen, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import { onzekereInvoer } from '../model/onzekerheid/invoer';
import { omslagwaarde, type Doel, type Omslagwaarde } from '../model/onzekerheid/omslagwaarden';
import { metExacteNullen, metRuisniveau, waardeVanInformatieStappen, type InformatieVoortgang, type WaardeVanInformatie } from '../model/onzekerheid/waardeVanInformatie';
import { VOI_MAX_TREKKINGEN } from '../model/scenario/onzekerheidSchema';
import { laatsteVanFase } from './voortgang';

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
  /**
   * A Monte Carlo run. With `delen` > 1 the run is split over that many workers (verdeel): this one
   * computes the first part, the others `montecarloDeel`, and their draws reach this one as `deelUitkomst`
   * (ui/onzekerheid/bundel.ts passes them on); it then gives the answer of the whole run.
   */
  | { soort: 'montecarlo'; taak: number; scenario: Scenario; delen?: number }
  | { soort: 'omslagwaarden'; taak: number; scenario: Scenario; sleutels?: Record<string, string[]> };

/** Part `deel` of a run: answers `deel` with its draws. */
export type DeelOpdracht = { soort: 'montecarloDeel'; taak: number; scenario: Scenario; deel: Deel };
/** The draws of another worker's part, for the worker that joins them. */
export type DeelUitkomst = { soort: 'deelUitkomst'; taak: number } & DeelTrekkingen;
/** Everything a worker can be sent. */
export type WerkerBericht = Opdracht | DeelOpdracht | DeelUitkomst;

export type Antwoord =
  /**
   * Progress of this worker's own work (with parts: of its part). After the draws (gedaan = totaal),
   * `informatie` counts the value of information's parts (inputs and groups).
   */
  | { soort: 'voortgang'; taak: number; gedaan: number; totaal: number; informatie?: InformatieVoortgang }
  | ({ soort: 'deel'; taak: number } & DeelTrekkingen)
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
export function* stappen(opdracht: Opdracht | DeelOpdracht, blok = BLOK_WORKER): Generator<Voortgang, Eindantwoord, void> {
  const { taak, scenario: s } = opdracht;
  try {
    if (opdracht.soort === 'montecarlo') {
      const mc = yield* montecarloDeel(opdracht, undefined, blok);
      const t = mc.trekkingen();
      return yield* eindVan(opdracht, [deelTrekkingen(0, t)]);
    }
    if (opdracht.soort === 'montecarloDeel') {
      const t = (yield* montecarloDeel(opdracht, opdracht.deel, blok)).trekkingen();
      return { soort: 'deel', taak, ...deelTrekkingen(opdracht.deel.van, t) };
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

/** Up to this many draws the answer carries the value of information (every input's draws are kept). */
const metInformatie = (s: Scenario) => s.onzekerheid.montecarlo.trekkingen <= VOI_MAX_TREKKINGEN;

/** A run or a part of it in steps, with progress. */
function* montecarloDeel(opdracht: { taak: number; scenario: Scenario }, deel: Deel | undefined, blok: number) {
  const { taak, scenario: s } = opdracht;
  const mc = maakMonteCarlo(s, s.onzekerheid, { bewaarInvoer: metInformatie(s), ...(deel ? { deel } : {}) });
  yield { soort: 'voortgang', taak, gedaan: 0, totaal: mc.totaal } satisfies Voortgang;
  while (mc.gedaan < mc.totaal) {
    mc.stap(blok);
    yield { soort: 'voortgang', taak, gedaan: mc.gedaan, totaal: mc.totaal } satisfies Voortgang;
  }
  return mc;
}

/**
 * The answer of a whole run from the draws of its parts, in steps: the value of information one input
 * or group per step (on the main thread a single task of ~0,5–1 s otherwise), with its progress.
 */
function* eindVan(opdracht: { taak: number; scenario: Scenario }, delen: readonly DeelTrekkingen[]): Generator<Voortgang, Eindantwoord, void> {
  const { taak, scenario: s } = opdracht;
  const { trekkingen } = s.onzekerheid.montecarlo;
  const { saldi, invoerTrekkingen, uitkomstTrekkingen, invoerGelezen } = delen.length === 1 && delen[0]!.van === 0 ? delen[0]! : voegSamen(trekkingen, delen);
  // EVPI/EVPPI from the same draws, as the CLI's --evppi computes them (waardeVanInformatie runs the same steps).
  const invoer = onzekereInvoer(s, s.onzekerheid);
  let informatie: WaardeVanInformatie | null = null;
  if (metInformatie(s)) {
    const stappen = waardeVanInformatieStappen(s, invoer, saldi, invoerTrekkingen!, uitkomstTrekkingen);
    for (;;) {
      const r = stappen.next();
      if (r.done) {
        informatie = metRuisniveau(metExacteNullen(r.value, s, invoer, invoerGelezen), s, saldi);
        break;
      }
      yield { soort: 'voortgang', taak, gedaan: trekkingen, totaal: trekkingen, informatie: r.value };
    }
  }
  return { soort: 'montecarlo', taak, resultaat: { ...resultaatVan(s, s.onzekerheid, saldi), waardeVanInformatie: informatie } };
}

/** How many switching values a choice of inputs per pathway gives (both targets). */
const aantalVan = (gekozen: readonly { invoer: readonly unknown[] }[]) => gekozen.reduce((n, x) => n + x.invoer.length * DOELEN.length, 0);

/** How often the worker reports progress at most (ms); the first and the last step always report. */
export const VOORTGANG_INTERVAL_MS = 50;

/**
 * The worker's message handler: runs an assignment to the end, posting progress at most every
 * ~50 ms and then the answer. Synchronous: cancelling is terminating the worker.
 */
export type Verwerker = (opdracht: WerkerBericht, post: (a: Antwoord) => void, nu?: () => number) => void;

/**
 * A worker's message handler, with its own memory for a split run: runs an assignment to the end,
 * posting progress at most every ~50 ms and then the answer. Synchronous: cancelling is terminating
 * the worker. A split run's first worker keeps its part until the other parts come in (deelUitkomst).
 */
export function maakVerwerker(): Verwerker {
  /** A run split over workers, in the worker that joins it: the parts so far, and how many there are. */
  let samenvoegen: { opdracht: Extract<Opdracht, { soort: 'montecarlo' }>; delen: DeelTrekkingen[]; aantal: number } | null = null;

  /** The first part of a split run; the answer follows when the other parts are in (ontvangDeel). */
  function* eigenDeel(opdracht: Extract<Opdracht, { soort: 'montecarlo' }>, delen: readonly Deel[]): Generator<Voortgang, Eindantwoord | null, void> {
    try {
      const t = (yield* montecarloDeel(opdracht, delen[0], BLOK_WORKER)).trekkingen();
      samenvoegen = { opdracht, delen: [deelTrekkingen(0, t)], aantal: delen.length };
      return null;
    } catch (e) {
      return { soort: 'fout', taak: opdracht.taak, bericht: e instanceof Error ? e.message : String(e) };
    }
  }

  function ontvangDeel(d: DeelUitkomst, post: (a: Antwoord) => void): void {
    const w = samenvoegen;
    if (!w || w.opdracht.taak !== d.taak) return;
    w.delen.push(deelTrekkingen(d.van, d));
    if (w.delen.length < w.aantal) return;
    samenvoegen = null;
    try {
      const eind = eindVan(w.opdracht, w.delen);
      let r = eind.next();
      while (!r.done) r = eind.next();
      post(r.value);
    } catch (e) {
      post({ soort: 'fout', taak: d.taak, bericht: e instanceof Error ? e.message : String(e) });
    }
  }

  return (opdracht, post, nu = () => performance.now()) => {
    if (!opdracht || !['montecarlo', 'montecarloDeel', 'deelUitkomst', 'omslagwaarden'].includes(opdracht.soort)) {
      post({ soort: 'fout', taak: (opdracht as { taak?: number } | null)?.taak ?? -1, bericht: 'onbekende opdracht' });
      return;
    }
    if (opdracht.soort === 'deelUitkomst') return ontvangDeel(opdracht, post);
    // One task at a time: a new one forgets a run that was still waiting for parts.
    samenvoegen = null;
    const delen = opdracht.soort === 'montecarlo' && opdracht.delen ? verdeel(opdracht.scenario.onzekerheid.montecarlo.trekkingen, opdracht.delen) : null;
    const gen = delen && delen.length > 1 ? eigenDeel(opdracht as Extract<Opdracht, { soort: 'montecarlo' }>, delen) : stappen(opdracht);
    let vorige = -Infinity;
    for (;;) {
      const r = gen.next();
      if (r.done) {
        if (r.value) post(r.value);
        return;
      }
      const t = nu();
      if (t - vorige >= VOORTGANG_INTERVAL_MS || laatsteVanFase(r.value)) {
        post(r.value);
        vorige = t;
      }
    }
  };
}

/** The handler of a worker that is sent no split runs (tests; the worker itself uses maakVerwerker). */
export const verwerk: Verwerker = (opdracht, post, nu) => maakVerwerker()(opdracht, post, nu);

/** The buffers of a message that can move to the other side instead of being copied (a part's draws). */
export function overdraagbaar(a: Antwoord | WerkerBericht): ArrayBuffer[] {
  if (a.soort !== 'deel' && a.soort !== 'deelUitkomst') return [];
  return buffersVan(a);
}

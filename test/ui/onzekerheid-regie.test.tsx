import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { monteCarlo, type MonteCarloResultaat } from '../../src/model/onzekerheid/montecarlo';
import type { MonteCarloMetInformatie } from '../../src/workers/montecarloKern';
import { Regie, type WerkerLike } from '../../src/ui/onzekerheid/regie';
import { stappen, type Antwoord, type Gereed, type Opdracht } from '../../src/workers/montecarloKern';
import { laadDenHaag } from '../helpers/scenario';

/** A worker that does nothing by itself: the test sends its messages. */
class NepWerker implements WerkerLike {
  berichten: Opdracht[] = [];
  beeindigd = false;
  onmessage: ((e: { data: Antwoord | Gereed }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  postMessage(m: Opdracht) {
    this.berichten.push(m);
  }
  terminate() {
    this.beeindigd = true;
  }
  stuur(a: Antwoord | Gereed) {
    this.onmessage?.({ data: a });
  }
}

function metMc(trekkingen: number, seed = 11): Scenario {
  const s = laadDenHaag();
  return { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { trekkingen, seed, uitkomstenHertrekken: false } } };
}

const inhoud = (a: Antwoord): MonteCarloResultaat | null => (a.soort === 'montecarlo' ? a.resultaat : null);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Monte Carlo controller with a worker', () => {
  function opzet() {
    const werkers: NepWerker[] = [];
    const regie = new Regie<MonteCarloResultaat>(
      {
        maakWerker: () => {
          const w = new NepWerker();
          werkers.push(w);
          return w;
        },
        meldIntervalMs: 0,
      },
      inhoud,
    );
    return { regie, werkers };
  }

  it('posts the scenario, shows progress, and cancel terminates the worker: progress stops', () => {
    const { regie, werkers } = opzet();
    const s = metMc(100_000);
    regie.start({ soort: 'montecarlo', scenario: s });
    const w = werkers[0]!;
    expect(w.berichten).toHaveLength(1);
    expect(w.berichten[0]!.scenario).toBe(s);
    const taak = w.berichten[0]!.taak;
    expect(regie.momentopname()).toMatchObject({ status: 'bezig', modus: 'worker', gedaan: 0, totaal: 100_000 });

    w.stuur({ soort: 'gereed' });
    w.stuur({ soort: 'voortgang', taak, gedaan: 250, totaal: 100_000 });
    w.stuur({ soort: 'voortgang', taak, gedaan: 5000, totaal: 100_000 });
    expect(regie.momentopname().gedaan).toBe(5000);

    regie.annuleer();
    expect(w.beeindigd).toBe(true);
    expect(regie.momentopname()).toMatchObject({ status: 'geannuleerd', gedaan: 5000 });
    // A message that was already on its way changes nothing.
    w.stuur({ soort: 'voortgang', taak, gedaan: 7500, totaal: 100_000 });
    vi.runAllTimers();
    expect(regie.momentopname()).toMatchObject({ status: 'geannuleerd', gedaan: 5000 });
  });

  it('running again starts fresh in a new worker; a late answer of the old run is ignored', () => {
    const { regie, werkers } = opzet();
    const s = metMc(1000);
    regie.start({ soort: 'montecarlo', scenario: s });
    const oud = werkers[0]!;
    oud.stuur({ soort: 'gereed' });
    oud.stuur({ soort: 'voortgang', taak: oud.berichten[0]!.taak, gedaan: 750, totaal: 1000 });
    regie.start({ soort: 'montecarlo', scenario: s });
    expect(oud.beeindigd).toBe(true);
    expect(werkers).toHaveLength(2);
    expect(regie.momentopname()).toMatchObject({ status: 'bezig', gedaan: 0 });
    const nieuw = werkers[1]!;
    expect(nieuw.berichten[0]!.taak).not.toBe(oud.berichten[0]!.taak);
    const resultaat = monteCarlo(metMc(10), metMc(10).onzekerheid);
    nieuw.stuur({ soort: 'gereed' });
    nieuw.stuur({ soort: 'montecarlo', taak: nieuw.berichten[0]!.taak, resultaat });
    expect(regie.momentopname()).toMatchObject({ status: 'klaar', resultaat, scenario: s });
    expect(nieuw.beeindigd).toBe(true);
  });

  it('a worker error after it started shows the failure', () => {
    const { regie, werkers } = opzet();
    regie.start({ soort: 'montecarlo', scenario: metMc(10) });
    werkers[0]!.stuur({ soort: 'gereed' });
    werkers[0]!.onerror?.({ message: 'stuk' });
    expect(regie.momentopname()).toMatchObject({ status: 'fout', bericht: 'stuk' });
  });

  it('progress updates are thinned out to one per interval', () => {
    let t = 0;
    const werkers: NepWerker[] = [];
    const regie = new Regie<MonteCarloResultaat>(
      {
        maakWerker: () => {
          const w = new NepWerker();
          werkers.push(w);
          return w;
        },
        meldIntervalMs: 50,
        nu: () => t,
      },
      inhoud,
    );
    const meldingen: number[] = [];
    regie.abonneer(() => meldingen.push(regie.momentopname().gedaan));
    regie.start({ soort: 'montecarlo', scenario: metMc(1000) });
    const w = werkers[0]!;
    const taak = w.berichten[0]!.taak;
    for (let g = 100; g <= 1000; g += 100) {
      t += 10;
      w.stuur({ soort: 'voortgang', taak, gedaan: g, totaal: 1000 });
    }
    // start (0), then at most one per 50 ms, and the last one.
    expect(meldingen).toEqual([0, 100, 600, 1000]);
  });
});

describe('Monte Carlo controller on the main thread (no worker, e.g. file://)', () => {
  it('falls back when the worker cannot be made, runs in slices, and cancel stops it', async () => {
    let t = 0;
    const regie = new Regie<MonteCarloResultaat>(
      {
        maakWerker: () => {
          throw new DOMException('Script cannot be accessed from origin null', 'SecurityError');
        },
        nu: () => (t += 4),
        laadStappen: async () => stappen,
        meldIntervalMs: 0,
      },
      inhoud,
    );
    regie.start({ soort: 'montecarlo', scenario: metMc(20_000) });
    expect(regie.momentopname()).toMatchObject({ status: 'bezig', modus: 'hoofdthread' });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    const onderweg = regie.momentopname().gedaan;
    expect(onderweg).toBeGreaterThan(0);
    expect(onderweg).toBeLessThan(20_000);
    regie.annuleer();
    expect(regie.momentopname().status).toBe('geannuleerd');
    await vi.runAllTimersAsync();
    expect(regie.momentopname()).toMatchObject({ status: 'geannuleerd', gedaan: onderweg });
  });

  it('completes with exactly the model’s numbers; later runs skip the worker', async () => {
    let t = 0;
    let gemaakt = 0;
    const regie = new Regie<MonteCarloResultaat>(
      {
        maakWerker: () => {
          gemaakt++;
          throw new Error('geen worker');
        },
        nu: () => (t += 1),
        laadStappen: async () => stappen,
      },
      inhoud,
    );
    const s = metMc(300, 4);
    regie.start({ soort: 'montecarlo', scenario: s });
    await vi.runAllTimersAsync();
    expect(regie.momentopname()).toMatchObject({ status: 'klaar', gedaan: 300, modus: 'hoofdthread' });
    const { waardeVanInformatie: _voi, ...mc } = regie.momentopname().resultaat as MonteCarloMetInformatie;
    expect(mc).toEqual(monteCarlo(s, s.onzekerheid));
    regie.start({ soort: 'montecarlo', scenario: s });
    await vi.runAllTimersAsync();
    expect(gemaakt).toBe(1);
  });

  it('a worker that never reports back is given up on and the main thread takes over', async () => {
    const w = new NepWerker();
    const regie = new Regie<MonteCarloResultaat>({ maakWerker: () => w, startTijdMs: 5000, laadStappen: async () => stappen, nu: () => 0 }, inhoud);
    regie.start({ soort: 'montecarlo', scenario: metMc(200) });
    expect(regie.momentopname().modus).toBe('worker');
    await vi.advanceTimersByTimeAsync(5000);
    expect(w.beeindigd).toBe(true);
    expect(regie.momentopname().modus).toBe('hoofdthread');
    await vi.runAllTimersAsync();
    expect(regie.momentopname().status).toBe('klaar');
  });
});

import { describe, expect, it } from 'vitest';
import { WerkerStart, type Planner, type Werkerachtig, type WerkerGereed } from '../../src/ui/gedeeld/werkerStart';

interface Opdracht {
  taak: number;
  n: number;
}
type Antwoord = { soort: 'klaar'; taak: number; som: number };

/** A worker that does nothing by itself: the test sends its messages and errors. */
class NepWerker implements Werkerachtig<Opdracht, Antwoord> {
  opdrachten: Opdracht[] = [];
  beeindigd = 0;
  onmessage: ((e: { data: Antwoord | WerkerGereed }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  postMessage(o: Opdracht) {
    this.opdrachten.push(o);
  }
  terminate() {
    this.beeindigd++;
  }
}

/** Timers by hand: `wachtrij` holds what is planned; `wisNegeren` lets a cleared timer fire anyway (one already on its way). */
function handPlanner(wisNegeren = false) {
  const wachtrij = new Map<number, { fn: () => void; ms: number }>();
  let volgnummer = 0;
  const planner: Planner = {
    zet: (fn, ms) => {
      wachtrij.set(++volgnummer, { fn, ms });
      return volgnummer;
    },
    wis: (h) => {
      if (!wisNegeren) wachtrij.delete(h as number);
    },
  };
  const laatAflopen = (h: number) => {
    const t = wachtrij.get(h)!;
    wachtrij.delete(h);
    t.fn();
  };
  return { planner, wachtrij, laatAflopen };
}

function opzet(wisNegeren = false) {
  const werkers: NepWerker[] = [];
  const { planner, wachtrij, laatAflopen } = handPlanner(wisNegeren);
  const taken = new WerkerStart<Opdracht, Antwoord>({
    maakWerker: () => {
      const w = new NepWerker();
      werkers.push(w);
      return w;
    },
    planner,
    startTijdMs: 5000,
  });
  const log: string[] = [];
  const handlers = {
    antwoord: (a: Antwoord) => log.push(`antwoord ${a.taak}: ${a.som}`),
    terugval: () => log.push('terugval'),
    fout: (bericht: string | null) => log.push(`fout: ${bericht}`),
  };
  const begin = (n = 1) => {
    const taak = taken.nieuw();
    expect(taken.startWorker({ taak, n }, handlers)).toBe(true);
    return taak;
  };
  return { taken, werkers, wachtrij, laatAflopen, log, begin };
}

describe('WerkerStart: a worker with a start timer and a main-thread fallback', () => {
  it('posts the task and plans the start timer; a silent worker is given up on once: terminated, fallback, later tasks skip the worker', () => {
    const { taken, werkers, wachtrij, laatAflopen, log, begin } = opzet();
    const taak = begin(7);
    const w = werkers[0]!;
    expect(w.opdrachten).toEqual([{ taak, n: 7 }]);
    expect([...wachtrij.values()].map((t) => t.ms)).toEqual([5000]);
    expect(taken.geenWorker).toBe(false);

    const [startTimer] = wachtrij.keys();
    laatAflopen(startTimer!);
    expect(log).toEqual(['terugval']);
    expect(w.beeindigd).toBe(1);
    expect(w.onmessage).toBeNull();
    expect(w.onerror).toBeNull();
    expect(taken.geenWorker).toBe(true);
    expect(taken.actueel(taak)).toBe(true);
    // Nothing is left that could start it again: the worker's handlers are detached, no timer is planned.
    expect(wachtrij.size).toBe(0);
  });

  it('an error before the worker said anything: fallback at once, the start timer cleared', () => {
    const { taken, werkers, wachtrij, log, begin } = opzet();
    begin();
    const w = werkers[0]!;
    w.onerror!({ message: 'script niet gevonden' });
    expect(log).toEqual(['terugval']);
    expect(w.beeindigd).toBe(1);
    expect(wachtrij.size).toBe(0);
    expect(taken.geenWorker).toBe(true);
  });

  it('after "gereed" no fallback: answers go to the controller, an error stops the task and reports it', () => {
    const { taken, werkers, wachtrij, log, begin } = opzet();
    const taak = begin(3);
    const w = werkers[0]!;
    w.onmessage!({ data: { soort: 'gereed' } });
    expect(wachtrij.size).toBe(0);
    w.onmessage!({ data: { soort: 'klaar', taak, som: 6 } });
    // An answer for another task is not this task's.
    w.onmessage!({ data: { soort: 'klaar', taak: taak + 5, som: 99 } });
    expect(log).toEqual([`antwoord ${taak}: 6`]);

    let voorkomen = 0;
    w.onerror!({ message: 'stuk', preventDefault: () => voorkomen++ });
    expect(log).toEqual([`antwoord ${taak}: 6`, 'fout: stuk']);
    expect(voorkomen).toBe(1);
    expect(w.beeindigd).toBe(1);
    expect(taken.actueel(taak)).toBe(false);
    expect(taken.geenWorker).toBe(false);
  });

  it('a first answer without "gereed" also shows the worker runs: the start timer is cleared', () => {
    const { werkers, wachtrij, log, begin } = opzet();
    const taak = begin(2);
    werkers[0]!.onmessage!({ data: { soort: 'klaar', taak, som: 3 } });
    expect(wachtrij.size).toBe(0);
    expect(log).toEqual([`antwoord ${taak}: 3`]);
  });

  it('stop: the worker is detached and terminated, the timer cleared, no fallback and no answers afterwards', () => {
    const { taken, werkers, wachtrij, log, begin } = opzet();
    const taak = begin();
    const w = werkers[0]!;
    const { onmessage, onerror } = w;
    taken.stop();
    expect(w.beeindigd).toBe(1);
    expect(w.onmessage).toBeNull();
    expect(w.onerror).toBeNull();
    expect(wachtrij.size).toBe(0);
    expect(taken.actueel(taak)).toBe(false);
    // Events already on their way: an early error starts no fallback for the stopped task, an answer is dropped.
    onerror!({ message: 'laat' });
    onmessage!({ data: { soort: 'klaar', taak, som: 1 } });
    expect(log).toEqual([]);
  });

  it('a replaced task never starts the fallback, even when its start timer fires anyway', () => {
    const { taken, werkers, wachtrij, laatAflopen, log, begin } = opzet(true);
    const oud = begin(1);
    const [oudeTimer] = wachtrij.keys();
    const oudeFout = werkers[0]!.onerror!;
    const nieuw = begin(2);
    expect(werkers[0]!.beeindigd).toBe(1);
    expect(nieuw).not.toBe(oud);
    expect(taken.actueel(oud)).toBe(false);

    laatAflopen(oudeTimer!);
    oudeFout({ message: 'laat' });
    expect(log).toEqual([]);
    // The new task still runs in its worker.
    werkers[1]!.onmessage!({ data: { soort: 'gereed' } });
    werkers[1]!.onmessage!({ data: { soort: 'klaar', taak: nieuw, som: 3 } });
    expect(log).toEqual([`antwoord ${nieuw}: 3`]);
    expect(werkers[1]!.beeindigd).toBe(0);
  });

  it('no worker can be made: false, and geenWorker; without maakWerker geenWorker from the start', () => {
    const { planner } = handPlanner();
    let pogingen = 0;
    const taken = new WerkerStart<Opdracht, Antwoord>({
      maakWerker: () => {
        pogingen++;
        throw new DOMException('Script cannot be accessed from origin null', 'SecurityError');
      },
      planner,
      startTijdMs: 5000,
    });
    expect(taken.geenWorker).toBe(false);
    const niets = { antwoord: () => {}, terugval: () => {}, fout: () => {} };
    expect(taken.startWorker({ taak: taken.nieuw(), n: 1 }, niets)).toBe(false);
    expect(pogingen).toBe(1);
    expect(taken.geenWorker).toBe(true);
    expect(new WerkerStart<Opdracht, Antwoord>({ maakWerker: null, planner, startTijdMs: 5000 }).geenWorker).toBe(true);
  });

  it('a planned main-thread step runs once, and stop() clears it', () => {
    const { taken, wachtrij, laatAflopen } = opzet();
    const stappen: number[] = [];
    taken.nieuw();
    taken.plan(() => stappen.push(1), 0);
    laatAflopen([...wachtrij.keys()][0]!);
    expect(stappen).toEqual([1]);
    taken.plan(() => stappen.push(2), 0);
    expect(wachtrij.size).toBe(1);
    taken.stop();
    expect(wachtrij.size).toBe(0);
    expect(stappen).toEqual([1]);
  });
});

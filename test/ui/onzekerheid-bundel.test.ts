import { describe, expect, it } from 'vitest';
import { monteCarlo, TREKKINGEN_PER_STROOM } from '../../src/model/onzekerheid/montecarlo';
import type { Scenario } from '../../src/model';
import { maakVerwerker, overdraagbaar, type Antwoord, type Gereed, type Opdracht, type WerkerBericht } from '../../src/workers/montecarloKern';
import { WerkerBundel, type Deelwerker } from '../../src/ui/onzekerheid/bundel';
import { laadDenHaag } from '../helpers/scenario';

/**
 * Issue 12: a long Monte Carlo run split over several Web Workers (ui/onzekerheid/bundel.ts) gives the
 * answer of one run. The fake workers run the worker's own handler (maakVerwerker), each with its own
 * memory, messages cloned as postMessage clones them, asynchronously, buffers moved when listed.
 */
class NepWerker implements Deelwerker {
  onmessage: Deelwerker['onmessage'] = null;
  onerror: Deelwerker['onerror'] = null;
  gestopt = false;
  ontvangen: WerkerBericht['soort'][] = [];
  private readonly verwerk = maakVerwerker();

  constructor(private readonly log: NepWerker[]) {
    log.push(this);
    setTimeout(() => this.stuur({ soort: 'gereed' }), 0);
  }

  private stuur(a: Antwoord | Gereed, overdracht: Transferable[] = []) {
    const kopie = structuredClone(a, { transfer: overdracht });
    setTimeout(() => !this.gestopt && this.onmessage?.({ data: kopie }), 0);
  }

  postMessage(b: WerkerBericht, overdracht: Transferable[] = []): void {
    const kopie = structuredClone(b, { transfer: overdracht });
    this.ontvangen.push(b.soort);
    setTimeout(() => !this.gestopt && this.verwerk(kopie, (a) => this.stuur(a, overdraagbaar(a))), 0);
  }

  terminate(): void {
    this.gestopt = true;
  }
}

function metMc(trekkingen: number, uitkomstenHertrekken: boolean): Scenario {
  const s = laadDenHaag();
  return { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { trekkingen, seed: 99, uitkomstenHertrekken } } };
}

/** Runs an assignment through a bundle of `aantal` fake workers: the answers the controller sees. */
async function draai(opdracht: Opdracht, aantal: number) {
  const werkers: NepWerker[] = [];
  const bundel = new WerkerBundel(() => new NepWerker(werkers), aantal);
  const antwoorden: (Antwoord | Gereed)[] = [];
  const einde = new Promise<void>((klaar) => {
    bundel.onmessage = (e) => {
      antwoorden.push(e.data);
      if (e.data.soort !== 'voortgang' && e.data.soort !== 'gereed') klaar();
    };
  });
  bundel.postMessage(opdracht);
  await einde;
  bundel.terminate();
  return { antwoorden, werkers };
}

describe('Monte Carlo over meerdere Web Workers (WerkerBundel)', () => {
  it.each([
    [2, false],
    [3, true],
  ])('3 stromen en een staartje over %i workers (hertrekken %s): hetzelfde antwoord als één run', async (aantal, hertrekken) => {
    const n = 3 * TREKKINGEN_PER_STROOM + 500;
    const s = metMc(n, hertrekken);
    const { antwoorden, werkers } = await draai({ soort: 'montecarlo', taak: 4, scenario: s }, aantal);
    expect(werkers).toHaveLength(aantal);
    const laatste = antwoorden.at(-1)!;
    expect(laatste.soort).toBe('montecarlo');
    if (laatste.soort !== 'montecarlo') return;
    expect(laatste.taak).toBe(4);
    const { waardeVanInformatie, ...mc } = laatste.resultaat;
    // Above VOI_MAX_TREKKINGEN: no value of information, as with one worker.
    expect(waardeVanInformatie).toBeNull();
    expect(JSON.stringify(mc)).toBe(JSON.stringify(monteCarlo(s, s.onzekerheid)));
    // The first worker joined the others' parts; each other worker computed one part.
    expect(werkers[0]!.ontvangen).toEqual(['montecarlo', ...Array(aantal - 1).fill('deelUitkomst')]);
    for (const w of werkers.slice(1)) expect(w.ontvangen).toEqual(['montecarloDeel']);
    // Progress is that of the whole run: it never goes back and ends at every draw.
    const voortgang = antwoorden.filter((a): a is Extract<Antwoord, { soort: 'voortgang' }> => a.soort === 'voortgang');
    expect(voortgang.every((v) => v.totaal === n)).toBe(true);
    const gedaan = voortgang.map((v) => v.gedaan);
    expect(gedaan).toEqual([...gedaan].sort((a, b) => a - b));
    expect(gedaan.at(-1)).toBe(n);
    // The controller hears "gereed" once.
    expect(antwoorden.filter((a) => a.soort === 'gereed')).toHaveLength(1);
  }, 120_000);

  it('een run van één stroom (de standaard 10.000) en de omslagwaarden gaan naar één worker', async () => {
    const s = metMc(2000, true);
    const een = await draai({ soort: 'montecarlo', taak: 1, scenario: s }, 4);
    expect(een.werkers).toHaveLength(1);
    const laatste = een.antwoorden.at(-1)!;
    expect(laatste.soort === 'montecarlo' && JSON.stringify(laatste.resultaat.verschil)).toBe(JSON.stringify(monteCarlo(s, s.onzekerheid).verschil));
    const omslag = await draai({ soort: 'omslagwaarden', taak: 2, scenario: s, sleutels: { klantreis: ['parameters.welfareExit.monthsEarlier'] } }, 4);
    expect(omslag.werkers).toHaveLength(1);
    expect(omslag.antwoorden.at(-1)!.soort).toBe('omslagwaarden');
  }, 60_000);

  it('kan er geen tweede worker komen, dan rekent de eerste de hele run', async () => {
    const werkers: NepWerker[] = [];
    let gemaakt = 0;
    const bundel = new WerkerBundel(() => {
      if (gemaakt++ > 0) throw new DOMException('geen worker meer', 'QuotaExceededError');
      return new NepWerker(werkers);
    }, 2);
    const s = metMc(TREKKINGEN_PER_STROOM + 10, false);
    const klaar = new Promise<Antwoord | Gereed>((ok) => {
      bundel.onmessage = (e) => e.data.soort !== 'voortgang' && e.data.soort !== 'gereed' && ok(e.data);
    });
    bundel.postMessage({ soort: 'montecarlo', taak: 5, scenario: s });
    const a = await klaar;
    expect(werkers).toHaveLength(1);
    expect(werkers[0]!.ontvangen).toEqual(['montecarlo']);
    expect(a.soort === 'montecarlo' && JSON.stringify(a.resultaat.verschil)).toBe(JSON.stringify(monteCarlo(s, s.onzekerheid).verschil));
  }, 60_000);

  it('terminate stopt elke worker; een fout van een deelworker komt bij de regie', async () => {
    const werkers: NepWerker[] = [];
    const bundel = new WerkerBundel(() => new NepWerker(werkers), 2);
    const fouten: unknown[] = [];
    bundel.onerror = (e) => fouten.push(e);
    bundel.postMessage({ soort: 'montecarlo', taak: 1, scenario: metMc(2 * TREKKINGEN_PER_STROOM, false) });
    expect(werkers).toHaveLength(2);
    werkers[1]!.onerror?.({ message: 'stuk' });
    expect(fouten).toEqual([{ message: 'stuk' }]);
    bundel.terminate();
    expect(werkers.every((w) => w.gestopt)).toBe(true);
  });
});

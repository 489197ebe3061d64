import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { omslagwaarde } from '../../src/model/onzekerheid/omslagwaarden';
import type { Scenario } from '../../src/model';
import { BLOK_WORKER, stappen, verwerk, type Antwoord, type Opdracht } from '../../src/workers/montecarloKern';
import { analyseerGevoeligheid } from '../../src/model/uitvoer/onzekerheid';
import { formatFouten, leesScenario } from '../../src/model';
import { readFileSync } from 'node:fs';
import { laadDenHaag } from '../helpers/scenario';

function laadScenario(pad: string): Scenario {
  const v = leesScenario(readFileSync(new URL(`../../scenarios/${pad}`, import.meta.url), 'utf8'));
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}

/** The Den Haag scenario with a small, fixed Monte Carlo run. */
function metMc(trekkingen: number, seed: number, uitkomstenHertrekken = false): Scenario {
  const s = laadDenHaag();
  return { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { trekkingen, seed, uitkomstenHertrekken } } };
}

/** Runs the worker's message handler as the worker does, with a scenario that went through postMessage. */
function draai(opdracht: Opdracht, nu?: () => number): Antwoord[] {
  const uit: Antwoord[] = [];
  verwerk(structuredClone(opdracht), (a) => uit.push(a), nu);
  return uit;
}

describe('worker handler (src/workers/montecarloKern.ts) = the model', () => {
  it.each([
    [600, 20200601, false],
    [400, 7, true],
  ])('%i draws, seed %i, outcomes redrawn %s: identical to monteCarlo()', (n, seed, hertrek) => {
    const s = metMc(n, seed, hertrek);
    const antwoorden = draai({ soort: 'montecarlo', taak: 3, scenario: s });
    const laatste = antwoorden[antwoorden.length - 1]!;
    expect(laatste.soort).toBe('montecarlo');
    if (laatste.soort !== 'montecarlo') return;
    expect(laatste.taak).toBe(3);
    // Plus the value of information from the same draws (voi-print.test.tsx checks it).
    const { waardeVanInformatie, ...mc } = laatste.resultaat;
    expect(mc).toEqual(monteCarlo(s, s.onzekerheid));
    expect(waardeVanInformatie!.trekkingen).toBe(mc.trekkingen);
  });

  it('the main-thread steps (50 draws a step) give the same numbers as the worker (BLOK_WORKER a step)', () => {
    const s = metMc(333, 99);
    const gen = stappen({ soort: 'montecarlo', taak: 1, scenario: s }, 50);
    let r = gen.next();
    while (!r.done) r = gen.next();
    const worker = draai({ soort: 'montecarlo', taak: 1, scenario: s }).at(-1)!;
    expect(r.value).toEqual(worker);
  });

  it('reports progress at most every 50 ms, the first and the last step always', () => {
    const n = 8 * BLOK_WORKER;
    const s = metMc(n, 1);
    let t = 0;
    // Every step "takes" 20 ms: BLOK_WORKER draws per step, 8 steps.
    const antwoorden = draai({ soort: 'montecarlo', taak: 1, scenario: s }, () => (t += 20));
    const voortgang = antwoorden.filter((a) => a.soort === 'voortgang');
    expect(voortgang[0]).toEqual({ soort: 'voortgang', taak: 1, gedaan: 0, totaal: n });
    expect(voortgang.at(-1)).toEqual({ soort: 'voortgang', taak: 1, gedaan: n, totaal: n });
    expect(voortgang.length).toBeLessThan(9);
    expect(voortgang.length).toBeGreaterThan(2);
    const gedaan = voortgang.map((a) => (a.soort === 'voortgang' ? a.gedaan : -1));
    expect([...gedaan].sort((a, b) => a - b)).toEqual(gedaan);
  });

  it('switching values from the handler are the model’s omslagwaarde(), per input, pathway and target', () => {
    const s = laadDenHaag();
    const sleutels = ['werkwijzen.klantreis.kosten.preparation.bedrag', 'parameters.eviction.threatShare'];
    const laatste = draai({ soort: 'omslagwaarden', taak: 5, scenario: s, sleutels: { klantreis: sleutels } }).at(-1)!;
    expect(laatste.soort).toBe('omslagwaarden');
    if (laatste.soort !== 'omslagwaarden') return;
    const invoer = onzekereInvoer(s, s.onzekerheid);
    const verwacht = sleutels.flatMap((k) =>
      (['saldoNul', 'gelijkAanNulalternatief'] as const).map((doel) => ({
        sleutel: k,
        ...omslagwaarde(s, invoer.find((i) => i.sleutel === k)!, 'klantreis', doel),
      })),
    );
    expect(laatste.regels).toEqual(verwacht);
    expect(Math.round(laatste.regels[0]!.waarde!)).toBe(1491);
  });

  it('without keys: each project pathway’s own most influential inputs, exactly the CLI’s switching values (three pathways)', () => {
    const s = laadScenario('den-haag-drie-werkwijzen-nazorg.json');
    const antwoorden = draai({ soort: 'omslagwaarden', taak: 6, scenario: s });
    const laatste = antwoorden.at(-1)!;
    expect(laatste.soort).toBe('omslagwaarden');
    if (laatste.soort !== 'omslagwaarden') return;
    const cli = analyseerGevoeligheid(s).omslagwaarden.map(({ invoer, omslag }) => ({ sleutel: invoer.sleutel, ...omslag }));
    expect(laatste.regels).toEqual(cli);
    expect(new Set(laatste.regels.map((r) => r.werkwijze))).toEqual(new Set(['klantreis', 'klantreis-nazorg']));
    expect(laatste.regels.filter((r) => r.werkwijze === 'klantreis-nazorg').map((r) => r.sleutel)).toContain('werkwijzen.klantreis-nazorg.samenstelling.aandeelPW');
    // Progress covers the sensitivity (52 inputs, with the optimism bias and the 11 welfare shares) and then the 40 switching values, ending at the total.
    const voortgang = antwoorden.filter((a) => a.soort === 'voortgang');
    expect(voortgang.at(-1)).toEqual({ soort: 'voortgang', taak: 6, gedaan: 52 + 40, totaal: 52 + 40 });
  });

  it('an unknown message gets an error answer, not an exception', () => {
    const uit: Antwoord[] = [];
    verwerk({ soort: 'iets', taak: 2 } as unknown as Opdracht, (a) => uit.push(a));
    expect(uit).toEqual([{ soort: 'fout', taak: 2, bericht: 'onbekende opdracht' }]);
  });
});

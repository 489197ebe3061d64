/**
 * Uncertainty benchmark: 10.000 Monte Carlo draws of the Den Haag scenario (fixed seed), repeated
 * 5 times after one warm-up run; median time and draws per second against the target (< 500 ms).
 * Also the one-way sensitivity (gevoeligheid: every uncertain input at low and high) and the
 * switching values the CLI computes (10 most influential inputs × project pathway × 2 targets).
 *
 *   npm run bench                          all benchmarks (bench/index.ts)
 *   npm run bench -- montecarlo            only this one
 *   npx tsx bench/montecarlo.bench.ts      directly; --snel for a short run (2 repeats)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFouten, leesScenario, type Scenario } from '../src/model/index';
import { gevoeligheid } from '../src/model/onzekerheid/gevoeligheid';
import { monteCarlo, type MonteCarloResultaat } from '../src/model/onzekerheid/montecarlo';
import { omslagwaarden, OMSLAG_AANTAL } from '../src/model/uitvoer/onzekerheid';
import { meet, ms, rapporteer, SNEL } from './lib/meten';

const TREKKINGEN = 10_000;
const SEED = 20200601;
const HERHALINGEN = SNEL ? 2 : 5;
const DOEL_MS = 500;
const BESTAND = fileURLToPath(new URL('../scenarios/den-haag-klantreis-2020.json', import.meta.url));

function main(): number {
  const v = leesScenario(readFileSync(BESTAND, 'utf8'));
  if (!v.ok) {
    console.error(`montecarlo.bench: het Den Haag-scenario is ongeldig:\n${formatFouten(v.fouten)}`);
    return 1;
  }
  const s: Scenario = v.scenario;
  const instellingen = { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: TREKKINGEN, seed: SEED } };

  // The same seed must give the same run, or the timings compare different work.
  const eerste = monteCarlo(s, instellingen);
  let laatste: MonteCarloResultaat = eerste;
  const mc = meet(`monteCarlo: ${TREKKINGEN.toLocaleString('nl-NL')} trekkingen, seed ${SEED}`, () => (laatste = monteCarlo(s, instellingen)), {
    opwarmMs: 0,
    minIteraties: HERHALINGEN,
    maxIteraties: HERHALINGEN,
  });
  if (JSON.stringify(laatste) !== JSON.stringify(eerste)) {
    console.error('montecarlo.bench: dezelfde seed gaf een andere uitkomst');
    return 1;
  }

  const g = gevoeligheid(s, s.onzekerheid);
  const aantalInvoer = g.regels.length;
  const sens = meet(`gevoeligheid: ${aantalInvoer} invoeren × laag/hoog`, () => gevoeligheid(s, s.onzekerheid), {
    opwarmMs: SNEL ? 100 : 300,
    meetMs: SNEL ? 500 : 2000,
    minIteraties: SNEL ? 2 : 5,
    maxIteraties: 200,
  });
  const aantalOmslag = omslagwaarden(s, g.regels, OMSLAG_AANTAL).length;
  const omslag = meet(`omslagwaarden: ${OMSLAG_AANTAL} invoeren (${aantalOmslag} waarden)`, () => omslagwaarden(s, g.regels, OMSLAG_AANTAL), {
    opwarmMs: SNEL ? 100 : 300,
    meetMs: SNEL ? 500 : 2000,
    minIteraties: SNEL ? 2 : 5,
    maxIteraties: 200,
  });

  console.log(`montecarlo.bench: Den Haag, ${s.werkwijzen.length} werkwijzen, ${aantalInvoer} onzekere invoeren; ${HERHALINGEN}× ${TREKKINGEN} trekkingen${SNEL ? '; --snel' : ''}`);
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}\n`);

  const perSeconde = mc.mediaanMs > 0 ? (TREKKINGEN / mc.mediaanMs) * 1000 : Number.NaN;
  const gehaald = mc.mediaanMs < DOEL_MS;
  const kr = eerste.verschil.klantreis;
  rapporteer({
    bench: 'montecarlo',
    metingen: [mc, sens, omslag],
    opmerkingen: [
      '',
      `Monte Carlo: mediaan ${ms(mc.mediaanMs)} ms voor ${TREKKINGEN.toLocaleString('nl-NL')} trekkingen = ` +
        `${Number.isFinite(perSeconde) ? Math.round(perSeconde).toLocaleString('nl-NL') : '–'} trekkingen per seconde (draws/s)`,
      `doel / target: ${TREKKINGEN.toLocaleString('nl-NL')} trekkingen < ${DOEL_MS} ms mediaan: ${gehaald ? 'gehaald / met' : 'NIET gehaald / NOT met'} (${ms(mc.mediaanMs)} ms)`,
      kr ? `controle: P(Klantreis beter dan nulalternatief) = ${(kr.kansPositief * 100).toFixed(2).replace('.', ',')}% bij seed ${SEED}` : '',
    ],
  });
  return 0;
}

process.exitCode = main();

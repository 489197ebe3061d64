import betaFactory from '@stdlib/random-base-beta';
import binomialFactory from '@stdlib/random-base-binomial';
import gammaFactory from '@stdlib/random-base-gamma';
import mt19937 from '@stdlib/random-base-mt19937';
import triangularFactory from '@stdlib/random-base-triangular';
import uniformFactory from '@stdlib/random-base-uniform';
import { UITKOMSTEN } from '../begrippen';
import { metSnelleRekenkunde } from '../decimal';
import { saldiPerKlant } from '../engine';
import type { Scenario } from '../scenario/schema';
import { STANDAARD_ONZEKERHEID, type Onzekerheid } from '../scenario/onzekerheidSchema';
import { onzekereInvoer, zetAlles, type OnzekereInvoer } from './invoer';

/** Summary of one distribution of saldo per client. */
export interface Samenvatting {
  gemiddelde: number;
  p5: number;
  p95: number;
  /** Share of draws above zero. */
  kansPositief: number;
  histogram: { van: number; tot: number; aantal: number }[];
}

export interface MonteCarloResultaat {
  trekkingen: number;
  seed: number;
  /** Saldo per client per pathway. */
  saldoPerKlant: Record<string, Samenvatting>;
  /** Difference from the baseline's saldo per client, per project pathway; kansPositief = P(beats the baseline). */
  verschil: Record<string, Samenvatting>;
}

/**
 * The random sources, all from one seeded Mersenne Twister so a seed always gives the same run.
 * The scenario allows seed 0, which stdlib's generator refuses (it wants 1 or more); 0 seeds it by
 * array instead ([0, 0], init_by_array), a stream of its own. Every other seed is passed as it is.
 */
function bronnen(seed: number) {
  const prng = (mt19937.factory({ seed: seed === 0 ? [0, 0] : seed }) as unknown as { normalized: () => number }).normalized;
  return {
    driehoek: triangularFactory.factory({ prng }),
    uniform: uniformFactory.factory({ prng }),
    beta: betaFactory.factory({ prng }),
    gamma: gammaFactory.factory({ prng }),
    binomiaal: binomialFactory.factory({ prng }),
  };
}
type Bronnen = ReturnType<typeof bronnen>;

function trek(invoer: OnzekereInvoer, r: Bronnen): number {
  const { laag, hoog, basis } = invoer;
  switch (invoer.verdeling) {
    case 'vast':
      return basis;
    case 'uniform':
      return laag === hoog ? laag : r.uniform(laag, hoog);
    case 'beta':
      if (invoer.telling) return r.beta(invoer.telling.k + 1, invoer.telling.n - invoer.telling.k + 1);
      return laag === hoog ? laag : r.driehoek(laag, hoog, Math.min(hoog, Math.max(laag, basis)));
    case 'driehoek':
      return laag === hoog ? laag : r.driehoek(laag, hoog, Math.min(hoog, Math.max(laag, basis)));
  }
}

/** Outcome counts redrawn: probabilities from Dirichlet(counts + 1), then a multinomial draw of N. */
function hertrekUitkomsten(s: Scenario, r: Bronnen): Scenario {
  return {
    ...s,
    werkwijzen: s.werkwijzen.map((w) => {
      const g = UITKOMSTEN.map((u) => r.gamma(w.uitkomsten[u] + 1, 1));
      const som = g.reduce((a, b) => a + b, 0);
      let rest = w.cohort;
      let restKans = 1;
      const nieuw = {} as typeof w.uitkomsten;
      UITKOMSTEN.forEach((u, i) => {
        const p = g[i]! / som;
        const n = i === UITKOMSTEN.length - 1 || restKans <= 0 ? rest : r.binomiaal(rest, Math.min(1, p / restKans));
        nieuw[u] = n;
        rest -= n;
        restKans -= p;
      });
      return { ...w, uitkomsten: nieuw };
    }),
  };
}

function kwantiel(gesorteerd: Float64Array, q: number): number {
  const pos = (gesorteerd.length - 1) * q;
  const i = Math.floor(pos);
  const j = Math.min(gesorteerd.length - 1, i + 1);
  return gesorteerd[i]! + (gesorteerd[j]! - gesorteerd[i]!) * (pos - i);
}

export function vat(waarden: Float64Array, bakken = 30): Samenvatting {
  const g = Float64Array.from(waarden).sort();
  const n = g.length;
  let som = 0;
  let positief = 0;
  for (const x of g) {
    som += x;
    if (x > 0) positief++;
  }
  const min = g[0]!;
  const max = g[n - 1]!;
  const breedte = max > min ? (max - min) / bakken : 0;
  const histogram =
    breedte === 0
      ? [{ van: min, tot: max, aantal: n }]
      : Array.from({ length: bakken }, (_, i) => ({ van: min + i * breedte, tot: min + (i + 1) * breedte, aantal: 0 }));
  if (breedte > 0) for (const x of g) histogram[Math.min(bakken - 1, Math.floor((x - min) / breedte))]!.aantal++;
  return { gemiddelde: som / n, p5: kwantiel(g, 0.05), p95: kwantiel(g, 0.95), kansPositief: positief / n, histogram };
}

/**
 * A Monte Carlo run that can be advanced in steps (for progress and cancelling in a Web Worker)
 * and gives the same numbers for the same scenario and seed, in Node and in the browser.
 */
export function maakMonteCarlo(s: Scenario, instellingen: Onzekerheid = STANDAARD_ONZEKERHEID) {
  const { trekkingen, seed, uitkomstenHertrekken } = instellingen.montecarlo;
  const invoer = onzekereInvoer(s, instellingen);
  const r = bronnen(seed);
  const ids = s.werkwijzen.map((w) => w.id);
  const nul = s.werkwijzen.find((w) => w.nulalternatief)!.id;
  const saldi = Object.fromEntries(ids.map((id) => [id, new Float64Array(trekkingen)]));
  const waarden = new Array<number>(invoer.length);
  let gedaan = 0;

  return {
    totaal: trekkingen,
    get gedaan() {
      return gedaan;
    },
    /** Runs up to n more draws; returns how many are done. */
    stap(n: number): number {
      const eind = Math.min(trekkingen, gedaan + n);
      // Same formulas, float arithmetic: see snel.ts.
      metSnelleRekenkunde(() => {
        for (; gedaan < eind; gedaan++) {
          for (let k = 0; k < invoer.length; k++) waarden[k] = trek(invoer[k]!, r);
          let t = zetAlles(s, invoer, waarden);
          if (uitkomstenHertrekken) t = hertrekUitkomsten(t, r);
          for (const w of saldiPerKlant(t)) saldi[w.id]![gedaan] = w.saldoPerKlant.toNumber();
        }
      });
      return gedaan;
    },
    resultaat(): MonteCarloResultaat {
      if (gedaan < trekkingen) throw new Error('De Monte Carlo-analyse is nog niet klaar.');
      const verschil: Record<string, Samenvatting> = {};
      for (const id of ids) {
        if (id === nul) continue;
        const d = new Float64Array(trekkingen);
        for (let i = 0; i < trekkingen; i++) d[i] = saldi[id]![i]! - saldi[nul]![i]!;
        verschil[id] = vat(d);
      }
      return {
        trekkingen,
        seed,
        saldoPerKlant: Object.fromEntries(ids.map((id) => [id, vat(saldi[id]!)])),
        verschil,
      };
    },
  };
}

/** The whole run at once (CLI, tests). */
export function monteCarlo(s: Scenario, instellingen: Onzekerheid = STANDAARD_ONZEKERHEID): MonteCarloResultaat {
  const mc = maakMonteCarlo(s, instellingen);
  mc.stap(mc.totaal);
  return mc.resultaat();
}

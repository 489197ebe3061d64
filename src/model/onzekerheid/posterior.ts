import { UITKOMSTEN, type UitkomstId } from '../begrippen';
import { Toevalsbron } from './toeval';
import { Verdelingen } from './verdelingen';

/**
 * Learning from the council's own dossiers (issue 12 item 5). The outcome shares of a pathway are
 * uncertain: its counts are a sample. With a Dirichlet prior of ALFA per outcome, the posterior of
 * the four shares after k₁…k₄ of n dossiers is Dirichlet(k₁ + ALFA, …, k₄ + ALFA); each share on its
 * own is Beta(k + ALFA, n − k + (4 − 1)·ALFA). The Monte Carlo draws the shares from this posterior
 * and then the clients' outcomes from them (montecarlo.ts with verdelingen.ts: a Dirichlet-multinomial draw).
 *
 * The prior: uniform, Dirichlet(1, 1, 1, 1) (Bayes–Laplace). Every split of the outcomes is equally
 * likely beforehand; it weighs as 4 dossiers against the 23 and 29 of Den Haag, so it is weak, and it
 * is the same prior the Monte Carlo already uses for a pathway's shares on welfare and employed
 * (Beta(k + 1, n − k + 1)). Jeffreys' Dirichlet(½, …) would weigh half as much but puts much of its
 * mass near 0 and 1, which for four outcomes observed in every Den Haag pathway is not what we believe.
 */
export const PRIOR_ALFA = 1;

export interface Marginaal {
  /** Beta(a, b): the share of one outcome. */
  a: number;
  b: number;
  gemiddelde: number;
  /** Standard deviation (exact). */
  sd: number;
  /** 5th and 95th percentile (of POSTERIOR_TREKKINGEN seeded draws). */
  p5: number;
  p95: number;
}

export interface PosteriorUitkomst {
  uitkomst: UitkomstId;
  k: number;
  prior: Marginaal;
  posterior: Marginaal;
}

export const POSTERIOR_TREKKINGEN = 20_000;
const SEED = 20200601;

/** Exact mean and standard deviation of Beta(a, b). */
export function betaMomenten(a: number, b: number): { gemiddelde: number; sd: number } {
  const s = a + b;
  return { gemiddelde: a / s, sd: Math.sqrt((a * b) / (s * s * (s + 1))) };
}

function marginaal(a: number, b: number): Marginaal {
  // the Monte Carlo's own beta (Marsaglia & Tsang on the seeded stream), so Node and browsers agree
  const v = new Verdelingen(new Toevalsbron(SEED));
  const x = new Float64Array(POSTERIOR_TREKKINGEN);
  for (let i = 0; i < x.length; i++) x[i] = v.beta(a, b);
  x.sort();
  const q = (p: number) => x[Math.round(p * (x.length - 1))]!;
  return { a, b, ...betaMomenten(a, b), p5: q(0.05), p95: q(0.95) };
}

/** Prior → posterior of each outcome share of a pathway, from its counts. */
export function posteriorUitkomsten(uitkomsten: Readonly<Record<UitkomstId, number>>, alfa = PRIOR_ALFA): PosteriorUitkomst[] {
  const n = UITKOMSTEN.reduce((som, u) => som + uitkomsten[u], 0);
  const rest = (UITKOMSTEN.length - 1) * alfa;
  const prior = marginaal(alfa, rest);
  return UITKOMSTEN.map((u) => ({ uitkomst: u, k: uitkomsten[u], prior, posterior: marginaal(uitkomsten[u] + alfa, n - uitkomsten[u] + rest) }));
}

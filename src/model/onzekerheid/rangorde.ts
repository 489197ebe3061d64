import { Decimal } from '../decimal';
import { grootsteRest } from '../toedeling';
import { formatAandeel, type Taal } from '../../format/getal';

/**
 * Every pathway against every other, over the Monte Carlo draws of saldo per client (issue 12 item 3):
 * the share of draws in which A beats B, the chance that each pathway ranks best, and its expected rank.
 */
export interface Rangorde {
  /** paarsgewijs[a][b] = P(saldo a > saldo b); with P(b > a) and the share of ties it sums to 1. */
  paarsgewijs: Record<string, Record<string, number>>;
  /** gelijk[a][b] = P(saldo a = saldo b). */
  gelijk: Record<string, Record<string, number>>;
  /** P(ranks best); a tie for the top is shared equally, so these sum to 1. */
  kansBeste: Record<string, number>;
  /** Expected rank (1 = best); tied pathways share the average of their places. */
  verwachteRang: Record<string, number>;
}

export function rangorde(ids: readonly string[], saldi: readonly Float64Array[]): Rangorde {
  const W = ids.length;
  const n = saldi[0]?.length ?? 0;
  const boven = Array.from({ length: W }, () => new Float64Array(W));
  const gelijk = Array.from({ length: W }, () => new Float64Array(W));
  const beste = new Float64Array(W);
  const x = new Float64Array(W);
  // Every pair once per draw (a < b); the expected rank follows from the pairs' counts (see below).
  for (let j = 0; j < n; j++) {
    let max = -Infinity;
    for (let a = 0; a < W; a++) {
      const v = saldi[a]![j]!;
      x[a] = v;
      if (v > max) max = v;
    }
    let aantalMax = 0;
    for (let a = 0; a < W; a++) if (x[a] === max) aantalMax++;
    for (let a = 0; a < W; a++) {
      const xa = x[a]!;
      if (xa === max) beste[a]! += 1 / aantalMax;
      const rij = boven[a]!;
      for (let b = a + 1; b < W; b++) {
        const xb = x[b]!;
        if (xa > xb) rij[b]! += 1;
        else if (xb > xa) boven[b]![a]! += 1;
        else {
          gelijk[a]![b]! += 1;
          gelijk[b]![a]! += 1;
        }
      }
    }
  }
  // Rank = 1 + number above + half of the others tied with it, summed over the draws: n + the draws in
  // which each other pathway beat it + half the draws it tied with each (whole and half numbers: exact).
  const rang = new Float64Array(W);
  for (let a = 0; a < W; a++) {
    let hoger = 0;
    let zelfde = 0;
    for (let b = 0; b < W; b++) {
      if (b === a) continue;
      hoger += boven[b]![a]!;
      zelfde += gelijk[a]![b]!;
    }
    rang[a] = n + hoger + zelfde / 2;
  }
  const per = (m: Float64Array[]) => Object.fromEntries(ids.map((a, i) => [a, Object.fromEntries(ids.filter((_, k) => k !== i).map((b) => [b, m[i]![ids.indexOf(b)]! / n]))]));
  return {
    paarsgewijs: per(boven),
    gelijk: per(gelijk),
    kansBeste: Object.fromEntries(ids.map((a, i) => [a, beste[i]! / n])),
    verwachteRang: Object.fromEntries(ids.map((a, i) => [a, rang[i]! / n])),
  };
}

/**
 * Probabilities that add up to 1, rounded for display so that the shown ones add up to 100% as well
 * (defect 9: 64,8% + 35,3% = 100,1%): the largest-remainder method of the client counts (grootsteRest)
 * on 10^(2 + decimalen) parts. Fractions again (0,648 for 64,8%); JSON keeps the unrounded numbers.
 */
export function kansenAfgerond(kansen: readonly number[], decimalen: number): number[] {
  const totaal = 10 ** (2 + decimalen);
  return grootsteRest(totaal, kansen.map((k) => new Decimal(k))).map((d) => d / totaal);
}

/**
 * The ranking as shown (app, print, CLI table), rounded with kansenAfgerond: P(best) over all pathways,
 * and per pair P(a > b), P(b > a) and P(tie) together, so complementary chances add up to 100%.
 */
export function rangordeAfgerond(ro: Rangorde, decimalen: number): Rangorde {
  const ids = Object.keys(ro.kansBeste);
  const paarsgewijs: Record<string, Record<string, number>> = Object.fromEntries(ids.map((a) => [a, {}]));
  const gelijk: Record<string, Record<string, number>> = Object.fromEntries(ids.map((a) => [a, {}]));
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      const [ab, ba, ts] = kansenAfgerond([ro.paarsgewijs[a]![b]!, ro.paarsgewijs[b]![a]!, ro.gelijk[a]![b]!], decimalen);
      paarsgewijs[a]![b] = ab!;
      paarsgewijs[b]![a] = ba!;
      gelijk[a]![b] = gelijk[b]![a] = ts!;
    }
  });
  const beste = kansenAfgerond(ids.map((a) => ro.kansBeste[a]!), decimalen);
  return { paarsgewijs, gelijk, kansBeste: Object.fromEntries(ids.map((a, i) => [a, beste[i]!])), verwachteRang: ro.verwachteRang };
}

/**
 * The pathways most likely best, in order: the highest P(best) and every pathway whose P(best) is not told
 * apart from it (defect 15). Rule: two shares p1, p2 of one multinomial over n draws differ by less than
 * two standard errors of their difference, sqrt((p1 + p2 − (p1 − p2)²) / n); such a difference is chance
 * in the draws, so the pathways are "vrijwel gelijk". One id when the leader is clear.
 */
export function kopgroep(kansBeste: Record<string, number>, n: number): string[] {
  const volgorde = Object.keys(kansBeste).sort((a, b) => kansBeste[b]! - kansBeste[a]!);
  const top = volgorde[0];
  if (top === undefined) return [];
  const p1 = kansBeste[top]!;
  return volgorde.filter((id) => {
    const p2 = kansBeste[id]!;
    return id === top || (n > 0 ? p1 - p2 < 2 * Math.sqrt(Math.max(0, p1 + p2 - (p1 - p2) ** 2) / n) : true);
  });
}

/**
 * The sentence for a top that is chance (kopgroep with two or more): names them all with their P(best) as
 * shown (kansenAfgerond, 1 decimal) and states the rule. Null when one pathway leads clearly. App, print,
 * CLI table and board summary use it, so they say the same.
 */
export function kopgroepZin(kansBeste: Record<string, number>, trekkingen: number, naamVan: (id: string) => string, taal: Taal): string | null {
  const groep = kopgroep(kansBeste, trekkingen);
  if (groep.length < 2) return null;
  const ids = Object.keys(kansBeste);
  const afgerond = kansenAfgerond(ids.map((id) => kansBeste[id]!), 1);
  const kans = (id: string) => formatAandeel(afgerond[ids.indexOf(id)]!, taal, 1);
  const en = taal === 'nl' ? 'en' : 'and';
  const lijst = (xs: string[]) => `${xs.slice(0, -1).join(', ')} ${en} ${xs.at(-1)}`;
  const namen = lijst(groep.map(naamVan));
  const kansen = lijst(groep.map(kans));
  return taal === 'nl'
    ? `${namen} hebben vrijwel even grote kans de beste te zijn (${kansen} van de trekkingen): het verschil is kleiner dan twee standaardfouten van de Monte Carlo-schatting, dus toeval in de trekkingen.`
    : `${namen} have almost the same probability of being best (${kansen} of the draws): the difference is less than two standard errors of the Monte Carlo estimate, so chance in the draws.`;
}

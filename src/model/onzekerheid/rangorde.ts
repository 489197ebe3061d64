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

import { Decimal, ONE, ZERO } from './decimal';

/** Decimals of a quota in largest-remainder rounding (see grootsteRest). */
export const QUOTA_DECIMALEN = 10;

/**
 * Largest-remainder rounding: splits a whole number over shares (summing to 1) into whole parts
 * that add up to it. Ties go to the earlier share. The report's 8 → 7 + 1 and 5 → 4 + 1.
 */
export function grootsteRest(totaal: number, aandelen: readonly Decimal[]): number[] {
  return grootsteRestExact(new Decimal(totaal), aandelen).map((d) => d.toNumber());
}

/**
 * grootsteRest with the whole parts as numbers of the model (the same values). Nothing leaves as a plain
 * number, so under the uncertainty kernel's recorder a redrawn count stays on the tape: the only decisions are
 * the comparisons of the remainders and of what is left, not the count itself (kern.ts).
 */
function grootsteRestExact(totaal: Decimal, aandelen: readonly Decimal[]): Decimal[] {
  // Quotas to 10 decimals: in float64 (Monte Carlo, sensitivity) 70% of 5 is 3,4999…96 and 30% of 5
  // 1,5000…02, which would hand the half client the other way than the exact tie in Decimal does.
  const quota = aandelen.map((a) => a.times(totaal).toDecimalPlaces(QUOTA_DECIMALEN));
  const delen = quota.map((q) => q.floor());
  let rest = totaal.minus(delen.reduce((a, b) => a.plus(b), ZERO));
  const volgorde = quota
    .map((q, i) => ({ i, r: q.minus(delen[i]!) }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest.lte(0)) break;
    delen[i] = delen[i]!.plus(1);
    rest = rest.minus(1);
  }
  return delen;
}

export interface Toedeling {
  naarOplossing: Decimal;
  naarGeenOplossing: Decimal;
}

/** Allocates the clients still in the settlement phase: share p to oplossing, the rest to geen oplossing. */
export function wijsToe(inSchuldregelfase: number, p: Decimal, modus: 'heleKlanten' | 'verwachteWaarden'): Toedeling {
  if (modus === 'verwachteWaarden') {
    return { naarOplossing: p.times(inSchuldregelfase), naarGeenOplossing: ONE.minus(p).times(inSchuldregelfase) };
  }
  const [opl, geen] = grootsteRestExact(new Decimal(inSchuldregelfase), [p, ONE.minus(p)]);
  return { naarOplossing: opl!, naarGeenOplossing: geen! };
}

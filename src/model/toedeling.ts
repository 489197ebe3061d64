import { Decimal, ONE } from './decimal';

/** Decimals of a quota in largest-remainder rounding (see grootsteRest). */
export const QUOTA_DECIMALEN = 10;

/**
 * Largest-remainder rounding: splits a whole number over shares (summing to 1) into whole parts
 * that add up to it. Ties go to the earlier share. The report's 8 → 7 + 1 and 5 → 4 + 1.
 */
export function grootsteRest(totaal: number, aandelen: readonly Decimal[]): number[] {
  // Quotas to 10 decimals: in float64 (Monte Carlo, sensitivity) 70% of 5 is 3,4999…96 and 30% of 5
  // 1,5000…02, which would hand the half client the other way than the exact tie in Decimal does.
  const quota = aandelen.map((a) => a.times(totaal).toDecimalPlaces(QUOTA_DECIMALEN));
  const delen = quota.map((q) => q.floor().toNumber());
  let rest = totaal - delen.reduce((a, b) => a + b, 0);
  const volgorde = quota
    .map((q, i) => ({ i, r: q.minus(q.floor()) }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    delen[i]! += 1;
    rest -= 1;
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
  const [opl, geen] = grootsteRest(inSchuldregelfase, [p, ONE.minus(p)]);
  return { naarOplossing: new Decimal(opl!), naarGeenOplossing: new Decimal(geen!) };
}

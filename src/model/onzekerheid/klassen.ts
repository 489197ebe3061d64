/**
 * Histogram classes with rounded edges: the class width is a "round" step (1, 2, 2,5 or 5 times a
 * power of ten) and every edge a whole multiple of it. So € 0 is always an edge: no class spans it,
 * and each class lies wholly below or wholly above € 0 (issue 13 item 7: bins coloured by their true
 * sign). Classes are half open, [van, tot); a value of exactly 0 counts above.
 */
export interface Klasse {
  van: number;
  tot: number;
  aantal: number;
}

/** The smallest round step (1, 2, 2,5 or 5 × 10^k) that is at least `ruw`. */
export function rondeStap(ruw: number): number {
  if (!(ruw > 0) || !Number.isFinite(ruw)) return 1;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  if (!(macht > 0)) return ruw; // a subnormal step: 10^k underflows to 0, so take the step itself
  for (const f of [1, 2, 2.5, 5]) if (f * macht >= ruw) return f * macht;
  return 10 * macht;
}

/**
 * Classes of about `doel` (never more than doel + 2) for finite values; one class when all are equal. The
 * values in any order with their smallest and largest given, or ascending without them.
 */
export function klassen(waarden: ArrayLike<number>, doel = 30, min = waarden[0]!, max = waarden[waarden.length - 1]!): Klasse[] {
  const n = waarden.length;
  if (n === 0) return [];
  if (max === min) return [{ van: min, tot: max, aantal: n }];
  let stap = rondeStap((max - min) / doel);
  // The class of x is floor(x / stap); a tiny negative x whose quotient underflows to -0 still goes below € 0.
  const klasse = (x: number) => (x < 0 ? Math.min(-1, Math.floor(x / stap)) : Math.floor(x / stap));
  // Subnormal ranges (below 1e-307) round (max − min) / doel down to a whole number of the smallest double,
  // which can give more classes than doel + 2; doubling keeps every edge a multiple of the round step.
  while (klasse(max) - klasse(min) + 1 > doel + 2) stap *= 2;
  const eerste = klasse(min);
  const aantal = klasse(max) - eerste + 1;
  const tel = new Float64Array(aantal);
  for (let i = 0; i < n; i++) tel[Math.min(aantal - 1, Math.max(0, klasse(waarden[i]!) - eerste))]!++;
  return Array.from({ length: aantal }, (_, i) => ({ van: (eerste + i) * stap, tot: (eerste + i + 1) * stap, aantal: tel[i]! }));
}

import type { AansluitingRegel } from '../aansluiting';
import type { Decimal } from '../decimal';

/** Thrown when an output number would not be a finite number: a bug, never the user's input. */
export class OngeldigGetalFout extends Error {
  constructor(waar: string, waarde: string) {
    super(`interne fout: ${waar} is geen eindig getal (${waarde})`);
    this.name = 'OngeldigGetalFout';
  }
}

/**
 * A Decimal as a plain JS number for machine output: unrounded, never NaN or ±Infinity
 * (JSON.stringify would silently turn those into null), and never -0.
 */
export function naarGetal(x: Decimal | number, waar: string): number {
  const n = typeof x === 'number' ? x : x.toNumber();
  if (!Number.isFinite(n)) throw new OngeldigGetalFout(waar, String(n));
  return n === 0 ? 0 : n;
}

/** The unit of a reconciliation row. The model marks client counts as 'euro'; they are counts. */
export type RegelEenheid = 'euro' | 'aandeel' | 'klanten';

export function eenheidVanRegel(r: Pick<AansluitingRegel, 'eenheid' | 'onderdeel'>): RegelEenheid {
  if (r.eenheid === 'aandeel') return 'aandeel';
  return r.onderdeel.endsWith('.aantal') ? 'klanten' : 'euro';
}

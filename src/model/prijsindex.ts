import { Decimal, ONE } from './decimal';
import type { Prijspeil } from './scenario/prijspeilSchema';
import { m } from './scenario/velden';

// Its own module so that the schema (which checks that factors exist) and the price-level rescaling
// (which needs the scenario type) do not import each other.
/** The factor from a price year to the target: a given factor, or the product of yearly inflation. */
export function indexfactor(p: Prijspeil, van: number): { ok: true; factor: Decimal } | { ok: false; fout: string } {
  const doel = p.doeljaar;
  if (doel === null || van === doel) return { ok: true, factor: ONE };
  const gegeven = p.factoren[String(van)];
  if (gegeven !== undefined) return { ok: true, factor: new Decimal(gegeven) };
  let f = ONE;
  const [lo, hi] = van < doel ? [van, doel] : [doel, van];
  for (let y = lo + 1; y <= hi; y++) {
    const i = p.inflatie[String(y)];
    if (i === undefined) return { ok: false, fout: m(`het inflatiecijfer voor ${y} ontbreekt (nodig om bedragen van prijspeil ${van} naar ${doel} om te rekenen)`, `the inflation figure for ${y} is missing (needed to convert amounts from price level ${van} to ${doel})`) };
    f = f.times(ONE.plus(i));
  }
  return { ok: true, factor: van < doel ? f : ONE.div(f) };
}

import { BATEN, KOSTENPOSTEN, type BaatId, type KostenpostId } from './begrippen';
import { Decimal, ONE, sum } from './decimal';
import { normaliseer, type Resultaat } from './engine';
import type { Tijd, TijdPost } from './scenario/tijdSchema';

export interface ContanteWaarde {
  id: string;
  kosten: Record<KostenpostId, Decimal>;
  baten: Record<BaatId, Decimal>;
  kostenTotaal: Decimal;
  batenTotaal: Decimal;
  saldo: Decimal;
  saldoPerKlant: Decimal;
}

/** Present-value factor of an item: Σ w_t / (1 + r)^t over its years; exactly 1 at 0%. */
export function contanteWaardeFactor(spreiding: readonly number[] | undefined, discontovoet: number): Decimal {
  // Without a spread an item falls in year 0; at 0% every spread sums to exactly 1.
  if (discontovoet === 0 || !spreiding) return ONE;
  const r = ONE.plus(discontovoet);
  return sum(spreiding.map((w, t) => new Decimal(w).div(r.pow(t))));
}

/**
 * Net present value per pathway, normalised to the reference cohort. Discounting is applied to the
 * own-cohort amounts and then normalised in the engine's order, so that at 0% (or with everything in
 * year 0) the result is exactly the undiscounted one.
 */
export function contanteWaarde(resultaat: Resultaat, tijd: Tijd): ContanteWaarde[] {
  const factor = (post: TijdPost) => contanteWaardeFactor(tijd.spreiding[post], tijd.discontovoet);
  const f = Object.fromEntries([...KOSTENPOSTEN, ...BATEN].map((p) => [p, factor(p)])) as Record<TijdPost, Decimal>;
  const ref = resultaat.referentieCohort;
  return resultaat.werkwijzen.map((w) => {
    const norm = (bruto: Decimal) => normaliseer(bruto, w.cohort, ref).totaal;
    const kostenBruto = KOSTENPOSTEN.map((k) => w.kosten.posten[k].bruto.times(f[k]));
    const batenBruto = BATEN.map((b) => w.baten.posten[b].bruto.times(f[b]));
    const kostenSom = sum(kostenBruto);
    const batenSom = sum(batenBruto);
    const saldoBruto = batenSom.minus(kostenSom);
    return {
      id: w.id,
      kosten: Object.fromEntries(KOSTENPOSTEN.map((k, i) => [k, norm(kostenBruto[i]!)])) as Record<KostenpostId, Decimal>,
      baten: Object.fromEntries(BATEN.map((b, i) => [b, norm(batenBruto[i]!)])) as Record<BaatId, Decimal>,
      kostenTotaal: norm(kostenSom),
      batenTotaal: norm(batenSom),
      saldo: norm(saldoBruto),
      saldoPerKlant: normaliseer(saldoBruto, w.cohort, ref).perKlant,
    };
  });
}

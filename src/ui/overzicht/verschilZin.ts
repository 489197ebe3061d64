import { formatEuro, type Taal } from '../../format/getal';

/** Per-client differences of a project pathway against the baseline (project − nulalternatief). */
export interface VerschilPerKlant {
  kosten: number;
  baten: number;
  saldo: number;
}

/** Rounded to whole euros as shown, so that "€ 0 meer" never appears: then it is "even veel". */
function richting(x: number): -1 | 0 | 1 {
  const r = Math.round(Math.abs(x));
  if (!Number.isFinite(x) || r === 0) return 0;
  return x > 0 ? 1 : -1;
}

/**
 * The difference between a project pathway and the baseline in one plain sentence, e.g.
 * "Per klant kost Klantreis € 1.062 meer dan Regulier, levert het € 1.294 meer baten op, en is het
 * saldo € 231 beter." Handles both signs and zero, in Dutch and English.
 */
export function verschilZin(project: string, nul: string, v: VerschilPerKlant, taal: Taal): string {
  const e = (x: number) => formatEuro(Math.abs(x), taal);
  const k = richting(v.kosten);
  const b = richting(v.baten);
  const s = richting(v.saldo);
  if (taal === 'en') {
    const kosten = k === 0 ? `costs the same as ${nul}` : `costs ${e(v.kosten)} ${k > 0 ? 'more' : 'less'} than ${nul}`;
    const baten = b === 0 ? 'yields the same benefits' : `yields ${e(v.baten)} ${b > 0 ? 'more' : 'less'} in benefits`;
    const saldo = s === 0 ? 'its balance is the same' : `its balance is ${e(v.saldo)} ${s > 0 ? 'better' : 'worse'}`;
    return `Per client, ${project} ${kosten}, ${baten}, and ${saldo}.`;
  }
  const kosten = k === 0 ? `kost ${project} even veel als ${nul}` : `kost ${project} ${e(v.kosten)} ${k > 0 ? 'meer' : 'minder'} dan ${nul}`;
  const baten = b === 0 ? 'levert het even veel baten op' : `levert het ${e(v.baten)} ${b > 0 ? 'meer' : 'minder'} baten op`;
  const saldo = s === 0 ? 'is het saldo even groot' : `is het saldo ${e(v.saldo)} ${s > 0 ? 'beter' : 'slechter'}`;
  return `Per klant ${kosten}, ${baten}, en ${saldo}.`;
}

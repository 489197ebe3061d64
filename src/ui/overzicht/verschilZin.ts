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
  // Under € 0,50 but not € 0,00 (defect 5): "vrijwel", with the cents, never "even groot".
  const cent = (x: number) => formatEuro(Math.abs(x), taal, 2);
  const klein = (x: number) => Math.abs(x) >= 0.005;
  // The parts are rounded one by one: say so where they do not add up (€ 1.294 − € 1.062 is not € 231).
  const heel = (x: number, r: number) => r * Math.round(Math.abs(x));
  const afgerond = heel(v.baten, b) - heel(v.kosten, k) !== heel(v.saldo, s);
  if (taal === 'en') {
    const kosten =
      k !== 0 ? `costs ${e(v.kosten)} ${k > 0 ? 'more' : 'less'} than ${nul}` : klein(v.kosten) ? `costs almost the same as ${nul} (${cent(v.kosten)} ${v.kosten > 0 ? 'more' : 'less'})` : `costs the same as ${nul}`;
    const baten = b !== 0 ? `yields ${e(v.baten)} ${b > 0 ? 'more' : 'less'} in benefits` : klein(v.baten) ? `yields almost the same benefits (${cent(v.baten)} ${v.baten > 0 ? 'more' : 'less'})` : 'yields the same benefits';
    const saldo =
      s !== 0 ? `its balance is ${e(v.saldo)} ${s > 0 ? 'better' : 'worse'}` : klein(v.saldo) ? `its balance is almost the same (${cent(v.saldo)} ${v.saldo > 0 ? 'better' : 'worse'})` : 'its balance is the same';
    return `Per client, ${project} ${kosten}, ${baten}, and ${saldo}.${afgerond ? ' (Amounts rounded to whole euros separately, so they do not add up exactly.)' : ''}`;
  }
  const kosten =
    k !== 0
      ? `kost ${project} ${e(v.kosten)} ${k > 0 ? 'meer' : 'minder'} dan ${nul}`
      : klein(v.kosten)
        ? `kost ${project} vrijwel even veel als ${nul} (${cent(v.kosten)} ${v.kosten > 0 ? 'meer' : 'minder'})`
        : `kost ${project} even veel als ${nul}`;
  const baten = b !== 0 ? `levert het ${e(v.baten)} ${b > 0 ? 'meer' : 'minder'} baten op` : klein(v.baten) ? `levert het vrijwel even veel baten op (${cent(v.baten)} ${v.baten > 0 ? 'meer' : 'minder'})` : 'levert het even veel baten op';
  const saldo =
    s !== 0 ? `is het saldo ${e(v.saldo)} ${s > 0 ? 'beter' : 'slechter'}` : klein(v.saldo) ? `is het saldo vrijwel gelijk (${cent(v.saldo)} ${v.saldo > 0 ? 'beter' : 'slechter'})` : 'is het saldo even groot';
  return `Per klant ${kosten}, ${baten}, en ${saldo}.${afgerond ? ' (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)' : ''}`;
}

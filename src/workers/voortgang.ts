/**
 * Whether a progress report is the last of its stage, which is always reported however fast the
 * reports come: the draws done (gedaan = totaal, no `informatie` yet), or after them the value of
 * information's parts done. A module of its own, so the main thread's controller (regie.ts) can use it
 * without loading the model.
 */
export function laatsteVanFase(v: { gedaan: number; totaal: number; informatie?: { gedaan: number; totaal: number } }): boolean {
  return v.informatie ? v.informatie.gedaan === v.informatie.totaal : v.gedaan === v.totaal;
}

import { PARAMETERS } from '../../../model';
import type { Prijspeil } from '../../../model/scenario/prijspeilSchema';
import { formatAandeel, type Taal } from '../../../format/getal';

/** A discount rate for display: "2,25%". */
export const voetTekst = (v: number, taal: Taal) => formatAandeel(v, taal, 2);

/** The price years of the euro amounts, each with what it applies to. */
export function prijsjaren(p: Prijspeil, taal: Taal, kostenLabel: string): { jaar: number; wat: string[] }[] {
  const m = new Map<number, string[]>();
  for (const def of PARAMETERS) {
    if (!('prijsjaar' in def) || def.prijsjaar === undefined) continue;
    m.set(def.prijsjaar, [...(m.get(def.prijsjaar) ?? []), def.label[taal]]);
  }
  m.set(p.prijsjaarKosten, [...(m.get(p.prijsjaarKosten) ?? []), kostenLabel]);
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([jaar, wat]) => ({ jaar, wat }));
}

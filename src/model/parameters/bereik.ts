import { PARAMETERS, type ParameterId } from './catalog';

/** A parameter whose value lies outside its plausible range (laag/hoog: the range's ends): a warning, never an error. */
export interface BuitenBereik {
  id: ParameterId;
  waarde: number;
  laag: number;
  hoog: number;
}

/**
 * The parameters outside their plausible range: the catalog's `bereik`, the same ends the uncertainty
 * analysis draws from and every view shows ("Plausibel bereik", format/bereik), so a warning never
 * contradicts a shown range (defect 6) and "± 30%" means ± 30% (tester9 #3).
 */
export function parametersBuitenBereik(parameters: Readonly<Partial<Record<ParameterId, number>>>): BuitenBereik[] {
  const uit: BuitenBereik[] = [];
  for (const p of PARAMETERS) {
    const waarde = parameters[p.id];
    if (waarde === undefined || !Number.isFinite(waarde)) continue;
    const { laag, hoog } = p.bereik;
    if (waarde < laag || waarde > hoog) uit.push({ id: p.id, waarde, laag, hoog });
  }
  return uit;
}

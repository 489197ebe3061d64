import { PARAMETERS, type ParameterId } from './catalog';
import { getoondBereik } from '../../format/bereik';

/** A parameter whose value lies outside its plausible range as shown (laag/hoog: the shown ends): a warning, never an error. */
export interface BuitenBereik {
  id: ParameterId;
  waarde: number;
  laag: number;
  hoog: number;
}

/** The parameters outside their plausible range (the catalog's `bereik` rounded as shown: "Plausibel bereik", format/bereik). */
export function parametersBuitenBereik(parameters: Readonly<Partial<Record<ParameterId, number>>>): BuitenBereik[] {
  const uit: BuitenBereik[] = [];
  for (const p of PARAMETERS) {
    const waarde = parameters[p.id];
    if (waarde === undefined || !Number.isFinite(waarde)) continue;
    // The range as the inputs view shows it (rounded), so the hint and the warning agree (defect 6).
    const { laag, hoog } = getoondBereik(p.bereik.laag, p.bereik.hoog, p.eenheid);
    if (waarde < laag || waarde > hoog) uit.push({ id: p.id, waarde, laag, hoog });
  }
  return uit;
}

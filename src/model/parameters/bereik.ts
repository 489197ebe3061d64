import { PARAMETERS, type ParameterId } from './catalog';

/** A parameter whose value lies outside its plausible range from the catalog: a warning, never an error. */
export interface BuitenBereik {
  id: ParameterId;
  waarde: number;
  laag: number;
  hoog: number;
}

/** The parameters outside their plausible range (the catalog's `bereik`, shown as "Plausibel bereik"). */
export function parametersBuitenBereik(parameters: Readonly<Partial<Record<ParameterId, number>>>): BuitenBereik[] {
  const uit: BuitenBereik[] = [];
  for (const p of PARAMETERS) {
    const waarde = parameters[p.id];
    if (waarde === undefined || !Number.isFinite(waarde)) continue;
    if (waarde < p.bereik.laag || waarde > p.bereik.hoog) uit.push({ id: p.id, waarde, laag: p.bereik.laag, hoog: p.bereik.hoog });
  }
  return uit;
}

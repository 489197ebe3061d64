import type { GegradeerdBereik, Graad } from './bewijs';

/** Units a parameter can have. A share is stored as a fraction 0–1 and shown as a percentage. */
export type { Eenheid, Label } from './basis';
import type { Eenheid, Label } from './basis';

/** A model parameter as data: what it is, its unit, default, source and a plausible range. */
export interface ParameterDefinitie {
  id: string;
  label: Label;
  eenheid: Eenheid;
  standaard: number;
  bron: string;
  /** Evidence grade of the default (A measured locally … D assumption), see bewijs.ts. */
  graad: Graad;
  /** Plausible low/high values, for the sensitivity analysis, with a source of their own or the reason they are an assumption. */
  bereik: GegradeerdBereik;
  /** For amounts in euros: the price level (year) of the source. */
  prijsjaar?: number;
  /** Optional explanation shown with the source, in both languages. */
  toelichting?: Label;
}

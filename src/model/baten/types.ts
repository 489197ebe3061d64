import type { Decimal } from '../decimal';
import type { AfgeleidBedrag, Berekening } from '../berekening';
import type { BaatId, ComponentId } from '../begrippen';
import type { ParameterId } from '../parameters/catalog';
import type { Label } from '../parameters/types';

/** What a benefit formula may read: the eligible clients, the pathway's composition and the parameters. */
export interface BaatContext {
  /** Eligible clients E = oplossing + gestabiliseerd, after allocation (may be fractional). */
  E: Decimal;
  aandeelPW: Decimal;
  aandeelWerkend: Decimal;
  p: (id: ParameterId) => Decimal;
  /** Whether derived unit amounts are rounded to whole euros (the report's convention). */
  afronden: boolean;
}

/** A benefit for one pathway, for its own cohort (before normalisation). */
export interface BaatResultaat {
  id: BaatId;
  bedrag: Decimal;
  /** The parts that can go to different stakeholders; they add up to `bedrag`. */
  componenten: Partial<Record<ComponentId, Decimal>>;
  berekening: Berekening;
  afgeleid: AfgeleidBedrag[];
}

export interface BaatFormule {
  id: BaatId;
  label: Label;
  /** The formula in words, with parameter names, for the verantwoording. */
  formule: Label;
  parameters: readonly ParameterId[];
  bereken: (ctx: BaatContext) => BaatResultaat;
}

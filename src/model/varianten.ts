import { berekenScenario, type Resultaat } from './engine';
import type { Label } from './parameters/types';
import type { Scenario } from './scenario/schema';
import { variantSleutel, type Variant } from './scenario/variantenSchema';
import { BRUTO_NETTO_SLEUTEL } from './scenario/brutoNettoSchema';
import type { ParameterId } from './parameters/catalog';

/**
 * Variants (issue 11 item 5): each variant is the scenario with its overrides applied, computed by
 * the same engine; nothing is computed differently for a variant. Pure.
 */

export interface VariantAfwijking {
  sleutel: string;
  label: Label;
  /** The scenario's own value, and the variant's. */
  scenarioWaarde: number;
  waarde: number;
  bron: string;
}

export interface VariantResultaat {
  id: string;
  naam: string;
  toelichting: string;
  afwijkingen: VariantAfwijking[];
  /** The scenario with the overrides applied (and without varianten). */
  scenario: Scenario;
  resultaat: Resultaat;
}

/** The value a key has in a scenario (0 for a gross → net share or optimism bias it does not set). */
export function waardeVan(s: Scenario, sleutel: string): number {
  if (sleutel === 'instellingen.optimismeBias') return s.instellingen.optimismeBias ?? 0;
  const bn = BRUTO_NETTO_SLEUTEL.exec(sleutel);
  if (bn) return (s.brutoNetto?.[bn[1] as keyof NonNullable<Scenario['brutoNetto']>] as Record<string, number | undefined> | undefined)?.[bn[2]!] ?? 0;
  return s.parameters[sleutel as ParameterId];
}

function zet(s: Scenario, sleutel: string, waarde: number): Scenario {
  if (sleutel === 'instellingen.optimismeBias') return { ...s, instellingen: { ...s.instellingen, optimismeBias: waarde } };
  const bn = BRUTO_NETTO_SLEUTEL.exec(sleutel);
  if (bn) {
    const baat = bn[1] as keyof NonNullable<Scenario['brutoNetto']>;
    return { ...s, brutoNetto: { ...s.brutoNetto, [baat]: { ...s.brutoNetto?.[baat], [bn[2]!]: waarde } } };
  }
  return { ...s, parameters: { ...s.parameters, [sleutel as ParameterId]: waarde } };
}

/** The scenario as a variant sees it: the overrides applied, no varianten of its own. */
export function metVariant(s: Scenario, v: Variant): Scenario {
  let uit: Scenario = { ...s, varianten: undefined };
  for (const [k, o] of Object.entries(v.parameters)) uit = zet(uit, k, o.waarde);
  return uit;
}

/** Every variant of a valid scenario, in file order; [] without varianten. */
export function berekenVarianten(s: Scenario): VariantResultaat[] {
  return (s.varianten ?? []).map((v) => {
    const scenario = metVariant(s, v);
    return {
      id: v.id,
      naam: v.naam,
      toelichting: v.toelichting,
      afwijkingen: Object.entries(v.parameters).map(([k, o]) => ({
        sleutel: k,
        label: variantSleutel(k)?.label ?? { nl: k, en: k },
        scenarioWaarde: waardeVan(s, k),
        waarde: o.waarde,
        bron: o.bron,
      })),
      scenario,
      resultaat: berekenScenario(scenario),
    };
  });
}

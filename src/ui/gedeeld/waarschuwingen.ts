import { create } from 'zustand';
import { parameterDefinitie, type ParameterId, type Scenario } from '../../model';
import { parametersBuitenBereik } from '../../model/parameters/bereik';
import type { Taal } from '../../format/getal';
import { bereikWaarschuwing } from './getalInvoer';
import { parameterWaarde } from './opmaak';

/** A warning per parameter field ("parameters.<id>") whose value lies outside its plausible range (the catalog's). */
export function bereikWaarschuwingen(parameters: Readonly<Partial<Record<ParameterId, number>>>, taal: Taal): { naam: string; bericht: string }[] {
  return parametersBuitenBereik(parameters).map((b) => {
    const soort = parameterDefinitie(b.id)!.eenheid;
    const w = (x: number) => parameterWaarde(soort, x, taal);
    return { naam: `parameters.${b.id}`, bericht: bereikWaarschuwing(w(b.waarde), w(b.laag), w(b.hoog), taal) };
  });
}

/** The range warnings of a scenario as printed lines: "Maanden eerder uit de bijstand: 100 maanden ligt buiten …". */
export function bereikRegels(s: Scenario, taal: Taal): string[] {
  return parametersBuitenBereik(s.parameters).map((b, i) => `${parameterDefinitie(b.id)!.label[taal]}: ${bereikWaarschuwingen(s.parameters, taal)[i]!.bericht}`);
}

/**
 * The inputs form's warnings as printed lines ("label (werkwijze): bericht"), and the scenario the
 * form's text produced (null while the form is invalid). The print shows them only for that scenario.
 */
export const useInvoerWaarschuwingen = create<{ regels: readonly string[]; scenario: Scenario | null }>()(() => ({ regels: [], scenario: null }));

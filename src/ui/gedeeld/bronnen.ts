import { PARAMETERS, STANDAARD_VERDELING, COMPONENTEN, type ComponentId, type Label, type ParameterDefinitie, type Scenario } from '../../model';

export interface ParameterBron {
  bron: string;
  parameters: ParameterDefinitie[];
}

/** The catalog's distinct sources, each with the parameters that use it, in catalog order. */
export function parameterBronnen(): ParameterBron[] {
  const perBron = new Map<string, ParameterDefinitie[]>();
  for (const p of PARAMETERS as readonly ParameterDefinitie[]) {
    const lijst = perBron.get(p.bron) ?? [];
    lijst.push(p);
    perBron.set(p.bron, lijst);
  }
  return [...perBron].map(([bron, parameters]) => ({ bron, parameters }));
}

/** The distinct sources of the stakeholder splits, with the components that use them. */
export function verdelingBronnen(): { bron: Label; aanname: boolean; componenten: ComponentId[] }[] {
  const perBron = new Map<string, { bron: Label; aanname: boolean; componenten: ComponentId[] }>();
  for (const c of COMPONENTEN) {
    const d = STANDAARD_VERDELING[c];
    const x = perBron.get(d.bron.nl) ?? { bron: d.bron, aanname: d.aanname, componenten: [] };
    x.componenten.push(c);
    perBron.set(d.bron.nl, x);
  }
  return [...perBron.values()];
}

/** The scenario's own list of sources. */
export function scenarioBronnen(s: Scenario): readonly string[] {
  return s.bronnen;
}

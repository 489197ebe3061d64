import { PARAMETERS, STANDAARD_VERDELING, COMPONENTEN, eigenWaarden, herkomstVan, waardeMetBron, type ComponentId, type ParameterDefinitie, type Scenario } from '../../model';
import type { Taal } from '../../format/getal';
import { VOORBEELDEN } from '../../store/voorbeelden';
import { volledigLabel } from '../invoer/labels';

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
export function verdelingBronnen(): { bron: string; aanname: boolean; componenten: ComponentId[] }[] {
  const perBron = new Map<string, { aanname: boolean; componenten: ComponentId[] }>();
  for (const c of COMPONENTEN) {
    const d = STANDAARD_VERDELING[c];
    const x = perBron.get(d.bron) ?? { aanname: d.aanname, componenten: [] };
    x.componenten.push(c);
    perBron.set(d.bron, x);
  }
  return [...perBron].map(([bron, x]) => ({ bron, ...x }));
}

/** The scenario's own list of sources. */
export function scenarioBronnen(s: Scenario): readonly string[] {
  return s.bronnen;
}

const EIGEN: Record<Taal, string> = { nl: 'in dit scenario een eigen waarde', en: 'own value in this scenario' };

/** A parameter's label in a list of sources, marked when the scenario uses its own value instead. */
export function parameterInBron(p: ParameterDefinitie, s: Scenario, taal: Taal): string {
  return herkomstVan(`parameters.${p.id}`, s)?.eigen ? `${p.label[taal]} (${EIGEN[taal]})` : p.label[taal];
}

/**
 * Every input of the scenario that differs from its default, as "label: value — eigen waarde
 * (standaard …, bron)": for print, the Verantwoording and the CSV.
 */
export function eigenWaardenRegels(s: Scenario, taal: Taal): { veld: string; label: string; tekst: string }[] {
  const namen = s.werkwijzen.map((w) => w.naam);
  return eigenWaarden(s, VOORBEELDEN).map((h) => ({ veld: h.veld, label: volledigLabel(h.veld, taal, namen), tekst: waardeMetBron(h, taal) }));
}

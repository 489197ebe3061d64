import { PARAMETERS, STANDAARD_VERDELING, BAAT_LABELS, COMPONENTEN, COMPONENT_LABELS, KOSTENPOST_LABELS, STAKEHOLDER_LABELS, UITKOMST_LABELS, eigenWaarden, herkomstVan, parameterDefinitie, waardeMetBron, type BaatId, type ComponentId, type KostenpostId, type Label, type ParameterDefinitie, type Scenario, type Stakeholder, type UitkomstId } from '../../model';
import type { Taal } from '../../format/getal';
import { AFTREK_LABELS } from '../../model/onzekerheid/invoer';
import { VOORBEELDEN } from '../../store/voorbeelden';

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
  return eigenWaarden(s, VOORBEELDEN, taal).map((h) => ({ veld: h.veld, label: invoerLabel(h.veld, taal, namen), tekst: waardeMetBron(h, taal) }));
}

const LABEL = {
  nl: { cohort: 'Cohort: aantal klanten in de dossieranalyse (N)', aandeelPW: 'Aandeel klanten met een PW-uitkering', aandeelWerkend: 'Aandeel klanten met werk', bedrag: 'kosten per klant', aantal: 'aantal klanten', budget: 'Budgetbeheer', toedeling: 'Toedeling van klanten in de fase schulden regelen', eenheidsbedragenAfronden: 'Afgeleide eenheidsbedragen afronden op hele euro’s', referentieCohort: 'Referentiecohort', optimismeBias: 'Optimism bias: opslag op de kosten van de projectwerkwijzen', verdeling: 'Verdeling' },
  en: { cohort: 'Cohort: number of clients in the file analysis (N)', aandeelPW: 'Share of clients on welfare (PW)', aandeelWerkend: 'Share of clients in work', bedrag: 'cost per client', aantal: 'number of clients', budget: 'Budget management', toedeling: 'Allocation of clients still in the settlement phase', eenheidsbedragenAfronden: 'Round derived unit amounts to whole euros', referentieCohort: 'Reference cohort', optimismeBias: 'Optimism bias: uplift on the costs of the project pathways', verdeling: 'Split' },
} as const;

/** The label of an input with a default, by its path, with the pathway's name: for lists of own values. */
export function invoerLabel(veld: string, taal: Taal, namen: readonly string[]): string {
  const t = LABEL[taal];
  const d = veld.split('.');
  if (d[0] === 'parameters') return parameterDefinitie(d.slice(1).join('.'))?.label[taal] ?? veld;
  if (d[0] === 'verdeling') {
    const c = d.slice(1, -1).join('.') as ComponentId;
    return `${t.verdeling} ${COMPONENT_LABELS[c]?.[taal] ?? c}: ${STAKEHOLDER_LABELS[d[d.length - 1] as Stakeholder]?.[taal] ?? ''}`;
  }
  if (d[0] === 'instellingen') return t[d[1] as 'toedeling' | 'eenheidsbedragenAfronden' | 'referentieCohort' | 'optimismeBias'] ?? veld;
  if (d[0] === 'brutoNetto') {
    const baat = BAAT_LABELS[d[1] as BaatId]?.[taal] ?? d[1];
    return `${baat}: ${AFTREK_LABELS[d[2] as keyof typeof AFTREK_LABELS]?.[taal] ?? d[2]}`;
  }
  const rel = d.slice(2);
  let label: string = veld;
  if (rel[0] === 'cohort') label = t.cohort;
  else if (rel[0] === 'uitkomsten') label = UITKOMST_LABELS[rel[1] as UitkomstId]?.[taal] ?? veld;
  else if (rel[0] === 'samenstelling') label = rel[1] === 'aandeelPW' ? t.aandeelPW : t.aandeelWerkend;
  else if (rel[0] === 'kosten') {
    const wat = rel[rel.length - 1] === 'aantal' ? t.aantal : t.bedrag;
    label = rel[1] === 'budgetManagement' ? `${t.budget} ${rel[2]}: ${wat}` : `${KOSTENPOST_LABELS[rel[1] as KostenpostId]?.[taal] ?? rel[1]}: ${wat}`;
  }
  const naam = namen[Number(d[1])];
  return naam === undefined ? label : `${label} (${naam})`;
}

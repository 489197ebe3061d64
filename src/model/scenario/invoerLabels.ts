import type { Label } from '../parameters/types';

/**
 * How the inputs view (Invoer) names its sections and the scenario-wide fields, in one table for that
 * view and for padLabel: a message that names a field of the scenario (the notice that another tab's
 * version differs, a file's errors) names its place as the user finds it in Invoer ("Aannames voor alle
 * werkwijzen › Maanden eerder uit de bijstand"), not by the file's key ("Parameters ›"; tester).
 */
export const INVOER_LABELS = {
  /** The tab with what holds for all pathways: the parameters, gross → net, allocation, optimism bias, the stakeholder split. */
  aannames: { nl: 'Aannames voor alle werkwijzen', en: 'Assumptions for all pathways' },
  /** The tab with the scenario's title and description, the pathways, the dossier import and the variants. */
  scenarioTab: { nl: 'Scenario en werkwijzen', en: 'Scenario and pathways' },
  /** Group headings and fields in those tabs. */
  verdeling: { nl: 'Stakeholderverdeling', en: 'Split over stakeholders' },
  brutoNetto: { nl: 'Bruto → netto', en: 'Gross → net' },
  werkwijzen: { nl: 'Werkwijzen', en: 'Pathways' },
  varianten: { nl: 'Varianten', en: 'Variants' },
  /** A variant's own values for the scenario's assumptions ("varianten[i].parameters"): its table in Varianten, and the variants table. */
  afwijkingen: { nl: 'Afwijkende aannames', en: 'Assumptions changed' },
  titel: { nl: 'Titel van het scenario', en: 'Scenario title' },
  toedeling: { nl: 'Toedeling van klanten in de fase schulden regelen', en: 'Allocation of clients still in the settlement phase' },
  eenheidsbedragenAfronden: { nl: 'Afgeleide eenheidsbedragen afronden op hele euro’s', en: 'Round derived unit amounts to whole euros' },
  referentieCohort: { nl: 'Referentiecohort', en: 'Reference cohort' },
  optimismeBias: { nl: 'Optimism bias: opslag op de kosten van de projectwerkwijzen', en: 'Optimism bias: uplift on the costs of the project pathways' },
} as const satisfies Record<string, Label>;

import { regelBereik, type Graad } from './bewijs';
import type { Eenheid, Label, ParameterDefinitie } from './types';
import { WELVAART_PARAMETERS } from './welvaart';

const VAN_GEUNS = 'Van Geuns e.a. 2011 (Schuldhulpverlening loont!)';
const PRIJSLIJST = 'Maatschappelijke Prijslijst Effectencalculator 2016';
const regel = (waarde: number, graad: Graad, eenheid: Eenheid, reden?: Label) => regelBereik(waarde, graad, eenheid, reden);

/**
 * The global model parameters: one entry per number in the seven benefit formulas and the allocation.
 * Defaults are the Regioplan 2020 values for Den Haag (report chapter 3).
 */
export const PARAMETERS = [
  {
    id: 'allocation.successShare',
    label: { nl: 'Kans op schuldregeling na start fase schulden regelen', en: 'Share of clients in the settlement phase that reach a debt arrangement' },
    eenheid: 'aandeel', standaard: 0.85, bron: 'Purpose 2019', graad: 'C',
    bereik: regel(0.85, 'C', 'aandeel', { nl: 'Purpose 2019 geeft het gemiddelde van zes gemeenten (85%) en noemt grote verschillen tussen gemeenten, maar geen bereik', en: 'Purpose 2019 gives the average of six municipalities (85%) and mentions large differences between them, but no range' }),
    toelichting: {
      nl: 'Klanten die nog in de fase schulden regelen zitten, worden voor dit deel aan "oplossing" toegewezen, de rest aan "geen oplossing" (Regioplan 2020, tabel 3.5).',
      en: 'Clients still in the settlement phase are allocated to "solution" for this share, the rest to "no solution" (Regioplan 2020, table 3.5).',
    },
  },
  {
    id: 'welfare.pwAnnualCost',
    label: { nl: 'Kosten PW-uitkering per jaar (incl. uitvoering)', en: 'Annual cost of a welfare (PW) benefit, incl. administration' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 14000, bron: VAN_GEUNS, graad: 'C', bereik: regel(14000, 'C', 'euro'),
  },
  {
    id: 'welfareExit.exitShare',
    label: { nl: 'Aandeel bijstandsklanten dat uitstroomt', en: 'Share of welfare clients who exit welfare' },
    eenheid: 'aandeel', standaard: 0.8, bron: VAN_GEUNS, graad: 'D',
    bereik: regel(0.8, 'D', 'aandeel', { nl: 'Van Geuns e.a. 2011 gaan ervan uit dat 80% na vijf jaar is uitgestroomd (een aanname in die studie; Regioplan 2020, par. 3.5), zonder bereik', en: 'Van Geuns et al. 2011 assume that 80% have left welfare after five years (an assumption in that study; Regioplan 2020, sec. 3.5), without a range' }),
  },
  {
    id: 'welfareExit.monthsEarlier',
    label: { nl: 'Maanden eerder uit de bijstand', en: 'Months earlier out of welfare' },
    eenheid: 'maanden', standaard: 4, bron: VAN_GEUNS, graad: 'C',
    bereik: { laag: 4, hoog: 12, herkomst: { bron: 'Van Geuns e.a. 2011: 4 tot 12 maanden eerder uit de bijstand (Regioplan 2020, par. 3.5, baat 1)', bronEn: 'Van Geuns et al. 2011: 4 to 12 months earlier off welfare (Regioplan 2020, sec. 3.5, benefit 1)' } },
    toelichting: {
      nl: 'Van Geuns e.a. schatten 4 tot 12 maanden; het rapport neemt de meest conservatieve schatting.',
      en: 'Van Geuns et al. estimate 4 to 12 months; the report takes the most conservative estimate.',
    },
  },
  {
    id: 'jobRetention.escalationJobLoss',
    label: { nl: 'Aandeel werkenden bij wie de situatie escaleert met baanverlies', en: 'Share of employed clients whose situation escalates into job loss' },
    eenheid: 'aandeel', standaard: 0.5, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.5, 'C', 'aandeel'),
  },
  {
    id: 'jobRetention.wwShare',
    label: { nl: 'Aandeel van baanverlies met instroom in de WW', en: 'Share of job losses leading to unemployment benefit (WW)' },
    eenheid: 'aandeel', standaard: 0.45, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.45, 'C', 'aandeel'),
  },
  {
    id: 'jobRetention.pwShare',
    label: { nl: 'Aandeel van baanverlies met instroom in de PW', en: 'Share of job losses leading to welfare (PW)' },
    eenheid: 'aandeel', standaard: 0.05, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.05, 'C', 'aandeel'),
  },
  {
    id: 'jobRetention.wwAnnualCost',
    label: { nl: 'Kosten WW-uitkering per jaar', en: 'Annual cost of an unemployment benefit (WW)' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 20600, bron: VAN_GEUNS, graad: 'C', bereik: regel(20600, 'C', 'euro'),
  },
  {
    id: 'jobRetention.wwMonths',
    label: { nl: 'Gemiddelde duur WW-uitkering', en: 'Average duration of a WW benefit' },
    eenheid: 'maanden', standaard: 8, bron: VAN_GEUNS, graad: 'C', bereik: regel(8, 'C', 'maanden'),
  },
  {
    id: 'jobRetention.pwMonths',
    label: { nl: 'Gemiddelde duur PW-uitkering na baanverlies', en: 'Average duration of a PW benefit after job loss' },
    eenheid: 'maanden', standaard: 21, bron: VAN_GEUNS, graad: 'C', bereik: regel(21, 'C', 'maanden'),
  },
  {
    id: 'reintegration.wwShare',
    label: { nl: 'Aandeel WW-instroom met re-integratievoorziening', en: 'Share of new WW recipients who get a reintegration programme' },
    eenheid: 'aandeel', standaard: 0.12, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.12, 'C', 'aandeel'),
  },
  {
    id: 'reintegration.pwShare',
    label: { nl: 'Aandeel PW-instroom met re-integratievoorziening', en: 'Share of new PW recipients who get a reintegration programme' },
    eenheid: 'aandeel', standaard: 0.7, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.7, 'C', 'aandeel'),
  },
  {
    id: 'reintegration.programmeCost',
    label: { nl: 'Kosten re-integratietraject', en: 'Cost of a reintegration programme' },
    eenheid: 'euro', prijsjaar: 2016, standaard: 4700, bron: PRIJSLIJST, graad: 'B',
    bereik: regel(4700, 'B', 'euro', { nl: 'de Maatschappelijke Prijslijst geeft een landelijke gemiddelde prijs, zonder bereik', en: 'the Maatschappelijke Prijslijst gives a national average price, without a range' }),
  },
  {
    id: 'escalation.withoutHelp',
    label: { nl: 'Kans op escalatie zonder schuldhulpverlening', en: 'Probability of escalation without debt assistance' },
    eenheid: 'aandeel', standaard: 0.59, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.59, 'C', 'aandeel'),
    toelichting: { nl: 'Gebruikt bij huisuitzetting, dakloosheid en afsluiting.', en: 'Used for eviction, homelessness and utility cut-off.' },
  },
  {
    id: 'eviction.threatShare',
    label: { nl: 'Aandeel met dreigende huisuitzetting bij escalatie', en: 'Share facing eviction when debts escalate' },
    eenheid: 'aandeel', standaard: 0.13, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.13, 'C', 'aandeel'),
  },
  {
    id: 'eviction.cost',
    label: { nl: 'Kosten per huisuitzetting', en: 'Cost per eviction' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 5865, bron: VAN_GEUNS, graad: 'C', bereik: regel(5865, 'C', 'euro'),
  },
  {
    id: 'homelessness.share',
    label: { nl: 'Aandeel uitgezetten dat dakloos raakt', en: 'Share of evicted people who become homeless' },
    eenheid: 'aandeel', standaard: 0.18, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.18, 'C', 'aandeel'),
  },
  {
    id: 'homelessness.shelterCost',
    label: { nl: 'Kosten crisisopvang per opvang', en: 'Cost of crisis shelter per stay' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 15000, bron: VAN_GEUNS, graad: 'C', bereik: regel(15000, 'C', 'euro'),
  },
  {
    id: 'homelessness.careSafetyCost',
    label: { nl: 'Kosten zorg en veiligheid bij dakloosheid', en: 'Care and safety costs of homelessness' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 43140, bron: VAN_GEUNS, graad: 'C', bereik: regel(43140, 'C', 'euro'),
    toelichting: {
      nl: 'Bijvoorbeeld psychiatrie, politie-inzet en premiederving van onverzekerden.',
      en: 'For instance psychiatric care, police time and premiums lost on uninsured people.',
    },
  },
  {
    id: 'utilityCutoff.debtShare',
    label: { nl: 'Aandeel met schuld bij energie- of waterleverancier die tot afsluiting leidt', en: 'Share with utility debts that lead to a cut-off on escalation' },
    eenheid: 'aandeel', standaard: 0.44, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.44, 'C', 'aandeel'),
  },
  {
    id: 'utilityCutoff.cost',
    label: { nl: 'Kosten per afsluiting gas/water/elektriciteit', en: 'Cost per utility cut-off' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 790, bron: VAN_GEUNS, graad: 'C', bereik: regel(790, 'C', 'euro'),
  },
  {
    id: 'socialSupport.moShare',
    label: { nl: 'Aandeel met maatschappelijke ondersteuning', en: 'Share receiving social support (MO)' },
    eenheid: 'aandeel', standaard: 0.24, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.24, 'C', 'aandeel'),
  },
  {
    id: 'socialSupport.moCost',
    label: { nl: 'Besparing maatschappelijke ondersteuning per klant (5 uur)', en: 'Saving on social support per client (5 hours)' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 325, bron: VAN_GEUNS, graad: 'C', bereik: regel(325, 'C', 'euro'),
  },
  {
    id: 'socialSupport.ggzShare',
    label: { nl: 'Aandeel met ggz-ondersteuning', en: 'Share receiving mental health care (ggz)' },
    eenheid: 'aandeel', standaard: 0.09, bron: VAN_GEUNS, graad: 'C', bereik: regel(0.09, 'C', 'aandeel'),
  },
  {
    id: 'socialSupport.ggzCost',
    label: { nl: 'Besparing ggz per klant', en: 'Saving on mental health care per client' },
    eenheid: 'euro', prijsjaar: 2011, standaard: 1000, bron: VAN_GEUNS, graad: 'C', bereik: regel(1000, 'C', 'euro'),
  },
  // Welfare shares per benefit component (issue 11, item 4): parameters/welvaart.ts.
  ...WELVAART_PARAMETERS,
] as const satisfies readonly ParameterDefinitie[];

export type ParameterId = (typeof PARAMETERS)[number]['id'];
export type ParameterWaarden = Record<ParameterId, number>;

export const PARAMETER_IDS: readonly ParameterId[] = PARAMETERS.map((p) => p.id);

const BY_ID = new Map<string, ParameterDefinitie>(PARAMETERS.map((p) => [p.id, p]));

export function parameterDefinitie(id: string): ParameterDefinitie | undefined {
  return BY_ID.get(id);
}

export function standaardParameters(): ParameterWaarden {
  return Object.fromEntries(PARAMETERS.map((p) => [p.id, p.standaard])) as ParameterWaarden;
}

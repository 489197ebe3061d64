import { bedrag, parameter } from './bewijs';
import type { ParameterDefinitie } from './types';
import { WELVAART_PARAMETERS } from './welvaart';

const VAN_GEUNS = 'Van Geuns e.a. 2011 (Schuldhulpverlening loont!)';
const PRIJSLIJST = 'Maatschappelijke Prijslijst Effectencalculator 2016';
/** A Van Geuns e.a. 2011 number of grade C that is a point estimate (its range follows the grade rule). */
const vanGeuns = <const I extends string>(id: I, nl: string, en: string, eenheid: 'aandeel' | 'maanden', standaard: number) =>
  parameter(id, { nl, en }, eenheid, standaard, VAN_GEUNS, 'C');
/** The same for an amount in euros, at the 2011 price level of that study. */
const vanGeunsBedrag = <const I extends string>(id: I, nl: string, en: string, standaard: number) => bedrag(id, { nl, en }, 2011, standaard, VAN_GEUNS, 'C');

/**
 * The global model parameters: one entry per number in the seven benefit formulas and the allocation.
 * Defaults are the Regioplan 2020 values for Den Haag (report chapter 3).
 */
export const PARAMETERS = [
  parameter('allocation.successShare', { nl: 'Kans op schuldregeling na start fase schulden regelen', en: 'Share of clients in the settlement phase that reach a debt arrangement' }, 'aandeel', 0.85, 'Purpose 2019', 'C', {
    reden: { nl: 'Purpose 2019 geeft het gemiddelde van zes gemeenten (85%) en noemt grote verschillen tussen gemeenten, maar geen bereik', en: 'Purpose 2019 gives the average of six municipalities (85%) and mentions large differences between them, but no range' },
    toelichting: {
      nl: 'Klanten die nog in de fase schulden regelen zitten, worden voor dit deel aan "oplossing" toegewezen, de rest aan "geen oplossing" (Regioplan 2020, tabel 3.5).',
      en: 'Clients still in the settlement phase are allocated to "solution" for this share, the rest to "no solution" (Regioplan 2020, table 3.5).',
    },
  }),
  vanGeunsBedrag('welfare.pwAnnualCost', 'Kosten PW-uitkering per jaar (incl. uitvoering)', 'Annual cost of a welfare (PW) benefit, incl. administration', 14000),
  parameter('welfareExit.exitShare', { nl: 'Aandeel bijstandsklanten dat uitstroomt', en: 'Share of welfare clients who exit welfare' }, 'aandeel', 0.8, VAN_GEUNS, 'D', {
    reden: { nl: 'Van Geuns e.a. 2011 gaan ervan uit dat 80% na vijf jaar is uitgestroomd (een aanname in die studie; Regioplan 2020, par. 3.5), zonder bereik', en: 'Van Geuns et al. 2011 assume that 80% have left welfare after five years (an assumption in that study; Regioplan 2020, sec. 3.5), without a range' },
  }),
  parameter('welfareExit.monthsEarlier', { nl: 'Maanden eerder uit de bijstand', en: 'Months earlier out of welfare' }, 'maanden', 4, VAN_GEUNS, 'C', {
    bereik: { laag: 4, hoog: 12, herkomst: { bron: 'Van Geuns e.a. 2011: 4 tot 12 maanden eerder uit de bijstand (Regioplan 2020, par. 3.5, baat 1)', bronEn: 'Van Geuns et al. 2011: 4 to 12 months earlier off welfare (Regioplan 2020, sec. 3.5, benefit 1)' } },
    toelichting: {
      nl: 'Van Geuns e.a. schatten 4 tot 12 maanden; het rapport neemt de meest conservatieve schatting.',
      en: 'Van Geuns et al. estimate 4 to 12 months; the report takes the most conservative estimate.',
    },
  }),
  vanGeuns('jobRetention.escalationJobLoss', 'Aandeel werkenden bij wie de situatie escaleert met baanverlies', 'Share of employed clients whose situation escalates into job loss', 'aandeel', 0.5),
  vanGeuns('jobRetention.wwShare', 'Aandeel van baanverlies met instroom in de WW', 'Share of job losses leading to unemployment benefit (WW)', 'aandeel', 0.45),
  vanGeuns('jobRetention.pwShare', 'Aandeel van baanverlies met instroom in de PW', 'Share of job losses leading to welfare (PW)', 'aandeel', 0.05),
  vanGeunsBedrag('jobRetention.wwAnnualCost', 'Kosten WW-uitkering per jaar', 'Annual cost of an unemployment benefit (WW)', 20600),
  vanGeuns('jobRetention.wwMonths', 'Gemiddelde duur WW-uitkering', 'Average duration of a WW benefit', 'maanden', 8),
  vanGeuns('jobRetention.pwMonths', 'Gemiddelde duur PW-uitkering na baanverlies', 'Average duration of a PW benefit after job loss', 'maanden', 21),
  vanGeuns('reintegration.wwShare', 'Aandeel WW-instroom met re-integratievoorziening', 'Share of new WW recipients who get a reintegration programme', 'aandeel', 0.12),
  vanGeuns('reintegration.pwShare', 'Aandeel PW-instroom met re-integratievoorziening', 'Share of new PW recipients who get a reintegration programme', 'aandeel', 0.7),
  bedrag('reintegration.programmeCost', { nl: 'Kosten re-integratietraject', en: 'Cost of a reintegration programme' }, 2016, 4700, PRIJSLIJST, 'B', {
    reden: { nl: 'de Maatschappelijke Prijslijst geeft een landelijke gemiddelde prijs, zonder bereik', en: 'the Maatschappelijke Prijslijst gives a national average price, without a range' },
  }),
  parameter('escalation.withoutHelp', { nl: 'Kans op escalatie zonder schuldhulpverlening', en: 'Probability of escalation without debt assistance' }, 'aandeel', 0.59, VAN_GEUNS, 'C', {
    toelichting: { nl: 'Gebruikt bij huisuitzetting, dakloosheid en afsluiting.', en: 'Used for eviction, homelessness and utility cut-off.' },
  }),
  vanGeuns('eviction.threatShare', 'Aandeel met dreigende huisuitzetting bij escalatie', 'Share facing eviction when debts escalate', 'aandeel', 0.13),
  vanGeunsBedrag('eviction.cost', 'Kosten per huisuitzetting', 'Cost per eviction', 5865),
  vanGeuns('homelessness.share', 'Aandeel uitgezetten dat dakloos raakt', 'Share of evicted people who become homeless', 'aandeel', 0.18),
  vanGeunsBedrag('homelessness.shelterCost', 'Kosten crisisopvang per opvang', 'Cost of crisis shelter per stay', 15000),
  bedrag('homelessness.careSafetyCost', { nl: 'Kosten zorg en veiligheid bij dakloosheid', en: 'Care and safety costs of homelessness' }, 2011, 43140, VAN_GEUNS, 'C', {
    toelichting: {
      nl: 'Bijvoorbeeld psychiatrie, politie-inzet en premiederving van onverzekerden.',
      en: 'For instance psychiatric care, police time and premiums lost on uninsured people.',
    },
  }),
  vanGeuns('utilityCutoff.debtShare', 'Aandeel met schuld bij energie- of waterleverancier die tot afsluiting leidt', 'Share with utility debts that lead to a cut-off on escalation', 'aandeel', 0.44),
  vanGeunsBedrag('utilityCutoff.cost', 'Kosten per afsluiting gas/water/elektriciteit', 'Cost per utility cut-off', 790),
  vanGeuns('socialSupport.moShare', 'Aandeel met maatschappelijke ondersteuning', 'Share receiving social support (MO)', 'aandeel', 0.24),
  vanGeunsBedrag('socialSupport.moCost', 'Besparing maatschappelijke ondersteuning per klant (5 uur)', 'Saving on social support per client (5 hours)', 325),
  vanGeuns('socialSupport.ggzShare', 'Aandeel met ggz-ondersteuning', 'Share receiving mental health care (ggz)', 'aandeel', 0.09),
  vanGeunsBedrag('socialSupport.ggzCost', 'Besparing ggz per klant', 'Saving on mental health care per client', 1000),
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

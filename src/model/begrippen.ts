import type { Label } from './parameters/types';

/** The fixed vocabulary of the model. The ids are the machine contract (JSON output, scenario keys). */

export const KOSTENPOSTEN = ['preparation', 'settlementPhase', 'debtArrangement', 'budgetManagement'] as const;
export type KostenpostId = (typeof KOSTENPOSTEN)[number];

export const KOSTENPOST_LABELS: Record<KostenpostId, Label> = {
  preparation: { nl: 'Start tot aan schulden regelen', en: 'Start until debt settlement' },
  settlementPhase: { nl: "Fase 'schulden regelen'", en: 'Debt settlement phase' },
  debtArrangement: { nl: 'Gedurende de schuldregeling (3 jaar)', en: 'During the debt arrangement (3 years)' },
  budgetManagement: { nl: 'Budgetbeheer', en: 'Budget management' },
};

export const BUDGETBEHEER_VARIANTEN = ['basis', 'plus', 'totaal'] as const;
export type BudgetbeheerVariant = (typeof BUDGETBEHEER_VARIANTEN)[number];

export const BATEN = [
  'welfareExit',
  'jobRetention',
  'reintegration',
  'eviction',
  'homelessness',
  'utilityCutoff',
  'socialSupport',
] as const;
export type BaatId = (typeof BATEN)[number];

export const BAAT_LABELS: Record<BaatId, Label> = {
  welfareExit: { nl: 'Kortere uitkeringsduur (PW)', en: 'Shorter welfare (PW) spell' },
  jobRetention: { nl: 'Voorkomen uitkeringen door werkbehoud', en: 'Benefits avoided by keeping a job' },
  reintegration: { nl: 'Voorkomen kosten van re-integratie', en: 'Reintegration costs avoided' },
  eviction: { nl: 'Voorkomen kosten van huisuitzetting', en: 'Eviction costs avoided' },
  homelessness: { nl: 'Voorkomen kosten van dakloosheid', en: 'Homelessness costs avoided' },
  utilityCutoff: { nl: 'Voorkomen kosten van afsluiting gas/water/elektriciteit', en: 'Utility cut-off costs avoided' },
  socialSupport: { nl: 'Voorkomen kosten van maatschappelijke ondersteuning en ggz', en: 'Social support and mental health costs avoided' },
};

export const STAKEHOLDERS = ['gemeente', 'uwv', 'woningcorporaties', 'energieWater', 'politie', 'zorgverzekeraars'] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

export const STAKEHOLDER_LABELS: Record<Stakeholder, Label> = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  uwv: { nl: 'UWV', en: 'UWV (employee insurance agency)' },
  woningcorporaties: { nl: 'Woningcorporaties', en: 'Housing associations' },
  energieWater: { nl: 'Energie- en waterbedrijven', en: 'Energy and water companies' },
  politie: { nl: 'Politie', en: 'Police' },
  zorgverzekeraars: { nl: 'Zorgverzekeraars', en: 'Health insurers' },
};

/**
 * Benefit components: the parts of a benefit that can accrue to different stakeholders.
 * Each has a default split; the scenario may override it.
 */
export const BAAT_COMPONENTEN = {
  welfareExit: ['welfareExit'],
  jobRetention: ['jobRetention.ww', 'jobRetention.pw'],
  reintegration: ['reintegration.ww', 'reintegration.pw'],
  eviction: ['eviction'],
  homelessness: ['homelessness.shelter', 'homelessness.careSafety'],
  utilityCutoff: ['utilityCutoff'],
  socialSupport: ['socialSupport.mo', 'socialSupport.ggz'],
} as const satisfies Record<BaatId, readonly string[]>;

export type ComponentId = (typeof BAAT_COMPONENTEN)[BaatId][number];
export const COMPONENTEN: readonly ComponentId[] = BATEN.flatMap((b) => BAAT_COMPONENTEN[b]);

export const COMPONENT_LABELS: Record<ComponentId, Label> = {
  welfareExit: { nl: 'Besparing PW-uitkering', en: 'Welfare saving' },
  'jobRetention.ww': { nl: 'Voorkomen WW-uitkering', en: 'WW benefit avoided' },
  'jobRetention.pw': { nl: 'Voorkomen PW-uitkering', en: 'PW benefit avoided' },
  'reintegration.ww': { nl: 'Re-integratie WW-instroom', en: 'Reintegration, WW inflow' },
  'reintegration.pw': { nl: 'Re-integratie PW-instroom', en: 'Reintegration, PW inflow' },
  eviction: { nl: 'Huisuitzetting', en: 'Eviction' },
  'homelessness.shelter': { nl: 'Crisisopvang', en: 'Crisis shelter' },
  'homelessness.careSafety': { nl: 'Zorg en veiligheid', en: 'Care and safety' },
  utilityCutoff: { nl: 'Afsluiting gas/water/elektriciteit', en: 'Utility cut-off' },
  'socialSupport.mo': { nl: 'Maatschappelijke ondersteuning', en: 'Social support' },
  'socialSupport.ggz': { nl: 'Ggz', en: 'Mental health care' },
};

export type Verdeling = Partial<Record<Stakeholder, number>>;

export interface VerdelingDefinitie {
  verdeling: Verdeling;
  /** In both languages: the assumption's note is the tool's own text. */
  bron: Label;
  /** True where the split is an assumption of this tool, not a statement of the report. */
  aanname: boolean;
}

const TABEL_3_1: Label = { nl: 'Regioplan 2020, tabel 3.1', en: 'Regioplan 2020, table 3.1' };

/** Default split over stakeholders (report table 3.1, made quantitative). */
export const STANDAARD_VERDELING: Record<ComponentId, VerdelingDefinitie> = {
  welfareExit: { verdeling: { gemeente: 1 }, bron: TABEL_3_1, aanname: false },
  'jobRetention.ww': { verdeling: { uwv: 1 }, bron: TABEL_3_1, aanname: false },
  'jobRetention.pw': { verdeling: { gemeente: 1 }, bron: TABEL_3_1, aanname: false },
  'reintegration.ww': { verdeling: { uwv: 1 }, bron: TABEL_3_1, aanname: false },
  'reintegration.pw': { verdeling: { gemeente: 1 }, bron: TABEL_3_1, aanname: false },
  eviction: { verdeling: { woningcorporaties: 1 }, bron: TABEL_3_1, aanname: false },
  'homelessness.shelter': { verdeling: { gemeente: 1 }, bron: TABEL_3_1, aanname: false },
  'homelessness.careSafety': {
    verdeling: { politie: 0.5, zorgverzekeraars: 0.5 },
    bron: {
      nl: 'Aanname MKBA Schuldhulp: het rapport noemt politie en zorgverzekeraars, maar geeft geen verdeling',
      en: 'Assumption of MKBA Schuldhulp: the report names the police and health insurers, but gives no split',
    },
    aanname: true,
  },
  utilityCutoff: { verdeling: { energieWater: 1 }, bron: TABEL_3_1, aanname: false },
  'socialSupport.mo': { verdeling: { gemeente: 1 }, bron: TABEL_3_1, aanname: false },
  'socialSupport.ggz': { verdeling: { zorgverzekeraars: 1 }, bron: TABEL_3_1, aanname: false },
};

export const UITKOMSTEN = ['oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase'] as const;
export type UitkomstId = (typeof UITKOMSTEN)[number];

export const UITKOMST_LABELS: Record<UitkomstId, Label> = {
  oplossing: { nl: 'Oplossing voor de schulden', en: 'Debts resolved' },
  gestabiliseerd: { nl: 'Situatie gestabiliseerd', en: 'Situation stabilised' },
  geenOplossing: { nl: 'Geen oplossing en geen stabilisatie', en: 'Neither resolved nor stabilised' },
  inSchuldregelfase: { nl: 'Nog in de fase schulden regelen', en: 'Still in the settlement phase' },
};

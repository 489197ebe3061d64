import { UITKOMSTEN, type UitkomstId } from './begrippen';
import { Decimal, sum } from './decimal';
import type { Label, ParameterDefinitie } from './parameters/types';
import { grootsteRest } from './toedeling';

/**
 * Outcome model per client type (issue 5): instead of entering a pathway's outcome counts directly,
 * derive them from a mix of client types and the outcome rates per type:
 *
 *   verwacht(u) = N × Σ_type mix(type) × kans(type, u),
 *
 * rounded to whole clients with the largest-remainder method (grootsteRest), so that they add up to N.
 * When a pathway has such a model, its `uitkomsten` in the file must equal the derived counts (the
 * schema rejects a file where they differ), so the engine itself always reads plain counts.
 *
 * The three types are Purpose's (Onderzoek Stabilisatie, juli 2020): zelfstandige, afhankelijke and
 * kwetsbare klanten. Pure: no I/O, Decimal from ./decimal only.
 */

export const KLANTTYPEN = ['zelfstandig', 'afhankelijk', 'kwetsbaar'] as const;
export type KlanttypeId = (typeof KLANTTYPEN)[number];

export const KLANTTYPE_LABELS: Record<KlanttypeId, Label> = {
  zelfstandig: { nl: 'Zelfstandige klant', en: 'Self-reliant client' },
  afhankelijk: { nl: 'Afhankelijke klant', en: 'Dependent client' },
  kwetsbaar: { nl: 'Kwetsbare klant', en: 'Vulnerable client' },
};

/** What Purpose (2020) says characterises each type; for the inputs view and the verantwoording. */
export const KLANTTYPE_BESCHRIJVING: Record<KlanttypeId, Label> = {
  zelfstandig: {
    nl: 'Bovengemiddelde vaardigheden, motivatie en sociale norm, enkelvoudige problematiek; behaalt snel resultaat en is het meest tevreden.',
    en: 'Above-average skills, motivation and social norm, a single problem; achieves results quickly and is the most satisfied.',
  },
  afhankelijk: {
    nl: 'Ondergemiddelde vaardigheden, motivatie en sociale norm, enkelvoudige problematiek; gaat langzaam door het proces en is gebaat bij actieve (administratieve) ondersteuning.',
    en: 'Below-average skills, motivation and social norm, a single problem; moves slowly through the process and benefits from active (administrative) support.',
  },
  kwetsbaar: {
    nl: 'Multiproblematiek; brengt inkomsten en uitgaven relatief snel in beeld, maar is het langzaamst met inkomsten en uitgaven in balans.',
    en: 'Multiple problems; maps income and spending relatively quickly but is the slowest to balance them.',
  },
};

export const BRON_PURPOSE_2020 = 'Purpose 2020 (Onderzoek Stabilisatie, Klantmonitor fase II, juli 2020)';
export const BRON_KLANTMONITOR_2021 = 'Purpose 2021 (Klantmonitor, publieksversie, mei 2021)';

/**
 * Speed per type: share of clients reaching an intermediate result within 60 days (Purpose 2020,
 * chapter 3). Descriptive only: the MKBA counts outcomes, not durations, so these do not enter the
 * calculation. Purpose 2020 gives no final outcomes per type ("te weinig klanten [hebben] een
 * eindresultaat behaald"); the default outcome rates below come from the 2021 Klantmonitor.
 */
export const KLANTTYPE_SNELHEID: {
  tussenresultaat: 'iuInBeeld' | 'schuldenInBeeld' | 'iuInBalans';
  label: Label;
  aandeelBinnen60Dagen: Record<KlanttypeId, number>;
}[] = [
  { tussenresultaat: 'iuInBeeld', label: { nl: 'Inkomsten en uitgaven in beeld', en: 'Income and spending mapped' }, aandeelBinnen60Dagen: { zelfstandig: 0.73, afhankelijk: 0.38, kwetsbaar: 0.46 } },
  { tussenresultaat: 'schuldenInBeeld', label: { nl: 'Schulden in beeld', en: 'Debts mapped' }, aandeelBinnen60Dagen: { zelfstandig: 0.55, afhankelijk: 0.35, kwetsbaar: 0.23 } },
  { tussenresultaat: 'iuInBalans', label: { nl: 'Inkomsten en uitgaven in balans', en: 'Income and spending balanced' }, aandeelBinnen60Dagen: { zelfstandig: 0.55, afhankelijk: 0.19, kwetsbaar: 0.12 } },
];

/** The outcome model as it stands in a pathway (`werkwijzen[i].uitkomstModel`). Shares are 0–1. */
export interface KlanttypenModel {
  soort: 'klanttypen';
  mix: Record<KlanttypeId, number>;
  kansen: Record<KlanttypeId, Record<UitkomstId, number>>;
}
export type UitkomstModel = KlanttypenModel;
export type Uitkomsten = Record<UitkomstId, number>;

/* ---------- default mix and rates, as parameters-as-data ---------- */

const MIX_TOELICHTING_NL =
  'Purpose (2020) vindt gemiddeld ongeveer 20% zelfstandige, 40% afhankelijke en 40% kwetsbare klanten (120 klanten in zes gemeenten) en verwacht dat het aandeel zelfstandigen door de coronacrisis groeit. De mix verschilt per gemeente, onder meer door selectie aan de poort.';

const KANS_TOELICHTING_NL =
  'Afgeleid uit de Klantmonitor (Purpose 2021, gemiddelde van zes gemeenten): het aandeel klanten met een succesvol einde (doorstroom naar een schuldregeling of schuldrust) is 58% (zelfstandig), 46% (afhankelijk) en 37% (kwetsbaar); gewogen met de mix 20/40/40 is dat 44,8%, dicht bij de 44% die de monitor voor alle klanten noemt. ' +
  'Van de succesvolle klanten stroomt gemiddeld 73% door naar een schuldregeling en bereikt 27% schuldrust; die verdeling is niet per klanttype bekend en wordt voor elk type aangenomen (aanname). ' +
  'Doorstroom naar een schuldregeling telt als "nog in de fase schulden regelen": het model wijst daarvan zelf het deel uit Purpose 2019 (85%) toe aan oplossing. Schuldrust telt als "gestabiliseerd". ' +
  'Oplossing staat op 0%: een akkoord viel meestal buiten de looptijd van de monitor (ongeveer 9 maanden). ' +
  'De rest telt als "geen oplossing": uitval (gemiddeld 17%) én klanten die aan het eind van de monitor nog bezig waren, een voorzichtige aanname. Purpose 2020 zelf geeft nog geen eindresultaten per klanttype. Percentages afgerond op hele procenten.';

const MIX_TOELICHTING: Label = {
  nl: MIX_TOELICHTING_NL,
  en: 'Purpose (2020) finds on average about 20% self-reliant, 40% dependent and 40% vulnerable clients (120 clients in six municipalities) and expects the share of self-reliant clients to grow with the corona crisis. The mix differs per municipality, among other things through selection at intake.',
};

const KANS_TOELICHTING: Label = {
  nl: KANS_TOELICHTING_NL,
  en:
    'Derived from the Klantmonitor (Purpose 2021, average of six municipalities): the share of clients with a successful end (on to a debt arrangement or to debt rest) is 58% (self-reliant), 46% (dependent) and 37% (vulnerable); weighted with the mix 20/40/40 that is 44.8%, close to the 44% the monitor gives for all clients. ' +
    'Of the successful clients on average 73% go on to a debt arrangement and 27% reach debt rest; that split is not known per client type and is assumed for each type (assumption). ' +
    'Going on to a debt arrangement counts as "still in the settlement phase": the model itself allocates the share from Purpose 2019 (85%) of those to resolved. Debt rest counts as "stabilised". ' +
    'Resolved is set at 0%: an agreement mostly fell outside the period of the monitor (about 9 months). ' +
    'The rest counts as "not resolved": dropout (17% on average) and clients still in progress at the end of the monitor, a cautious assumption. Purpose 2020 itself gives no final results per client type yet. Percentages rounded to whole percents.',
};

type Rij = [KlanttypeId, UitkomstId, number, number, number];
/** type, outcome, default, low, high: success S × (73% schuldregeling | 27% schuldrust), rest geen oplossing; ranges from S low–high × 60–95% schuldregeling. */
const KANS_RIJEN: Rij[] = [
  ['zelfstandig', 'oplossing', 0, 0, 0.1],
  ['zelfstandig', 'gestabiliseerd', 0.16, 0.02, 0.32],
  ['zelfstandig', 'geenOplossing', 0.42, 0.2, 0.6],
  ['zelfstandig', 'inSchuldregelfase', 0.42, 0.24, 0.76],
  ['afhankelijk', 'oplossing', 0, 0, 0.1],
  ['afhankelijk', 'gestabiliseerd', 0.12, 0.015, 0.23],
  ['afhankelijk', 'geenOplossing', 0.54, 0.42, 0.7],
  ['afhankelijk', 'inSchuldregelfase', 0.34, 0.18, 0.55],
  ['kwetsbaar', 'oplossing', 0, 0, 0.1],
  ['kwetsbaar', 'gestabiliseerd', 0.1, 0.01, 0.2],
  ['kwetsbaar', 'geenOplossing', 0.63, 0.5, 0.8],
  ['kwetsbaar', 'inSchuldregelfase', 0.27, 0.12, 0.48],
];

const UITKOMST_KORT: Record<UitkomstId, Label> = {
  oplossing: { nl: 'oplossing', en: 'resolved' },
  gestabiliseerd: { nl: 'gestabiliseerd', en: 'stabilised' },
  geenOplossing: { nl: 'geen oplossing (uitval)', en: 'not resolved (dropout)' },
  inSchuldregelfase: { nl: 'nog in de fase schulden regelen', en: 'still in the settlement phase' },
};

/**
 * The defaults of the client-type model as parameters: label, unit, default, source, range. Ids:
 * `klanttypen.mix.<type>` and `klanttypen.<type>.<uitkomst>`. Not global scenario parameters: they
 * fill a pathway's uitkomstModel when the user switches it on (standaardUitkomstModel).
 */
export const KLANTTYPE_PARAMETERS: readonly ParameterDefinitie[] = [
  ...([
    ['zelfstandig', 0.2, 0.1, 0.4],
    ['afhankelijk', 0.4, 0.3, 0.5],
    ['kwetsbaar', 0.4, 0.25, 0.5],
  ] as const).map(([t, standaard, laag, hoog]) => ({
    id: `klanttypen.mix.${t}`,
    label: { nl: `Aandeel ${KLANTTYPE_LABELS[t].nl.toLowerCase()}en`, en: `Share of ${KLANTTYPE_LABELS[t].en.toLowerCase()}s` },
    eenheid: 'aandeel' as const,
    standaard,
    bron: BRON_PURPOSE_2020,
    graad: 'C' as const,
    bereik: {
      laag,
      hoog,
      herkomst: {
        aanname: 'Aanname: Purpose 2020 geeft een indicatief gemiddelde (120 klanten in zes gemeenten) dat per gemeente verschilt, zonder bereik; het bereik is een schatting van MKBA Schuldhulp van die verschillen.',
        aannameEn: 'Assumption: Purpose 2020 gives an indicative average (120 clients in six municipalities) that differs per municipality, without a range; the range is an estimate of those differences by MKBA Schuldhulp.',
      },
    },
    toelichting: MIX_TOELICHTING,
  })),
  ...KANS_RIJEN.map(([t, u, standaard, laag, hoog]) => ({
    id: `klanttypen.${t}.${u}`,
    label: {
      nl: `${KLANTTYPE_LABELS[t].nl}: kans op ${UITKOMST_KORT[u].nl}`,
      en: `${KLANTTYPE_LABELS[t].en}: probability ${UITKOMST_KORT[u].en}`,
    },
    eenheid: 'aandeel' as const,
    standaard,
    bron: u === 'oplossing' ? `Aanname MKBA Schuldhulp (${BRON_KLANTMONITOR_2021} geeft geen akkoorden binnen de looptijd)` : `${BRON_KLANTMONITOR_2021}; verdeling over de uitkomsten: aanname MKBA Schuldhulp`,
    graad: 'D' as const,
    bereik: {
      laag,
      hoog,
      herkomst: {
        aanname: 'Aanname: afgeleid door MKBA Schuldhulp uit de Klantmonitor (Purpose 2021), met een lage en hoge slagingskans per klanttype en 60–95% doorstroom naar een schuldregeling; de monitor is klein en indicatief.',
        aannameEn: 'Assumption: derived by MKBA Schuldhulp from the Klantmonitor (Purpose 2021), with a low and a high success rate per client type and 60–95% moving on to a debt arrangement; the monitor is small and indicative.',
      },
    },
    toelichting: KANS_TOELICHTING,
  })),
];

function standaard(id: string): number {
  const p = KLANTTYPE_PARAMETERS.find((x) => x.id === id);
  if (!p) throw new Error(`onbekende klanttypeparameter ${id}`);
  return p.standaard;
}

/** A fresh default model (Purpose mix, Klantmonitor rates): what the UI puts in when the user switches it on. */
export function standaardUitkomstModel(): KlanttypenModel {
  return {
    soort: 'klanttypen',
    mix: Object.fromEntries(KLANTTYPEN.map((t) => [t, standaard(`klanttypen.mix.${t}`)])) as Record<KlanttypeId, number>,
    kansen: Object.fromEntries(
      KLANTTYPEN.map((t) => [t, Object.fromEntries(UITKOMSTEN.map((u) => [u, standaard(`klanttypen.${t}.${u}`)]))]),
    ) as KlanttypenModel['kansen'],
  };
}

/* ---------- derivation ---------- */

/** Sums are checked with this tolerance, like the stakeholder split. */
export const SOM_TOLERANTIE = 1e-9;

export const somKlopt = (waarden: readonly number[]) => Math.abs(waarden.reduce((a, b) => a + b, 0) - 1) <= SOM_TOLERANTIE;

/** True when the mix and every type's rates add up to 100% (so that the counts can be derived). */
export function modelIsVolledig(m: KlanttypenModel): boolean {
  return somKlopt(KLANTTYPEN.map((t) => m.mix[t])) && KLANTTYPEN.every((t) => somKlopt(UITKOMSTEN.map((u) => m.kansen[t][u])));
}

export interface TypeUitleg {
  type: KlanttypeId;
  mix: Decimal;
  /** N × mix: the expected number of clients of this type. */
  klanten: Decimal;
  /** Per outcome: the rate and N × mix × rate. */
  uitkomsten: Record<UitkomstId, { kans: Decimal; verwacht: Decimal }>;
}

/** How the counts follow from the model, step by step: for the UI and the verantwoording. */
export interface UitkomstAfleiding {
  cohort: number;
  perType: TypeUitleg[];
  /** Σ over the types of mix × rate: the pathway's expected share per outcome. */
  aandelen: Record<UitkomstId, Decimal>;
  /** N × share: the expected (fractional) counts. */
  verwacht: Record<UitkomstId, Decimal>;
  /** The whole counts after largest-remainder rounding; they add up to N. */
  afgerond: Uitkomsten;
  /** afgerond − verwacht per outcome: what the rounding added or took away. */
  afronding: Record<UitkomstId, Decimal>;
}

const perUitkomst = <T>(f: (u: UitkomstId) => T) => Object.fromEntries(UITKOMSTEN.map((u) => [u, f(u)])) as Record<UitkomstId, T>;

/**
 * Derives the outcome counts of a cohort of N clients from the model. Rounding: largest remainder
 * over the four outcomes in the order oplossing, gestabiliseerd, geenOplossing, inSchuldregelfase
 * (on equal remainders the earlier outcome gets the client). Within the sum tolerance the shares are
 * scaled to exactly 100% first. Requires a complete model (modelIsVolledig).
 */
export function verklaarUitkomsten(cohort: number, m: KlanttypenModel): UitkomstAfleiding {
  const N = new Decimal(cohort);
  const perType: TypeUitleg[] = KLANTTYPEN.map((t) => {
    const mix = new Decimal(m.mix[t]);
    return {
      type: t,
      mix,
      klanten: N.times(mix),
      uitkomsten: perUitkomst((u) => {
        const kans = new Decimal(m.kansen[t][u]);
        return { kans, verwacht: N.times(mix).times(kans) };
      }),
    };
  });
  const ruw = perUitkomst((u) => sum(perType.map((p) => p.mix.times(p.uitkomsten[u].kans))));
  const totaal = sum(UITKOMSTEN.map((u) => ruw[u]));
  const aandelen = totaal.isZero() ? ruw : perUitkomst((u) => ruw[u].div(totaal));
  const verwacht = perUitkomst((u) => aandelen[u].times(cohort));
  const delen = grootsteRest(cohort, UITKOMSTEN.map((u) => aandelen[u]));
  const afgerond = perUitkomst((u) => delen[UITKOMSTEN.indexOf(u)]!);
  return { cohort, perType, aandelen, verwacht, afgerond, afronding: perUitkomst((u) => new Decimal(afgerond[u]).minus(verwacht[u])) };
}

/**
 * The outcome counts a pathway computes with: derived from its uitkomstModel when it has a complete
 * one, else its own (directly entered) uitkomsten. The UI calls this to fill the counts whenever the
 * cohort, the mix or a rate changes.
 */
export function leidUitkomstenAf(w: { cohort: number; uitkomsten: Uitkomsten; uitkomstModel?: UitkomstModel | undefined }): Uitkomsten {
  if (!w.uitkomstModel || !modelIsVolledig(w.uitkomstModel)) return { ...w.uitkomsten };
  return verklaarUitkomsten(w.cohort, w.uitkomstModel).afgerond;
}

/** The pathway with its uitkomsten filled from its model (unchanged without one). */
export function metAfgeleideUitkomsten<W extends { cohort: number; uitkomsten: Uitkomsten; uitkomstModel?: UitkomstModel | undefined }>(w: W): W {
  return w.uitkomstModel ? { ...w, uitkomsten: leidUitkomstenAf(w) } : w;
}

/** "5/7/8/3": counts in the order of UITKOMSTEN, for messages. */
export function formatAantallen(u: Uitkomsten): string {
  return UITKOMSTEN.map((k) => String(u[k])).join('/');
}

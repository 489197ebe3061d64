import type { Aansluiting } from '../aansluiting';
import { BATEN, KOSTENPOSTEN, STAKEHOLDERS, type BaatId, type KostenpostId, type Stakeholder } from '../begrippen';
import type { Decimal } from '../decimal';
import { normaliseer, type Resultaat, type Verschil, type WerkwijzeResultaat } from '../engine';
import type { Scenario } from '../scenario/schema';
import { hertrekkenActief } from '../scenario/onzekerheidSchema';
import { eenheidVanRegel, naarGetal } from './getallen';
import { COMPONENT_LABELS, STAKEHOLDER_LABELS, type ComponentId } from '../begrippen';
import { bronOmschrijving, eigenWaarden } from '../herkomst';
import { parameterDefinitie } from '../parameters/catalog';
import {
  contanteWaardeJson,
  gevoeligheidJson,
  monteCarloJson,
  waardeVanInformatieJson,
  type JsonWaardeVanInformatie,
  prijspeilJson,
  type JsonContanteWaarde,
  type JsonGevoeligheid,
  type JsonMonteCarlo,
  type JsonOmslagwaarde,
  type JsonPrijspeil,
  type Onzekerheidsanalyses,
} from './onzekerheid';
import { perJaarJson, type JsonPerJaar } from './perJaar';
import { tijdJson, type JsonTijd } from './tijd';
import { ACTOREN, type Actor } from '../welvaart';
import { variantenJson, type JsonVariant } from './varianten';

/**
 * The machine-readable result (`mkba --format json`): English keys, unrounded numbers, all money
 * normalised to the reference cohort. This shape is a contract: keys may be added, never renamed.
 */
export interface JsonBedragen<K extends string> {
  items: Record<K, number>;
  total: number;
  /** total / referenceCohort */
  perClient: number;
}

/** Gross → net of one benefit: net = gross − deadweight − displacement − attribution (amounts, in that order). */
export interface JsonBrutoNetto {
  gross: number;
  deadweight: number;
  attribution: number;
  displacement: number;
  net: number;
}

export interface JsonVerschil {
  /** The id of the baseline pathway. */
  baseline: string;
  costs: number;
  benefits: number;
  net: number;
  netPerClient: number;
}

export interface JsonWerkwijze {
  id: string;
  name: string;
  baseline: boolean;
  cohort: number;
  /** Eligible clients E = resolved + stabilised after allocation (fractional with expected values). */
  eligibleClients: number;
  costs: JsonBedragen<KostenpostId>;
  /** items are net amounts (after gross → net); grossToNet shows the steps, normalised like items. */
  benefits: JsonBedragen<BaatId> & { grossToNet: Record<BaatId, JsonBrutoNetto> };
  net: number;
  netPerClient: number;
  /** benefits / costs; null when the costs are 0. */
  benefitCostRatio: number | null;
  stakeholders: Record<Stakeholder, number>;
  /** How the clients still in the settlement phase were allocated. */
  allocation: {
    method: 'wholeClients' | 'expectedValues';
    successShare: number;
    inSettlementPhase: number;
    toResolved: number;
    toUnresolved: number;
  };
  /** Outcome counts after allocation, for the pathway's own cohort. */
  outcomes: { resolved: number; stabilised: number; unresolved: number };
  /** This pathway minus the baseline, normalised; absent on the baseline itself. */
  differenceFromBaseline?: JsonVerschil;
  /** Effects over time: yearly flows, present value and payback year per party at 0% and 2,25% (issue 11). */
  time?: JsonTijd;
  /**
   * The maatschappelijk welvaartssaldo (issue 11): benefits counted at their welvaartsaandeel, net =
   * benefits − costs, and the transfers per actor (stakeholders, huishoudens, schuldeisers; + gain,
   * − loss; they add up to 0). Normalised like `net`.
   */
  welfare: JsonWelvaart;
}

export interface JsonWelvaart {
  benefits: number;
  net: number;
  netPerClient: number;
  transfers: Record<Actor, number>;
}

export interface JsonAansluitingRegel {
  pathway: string;
  item: string;
  description: string;
  unit: 'euro' | 'share' | 'clients';
  published: number;
  computed: number;
  /** computed − published */
  difference: number;
  matches: boolean;
  cause?: string;
}

export interface JsonUitvoer {
  title: string;
  referenceCohort: number;
  pathways: JsonWerkwijze[];
  /** Present when the scenario carries published figures. */
  reconciliationSource?: string;
  reconciliation?: JsonAansluitingRegel[];
  /** Present when the scenario discounts (tijd.discontovoet > 0): net present values per pathway. */
  presentValue?: JsonContanteWaarde;
  /** Present when the scenario indexes prices (prijspeil.doeljaar set): all euro amounts are at targetYear. */
  priceLevel?: JsonPrijspeil;
  /** One-way sensitivity (`--sensitivity`): every uncertain input, largest impact first. */
  sensitivity?: JsonGevoeligheid[];
  /** Switching values (`--sensitivity`) for the most influential inputs, per project pathway and target. */
  switchingValues?: JsonOmslagwaarde[];
  /** Monte Carlo summary (`--mc`, `--seed`). */
  monteCarlo?: JsonMonteCarlo;
  /** Value of information (`--evppi`): EVPI and EVPPI per input and per group. */
  valueOfInformation?: JsonWaardeVanInformatie;
  /** Present when the scenario sets instellingen.instroomPerJaar: per year = per client × inflow. */
  perYear?: JsonPerJaar;
  /**
   * Present when a parameter or a stakeholder share differs from its default: the value is the
   * scenario's own, and `source` says so ("eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 …)").
   */
  ownValues?: JsonEigenWaarde[];
  /** Present when the scenario has varianten: each variant computed by the same engine, in file order. */
  variants?: JsonVariant[];
}

export interface JsonEigenWaarde {
  /** The input's path in the scenario file: "parameters.welfareExit.monthsEarlier", "verdeling.eviction.gemeente". */
  key: string;
  /** Dutch label. */
  label: string;
  value: number;
  default: number;
  /** Dutch: "eigen waarde (standaard …, <source of the default>)". */
  source: string;
}

const EENHEID = { euro: 'euro', aandeel: 'share', klanten: 'clients' } as const;

function werkwijze(s: Scenario, w: WerkwijzeResultaat, v: Verschil | undefined, referentieCohort: number): JsonWerkwijze {
  const g = (x: Decimal | number, waar: string) => naarGetal(x, `${w.id}.${waar}`);
  const uit: Omit<JsonWerkwijze, 'welfare'> & Partial<Pick<JsonWerkwijze, 'welfare'>> = {
    id: w.id,
    name: w.naam,
    baseline: w.nulalternatief,
    cohort: w.cohort,
    eligibleClients: g(w.inAanmerking, 'eligibleClients'),
    costs: {
      items: Object.fromEntries(KOSTENPOSTEN.map((k) => [k, g(w.kosten.posten[k].totaal, `costs.items.${k}`)])) as Record<KostenpostId, number>,
      total: g(w.kosten.totaal.totaal, 'costs.total'),
      perClient: g(w.kosten.totaal.perKlant, 'costs.perClient'),
    },
    benefits: {
      items: Object.fromEntries(BATEN.map((b) => [b, g(w.baten.posten[b].totaal, `benefits.items.${b}`)])) as Record<BaatId, number>,
      total: g(w.baten.totaal.totaal, 'benefits.total'),
      perClient: g(w.baten.totaal.perKlant, 'benefits.perClient'),
      grossToNet: Object.fromEntries(
        BATEN.map((b) => {
          const bn = w.baten.posten[b].brutoNetto;
          const n = (x: Decimal, k: string) => g(normaliseer(x, w.cohort, referentieCohort).totaal, `benefits.grossToNet.${b}.${k}`);
          return [b, { gross: n(bn.bruto, 'gross'), deadweight: n(bn.deadweight, 'deadweight'), attribution: n(bn.attributie, 'attribution'), displacement: n(bn.verdringing, 'displacement'), net: g(w.baten.posten[b].totaal, `benefits.grossToNet.${b}.net`) }];
        }),
      ) as Record<BaatId, JsonBrutoNetto>,
    },
    net: g(w.saldo.totaal, 'net'),
    netPerClient: g(w.saldo.perKlant, 'netPerClient'),
    benefitCostRatio: w.batenKostenVerhouding === null ? null : g(w.batenKostenVerhouding, 'benefitCostRatio'),
    stakeholders: Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, g(w.stakeholders[sh], `stakeholders.${sh}`)])) as Record<Stakeholder, number>,
    allocation: {
      method: s.instellingen.toedeling === 'heleKlanten' ? 'wholeClients' : 'expectedValues',
      successShare: g(s.parameters['allocation.successShare'], 'allocation.successShare'),
      inSettlementPhase: s.werkwijzen.find((x) => x.id === w.id)?.uitkomsten.inSchuldregelfase ?? 0,
      toResolved: g(w.toedeling.naarOplossing, 'allocation.toResolved'),
      toUnresolved: g(w.toedeling.naarGeenOplossing, 'allocation.toUnresolved'),
    },
    outcomes: {
      resolved: g(w.naToedeling.oplossing, 'outcomes.resolved'),
      stabilised: g(w.naToedeling.gestabiliseerd, 'outcomes.stabilised'),
      unresolved: g(w.naToedeling.geenOplossing, 'outcomes.unresolved'),
    },
  };
  uit.welfare = {
    benefits: g(w.welvaart.baten.totaal, 'welfare.benefits'),
    net: g(w.welvaart.saldo.totaal, 'welfare.net'),
    netPerClient: g(w.welvaart.saldo.perKlant, 'welfare.netPerClient'),
    transfers: Object.fromEntries(ACTOREN.map((a) => [a, g(w.welvaart.overdrachten[a], `welfare.transfers.${a}`)])) as Record<Actor, number>,
  };
  if (v) {
    uit.differenceFromBaseline = {
      baseline: v.tenOpzichteVan,
      costs: g(v.kosten.totaal, 'differenceFromBaseline.costs'),
      benefits: g(v.baten.totaal, 'differenceFromBaseline.benefits'),
      net: g(v.saldo.totaal, 'differenceFromBaseline.net'),
      netPerClient: g(v.saldo.perKlant, 'differenceFromBaseline.netPerClient'),
    };
  }
  return uit as JsonWerkwijze;
}

/**
 * The JSON output object for a computed scenario; pass the reconciliation when there is one, and
 * the uncertainty analyses that were run. Present value and price level follow from the scenario.
 */
export function naarJson(
  scenario: Scenario,
  resultaat: Resultaat,
  aansluiting: Aansluiting | null = null,
  analyses: Onzekerheidsanalyses = {},
): JsonUitvoer {
  const uit: JsonUitvoer = {
    title: scenario.titel,
    referenceCohort: resultaat.referentieCohort,
    pathways: resultaat.werkwijzen.map((w) =>
      werkwijze(
        scenario,
        w,
        resultaat.verschillen.find((v) => v.id === w.id),
        resultaat.referentieCohort,
      ),
    ),
  };
  if (aansluiting) {
    uit.reconciliationSource = aansluiting.bron;
    uit.reconciliation = aansluiting.regels.map((r, i) => {
      const g = (x: Decimal | number, veld: string) => naarGetal(x, `reconciliation[${i}].${veld}`);
      const regel: JsonAansluitingRegel = {
        pathway: r.werkwijze,
        item: r.onderdeel,
        description: r.omschrijving,
        unit: EENHEID[eenheidVanRegel(r)],
        published: g(r.gepubliceerd, 'published'),
        computed: g(r.berekend, 'computed'),
        difference: g(r.verschil, 'difference'),
        matches: r.klopt,
      };
      if (r.oorzaak !== undefined) regel.cause = r.oorzaak;
      return regel;
    });
  }
  const tijd = tijdJson(scenario, resultaat);
  for (const p of uit.pathways) p.time = tijd[p.id];
  const cw = contanteWaardeJson(scenario, resultaat);
  if (cw) uit.presentValue = cw;
  const pp = prijspeilJson(scenario);
  if (pp) uit.priceLevel = pp;
  const pj = perJaarJson(scenario, resultaat);
  if (pj) uit.perYear = pj;
  // The catalog's defaults (a pathway's default lives in the app's built-in example, not in the file).
  const eigen = eigenWaarden(scenario).filter((h) => /^(parameters|verdeling)\./.test(h.veld) && typeof h.huidig === 'number' && typeof h.waarde === 'number');
  if (eigen.length > 0) {
    uit.ownValues = eigen.map((h, i) => ({
      key: h.veld,
      label: labelVan(h.veld),
      value: naarGetal(h.huidig as number, `ownValues[${i}].value`),
      default: naarGetal(h.waarde as number, `ownValues[${i}].default`),
      source: bronOmschrijving(h, 'nl'),
    }));
  }
  const varianten = variantenJson(scenario);
  if (varianten.length > 0) uit.variants = varianten;
  if (analyses.gevoeligheid) Object.assign(uit, gevoeligheidJson(analyses.gevoeligheid));
  if (analyses.monteCarlo) uit.monteCarlo = monteCarloJson(analyses.monteCarlo, hertrekkenActief(scenario, scenario.onzekerheid));
  if (analyses.waardeVanInformatie) uit.valueOfInformation = waardeVanInformatieJson(analyses.waardeVanInformatie);
  return uit;
}

/** The JSON text as the CLI prints it: pretty-printed, trailing newline. */
export function jsonTekst(uitvoer: JsonUitvoer): string {
  return JSON.stringify(uitvoer, null, 2) + '\n';
}

/** The Dutch label of a parameter or a stakeholder share, by its path. */
function labelVan(veld: string): string {
  const delen = veld.split('.');
  if (delen[0] === 'parameters') return parameterDefinitie(delen.slice(1).join('.'))?.label.nl ?? veld;
  const c = delen.slice(1, -1).join('.') as ComponentId;
  const sh = delen[delen.length - 1] as keyof typeof STAKEHOLDER_LABELS;
  return `Verdeling ${COMPONENT_LABELS[c]?.nl ?? c}: ${STAKEHOLDER_LABELS[sh]?.nl ?? sh}`;
}

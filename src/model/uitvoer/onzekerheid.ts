import type { Decimal } from '../decimal';
import type { Resultaat } from '../engine';
import { gevoeligheid, meestInvloedrijk, OMSLAG_AANTAL, type GevoeligheidRegel } from '../onzekerheid/gevoeligheid';
import type { OnzekereInvoer } from '../onzekerheid/invoer';
import type { MonteCarloResultaat, Samenvatting } from '../onzekerheid/montecarlo';
import type { WaardeVanInformatie } from '../onzekerheid/waardeVanInformatie';
import { omslagwaarde, type Doel, type Omslagwaarde } from '../onzekerheid/omslagwaarden';
import type { Eenheid } from '../parameters/types';
import type { Graad } from '../parameters/bewijs';
import { indexeer } from '../prijspeil';
import type { Scenario } from '../scenario/schema';
import { contanteWaarde } from '../tijd';
import { naarGetal } from './getallen';

/**
 * The uncertainty part of the output (issue 4): one-way sensitivity with switching values, the
 * Monte Carlo summary, present value and price level, as JSON pieces for `naarJson` (English keys,
 * unrounded numbers). The table and CSV builders read the same analyses.
 */

export { OMSLAG_AANTAL };
/** How many inputs the table's tornado lists. */
export const TORNADO_AANTAL = 15;
/** The switching-value targets, in output order. */
export const DOELEN: readonly Doel[] = ['saldoNul', 'gelijkAanNulalternatief'];

export interface OmslagRegel {
  invoer: OnzekereInvoer;
  omslag: Omslagwaarde;
}

export interface GevoeligheidsAnalyse {
  /** Every uncertain input, in the model's impact order (largest first). */
  regels: GevoeligheidRegel[];
  /** Per project pathway, per input among its `OMSLAG_AANTAL` most influential, per target. */
  omslagwaarden: OmslagRegel[];
}

/** What the CLI (or the app) computed beyond the base case; each part is optional. */
export interface Onzekerheidsanalyses {
  gevoeligheid?: GevoeligheidsAnalyse;
  monteCarlo?: MonteCarloResultaat;
  /** `--evppi`: value of information from the Monte Carlo draws. */
  waardeVanInformatie?: WaardeVanInformatie;
}

/**
 * Switching values per project pathway, for that pathway's `aantal` most influential inputs (by
 * their impact on its own difference from the baseline), both targets. With one project pathway
 * these are the first `aantal` rows of the model's order.
 */
export function omslagwaarden(s: Scenario, regels: readonly GevoeligheidRegel[], aantal = OMSLAG_AANTAL): OmslagRegel[] {
  const projecten = s.werkwijzen.filter((w) => !w.nulalternatief).map((w) => w.id);
  const uit: OmslagRegel[] = [];
  for (const id of projecten) {
    for (const r of meestInvloedrijk(regels, id, aantal)) {
      for (const doel of DOELEN) uit.push({ invoer: r.invoer, omslag: omslagwaarde(s, r.invoer, id, doel) });
    }
  }
  return uit;
}

/** The sensitivity analysis as the CLI's `--sensitivity` runs it: with the scenario's own ranges. */
export function analyseerGevoeligheid(s: Scenario, aantal = OMSLAG_AANTAL): GevoeligheidsAnalyse {
  const { regels } = gevoeligheid(s, s.onzekerheid);
  return { regels, omslagwaarden: omslagwaarden(s, regels, aantal) };
}

/* ---------- JSON ---------- */

export type JsonEenheid = 'euro' | 'share' | 'months' | 'clients';
const EENHEID: Record<Eenheid, JsonEenheid> = { euro: 'euro', aandeel: 'share', maanden: 'months', klanten: 'clients' };

export interface JsonLaagHoog {
  low: number;
  high: number;
}

export interface JsonGevoeligheid {
  /** The input's key in scenario files: "parameters.<id>" or "werkwijzen.<id>.<field>". */
  key: string;
  /** Dutch label. */
  label: string;
  unit: JsonEenheid;
  /** Scenario value, low and high end of the range (euro inputs at their source's price level). */
  base: number;
  low: number;
  high: number;
  /** Evidence grade of the value: A measured locally, B national statistic or several studies, C a single study, D assumption. */
  grade: Graad;
  /** The range's own source; or else rangeAssumption, the reason it is an assumption. */
  rangeSource?: string;
  rangeAssumption?: string;
  /** |high − low| of the first project pathway's difference from the baseline per client: the sort key. */
  impact: number;
  /** Saldo per client of each pathway with this input at its low and at its high value. */
  netPerClient: Record<string, JsonLaagHoog>;
  /** Per project pathway: its saldo per client minus the baseline's, at low and at high. */
  differenceFromBaseline: Record<string, JsonLaagHoog>;
}

export type JsonDoel = 'netZero' | 'equalsBaseline';
export const JSON_DOEL: Record<Doel, JsonDoel> = { saldoNul: 'netZero', gelijkAanNulalternatief: 'equalsBaseline' };
export type JsonSoort = 'exact' | 'threshold' | 'unreachable' | 'noEffect';
const SOORT: Record<Omslagwaarde['soort'], JsonSoort> = { exact: 'exact', drempel: 'threshold', onbereikbaar: 'unreachable', geenInvloed: 'noEffect' };

export interface JsonOmslagwaarde {
  key: string;
  /** The project pathway whose saldo per client is looked at. */
  pathway: string;
  /** netZero: its saldo per client is 0; equalsBaseline: it equals the baseline's. */
  target: JsonDoel;
  /** The input value that meets the target; null when it is unreachable or the input has no effect. */
  value: number | null;
  /** exact: met within a cent; threshold: the saldo jumps past the target here (rounding); unreachable; noEffect. */
  kind: JsonSoort;
  /** Dutch explanation. */
  explanation: string;
}

export interface JsonMonteCarloWerkwijze {
  /** Saldo per client: mean, 5th and 95th percentile, in euro. */
  mean: number;
  p5: number;
  p95: number;
  /** Share of draws with a saldo per client above zero. */
  probPositive: number;
  /** Share of draws in which this pathway's saldo per client is above the baseline's (project pathways only). */
  probBeatsBaseline?: number;
  /** This pathway's saldo per client minus the baseline's (project pathways only). */
  differenceFromBaseline?: { mean: number; p5: number; p95: number };
  histogram: { from: number; to: number; count: number }[];
}

export interface JsonMonteCarlo {
  draws: number;
  seed: number;
  /** Whether the outcome counts per pathway were redrawn too. */
  redrawOutcomes: boolean;
  pathways: Record<string, JsonMonteCarloWerkwijze>;
  /** pairwise[a][b] = P(saldo per client of a > that of b); with pairwise[b][a] and ties[a][b] it sums to 1. */
  pairwise: Record<string, Record<string, number>>;
  /** ties[a][b] = P(equal saldo per client). */
  ties: Record<string, Record<string, number>>;
  /** P(ranks best) per pathway; a tie for the top is shared equally, so these sum to 1. */
  rankBest: Record<string, number>;
  /** Expected rank per pathway (1 = best). */
  expectedRank: Record<string, number>;
}

export interface JsonContanteWaardeWerkwijze {
  /** Present values, normalised to the reference cohort. */
  costs: number;
  benefits: number;
  net: number;
  netPerClient: number;
  /** This pathway minus the baseline (project pathways only). */
  differenceFromBaseline?: { net: number; netPerClient: number };
}

export interface JsonContanteWaarde {
  discountRate: number;
  horizonYears: number;
  pathways: Record<string, JsonContanteWaardeWerkwijze>;
}

export interface JsonPrijspeil {
  targetYear: number;
  /** Price year of the pathways' own cost amounts. */
  costPriceYear: number;
  /** Index factor from each source price year to the target year. */
  factors: Record<string, number>;
}

const laagHoog = (x: { laag: Decimal; hoog: Decimal }, waar: string): JsonLaagHoog => ({
  low: naarGetal(x.laag, `${waar}.low`),
  high: naarGetal(x.hoog, `${waar}.high`),
});

function perWerkwijze<T>(rec: Record<string, T>, f: (x: T, id: string) => JsonLaagHoog): Record<string, JsonLaagHoog> {
  return Object.fromEntries(Object.entries(rec).map(([id, x]) => [id, f(x, id)]));
}

export function gevoeligheidJson(a: GevoeligheidsAnalyse): { sensitivity: JsonGevoeligheid[]; switchingValues: JsonOmslagwaarde[] } {
  const sensitivity = a.regels.map((r, i): JsonGevoeligheid => {
    const g = (x: number, veld: string) => naarGetal(x, `sensitivity[${i}].${veld}`);
    return {
      key: r.invoer.sleutel,
      label: r.invoer.label.nl,
      unit: EENHEID[r.invoer.eenheid],
      base: g(r.invoer.basis, 'base'),
      low: g(r.invoer.laag, 'low'),
      high: g(r.invoer.hoog, 'high'),
      grade: r.invoer.graad,
      ...('bron' in r.invoer.herkomst ? { rangeSource: r.invoer.herkomst.bron } : { rangeAssumption: r.invoer.herkomst.aanname }),
      impact: naarGetal(r.impact, `sensitivity[${i}].impact`),
      netPerClient: perWerkwijze(r.saldoPerKlant, (x, id) => laagHoog(x, `sensitivity[${i}].netPerClient.${id}`)),
      differenceFromBaseline: perWerkwijze(r.verschil, (x, id) => laagHoog(x, `sensitivity[${i}].differenceFromBaseline.${id}`)),
    };
  });
  const switchingValues = a.omslagwaarden.map(({ invoer, omslag }, i): JsonOmslagwaarde => ({
    key: invoer.sleutel,
    pathway: omslag.werkwijze,
    target: JSON_DOEL[omslag.doel],
    value: omslag.waarde === null ? null : naarGetal(omslag.waarde, `switchingValues[${i}].value`),
    kind: SOORT[omslag.soort],
    explanation: omslag.uitleg,
  }));
  return { sensitivity, switchingValues };
}

function samenvatting(x: Samenvatting, waar: string) {
  const g = (v: number, veld: string) => naarGetal(v, `${waar}.${veld}`);
  return { mean: g(x.gemiddelde, 'mean'), p5: g(x.p5, 'p5'), p95: g(x.p95, 'p95') };
}

export function monteCarloJson(mc: MonteCarloResultaat, redrawOutcomes: boolean): JsonMonteCarlo {
  const pathways: Record<string, JsonMonteCarloWerkwijze> = {};
  for (const [id, x] of Object.entries(mc.saldoPerKlant)) {
    const waar = `monteCarlo.pathways.${id}`;
    const v = mc.verschil[id];
    pathways[id] = {
      ...samenvatting(x, waar),
      probPositive: naarGetal(x.kansPositief, `${waar}.probPositive`),
      ...(v
        ? {
            probBeatsBaseline: naarGetal(v.kansPositief, `${waar}.probBeatsBaseline`),
            differenceFromBaseline: samenvatting(v, `${waar}.differenceFromBaseline`),
          }
        : {}),
      histogram: x.histogram.map((b, i) => ({
        from: naarGetal(b.van, `${waar}.histogram[${i}].from`),
        to: naarGetal(b.tot, `${waar}.histogram[${i}].to`),
        count: b.aantal,
      })),
    };
  }
  const r = mc.rangorde;
  const matrix = (m: Record<string, Record<string, number>>, veld: string) =>
    Object.fromEntries(Object.entries(m).map(([a, rij]) => [a, Object.fromEntries(Object.entries(rij).map(([b, x]) => [b, naarGetal(x, `monteCarlo.${veld}.${a}.${b}`)]))]));
  const perId = (m: Record<string, number>, veld: string) => Object.fromEntries(Object.entries(m).map(([id, x]) => [id, naarGetal(x, `monteCarlo.${veld}.${id}`)]));
  return {
    draws: mc.trekkingen,
    seed: mc.seed,
    redrawOutcomes,
    pathways,
    pairwise: matrix(r.paarsgewijs, 'pairwise'),
    ties: matrix(r.gelijk, 'ties'),
    rankBest: perId(r.kansBeste, 'rankBest'),
    expectedRank: perId(r.verwachteRang, 'expectedRank'),
  };
}

/** Present value per pathway, when the scenario discounts (tijd.discontovoet > 0); otherwise null. */
export function contanteWaardeJson(s: Scenario, r: Resultaat): JsonContanteWaarde | null {
  if (!(s.tijd.discontovoet > 0)) return null;
  const cw = contanteWaarde(r, s.tijd);
  const nul = cw.find((c) => c.id === r.nulalternatief.id)!;
  const pathways: Record<string, JsonContanteWaardeWerkwijze> = {};
  for (const c of cw) {
    const g = (x: Decimal, veld: string) => naarGetal(x, `presentValue.pathways.${c.id}.${veld}`);
    const w: JsonContanteWaardeWerkwijze = {
      costs: g(c.kostenTotaal, 'costs'),
      benefits: g(c.batenTotaal, 'benefits'),
      net: g(c.saldo, 'net'),
      netPerClient: g(c.saldoPerKlant, 'netPerClient'),
    };
    if (c !== nul) {
      w.differenceFromBaseline = {
        net: g(c.saldo.minus(nul.saldo), 'differenceFromBaseline.net'),
        netPerClient: g(c.saldoPerKlant.minus(nul.saldoPerKlant), 'differenceFromBaseline.netPerClient'),
      };
    }
    pathways[c.id] = w;
  }
  return { discountRate: s.tijd.discontovoet, horizonYears: s.tijd.horizonJaren, pathways };
}

/** The price level, when the scenario indexes to a target year; otherwise null. */
export function prijspeilJson(s: Scenario): JsonPrijspeil | null {
  const doel = s.prijspeil.doeljaar;
  if (doel === null) return null;
  const r = indexeer(s, s.prijspeil);
  // A valid scenario has every inflation figure it needs (the schema checks it).
  if (!r.ok) throw new Error(`interne fout: ${r.fout}`);
  const factoren = Object.entries(r.indexering?.factoren ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([jaar, f]) => [jaar, naarGetal(f, `priceLevel.factors.${jaar}`)] as const);
  return { targetYear: doel, costPriceYear: s.prijspeil.prijsjaarKosten, factors: Object.fromEntries(factoren) };
}

export interface JsonInformatiewaarde {
  key: string;
  /** Dutch label. */
  label: string;
  /** Per client, in euro. */
  evppi: number;
  /** Per year (× instellingen.instroomPerJaar); null without an inflow per year. */
  evppiPerYear: number | null;
}

export interface JsonWaardeVanInformatie {
  draws: number;
  /** Expected value of perfect information for the choice between the pathways, per client. */
  evpi: number;
  evpiPerYear: number | null;
  inflowPerYear: number | null;
  /** Single-input EVPPI (binning estimator, Sadatsafavi et al. 2013), largest first. */
  perInput: JsonInformatiewaarde[];
  /**
   * EVPPI per group of inputs (linear regression metamodel, Strong, Oakley & Brennan 2014, then binning); with the
   * outcome redraw also each pathway's redrawn outcome counts (`uitkomsten.<id>`) and all pathways' (`uitkomsten`).
   */
  perGroup: JsonInformatiewaarde[];
  /** Keys of the inputs no tape of the kernel read in this run: no effect on any saldo, EVPPI exactly 0. */
  withoutEffect: string[];
  /** The estimator's noise floor per client: its mean EVPPI for a key independent of every saldo (a random order of the draws). */
  noiseFloor: number | null;
  /**
   * The largest of those 19 random orders' EVPPIs: an EVPPI at or below it cannot be told apart from an input without
   * effect (a Monte Carlo test at 5%, Hope 1968).
   */
  noiseLimit: number | null;
  method: string;
}

export const VOI_METHODE =
  'EVPI = E[max NB] − max E[NB] over de Monte Carlo-trekkingen, NB = saldo per klant. EVPPI per invoer: binning-schatter van ' +
  'Sadatsafavi e.a. (2013, Value in Health 16(2):438–448), ⌈√n⌉ bakken op de gesorteerde invoer. EVPPI per groep: lineair ' +
  'regressie-metamodel per werkwijze (Strong, Oakley & Brennan 2014, Medical Decision Making 34(3):311–326), daarna dezelfde binning ' +
  'op de voorspelde beste werkwijze en haar voorsprong. Met het opnieuw trekken van de uitkomsten ook per werkwijze een groep van ' +
  'haar opnieuw getrokken uitkomstaantallen (uitkomsten.<id>) en die van alle werkwijzen samen (uitkomsten), op dezelfde manier. ' +
  'Een invoer die geen enkele band van de rekenkern leest, heeft aantoonbaar geen invloed op het saldo: EVPPI precies 0 (withoutEffect). ' +
  'Ruisniveau (noiseFloor): de gemiddelde EVPPI die de schatter geeft aan een sleutel zonder enige invloed (de trekkingen in 19 willekeurige volgordes, vast startgetal); ' +
  'een EVPPI van die orde is de opwaartse vertekening van de schatter, geen informatie. Ruisgrens (noiseLimit): de grootste van die 19; een EVPPI ' +
  'tot daar is niet te onderscheiden van een invoer zonder invloed (Monte Carlo-toets op 5%, Hope 1968, JRSS B 30(3):582–598).';

export function waardeVanInformatieJson(w: WaardeVanInformatie): JsonWaardeVanInformatie {
  const regel = (x: WaardeVanInformatie['perInvoer'][number], waar: string): JsonInformatiewaarde => ({
    key: x.sleutel,
    label: x.label.nl,
    evppi: naarGetal(x.evppi, `${waar}.evppi`),
    evppiPerYear: x.evppiPerJaar === null ? null : naarGetal(x.evppiPerJaar, `${waar}.evppiPerYear`),
  });
  return {
    draws: w.trekkingen,
    evpi: naarGetal(w.evpi, 'valueOfInformation.evpi'),
    evpiPerYear: w.evpiPerJaar === null ? null : naarGetal(w.evpiPerJaar, 'valueOfInformation.evpiPerYear'),
    inflowPerYear: w.instroomPerJaar,
    perInput: w.perInvoer.map((x, i) => regel(x, `valueOfInformation.perInput[${i}]`)),
    perGroup: w.perGroep.map((x, i) => regel(x, `valueOfInformation.perGroup[${i}]`)),
    withoutEffect: w.zonderInvloed ?? [],
    noiseFloor: w.ruisniveau === undefined ? null : naarGetal(w.ruisniveau, 'valueOfInformation.noiseFloor'),
    noiseLimit: w.ruisgrens === undefined ? null : naarGetal(w.ruisgrens, 'valueOfInformation.noiseLimit'),
    method: VOI_METHODE,
  };
}

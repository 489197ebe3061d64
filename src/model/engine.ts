import { BAAT_FORMULES } from './baten';
import { naarNetto, type NettoBaat } from './baten/brutoNetto';
import { aftrekAandelen } from './scenario/brutoNettoSchema';
import {
  BAAT_COMPONENTEN,
  BATEN,
  KOSTENPOSTEN,
  STAKEHOLDERS,
  type BaatId,
  type ComponentId,
  type KostenpostId,
  type Stakeholder,
} from './begrippen';
import { Decimal, ZERO, sum } from './decimal';
import { bereken, factor } from './berekening';
import { berekenKosten, type KostenpostResultaat } from './kosten';
import type { ParameterId } from './parameters/catalog';
import type { Scenario, Werkwijze } from './scenario/schema';
import { wijsToe, type Toedeling } from './toedeling';
import { indexeer } from './prijspeil';
import { berekenWelvaart, type Welvaart } from './welvaart';

/** An amount for a pathway: for its own cohort (bruto), normalised to the reference cohort, and per client. */
export interface Bedrag {
  bruto: Decimal;
  totaal: Decimal;
  perKlant: Decimal;
}

export interface WerkwijzeResultaat {
  id: string;
  naam: string;
  nulalternatief: boolean;
  cohort: number;
  toedeling: Toedeling;
  /** Outcome counts after allocation (fractional with expected values). */
  naToedeling: { oplossing: Decimal; gestabiliseerd: Decimal; geenOplossing: Decimal };
  /** Eligible clients E = oplossing + gestabiliseerd after allocation. */
  inAanmerking: Decimal;
  /** Reference cohort / N. */
  schaal: Decimal;
  kosten: { posten: Record<KostenpostId, KostenpostResultaat & Bedrag>; totaal: Bedrag };
  /** Net benefits (after gross → net); each keeps its gross amount and deductions in `brutoNetto`. */
  baten: { posten: Record<BaatId, NettoBaat & Bedrag>; totaal: Bedrag };
  saldo: Bedrag;
  /** Benefits / costs; null when the costs are zero. */
  batenKostenVerhouding: Decimal | null;
  /** Normalised benefits per stakeholder. */
  stakeholders: Record<Stakeholder, Decimal>;
  /** Normalised benefits per component and stakeholder, for the detail view. */
  componenten: Record<ComponentId, { totaal: Decimal; verdeling: Partial<Record<Stakeholder, Decimal>> }>;
  /** The maatschappelijk welvaartssaldo beside this business case (issue 11, item 4; welvaart.ts). */
  welvaart: Welvaart;
}

/** A difference between two pathways, on the normalised amounts. */
export type VerschilBedrag = Omit<Bedrag, 'bruto'>;

export interface Verschil {
  id: string;
  tenOpzichteVan: string;
  kosten: VerschilBedrag;
  baten: VerschilBedrag;
  saldo: VerschilBedrag;
  posten: Record<BaatId, VerschilBedrag>;
}

export interface Resultaat {
  referentieCohort: number;
  werkwijzen: WerkwijzeResultaat[];
  nulalternatief: WerkwijzeResultaat;
  /** Each non-baseline pathway minus the baseline. */
  verschillen: Verschil[];
}

/** The reference cohort: the scenario's setting, or else the N of the first project pathway. */
export function referentieCohort(s: Scenario): number {
  if (s.instellingen.referentieCohort !== null) return s.instellingen.referentieCohort;
  return (s.werkwijzen.find((w) => !w.nulalternatief) ?? s.werkwijzen[0]!).cohort;
}

/**
 * Normalises an own-cohort amount: to the reference cohort and per client. Multiplying before the
 * one division keeps whole amounts whole (2352 × 23 / 23 = 2352, not 2351,99…9).
 */
export function normaliseer(bruto: Decimal, cohort: number, ref: number): Bedrag {
  return { bruto, perKlant: bruto.div(cohort), totaal: cohort === ref ? bruto : bruto.times(ref).div(cohort) };
}

function verschil(a: Bedrag, b: Bedrag): VerschilBedrag {
  return { totaal: a.totaal.minus(b.totaal), perKlant: a.perKlant.minus(b.perKlant) };
}

/** The part of a pathway's MKBA without the stakeholder split: what the Monte Carlo needs per draw. */
export type WerkwijzeKern = Omit<WerkwijzeResultaat, 'stakeholders' | 'componenten' | 'welvaart'>;

export function berekenKern(s: Scenario, w: Werkwijze, ref: number): WerkwijzeKern {
  const p = (id: ParameterId) => new Decimal(s.parameters[id]);
  const u = w.uitkomsten;
  const toedeling = wijsToe(u.inSchuldregelfase, p('allocation.successShare'), s.instellingen.toedeling);
  const naToedeling = {
    oplossing: toedeling.naarOplossing.plus(u.oplossing),
    gestabiliseerd: new Decimal(u.gestabiliseerd),
    geenOplossing: toedeling.naarGeenOplossing.plus(u.geenOplossing),
  };
  const E = naToedeling.oplossing.plus(naToedeling.gestabiliseerd);
  const ctx = {
    E,
    aandeelPW: new Decimal(w.samenstelling.aandeelPW),
    aandeelWerkend: new Decimal(w.samenstelling.aandeelWerkend),
    p,
    afronden: s.instellingen.eenheidsbedragenAfronden,
  };

  const kostenposten = metOptimismeBias(berekenKosten(w, naToedeling.oplossing), w.nulalternatief ? 0 : (s.instellingen.optimismeBias ?? 0));
  const kosten = Object.fromEntries(
    KOSTENPOSTEN.map((id) => [id, Object.assign(kostenposten[id], normaliseer(kostenposten[id].bedrag, w.cohort, ref))]),
  ) as WerkwijzeResultaat['kosten']['posten'];
  const kostenTotaal = normaliseer(sum(KOSTENPOSTEN.map((id) => kostenposten[id].bedrag)), w.cohort, ref);

  const baten = Object.fromEntries(
    BATEN.map((id) => {
      const r = naarNetto(id, BAAT_FORMULES[id].bereken(ctx), aftrekAandelen(s.brutoNetto, id));
      return [id, Object.assign(r, normaliseer(r.bedrag, w.cohort, ref))];
    }),
  ) as WerkwijzeResultaat['baten']['posten'];
  const batenTotaal = normaliseer(sum(BATEN.map((id) => baten[id].bedrag)), w.cohort, ref);

  const saldo = normaliseer(batenTotaal.bruto.minus(kostenTotaal.bruto), w.cohort, ref);
  return {
    id: w.id,
    naam: w.naam,
    nulalternatief: w.nulalternatief,
    cohort: w.cohort,
    toedeling,
    naToedeling,
    inAanmerking: E,
    schaal: new Decimal(ref).div(w.cohort),
    kosten: { posten: kosten, totaal: kostenTotaal },
    baten: { posten: baten, totaal: batenTotaal },
    saldo,
    batenKostenVerhouding: kostenTotaal.bruto.isZero() ? null : batenTotaal.bruto.div(kostenTotaal.bruto),
  };
}

/**
 * Optimism bias (issue 11): the costs of a project pathway raised by this share, as an extra factor
 * "× (1 + opslag)" in each item's trace. 0 (the default) leaves the costs as they are.
 */
function metOptimismeBias(posten: Record<KostenpostId, KostenpostResultaat>, opslag: number): Record<KostenpostId, KostenpostResultaat> {
  if (opslag === 0) return posten;
  const f = factor(new Decimal(1).plus(opslag), 'getal', 'instellingen.optimismeBias');
  return Object.fromEntries(
    KOSTENPOSTEN.map((id) => {
      const b = bereken(posten[id].berekening.termen.map((t) => ({ factoren: [...t.factoren, f] })), posten[id].berekening.eenheid);
      return [id, { ...posten[id], bedrag: b.uitkomst, berekening: b }];
    }),
  ) as Record<KostenpostId, KostenpostResultaat>;
}

/** Splits a pathway's normalised benefits over the stakeholders, per component. */
export function verdeelOverStakeholders(s: Scenario, k: WerkwijzeKern, ref: number): WerkwijzeResultaat {
  const stakeholders = Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, ZERO])) as Record<Stakeholder, Decimal>;
  const componenten = {} as WerkwijzeResultaat['componenten'];
  for (const b of BATEN) {
    for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
      const totaal = (k.baten.posten[b].componenten[c] ?? ZERO).div(k.cohort).times(ref);
      const verdeling: Partial<Record<Stakeholder, Decimal>> = {};
      for (const sh of STAKEHOLDERS) {
        const aandeel = s.verdeling[c][sh];
        if (aandeel === undefined || aandeel === 0) continue;
        const deel = totaal.times(aandeel);
        verdeling[sh] = deel;
        stakeholders[sh] = stakeholders[sh].plus(deel);
      }
      componenten[c] = { totaal, verdeling };
    }
  }
  const r = { ...k, stakeholders, componenten };
  return { ...r, welvaart: berekenWelvaart(s, r, ref) };
}

export function berekenWerkwijze(s: Scenario, w: Werkwijze, ref: number): WerkwijzeResultaat {
  return verdeelOverStakeholders(s, berekenKern(s, w, ref), ref);
}

/** What every pathway's calculation reads: the scenario at its price level and the reference cohort. */
export function voorbereid(scenario: Scenario): { s: Scenario; ref: number } {
  const s = opPrijspeil(scenario);
  return { s, ref: referentieCohort(s) };
}

/** One pathway's saldo per client, from a prepared scenario (the uncertainty kernel records this per pathway). */
export function saldoPerKlantVan(s: Scenario, index: number, ref: number): Decimal {
  return berekenKern(s, s.werkwijzen[index]!, ref).saldo.perKlant;
}

/** Saldo per client per pathway, without traces of the stakeholder split: one Monte Carlo draw. */
export function saldiPerKlant(scenario: Scenario): { id: string; saldoPerKlant: Decimal }[] {
  const { s, ref } = voorbereid(scenario);
  return s.werkwijzen.map((w, i) => ({ id: w.id, saldoPerKlant: saldoPerKlantVan(s, i, ref) }));
}

/** The scenario with its euro amounts at the target price level (unchanged without a target year). */
export function opPrijspeil(s: Scenario): Scenario {
  if (s.prijspeil.doeljaar === null) return s;
  const r = indexeer(s, s.prijspeil);
  // A valid scenario always has the inflation figures it needs (checked by the schema).
  if (!r.ok) throw new Error(r.fout);
  return r.scenario;
}

/** The whole MKBA for a valid scenario, at its price level. Pure and deterministic. */
export function berekenScenario(scenario: Scenario): Resultaat {
  const s = opPrijspeil(scenario);
  const ref = referentieCohort(s);
  const werkwijzen = s.werkwijzen.map((w) => berekenWerkwijze(s, w, ref));
  const nulalternatief = werkwijzen.find((w) => w.nulalternatief) ?? werkwijzen[0]!;
  const verschillen = werkwijzen.filter((w) => w !== nulalternatief).map((w) => verschilTussen(w, nulalternatief));
  return { referentieCohort: ref, werkwijzen, nulalternatief, verschillen };
}

/** Pathway `a` minus pathway `b`, on the normalised amounts. */
function verschilTussen(a: WerkwijzeResultaat, b: WerkwijzeResultaat): Verschil {
  return {
    id: a.id,
    tenOpzichteVan: b.id,
    kosten: verschil(a.kosten.totaal, b.kosten.totaal),
    baten: verschil(a.baten.totaal, b.baten.totaal),
    saldo: verschil(a.saldo, b.saldo),
    posten: Object.fromEntries(BATEN.map((x) => [x, verschil(a.baten.posten[x], b.baten.posten[x])])) as Record<BaatId, VerschilBedrag>,
  };
}

/** Any two pathways compared directly (a − b), e.g. Klantreis against Klantreis met nazorg; null for an unknown id or a = b. */
export function vergelijk(r: Resultaat, a: string, b: string): Verschil | null {
  const wa = r.werkwijzen.find((w) => w.id === a);
  const wb = r.werkwijzen.find((w) => w.id === b);
  return wa && wb && wa !== wb ? verschilTussen(wa, wb) : null;
}

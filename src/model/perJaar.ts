import { BAAT_COMPONENTEN, BATEN, STAKEHOLDERS, type ComponentId, type Stakeholder } from './begrippen';
import { ZERO } from './decimal';
import type { Decimal } from './decimal';
import type { Resultaat, WerkwijzeResultaat } from './engine';
import type { Label } from './parameters/types';
import type { Scenario } from './scenario/schema';

/**
 * Scale (issue 5): what a pathway costs and yields per year at a given inflow of new clients.
 * Every figure per year is exactly the figure per client × the inflow (perKlant.times(instroom)),
 * where per client is the pathway's own-cohort amount / its own N, as in the engine.
 *
 * Per year means: for one year's intake of clients, over the whole course of their trajectory and
 * benefits, undiscounted (like the report's table 3.13). At a steady inflow this is also the yearly
 * budget effect once the process is in a steady state.
 */

export const INSTROOM_PER_JAAR_LABEL: Label = { nl: 'Instroom per jaar', en: 'Inflow per year' };
export const INSTROOM_PER_JAAR_UITLEG: Label = {
  nl: 'Aantal nieuwe klanten per jaar dat het traject start, geteld zoals het cohort van de dossieranalyse (met ten minste een eerste gesprek). Niet elke aanmelding: volgens Purpose (2019) krijgt gemiddeld 95% van de aanmeldingen een intake. Leeg = geen bedragen per jaar.',
  en: 'Number of new clients per year who start the trajectory, counted like the cohort of the file study (at least a first meeting). Not every registration: according to Purpose (2019) about 95% of registrations get an intake. Empty = no yearly amounts.',
};

/** Who pays the costs of the pathways: all costs are the municipality's (Regioplan 2020, par. 3.3). */
export const KOSTENDRAGER: Stakeholder = 'gemeente';
export const KOSTENDRAGER_BRON = 'Regioplan 2020, par. 3.3: alle kosten worden betaald door de gemeente';

export interface StakeholderBedragen {
  /** The costs this stakeholder bears: all costs for the municipality, nothing for the others. */
  kosten: Decimal;
  baten: Decimal;
  /** baten − kosten: the budget effect for this stakeholder. */
  saldo: Decimal;
}

export interface Bedragen {
  kosten: Decimal;
  baten: Decimal;
  saldo: Decimal;
  stakeholders: Record<Stakeholder, StakeholderBedragen>;
}

export interface WerkwijzePerJaar {
  id: string;
  naam: string;
  nulalternatief: boolean;
  perKlant: Bedragen;
  /** perKlant × instroom, figure by figure. */
  perJaar: Bedragen;
  /** This pathway minus the baseline, per client and per year (= per client × instroom); absent on the baseline. */
  verschil?: { tenOpzichteVan: string; perKlant: Bedragen; perJaar: Bedragen };
}

export interface PerJaar {
  instroom: number;
  werkwijzen: WerkwijzePerJaar[];
}

const perStakeholder = <T>(f: (sh: Stakeholder) => T) => Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, f(sh)])) as Record<Stakeholder, T>;

/** A pathway's amounts per client: own-cohort amounts / own N; benefits per stakeholder from the components. */
export function bedragenPerKlant(s: Scenario, w: WerkwijzeResultaat): Bedragen {
  const baten = perStakeholder(() => ZERO);
  for (const b of BATEN) {
    for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
      const perKlant = (w.baten.posten[b].componenten[c] ?? ZERO).div(w.cohort);
      for (const sh of STAKEHOLDERS) {
        const aandeel = s.verdeling[c][sh];
        if (aandeel === undefined || aandeel === 0) continue;
        baten[sh] = baten[sh].plus(perKlant.times(aandeel));
      }
    }
  }
  const kosten = w.kosten.totaal.perKlant;
  return {
    kosten,
    baten: w.baten.totaal.perKlant,
    saldo: w.saldo.perKlant,
    stakeholders: perStakeholder((sh) => {
      const k = sh === KOSTENDRAGER ? kosten : ZERO;
      return { kosten: k, baten: baten[sh], saldo: baten[sh].minus(k) };
    }),
  };
}

function keer(a: Bedragen, n: number): Bedragen {
  return {
    kosten: a.kosten.times(n),
    baten: a.baten.times(n),
    saldo: a.saldo.times(n),
    stakeholders: perStakeholder((sh) => ({
      kosten: a.stakeholders[sh].kosten.times(n),
      baten: a.stakeholders[sh].baten.times(n),
      saldo: a.stakeholders[sh].saldo.times(n),
    })),
  };
}

function min(a: Bedragen, b: Bedragen): Bedragen {
  return {
    kosten: a.kosten.minus(b.kosten),
    baten: a.baten.minus(b.baten),
    saldo: a.saldo.minus(b.saldo),
    stakeholders: perStakeholder((sh) => ({
      kosten: a.stakeholders[sh].kosten.minus(b.stakeholders[sh].kosten),
      baten: a.stakeholders[sh].baten.minus(b.stakeholders[sh].baten),
      saldo: a.stakeholders[sh].saldo.minus(b.stakeholders[sh].saldo),
    })),
  };
}

/**
 * Per pathway per year at the scenario's inflow (or the one given): costs, benefits, saldo and the
 * budget effect per stakeholder, and the differences from the baseline. Null when no inflow is set.
 * `resultaat` is berekenScenario(scenario); the per-client differences are the engine's own
 * (verschil.perKlant), so per year they are exactly verschil.perKlant × instroom.
 */
export function berekenPerJaar(scenario: Scenario, resultaat: Resultaat, instroom: number | null = scenario.instellingen.instroomPerJaar): PerJaar | null {
  if (instroom === null) return null;
  if (!Number.isInteger(instroom) || instroom < 1) throw new Error(`instroom per jaar moet een heel getal ≥ 1 zijn, niet ${instroom}`);
  const perKlant = new Map(resultaat.werkwijzen.map((w) => [w.id, bedragenPerKlant(scenario, w)]));
  const basis = perKlant.get(resultaat.nulalternatief.id)!;
  return {
    instroom,
    werkwijzen: resultaat.werkwijzen.map((w) => {
      const pk = perKlant.get(w.id)!;
      const uit: WerkwijzePerJaar = { id: w.id, naam: w.naam, nulalternatief: w.nulalternatief, perKlant: pk, perJaar: keer(pk, instroom) };
      const v = resultaat.verschillen.find((x) => x.id === w.id);
      if (v) {
        // Totals from the engine's own difference per client; the stakeholder split from the two pathways.
        const d = min(pk, basis);
        const vpk: Bedragen = { ...d, kosten: v.kosten.perKlant, baten: v.baten.perKlant, saldo: v.saldo.perKlant };
        uit.verschil = { tenOpzichteVan: v.tenOpzichteVan, perKlant: vpk, perJaar: keer(vpk, instroom) };
      }
      return uit;
    }),
  };
}

/**
 * The same calculation as src/model/engine.ts, in plain JS numbers and without traces: allocation,
 * eligible clients, the four cost items, the seven benefit formulas (with the report's rounding of
 * derived unit amounts), normalisation to the reference cohort, saldo, ratio and stakeholders.
 *
 * Only a yardstick for bench/engine.bench.ts (how much do Decimal and the traces cost?). Not for
 * use: floating point can differ from the engine on ties in the largest-remainder allocation and
 * drifts in the last digits. The bench checks it against the engine before timing anything.
 */
import { BAAT_COMPONENTEN, BATEN, BUDGETBEHEER_VARIANTEN, KOSTENPOSTEN, STAKEHOLDERS, referentieCohort, type BaatId, type ComponentId, type KostenpostId, type Scenario, type Stakeholder, type Werkwijze } from '../src/model/index';

export interface PlainBedrag {
  bruto: number;
  totaal: number;
  perKlant: number;
}

export interface PlainWerkwijze {
  id: string;
  inAanmerking: number;
  kosten: Record<KostenpostId, PlainBedrag>;
  kostenTotaal: PlainBedrag;
  baten: Record<BaatId, PlainBedrag>;
  batenTotaal: PlainBedrag;
  saldo: PlainBedrag;
  batenKostenVerhouding: number | null;
  stakeholders: Record<Stakeholder, number>;
}

export interface PlainResultaat {
  referentieCohort: number;
  werkwijzen: PlainWerkwijze[];
}

/** Largest remainder over [p, 1 − p]; ties go to the first share. */
function toedeling(n: number, p: number, modus: Scenario['instellingen']['toedeling']): [number, number] {
  if (modus === 'verwachteWaarden') return [p * n, (1 - p) * n];
  const q1 = p * n;
  const q2 = (1 - p) * n;
  let a = Math.floor(q1);
  let b = Math.floor(q2);
  const rest = n - a - b;
  if (rest > 0) {
    if (q1 - a >= q2 - b) {
      a += 1;
      if (rest > 1) b += 1;
    } else {
      b += 1;
      if (rest > 1) a += 1;
    }
  }
  return [a, b];
}

function werkwijze(s: Scenario, w: Werkwijze, ref: number): PlainWerkwijze {
  const P = s.parameters;
  const afronden = s.instellingen.eenheidsbedragenAfronden;
  const eenheid = (x: number) => (afronden ? Math.round(x) : x);
  const u = w.uitkomsten;
  const [naarOplossing] = toedeling(u.inSchuldregelfase, P['allocation.successShare'], s.instellingen.toedeling);
  const oplossing = naarOplossing + u.oplossing;
  const E = oplossing + u.gestabiliseerd;
  const pw = w.samenstelling.aandeelPW;
  const werkend = w.samenstelling.aandeelWerkend;
  const bedrag = (bruto: number): PlainBedrag => ({ bruto, perKlant: bruto / w.cohort, totaal: (bruto / w.cohort) * ref });

  const k = w.kosten;
  const kostenBruto: Record<KostenpostId, number> = {
    preparation: w.cohort * k.preparation.bedrag,
    settlementPhase: k.settlementPhase.aantal * k.settlementPhase.bedrag,
    debtArrangement: (k.debtArrangement.aantal === 'oplossingen' ? oplossing : k.debtArrangement.aantal) * k.debtArrangement.bedrag,
    budgetManagement: BUDGETBEHEER_VARIANTEN.reduce((a, v) => a + k.budgetManagement[v].aantal * k.budgetManagement[v].bedrag, 0),
  };

  const basis = E * werkend * P['jobRetention.escalationJobLoss'];
  const escalatie = E * P['eviction.threatShare'] * P['escalation.withoutHelp'];
  const daklozen = escalatie * P['homelessness.share'];
  const comp: Record<ComponentId, number> = {
    welfareExit: E * pw * P['welfareExit.exitShare'] * eenheid((P['welfare.pwAnnualCost'] * P['welfareExit.monthsEarlier']) / 12),
    'jobRetention.ww': basis * P['jobRetention.wwShare'] * eenheid((P['jobRetention.wwAnnualCost'] * P['jobRetention.wwMonths']) / 12),
    'jobRetention.pw': basis * P['jobRetention.pwShare'] * eenheid((P['welfare.pwAnnualCost'] * P['jobRetention.pwMonths']) / 12),
    'reintegration.ww': basis * P['jobRetention.wwShare'] * P['reintegration.wwShare'] * P['reintegration.programmeCost'],
    'reintegration.pw': basis * P['jobRetention.pwShare'] * P['reintegration.pwShare'] * P['reintegration.programmeCost'],
    eviction: escalatie * P['eviction.cost'],
    'homelessness.shelter': daklozen * P['homelessness.shelterCost'],
    'homelessness.careSafety': daklozen * eenheid(P['homelessness.shelterCost'] + P['homelessness.careSafetyCost']) - daklozen * P['homelessness.shelterCost'],
    utilityCutoff: E * P['utilityCutoff.debtShare'] * P['escalation.withoutHelp'] * P['utilityCutoff.cost'],
    'socialSupport.mo': E * P['socialSupport.moShare'] * P['socialSupport.moCost'],
    'socialSupport.ggz': E * P['socialSupport.ggzShare'] * P['socialSupport.ggzCost'],
  };

  const kosten = {} as Record<KostenpostId, PlainBedrag>;
  let kostenSom = 0;
  for (const id of KOSTENPOSTEN) {
    kosten[id] = bedrag(kostenBruto[id]);
    kostenSom += kostenBruto[id];
  }
  const baten = {} as Record<BaatId, PlainBedrag>;
  let batenSom = 0;
  const stakeholders = Object.fromEntries(STAKEHOLDERS.map((sh) => [sh, 0])) as Record<Stakeholder, number>;
  for (const b of BATEN) {
    let som = 0;
    for (const c of BAAT_COMPONENTEN[b] as readonly ComponentId[]) {
      som += comp[c];
      const totaal = (comp[c] / w.cohort) * ref;
      const verdeling = s.verdeling[c];
      for (const sh of STAKEHOLDERS) {
        const aandeel = verdeling[sh];
        if (aandeel) stakeholders[sh] += totaal * aandeel;
      }
    }
    baten[b] = bedrag(som);
    batenSom += som;
  }
  return {
    id: w.id,
    inAanmerking: E,
    kosten,
    kostenTotaal: bedrag(kostenSom),
    baten,
    batenTotaal: bedrag(batenSom),
    saldo: bedrag(batenSom - kostenSom),
    batenKostenVerhouding: kostenSom === 0 ? null : batenSom / kostenSom,
    stakeholders,
  };
}

export function berekenPlain(s: Scenario): PlainResultaat {
  const ref = referentieCohort(s);
  return { referentieCohort: ref, werkwijzen: s.werkwijzen.map((w) => werkwijze(s, w, ref)) };
}

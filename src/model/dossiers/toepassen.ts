import { valideerScenario, type Validatie } from '../scenario/valideer';
import type { Scenario, Werkwijze } from '../scenario/schema';
import type { Telling } from './importeer';

/**
 * Fills a pathway's inputs from imported dossier counts: cohort, outcomes, the shares on welfare and
 * employed (exact fractions, e.g. 10/23), and the cost-component counts. Unit costs stay as they were.
 * Observed counts replace an outcome model per client type (uitkomstModel): the pathway goes back to
 * direct entry, as the counts no longer come from the model.
 */
export function vulWerkwijze(w: Werkwijze, t: Telling, bron?: string): Werkwijze {
  const { uitkomstModel: _vervalt, ...rest } = w;
  return {
    ...rest,
    cohort: t.cohort,
    uitkomsten: { ...t.uitkomsten },
    samenstelling: { aandeelPW: t.inkomen.PW / t.cohort, aandeelWerkend: t.inkomen.werk / t.cohort },
    // The count behind the shares: the uncertainty analysis draws them from it while they are unchanged.
    dossiertelling: { klanten: t.cohort, PW: t.inkomen.PW, werkend: t.inkomen.werk, ...(bron ? { bron } : {}) },
    kosten: {
      ...w.kosten,
      settlementPhase: { ...w.kosten.settlementPhase, aantal: t.schuldregelfase },
      budgetManagement: {
        basis: { ...w.kosten.budgetManagement.basis, aantal: t.budgetbeheer.basis },
        plus: { ...w.kosten.budgetManagement.plus, aantal: t.budgetbeheer.plus },
        totaal: { ...w.kosten.budgetManagement.totaal, aantal: t.budgetbeheer.totaal },
      },
    },
  };
}

/** Which pathway of the scenario (by id) a count fills. */
export interface Toewijzing {
  telling: Telling;
  doel: string;
}

/**
 * Applies several counts at once and validates the result once, like any scenario; on failure the
 * caller keeps the current one. A pathway id that is not in the scenario is ignored.
 */
export function pasTellingenToe(s: Scenario, toewijzingen: readonly Toewijzing[], bron?: string): Validatie {
  const per = new Map(toewijzingen.map((x) => [x.doel, x.telling]));
  const werkwijzen = s.werkwijzen.map((w) => {
    const t = per.get(w.id);
    return t ? vulWerkwijze(w, t, bron) : w;
  });
  // Counts from the council's own dossiers are a sample: the Monte Carlo draws the outcome shares from
  // their posterior (posterior.ts), however many dossiers, unless the user turned that off.
  const mc = s.onzekerheid.montecarlo;
  const onzekerheid = per.size > 0 && mc.uitkomstenHertrekken === 'automatisch' ? { ...s.onzekerheid, montecarlo: { ...mc, uitkomstenHertrekken: true } } : s.onzekerheid;
  return valideerScenario({ ...s, werkwijzen, onzekerheid });
}

/** One count into one pathway: by default the pathway the file named (`t.werkwijze`). */
export function pasTellingToe(s: Scenario, t: Telling, doel: string = t.werkwijze): Validatie {
  return pasTellingenToe(s, [{ telling: t, doel }]);
}

import { valideerScenario, type Validatie } from '../scenario/valideer';
import type { Scenario } from '../scenario/schema';
import type { Telling } from './importeer';

/**
 * Fills a pathway's inputs from imported dossier counts: cohort, outcomes, the shares on welfare and
 * employed (exact fractions, e.g. 10/23), and the cost-component counts. Unit costs stay as they were.
 * The result is validated like any scenario; on failure the caller keeps the current one.
 */
export function pasTellingToe(s: Scenario, t: Telling): Validatie {
  const werkwijzen = s.werkwijzen.map((w) =>
    w.id !== t.werkwijze
      ? w
      : {
          ...w,
          cohort: t.cohort,
          uitkomsten: { ...t.uitkomsten },
          samenstelling: { aandeelPW: t.inkomen.PW / t.cohort, aandeelWerkend: t.inkomen.werk / t.cohort },
          kosten: {
            ...w.kosten,
            settlementPhase: { ...w.kosten.settlementPhase, aantal: t.schuldregelfase },
            budgetManagement: {
              basis: { ...w.kosten.budgetManagement.basis, aantal: t.budgetbeheer.basis },
              plus: { ...w.kosten.budgetManagement.plus, aantal: t.budgetbeheer.plus },
              totaal: { ...w.kosten.budgetManagement.totaal, aantal: t.budgetbeheer.totaal },
            },
          },
        },
  );
  return valideerScenario({ ...s, werkwijzen });
}

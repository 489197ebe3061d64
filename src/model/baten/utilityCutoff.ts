import { bereken, factor } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 6: escalating utility debts lead to a cut-off of gas, water or electricity (report table 3.11). */
export const utilityCutoff: BaatFormule = {
  id: 'utilityCutoff',
  label: BAAT_LABELS.utilityCutoff,
  formule: {
    nl: 'E × aandeel met schuld bij leverancier × kans op escalatie zonder hulp × kosten per afsluiting',
    en: 'E × share with utility debts × probability of escalation without help × cost per cut-off',
  },
  parameters: ['utilityCutoff.debtShare', 'escalation.withoutHelp', 'utilityCutoff.cost'],
  bereken({ E, p }) {
    const berekening = bereken([
      {
        factoren: [
          factor(E, 'klanten'),
          factor(p('utilityCutoff.debtShare'), 'aandeel', 'utilityCutoff.debtShare'),
          factor(p('escalation.withoutHelp'), 'aandeel', 'escalation.withoutHelp'),
          factor(p('utilityCutoff.cost'), 'euro', 'utilityCutoff.cost'),
        ],
      },
    ]);
    return { id: 'utilityCutoff', bedrag: berekening.uitkomst, componenten: { utilityCutoff: berekening.uitkomst }, berekening, afgeleid: [] };
  },
};

import { bereken, factor } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 4: escalation can lead to eviction; debt assistance prevents it (report table 3.9). */
export const eviction: BaatFormule = {
  id: 'eviction',
  label: BAAT_LABELS.eviction,
  formule: {
    nl: 'E × aandeel dreigende huisuitzetting × kans op escalatie zonder hulp × kosten per huisuitzetting',
    en: 'E × share facing eviction × probability of escalation without help × cost per eviction',
  },
  parameters: ['eviction.threatShare', 'escalation.withoutHelp', 'eviction.cost'],
  bereken({ E, p }) {
    const berekening = bereken([
      {
        factoren: [
          factor(E, 'klanten'),
          factor(p('eviction.threatShare'), 'aandeel', 'eviction.threatShare'),
          factor(p('escalation.withoutHelp'), 'aandeel', 'escalation.withoutHelp'),
          factor(p('eviction.cost'), 'euro', 'eviction.cost'),
        ],
      },
    ]);
    return { id: 'eviction', bedrag: berekening.uitkomst, componenten: { eviction: berekening.uitkomst }, berekening, afgeleid: [] };
  },
};

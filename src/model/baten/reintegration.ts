import { bereken, factor, termWaarde, type Term } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 3: no job loss means no reintegration programme (report table 3.8). */
export const reintegration: BaatFormule = {
  id: 'reintegration',
  label: BAAT_LABELS.reintegration,
  formule: {
    nl: 'E × aandeel werkend × escalatie met baanverlies × (aandeel WW × re-integratie WW + aandeel PW × re-integratie PW) × kosten traject',
    en: 'E × share employed × escalation with job loss × (WW share × reintegration WW + PW share × reintegration PW) × programme cost',
  },
  parameters: [
    'jobRetention.escalationJobLoss',
    'jobRetention.wwShare',
    'jobRetention.pwShare',
    'reintegration.wwShare',
    'reintegration.pwShare',
    'reintegration.programmeCost',
  ],
  bereken({ E, aandeelWerkend, p }) {
    const basis = [
      factor(E, 'klanten'),
      factor(aandeelWerkend, 'aandeel', 'samenstelling.aandeelWerkend'),
      factor(p('jobRetention.escalationJobLoss'), 'aandeel', 'jobRetention.escalationJobLoss'),
    ];
    const kosten = factor(p('reintegration.programmeCost'), 'euro', 'reintegration.programmeCost');
    const wwTerm: Term = {
      factoren: [...basis, factor(p('jobRetention.wwShare'), 'aandeel', 'jobRetention.wwShare'), factor(p('reintegration.wwShare'), 'aandeel', 'reintegration.wwShare'), kosten],
    };
    const pwTerm: Term = {
      factoren: [...basis, factor(p('jobRetention.pwShare'), 'aandeel', 'jobRetention.pwShare'), factor(p('reintegration.pwShare'), 'aandeel', 'reintegration.pwShare'), kosten],
    };
    const berekening = bereken([wwTerm, pwTerm]);
    return {
      id: 'reintegration',
      bedrag: berekening.uitkomst,
      componenten: { 'reintegration.ww': termWaarde(wwTerm), 'reintegration.pw': termWaarde(pwTerm) },
      berekening,
      afgeleid: [],
    };
  },
};

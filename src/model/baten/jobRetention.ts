import { afgeleid, bereken, factor, termWaarde, type Term } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 2: debt assistance prevents job loss and so a WW or PW benefit (report table 3.7). */
export const jobRetention: BaatFormule = {
  id: 'jobRetention',
  label: BAAT_LABELS.jobRetention,
  formule: {
    nl: 'E × aandeel werkend × escalatie met baanverlies × (aandeel WW × WW-bedrag + aandeel PW × PW-bedrag)',
    en: 'E × share employed × escalation with job loss × (WW share × WW amount + PW share × PW amount)',
  },
  parameters: [
    'jobRetention.escalationJobLoss',
    'jobRetention.wwShare',
    'jobRetention.pwShare',
    'jobRetention.wwAnnualCost',
    'jobRetention.wwMonths',
    'welfare.pwAnnualCost',
    'jobRetention.pwMonths',
  ],
  bereken({ E, aandeelWerkend, p, afronden }) {
    const ww = afgeleid(
      'jobRetention.wwPerCase',
      { nl: 'Bespaard bedrag per voorkomen WW-uitkering', en: 'Saving per WW benefit avoided' },
      [{ factoren: [factor(p('jobRetention.wwAnnualCost'), 'euro', 'jobRetention.wwAnnualCost'), factor(p('jobRetention.wwMonths'), 'maanden', 'jobRetention.wwMonths'), factor(12, 'getal', undefined, '/')] }],
      afronden,
    );
    const pw = afgeleid(
      'jobRetention.pwPerCase',
      { nl: 'Bespaard bedrag per voorkomen PW-uitkering', en: 'Saving per PW benefit avoided' },
      [{ factoren: [factor(p('welfare.pwAnnualCost'), 'euro', 'welfare.pwAnnualCost'), factor(p('jobRetention.pwMonths'), 'maanden', 'jobRetention.pwMonths'), factor(12, 'getal', undefined, '/')] }],
      afronden,
    );
    const basis = [
      factor(E, 'klanten'),
      factor(aandeelWerkend, 'aandeel', 'samenstelling.aandeelWerkend'),
      factor(p('jobRetention.escalationJobLoss'), 'aandeel', 'jobRetention.escalationJobLoss'),
    ];
    const wwTerm: Term = { factoren: [...basis, factor(p('jobRetention.wwShare'), 'aandeel', 'jobRetention.wwShare'), factor(ww.berekening.uitkomst, 'euro', ww.id)] };
    const pwTerm: Term = { factoren: [...basis, factor(p('jobRetention.pwShare'), 'aandeel', 'jobRetention.pwShare'), factor(pw.berekening.uitkomst, 'euro', pw.id)] };
    const berekening = bereken([wwTerm, pwTerm]);
    return {
      id: 'jobRetention',
      bedrag: berekening.uitkomst,
      componenten: { 'jobRetention.ww': termWaarde(wwTerm), 'jobRetention.pw': termWaarde(pwTerm) },
      berekening,
      afgeleid: [ww, pw],
    };
  },
};

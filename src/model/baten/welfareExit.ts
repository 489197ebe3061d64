import { afgeleid, bereken, factor } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 1: clients with debt assistance leave welfare (PW) earlier (report table 3.6). */
export const welfareExit: BaatFormule = {
  id: 'welfareExit',
  label: BAAT_LABELS.welfareExit,
  formule: {
    nl: 'E × aandeel PW × aandeel dat uitstroomt × (PW-uitkering per jaar × maanden eerder / 12)',
    en: 'E × share on welfare × share exiting × (annual welfare cost × months earlier / 12)',
  },
  parameters: ['welfareExit.exitShare', 'welfare.pwAnnualCost', 'welfareExit.monthsEarlier'],
  bereken({ E, aandeelPW, p, afronden }) {
    const perKlant = afgeleid(
      'welfareExit.perClient',
      { nl: 'Bespaard bedrag per uitgestroomde klant', en: 'Saving per client leaving welfare' },
      [{ factoren: [factor(p('welfare.pwAnnualCost'), 'euro', 'welfare.pwAnnualCost'), factor(p('welfareExit.monthsEarlier'), 'maanden', 'welfareExit.monthsEarlier'), factor(12, 'getal', undefined, '/')] }],
      afronden,
    );
    const berekening = bereken([
      {
        factoren: [
          factor(E, 'klanten'),
          factor(aandeelPW, 'aandeel', 'samenstelling.aandeelPW'),
          factor(p('welfareExit.exitShare'), 'aandeel', 'welfareExit.exitShare'),
          factor(perKlant.berekening.uitkomst, 'euro', perKlant.id),
        ],
      },
    ]);
    return { id: 'welfareExit', bedrag: berekening.uitkomst, componenten: { welfareExit: berekening.uitkomst }, berekening, afgeleid: [perKlant] };
  },
};

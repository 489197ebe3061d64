import { bereken, factor, termWaarde, type Term } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 7: less need for social support (MO) and mental health care (ggz) (report table 3.12). */
export const socialSupport: BaatFormule = {
  id: 'socialSupport',
  label: BAAT_LABELS.socialSupport,
  formule: {
    nl: 'E × aandeel MO × besparing MO + E × aandeel ggz × besparing ggz',
    en: 'E × share MO × saving MO + E × share ggz × saving ggz',
  },
  parameters: ['socialSupport.moShare', 'socialSupport.moCost', 'socialSupport.ggzShare', 'socialSupport.ggzCost'],
  bereken({ E, p }) {
    const mo: Term = { factoren: [factor(E, 'klanten'), factor(p('socialSupport.moShare'), 'aandeel', 'socialSupport.moShare'), factor(p('socialSupport.moCost'), 'euro', 'socialSupport.moCost')] };
    const ggz: Term = { factoren: [factor(E, 'klanten'), factor(p('socialSupport.ggzShare'), 'aandeel', 'socialSupport.ggzShare'), factor(p('socialSupport.ggzCost'), 'euro', 'socialSupport.ggzCost')] };
    const berekening = bereken([mo, ggz]);
    return {
      id: 'socialSupport',
      bedrag: berekening.uitkomst,
      componenten: { 'socialSupport.mo': termWaarde(mo), 'socialSupport.ggz': termWaarde(ggz) },
      berekening,
      afgeleid: [],
    };
  },
};

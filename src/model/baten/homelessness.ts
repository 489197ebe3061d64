import { afgeleid, bereken, factor } from '../berekening';
import { BAAT_LABELS } from '../begrippen';
import type { BaatFormule } from './types';

/** Baat 5: part of those evicted become homeless: crisis shelter plus care and safety (report table 3.10). */
export const homelessness: BaatFormule = {
  id: 'homelessness',
  label: BAAT_LABELS.homelessness,
  formule: {
    nl: 'E × aandeel dreigende huisuitzetting × kans op escalatie zonder hulp × aandeel dat dakloos raakt × (crisisopvang + zorg en veiligheid)',
    en: 'E × share facing eviction × probability of escalation × share becoming homeless × (crisis shelter + care and safety)',
  },
  parameters: ['eviction.threatShare', 'escalation.withoutHelp', 'homelessness.share', 'homelessness.shelterCost', 'homelessness.careSafetyCost'],
  bereken({ E, p, afronden }) {
    const perGeval = afgeleid(
      'homelessness.perCase',
      { nl: 'Bespaard bedrag per voorkomen dakloosheid', en: 'Saving per case of homelessness avoided' },
      [
        { factoren: [factor(p('homelessness.shelterCost'), 'euro', 'homelessness.shelterCost')] },
        { factoren: [factor(p('homelessness.careSafetyCost'), 'euro', 'homelessness.careSafetyCost')] },
      ],
      afronden,
    );
    const kans = [
      factor(E, 'klanten'),
      factor(p('eviction.threatShare'), 'aandeel', 'eviction.threatShare'),
      factor(p('escalation.withoutHelp'), 'aandeel', 'escalation.withoutHelp'),
      factor(p('homelessness.share'), 'aandeel', 'homelessness.share'),
    ];
    const berekening = bereken([{ factoren: [...kans, factor(perGeval.berekening.uitkomst, 'euro', perGeval.id)] }]);
    const gevallen = bereken([{ factoren: kans }], 'klanten').uitkomst;
    const opvang = gevallen.times(p('homelessness.shelterCost'));
    return {
      id: 'homelessness',
      bedrag: berekening.uitkomst,
      // Care and safety is the remainder, so the parts add up exactly to the total.
      componenten: { 'homelessness.shelter': opvang, 'homelessness.careSafety': berekening.uitkomst.minus(opvang) },
      berekening,
      afgeleid: [perGeval],
    };
  },
};

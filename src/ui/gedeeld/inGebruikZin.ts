import type { Taal } from '../../format/getal';
import type { WaardeInGebruik } from '../../store/invoerStatus';
import type { Teksten } from './i18n';
import { vul } from './opmaak';

/*
 * One sentence for every place that says which values the results use while fields hold invalid text: the
 * "niet bijgewerkt" notice, the summary, Bewaren and the share link, the CSV and the workbook (tester7 #6).
 */

const ZIN: Teksten<'een' | 'meer' | 'voor'> = {
  nl: {
    een: 'De resultaten rekenen met {waarde}, de waarde van vóór deze bewerking.',
    meer: 'De resultaten rekenen met de waarden van vóór deze bewerkingen: {lijst}.',
    voor: '{waarde} voor {label}',
  },
  en: {
    een: 'The results use {waarde}, the value from before this edit.',
    meer: 'The results use the values from before these edits: {lijst}.',
    voor: '{waarde} for {label}',
  },
};

/**
 * The sentence that names the values the results actually use while fields hold invalid text
 * (tester5 #1): "De resultaten rekenen met € 1.700 voor Kosten … (Klantreis …), de waarde van vóór
 * deze bewerking." Null when no such value is known (a sum that does not add up).
 */
export function inGebruikZin(lijst: readonly WaardeInGebruik[] | undefined, taal: Taal): string | null {
  const t = ZIN[taal];
  const delen = (lijst ?? []).map((w) => vul(t.voor, { waarde: w.waarde[taal], label: w.label[taal] }));
  if (delen.length === 0) return null;
  return delen.length === 1 ? vul(t.een, { waarde: delen[0]! }) : vul(t.meer, { lijst: delen.join('; ') });
}

import type { Taal } from '../../format/getal';
import type { WaardeInGebruik } from '../../store/invoerStatus';
import type { Teksten } from './i18n';
import { vul } from './opmaak';

/*
 * One sentence for every place that says which values the results use while fields hold invalid text: the
 * "niet bijgewerkt" notice, the summary, Bewaren and the share link, the CSV and the workbook (tester7 #6).
 */

const ZIN: Teksten<'een' | 'meer' | 'voor' | 'staart' | 'staartMeer'> = {
  nl: {
    een: 'De resultaten rekenen nog met {waarde}, de waarde van vóór deze bewerking.',
    meer: 'De resultaten rekenen nog met de waarden van vóór deze bewerkingen: {lijst}.',
    voor: '{waarde} voor {label}',
    staart: ' Wat nu in dat veld staat, wordt niet gebruikt, niet bewaard en niet onthouden bij herladen, tot de invoer weer klopt.',
    staartMeer: ' Wat nu in die velden staat, wordt niet gebruikt, niet bewaard en niet onthouden bij herladen, tot de invoer weer klopt.',
  },
  en: {
    een: 'The results still use {waarde}, the value from before this edit.',
    meer: 'The results still use the values from before these edits: {lijst}.',
    voor: '{waarde} for {label}',
    staart: ' What that field holds now is not used, saved or kept on reload until the inputs are valid again.',
    staartMeer: ' What those fields hold now is not used, saved or kept on reload until the inputs are valid again.',
  },
};

/**
 * The sentence that names the values the results actually use while typed values are held back: the
 * field with invalid text (tester5 #1), or the fields whose edit made another field wrong (tester7 #2):
 * "De resultaten rekenen nog met € 1.700 voor Kosten … (Klantreis …), de waarde van vóór deze bewerking.
 * Wat nu in dat veld staat, wordt niet gebruikt …" (autosave keeps the scenario in use only). A file
 * (`bestand`: CSV, workbook) gets the first sentence only: what the app does with the field is not the
 * file's reader's concern. Null when no such value is known.
 */
export function inGebruikZin(lijst: readonly WaardeInGebruik[] | undefined, taal: Taal, opties: { bestand?: boolean } = {}): string | null {
  const t = ZIN[taal];
  const delen = (lijst ?? []).map((w) => vul(t.voor, { waarde: w.waarde[taal], label: w.label[taal] }));
  if (delen.length === 0) return null;
  const zin = delen.length === 1 ? vul(t.een, { waarde: delen[0]! }) : vul(t.meer, { lijst: delen.join('; ') });
  return opties.bestand ? zin : zin + (delen.length === 1 ? t.staart : t.staartMeer);
}

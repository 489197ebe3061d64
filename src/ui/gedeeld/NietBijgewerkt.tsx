import { useInvoerStatus, type WaardeInGebruik } from '../../store/invoerStatus';
import type { Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from './i18n';
import { vul } from './opmaak';

const TEKSTEN: Teksten<'kop' | 'onbekend' | 'een' | 'meer' | 'laatste'> = {
  nl: {
    kop: 'Niet bijgewerkt.',
    onbekend: 'De invoer bevat fouten.',
    een: 'De invoer bevat 1 fout.',
    meer: 'De invoer bevat {n} fouten.',
    laatste: 'De resultaten hieronder horen bij de laatste geldige invoer.',
  },
  en: {
    kop: 'Not updated.',
    onbekend: 'The inputs contain errors.',
    een: 'The inputs contain 1 error.',
    meer: 'The inputs contain {n} errors.',
    laatste: 'The results below belong to the last valid inputs.',
  },
};

const ZIN: Teksten<'een' | 'meer' | 'voor'> = {
  nl: {
    een: 'De resultaten rekenen nog met {waarde}, de waarde van vóór deze bewerking. Wat nu in dat veld staat, wordt niet gebruikt, niet bewaard en niet onthouden bij herladen, tot de invoer weer klopt.',
    meer: 'De resultaten rekenen nog met de waarden van vóór deze bewerkingen: {lijst}. Wat nu in die velden staat, wordt niet gebruikt, niet bewaard en niet onthouden bij herladen, tot de invoer weer klopt.',
    voor: '{waarde} voor {label}',
  },
  en: {
    een: 'The results still use {waarde}, the value from before this edit. What that field holds now is not used, saved or kept on reload until the inputs are valid again.',
    meer: 'The results still use the values from before these edits: {lijst}. What those fields hold now is not used, saved or kept on reload until the inputs are valid again.',
    voor: '{waarde} for {label}',
  },
};

/**
 * The sentence that names the values the results actually use while typed values are held back: the
 * field with invalid text (tester5 #1), or the fields whose edit made another field wrong (tester7 #2):
 * "De resultaten rekenen nog met € 1.700 voor Kosten … (Klantreis …), de waarde van vóór deze bewerking.
 * Wat nu in dat veld staat, wordt niet gebruikt en niet bewaard …" (autosave keeps the scenario in use
 * only, so a reload shows the old values). Null when no such value is known.
 */
export function inGebruikZin(lijst: readonly WaardeInGebruik[] | undefined, taal: Taal): string | null {
  const t = ZIN[taal];
  const delen = (lijst ?? []).map((w) => vul(t.voor, { waarde: w.waarde[taal], label: w.label[taal] }));
  if (delen.length === 0) return null;
  return delen.length === 1 ? vul(t.een, { waarde: delen[0]! }) : vul(t.meer, { lijst: delen.join('; ') });
}

/**
 * The "niet bijgewerkt" banner: shown while invalid input is pending, so nobody mistakes the last
 * valid results for the current inputs; it names the value in use for a field with invalid text.
 * The live region is always present so the change is announced.
 */
export function NietBijgewerkt() {
  const { ongeldig, aantalFouten, inGebruik } = useInvoerStatus();
  const taal = useTaal();
  const t = useTeksten(TEKSTEN);
  return (
    <div role="status" className="niet-bijgewerkt-houder">
      {ongeldig && (
        <p className="niet-bijgewerkt" data-testid="niet-bijgewerkt">
          <strong>{t.kop}</strong> {aantalFouten === 1 ? t.een : aantalFouten > 1 ? vul(t.meer, { n: String(aantalFouten) }) : t.onbekend}{' '}
          {inGebruikZin(inGebruik, taal) ?? t.laatste}
        </p>
      )}
    </div>
  );
}

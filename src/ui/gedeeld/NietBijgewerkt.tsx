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

import { useInvoerStatus } from '../../store/invoerStatus';
import { inGebruikZin } from './inGebruikZin';
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

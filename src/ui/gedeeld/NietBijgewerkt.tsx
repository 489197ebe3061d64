import { useInvoerStatus } from '../../store/invoerStatus';
import { useTeksten, type Teksten } from './i18n';
import { vul } from './opmaak';

const TEKSTEN: Teksten<'kop' | 'onbekend' | 'een' | 'meer'> = {
  nl: {
    kop: 'Niet bijgewerkt.',
    onbekend: 'De invoer bevat fouten. De resultaten hieronder horen bij de laatste geldige invoer.',
    een: 'De invoer bevat 1 fout. De resultaten hieronder horen bij de laatste geldige invoer.',
    meer: 'De invoer bevat {n} fouten. De resultaten hieronder horen bij de laatste geldige invoer.',
  },
  en: {
    kop: 'Not updated.',
    onbekend: 'The inputs contain errors. The results below belong to the last valid inputs.',
    een: 'The inputs contain 1 error. The results below belong to the last valid inputs.',
    meer: 'The inputs contain {n} errors. The results below belong to the last valid inputs.',
  },
};

/**
 * The "niet bijgewerkt" banner: shown while invalid input is pending, so nobody mistakes the last
 * valid results for the current inputs. The live region is always present so the change is announced.
 */
export function NietBijgewerkt() {
  const { ongeldig, aantalFouten } = useInvoerStatus();
  const t = useTeksten(TEKSTEN);
  return (
    <div role="status" className="niet-bijgewerkt-houder">
      {ongeldig && (
        <p className="niet-bijgewerkt" data-testid="niet-bijgewerkt">
          <strong>{t.kop}</strong>{' '}
          {aantalFouten === 1 ? t.een : aantalFouten > 1 ? vul(t.meer, { n: String(aantalFouten) }) : t.onbekend}
        </p>
      )}
    </div>
  );
}

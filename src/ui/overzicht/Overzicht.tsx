import { useResultaat } from '../../store/scenarioStore';
import { formatEuro } from '../../format/getal';
import { useTaal } from '../i18n';

/** Placeholder first screen: per pathway, per client. */
export function Overzicht() {
  const r = useResultaat();
  const taal = useTaal();
  return (
    <section aria-labelledby="overzicht-kop">
      <h1 id="overzicht-kop">Overzicht</h1>
      <ul>
        {r.werkwijzen.map((w) => (
          <li key={w.id} data-testid={`saldo-per-klant-${w.id}`}>
            {w.naam}: {formatEuro(w.saldo.perKlant.toNumber(), taal)}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { memo } from 'react';
import { formatEuro } from '../../format/getal';
import { useInvoerStatus } from '../../store/invoerStatus';
import { useResultaat } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';

type Sleutel = 'kop' | 'uitleg' | 'werkwijze' | 'kosten' | 'baten' | 'saldo' | 'verschil' | 'tov' | 'nietBijgewerkt' | 'fouten1' | 'foutenN' | 'bijgewerkt';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Uitkomst per klant',
    uitleg: 'Wordt bijgewerkt terwijl u typt. Bedragen per klant, omgerekend naar een cohort van {n} klanten.',
    werkwijze: 'Werkwijze',
    kosten: 'Kosten',
    baten: 'Baten',
    saldo: 'Saldo',
    verschil: 'Verschil in saldo',
    tov: 'ten opzichte van',
    nietBijgewerkt: 'Niet bijgewerkt.',
    fouten1: 'De invoer bevat 1 fout. Deze uitkomst hoort bij de laatste geldige invoer.',
    foutenN: 'De invoer bevat {n} fouten. Deze uitkomst hoort bij de laatste geldige invoer.',
    bijgewerkt: '',
  },
  en: {
    kop: 'Result per client',
    uitleg: 'Updated as you type. Amounts per client, scaled to a cohort of {n} clients.',
    werkwijze: 'Pathway',
    kosten: 'Costs',
    baten: 'Benefits',
    saldo: 'Balance',
    verschil: 'Difference in balance',
    tov: 'compared with',
    nietBijgewerkt: 'Not updated.',
    fouten1: 'The inputs contain 1 error. This result belongs to the last valid inputs.',
    foutenN: 'The inputs contain {n} errors. This result belongs to the last valid inputs.',
    bijgewerkt: '',
  },
};

/** The live totals next to the inputs, and the "niet bijgewerkt" notice while the input is invalid. */
export const Samenvatting = memo(function Samenvatting() {
  const r = useResultaat();
  const taal = useTaal();
  const t = useTeksten(TEKSTEN);
  const { ongeldig, aantalFouten } = useInvoerStatus();
  const euro = (x: { toNumber(): number }) => formatEuro(x.toNumber(), taal);
  const naam = (id: string) => r.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  return (
    <aside className="invoer-samenvatting" aria-labelledby="invoer-samenvatting-kop">
      <h2 id="invoer-samenvatting-kop">{t.kop}</h2>
      <div role="status" className="invoer-status">
        {ongeldig && (
          <p className="niet-bijgewerkt" data-testid="invoer-niet-bijgewerkt">
            <strong>{t.nietBijgewerkt}</strong> {aantalFouten === 1 ? t.fouten1 : t.foutenN.replace('{n}', String(aantalFouten))}
          </p>
        )}
      </div>
      <p className="samenvatting-uitleg">{t.uitleg.replace('{n}', String(r.referentieCohort))}</p>
      <table className={ongeldig ? 'samenvatting-tabel verouderd' : 'samenvatting-tabel'}>
        <thead>
          <tr>
            <th scope="col">{t.werkwijze}</th>
            <th scope="col" className="getal">
              {t.kosten}
            </th>
            <th scope="col" className="getal">
              {t.baten}
            </th>
            <th scope="col" className="getal">
              {t.saldo}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.werkwijzen.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.naam}</th>
              <td className="getal" data-testid={`invoer-kosten-per-klant-${w.id}`}>
                {euro(w.kosten.totaal.perKlant)}
              </td>
              <td className="getal" data-testid={`invoer-baten-per-klant-${w.id}`}>
                {euro(w.baten.totaal.perKlant)}
              </td>
              <td className="getal" data-testid={`invoer-saldo-per-klant-${w.id}`}>
                {euro(w.saldo.perKlant)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.verschillen.map((v) => (
        <p key={v.id} className="samenvatting-verschil">
          {t.verschil} {naam(v.id)} {t.tov} {naam(v.tenOpzichteVan)}:{' '}
          <strong data-testid={`invoer-verschil-saldo-${v.id}`}>{euro(v.saldo.perKlant)}</strong>
        </p>
      ))}
    </aside>
  );
});

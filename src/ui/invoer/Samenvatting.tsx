import { memo } from 'react';
import { formatEuro, formatGetal } from '../../format/getal';
import type { Decimal } from '../../model';
import { vulTel } from '../gedeeld/opmaak';
import { inGebruikZin } from '../gedeeld/inGebruikZin';
import { useInvoerStatus } from '../../store/invoerStatus';
import { useResultaat } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';

type Sleutel = 'kop' | 'uitleg' | 'kosten' | 'baten' | 'saldo' | 'verschil' | 'tov' | 'nietBijgewerkt' | 'fouten1' | 'foutenN' | 'bijgewerkt';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Uitkomst per klant',
    uitleg: 'Wordt bijgewerkt terwijl u typt. Bedragen per klant, omgerekend naar een cohort van {n} {n:klant|klanten}.',
    kosten: 'Kosten',
    baten: 'Baten',
    saldo: 'Saldo',
    verschil: 'Verschil in saldo per klant,',
    tov: 'ten opzichte van',
    nietBijgewerkt: 'Niet bijgewerkt.',
    fouten1: 'De invoer bevat 1 fout. Deze uitkomst hoort bij de laatste geldige invoer.',
    foutenN: 'De invoer bevat {n} fouten. Deze uitkomst hoort bij de laatste geldige invoer.',
    bijgewerkt: '',
  },
  en: {
    kop: 'Result per client',
    uitleg: 'Updated as you type. Amounts per client, scaled to a cohort of {n} {n:client|clients}.',
    kosten: 'Costs',
    baten: 'Benefits',
    saldo: 'Balance',
    verschil: 'Difference in balance per client,',
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
  const { ongeldig, aantalFouten, inGebruik } = useInvoerStatus();
  const zin = inGebruikZin(inGebruik, taal);
  const euro = (x: Decimal) => formatEuro(x, taal);
  const naam = (id: string) => r.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  return (
    <aside className="invoer-samenvatting" id="invoer-samenvatting" tabIndex={-1} aria-labelledby="invoer-samenvatting-kop" data-testid="invoer-samenvatting">
      <h2 id="invoer-samenvatting-kop">{t.kop}</h2>
      <div role="status" className="invoer-status">
        {ongeldig && (
          <p className="niet-bijgewerkt" data-testid="invoer-niet-bijgewerkt">
            <strong>{t.nietBijgewerkt}</strong> {aantalFouten === 1 ? t.fouten1 : t.foutenN.replace('{n}', String(aantalFouten))}
            {zin ? ` ${zin}` : ''}
          </p>
        )}
      </div>
      <p className="samenvatting-uitleg">{vulTel(t.uitleg, { n: formatGetal(r.referentieCohort, taal) }, { n: r.referentieCohort }, taal)}</p>
      <div className="tabel-schuif" role="region" tabIndex={0} aria-labelledby="invoer-samenvatting-kop">
        <table className={ongeldig ? 'samenvatting-tabel verouderd' : 'samenvatting-tabel'}>
          <thead>
            <tr>
              <td />
              {r.werkwijzen.map((w) => (
                <th scope="col" key={w.id} className="samenvatting-kolom">
                  {w.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['kosten', t.kosten, (w: (typeof r.werkwijzen)[number]) => w.kosten.totaal.perKlant],
                ['baten', t.baten, (w: (typeof r.werkwijzen)[number]) => w.baten.totaal.perKlant],
                ['saldo', t.saldo, (w: (typeof r.werkwijzen)[number]) => w.saldo.perKlant],
              ] as const
            ).map(([sleutel, kop, waarde]) => (
              <tr key={sleutel}>
                <th scope="row">{kop}</th>
                {r.werkwijzen.map((w) => (
                  <td key={w.id} className="getal" data-testid={`invoer-${sleutel}-per-klant-${w.id}`}>
                    {euro(waarde(w))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.verschillen.map((v) => (
        <p key={v.id} className="samenvatting-verschil">
          {t.verschil} {naam(v.id)} {t.tov} {naam(v.tenOpzichteVan)}:{' '}
          <strong data-testid={`invoer-verschil-saldo-${v.id}`}>{euro(v.saldo.perKlant)}</strong>
        </p>
      ))}
    </aside>
  );
});

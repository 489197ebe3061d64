import { Fragment } from 'react';
import { KOSTENPOST_LABELS, KOSTENPOSTEN, type Resultaat, type Scenario } from '../../model';
import { formatBerekening, formatNormalisatie } from '../../format/berekening';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { aantal, euro, vul } from '../gedeeld/opmaak';
import { TabelRol } from '../gedeeld/TabelRol';

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'caption'
  | 'aantal'
  | 'kosten'
  | 'eigenCohort'
  | 'omrekenen'
  | 'nietNodig'
  | 'voorN'
  | 'perKlant'
  | 'berekeningen'
  | 'schuldregeling';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Kosten',
    inleiding:
      'Per kostenpost het aantal klanten dat met het onderdeel startte, maal de kosten per klant. Alle kosten worden door de gemeente betaald.',
    caption: 'Kosten per werkwijze, voor het eigen cohort (vergelijk tabel 3.3)',
    aantal: 'Aantal klanten',
    kosten: 'Kosten',
    eigenCohort: 'Totaal eigen cohort',
    omrekenen: 'Omrekenen naar {n} klanten',
    nietNodig: 'niet nodig: al {n} klanten',
    voorN: 'Totaal voor {n} klanten',
    perKlant: 'Gemiddeld per klant',
    berekeningen: 'Berekening per kostenpost',
    schuldregeling: 'Het aantal schuldregelingen is het aantal klanten met een oplossing na toedeling.',
  },
  en: {
    kop: 'Costs',
    inleiding:
      'For each cost item, the number of clients who started that part times the cost per client. The municipality pays all costs.',
    caption: 'Costs per pathway, for its own cohort (compare table 3.3)',
    aantal: 'Number of clients',
    kosten: 'Costs',
    eigenCohort: 'Total own cohort',
    omrekenen: 'Scaling to {n} clients',
    nietNodig: 'not needed: already {n} clients',
    voorN: 'Total for {n} clients',
    perKlant: 'Average per client',
    berekeningen: 'Calculation per cost item',
    schuldregeling: 'The number of debt arrangements is the number of clients with a solution after allocation.',
  },
};

/** Costs per item and pathway (report tables 3.2 and 3.3), with the normalisation step. */
export function KostenTabel({ s, r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  return (
    <section aria-labelledby="kosten-kop">
      <h2 id="kosten-kop">{t.kop}</h2>
      <p>{t.inleiding}</p>
      <TabelRol labelId="tabel-33-caption">
        <table className="resultaat-tabel" data-testid="tabel-33">
          <caption id="tabel-33-caption">{t.caption}</caption>
          <colgroup>
            <col />
          </colgroup>
          {r.werkwijzen.map((w) => (
            <colgroup key={w.id} span={2} />
          ))}
          <thead>
            <tr>
              <td rowSpan={2} />
              {r.werkwijzen.map((w) => (
                <th key={w.id} colSpan={2} scope="colgroup" className="groepkop">
                  {w.naam}
                </th>
              ))}
            </tr>
            <tr>
              {r.werkwijzen.map((w) => (
                <Fragment key={w.id}>
                  <th scope="col" className="getal">
                    {t.aantal}
                  </th>
                  <th scope="col" className="getal">
                    {t.kosten}
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {KOSTENPOSTEN.map((k) => (
              <tr key={k}>
                <th scope="row">{KOSTENPOST_LABELS[k][taal]}</th>
                {r.werkwijzen.map((w) => (
                  <Fragment key={w.id}>
                    <td className="getal">{aantal(w.kosten.posten[k].aantal, taal)}</td>
                    <td className="getal">{euro(w.kosten.posten[k].bruto, taal)}</td>
                  </Fragment>
                ))}
              </tr>
            ))}
            <tr className="totaal">
              <th scope="row">{t.eigenCohort}</th>
              {r.werkwijzen.map((w) => (
                <Fragment key={w.id}>
                  <td className="getal">{formatGetal(w.cohort, taal)}</td>
                  <td className="getal">{euro(w.kosten.totaal.bruto, taal)}</td>
                </Fragment>
              ))}
            </tr>
            <tr>
              <th scope="row">{vul(t.omrekenen, { n })}</th>
              {r.werkwijzen.map((w) => (
                <td key={w.id} colSpan={2} className="getal normalisatie">
                  {w.cohort === r.referentieCohort
                    ? vul(t.nietNodig, { n })
                    : formatNormalisatie(w.kosten.totaal.bruto, w.cohort, r.referentieCohort, w.kosten.totaal.totaal, taal)}
                </td>
              ))}
            </tr>
            <tr className="totaal">
              <th scope="row">{vul(t.voorN, { n })}</th>
              {r.werkwijzen.map((w) => (
                <td key={w.id} colSpan={2} className="getal">
                  {euro(w.kosten.totaal.totaal, taal)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.perKlant}</th>
              {r.werkwijzen.map((w) => (
                <td key={w.id} colSpan={2} className="getal">
                  {euro(w.kosten.totaal.perKlant, taal)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TabelRol>
      <details className="berekening-details">
        <summary>{t.berekeningen}</summary>
        {r.werkwijzen.map((w) => (
          <div key={w.id}>
            <h3 className="werkwijze-kop">{w.naam}</h3>
            <dl className="sporen">
              {KOSTENPOSTEN.map((k) => (
                <div key={k}>
                  <dt>{KOSTENPOST_LABELS[k][taal]}</dt>
                  <dd className="spoor">{formatBerekening(w.kosten.posten[k].berekening, taal)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {s.werkwijzen.some((w) => w.kosten.debtArrangement.aantal === 'oplossingen') && <p>{t.schuldregeling}</p>}
      </details>
    </section>
  );
}

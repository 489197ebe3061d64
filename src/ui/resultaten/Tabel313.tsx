import { Fragment } from 'react';
import { BAAT_LABELS, BATEN, type Decimal, type Resultaat, type VerschilBedrag } from '../../model';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { NVT, euro, verhouding, vul } from '../overzicht/opmaak';
import { TabelRol } from './TabelRol';

type Sleutel = 'caption' | 'voorN' | 'perKlant' | 'verschil' | 'investering' | 'baten' | 'totaalBaten' | 'saldo' | 'verhouding' | 'noot';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    caption: 'Investering en baten per werkwijze (vergelijk tabel 3.13 van het rapport)',
    voorN: 'Voor {n} klanten',
    perKlant: 'Per klant',
    verschil: 'Verschil {project} − {nul}',
    investering: 'Investering',
    baten: 'Baten',
    totaalBaten: 'Totaal baten (zeven baten)',
    saldo: 'Saldo (baten − investering)',
    verhouding: 'Baten/kosten-verhouding',
    noot: 'Alle werkwijzen zijn omgerekend naar {n} klanten. Bedragen afgerond op hele euro’s; totalen zijn berekend vóór afronding.',
  },
  en: {
    caption: 'Investment and benefits per pathway (compare table 3.13 of the report)',
    voorN: 'For {n} clients',
    perKlant: 'Per client',
    verschil: 'Difference {project} − {nul}',
    investering: 'Investment',
    baten: 'Benefits',
    totaalBaten: 'Total benefits (seven benefits)',
    saldo: 'Balance (benefits − investment)',
    verhouding: 'Benefit-cost ratio',
    noot: 'All pathways are scaled to {n} clients. Amounts rounded to whole euros; totals are computed before rounding.',
  },
};

/** The overview table after the report's table 3.13, with a difference column per project pathway. */
export function Tabel313({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const voorN = vul(t.voorN, { n: formatGetal(r.referentieCohort, taal) });
  const kolommen = r.werkwijzen.length + r.verschillen.length;
  const namen = new Map(r.werkwijzen.map((w) => [w.id, w.naam]));

  const paar = (b: { totaal: Decimal; perKlant: Decimal } | VerschilBedrag, sleutel: string) => (
    <Fragment key={sleutel}>
      <td className="getal">{euro(b.totaal, taal)}</td>
      <td className="getal">{euro(b.perKlant, taal)}</td>
    </Fragment>
  );

  return (
    <>
      <TabelRol labelId="tabel-313-caption">
        <table className="resultaat-tabel" id="tabel-313" data-testid="tabel-313">
          <caption id="tabel-313-caption">{t.caption}</caption>
          <colgroup>
            <col />
          </colgroup>
          {Array.from({ length: kolommen }, (_, i) => (
            <colgroup key={i} span={2} />
          ))}
          <thead>
            <tr>
              <td rowSpan={2} />
              {r.werkwijzen.map((w) => (
                <th key={w.id} colSpan={2} scope="colgroup" className="groepkop">
                  {w.naam}
                </th>
              ))}
              {r.verschillen.map((v) => (
                <th key={`v-${v.id}`} colSpan={2} scope="colgroup" className="groepkop verschil-kop">
                  {vul(t.verschil, { project: namen.get(v.id) ?? v.id, nul: namen.get(v.tenOpzichteVan) ?? v.tenOpzichteVan })}
                </th>
              ))}
            </tr>
            <tr>
              {Array.from({ length: kolommen }, (_, i) => (
                <Fragment key={i}>
                  <th scope="col" className="getal">
                    {voorN}
                  </th>
                  <th scope="col" className="getal">
                    {t.perKlant}
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-rij="investering">
              <th scope="row">{t.investering}</th>
              {r.werkwijzen.map((w) => paar(w.kosten.totaal, w.id))}
              {r.verschillen.map((v) => paar(v.kosten, `v-${v.id}`))}
            </tr>
          </tbody>
          <tbody>
            <tr className="tussenkop">
              <th scope="rowgroup" colSpan={1 + 2 * kolommen}>
                {t.baten}
              </th>
            </tr>
            {BATEN.map((b) => (
              <tr key={b} data-rij={b}>
                <th scope="row">{BAAT_LABELS[b][taal]}</th>
                {r.werkwijzen.map((w) => paar(w.baten.posten[b], w.id))}
                {r.verschillen.map((v) => paar(v.posten[b], `v-${v.id}`))}
              </tr>
            ))}
          </tbody>
          <tbody>
            <tr className="totaal" data-rij="totaalBaten">
              <th scope="row">{t.totaalBaten}</th>
              {r.werkwijzen.map((w) => paar(w.baten.totaal, w.id))}
              {r.verschillen.map((v) => paar(v.baten, `v-${v.id}`))}
            </tr>
            <tr className="saldo" data-rij="saldo">
              <th scope="row">{t.saldo}</th>
              {r.werkwijzen.map((w) => paar(w.saldo, w.id))}
              {r.verschillen.map((v) => paar(v.saldo, `v-${v.id}`))}
            </tr>
            <tr data-rij="verhouding">
              <th scope="row">{t.verhouding}</th>
              {r.werkwijzen.map((w) => (
                <td key={w.id} colSpan={2} className="getal">
                  {verhouding(w.batenKostenVerhouding, taal)}
                </td>
              ))}
              {r.verschillen.map((v) => (
                <td key={`v-${v.id}`} colSpan={2} className="getal">
                  {NVT[taal]}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TabelRol>
      <p className="tabel-noot">{vul(t.noot, { n: formatGetal(r.referentieCohort, taal) })}</p>
    </>
  );
}

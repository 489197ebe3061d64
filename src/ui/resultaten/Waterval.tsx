import { AFTREKKEN, type BrutoNettoStap } from '../../model/baten/brutoNetto';
import type { Decimal } from '../../model';
import { AFTREK_LABELS } from '../../model/onzekerheid/invoer';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul, vulTel } from '../gedeeld/opmaak';

type Sleutel = 'caption' | 'stap' | 'bedrag' | 'bruto' | 'af' | 'netto';

const TEKSTEN: Teksten<Sleutel> = {
  nl: { caption: 'Van bruto naar netto: {naam}, voor {n} {n:klant|klanten}', stap: 'Stap', bedrag: 'Bedrag', bruto: 'Bruto', af: 'af: {x}', netto: 'Netto' },
  en: { caption: 'From gross to net: {naam}, for {n} {n:client|clients}', stap: 'Step', bedrag: 'Amount', bruto: 'Gross', af: 'less: {x}', netto: 'Net' },
};

/**
 * A small waterfall for one benefit of one pathway: gross, each deduction, net, normalised to the
 * reference cohort. The table is the content; the bars only picture its rows. Nothing to show when
 * no deduction is set (gross = net, as in the report).
 */
export function Waterval({ stap, schaal, naam, n }: { stap: BrutoNettoStap; schaal: Decimal; naam: string; n: number }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  if (stap.bruto.eq(stap.netto)) return null;
  const bruto = stap.bruto.times(schaal);
  const max = Math.abs(bruto.toNumber()) || 1;
  let rest = bruto.toNumber();
  const rijen = [
    { id: 'bruto', label: t.bruto, bedrag: bruto, van: 0, tot: rest },
    ...AFTREKKEN.filter((k) => !stap[k].isZero()).map((k) => {
      const af = stap[k].times(schaal);
      const van = rest - af.toNumber();
      const rij = { id: k, label: vul(t.af, { x: AFTREK_LABELS[k][taal] }), bedrag: af.neg(), van, tot: rest };
      rest = van;
      return rij;
    }),
    { id: 'netto', label: t.netto, bedrag: stap.netto.times(schaal), van: 0, tot: stap.netto.times(schaal).toNumber() },
  ];
  return (
    <table className="resultaat-tabel waterval" data-testid="waterval">
      <caption>{vulTel(t.caption, { naam, n: formatGetal(n, taal) }, { n }, taal)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.stap}</th>
          <th scope="col" className="getal">
            {t.bedrag}
          </th>
          <th scope="col" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.id} data-stap={r.id}>
            <th scope="row">{r.label}</th>
            <td className="getal">{euro(r.bedrag, taal)}</td>
            <td aria-hidden="true" className="waterval-balk-cel">
              <span
                className={`waterval-balk${r.id === 'bruto' || r.id === 'netto' ? '' : ' waterval-af'}`}
                style={{ marginLeft: `${(Math.min(r.van, r.tot) / max) * 100}%`, width: `${(Math.abs(r.tot - r.van) / max) * 100}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { Scenario } from '../../../model';
import { kopgroepZin, rangordeAfgerond, type Rangorde } from '../../../model/onzekerheid/rangorde';
import { genoegTrekkingen } from '../../../model/onzekerheid/montecarlo';
import { formatAandeel, formatGetal } from '../../../format/getal';
import { useTaal } from '../i18n';
import { vul } from '../opmaak';
import { Kolomkoppen } from '../Tabel';
import { TabelRol } from '../TabelRol';
import { useKolomDelen } from '../afdrukDelen';

/** The texts of the ranking, from the view that shows it (the app and the print word it a little differently in English). */
export interface RangordeTeksten {
  /** "{naam} heeft de grootste kans de beste te zijn: {kans} van de trekkingen." */
  beste: string;
  hoek: string;
  kansBeste: string;
  verwachteRang: string;
}

/**
 * Every pathway against every other (issue 12): the sentence naming the pathway most likely best, and
 * the matrix of P(row beats column) with P(best) and the expected rank, for the Monte Carlo view
 * (`id` "mc", scrollable) and the print (`id` "print", `afdruk`: no scroll region). Nothing without a ranking.
 */
export function RangordeTabel({
  ro: ruw,
  trekkingen,
  s,
  id,
  caption,
  t,
  afdruk = false,
}: {
  ro: Rangorde;
  trekkingen: number;
  s: Scenario;
  id: 'mc' | 'print';
  caption: string;
  t: RangordeTeksten;
  afdruk?: boolean;
}) {
  const taal = useTaal();
  const kans = (x: number) => formatAandeel(x, taal, 1);
  // Shown rounded so that complementary chances add up to 100% (defect 9); the order from the unrounded ones.
  const ro = rangordeAfgerond(ruw, 1);
  const ww = s.werkwijzen.filter((w) => ro.kansBeste[w.id] !== undefined);
  // On paper at most six pathways as columns per part (eight were 746 px; A4: 703); every part has all the rows.
  const delen = useKolomDelen(ww, { max: 6 });
  const beste = [...ww].sort((a, b) => ruw.kansBeste[b.id]! - ruw.kansBeste[a.id]!)[0];
  if (!beste) return null;
  // A top within Monte Carlo error is named as such (defect 15), not as one winner.
  const gelijk = kopgroepZin(ruw.kansBeste, trekkingen, (x) => ww.find((w) => w.id === x)?.naam ?? x, taal);
  const captionId = afdruk ? undefined : `${id}-paar-caption`;
  const tabel = (kolommen: typeof ww, bijschrift: string, key?: string) => (
    <table key={key} className={afdruk ? 'resultaat-tabel' : 'resultaat-tabel onz-tabel'} data-testid={`${id}-paarsgewijs`}>
      <caption id={captionId}>
        {caption}
        {bijschrift}
      </caption>
      <Kolomkoppen kolommen={[{ kop: t.hoek }, ...kolommen.map((w) => ({ kop: w.naam, getal: true }))]} />
      <tbody>
        {ww.map((a) => (
          <tr key={a.id} data-rij={a.id}>
            <th scope="row">{a.naam}</th>
            {kolommen.map((b) => (
              <td className="getal" key={b.id}>
                {a.id === b.id ? '–' : kans(ro.paarsgewijs[a.id]![b.id]!)}
              </td>
            ))}
          </tr>
        ))}
        <tr data-rij="kansBeste">
          <th scope="row">{t.kansBeste}</th>
          {kolommen.map((w) => (
            <td className="getal" key={w.id}>
              {kans(ro.kansBeste[w.id]!)}
            </td>
          ))}
        </tr>
        <tr data-rij="verwachteRang">
          <th scope="row">{t.verwachteRang}</th>
          {kolommen.map((w) => (
            <td className="getal" key={w.id}>
              {formatGetal(Math.round(ro.verwachteRang[w.id]! * 100) / 100, taal)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
  return (
    <>
      {/* Too few draws (tester5 #6): the table's raw chances stay, the sentence naming a winner does not. */}
      {genoegTrekkingen(trekkingen) && <p data-testid={`${id}-beste`}>{gelijk ?? vul(t.beste, { naam: beste.naam, kans: kans(ro.kansBeste[beste.id]!) })}</p>}
      {captionId ? <TabelRol labelId={captionId}>{tabel(ww, '')}</TabelRol> : delen.map((d) => tabel(d.items, d.bijschrift, d.id))}
    </>
  );
}

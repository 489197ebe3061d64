import { formatAandeel, formatGetal } from '../../../format/getal';
import { useScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { vul } from '../opmaak';
import { Informatiewaarde } from '../onzekerheid/Informatiewaarde';
import { useLaatsteMonteCarlo } from '../onzekerheid/laatsteMonteCarlo';

type Sleutel = 'kop' | 'gebaseerdOp' | 'beste' | 'caption' | 'hoek' | 'kansBeste' | 'verwachteRang';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Onzekerheid: welke werkwijze is het best, en wat is meten waard?',
    gebaseerdOp: 'Uit de Monte Carlo-analyse met {n} trekkingen, startgetal {seed}.',
    beste: '{naam} heeft de grootste kans de beste te zijn: {kans} van de trekkingen.',
    caption: 'Kans dat de werkwijze in de rij een hoger saldo per klant heeft dan die in de kolom; kans de beste te zijn; verwachte rang',
    hoek: 'Rij beter dan kolom',
    kansBeste: 'Kans de beste te zijn',
    verwachteRang: 'Verwachte rang (1 = beste)',
  },
  en: {
    kop: 'Uncertainty: which pathway is best, and what is measuring worth?',
    gebaseerdOp: 'From the Monte Carlo analysis with {n} draws, starting number {seed}.',
    beste: '{naam} has the largest chance of being best: {kans} of the draws.',
    caption: 'Probability that the pathway in the row has a higher balance per client than the one in the column; chance of being best; expected rank',
    hoek: 'Row beats column',
    kansBeste: 'Chance of being best',
    verwachteRang: 'Expected rank (1 = best)',
  },
};

/**
 * Print section (issue 12 item 3/4): the pairwise matrix, P(best), expected rank and the value of
 * information of the last Monte Carlo run, when it belongs to the scenario as it is now. Only in print.
 */
export function PrintOnzekerheid() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const laatste = useLaatsteMonteCarlo();
  if (!laatste || laatste.scenario !== s) return null;
  const r = laatste.resultaat;
  const ro = r.rangorde;
  const ww = s.werkwijzen.filter((w) => ro.kansBeste[w.id] !== undefined);
  const beste = [...ww].sort((a, b) => ro.kansBeste[b.id]! - ro.kansBeste[a.id]!)[0];
  const kans = (x: number) => formatAandeel(x, taal, 1);
  return (
    <section className="alleen-print print-onzekerheid" aria-labelledby="print-onzekerheid-kop" data-testid="print-onzekerheid">
      <h2 id="print-onzekerheid-kop">{t.kop}</h2>
      <p>{vul(t.gebaseerdOp, { n: formatGetal(r.trekkingen, taal), seed: String(r.seed) })}</p>
      {beste && <p data-testid="print-beste">{vul(t.beste, { naam: beste.naam, kans: kans(ro.kansBeste[beste.id]!) })}</p>}
      <table className="resultaat-tabel" data-testid="print-paarsgewijs">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.hoek}</th>
            {ww.map((w) => (
              <th scope="col" className="getal" key={w.id}>
                {w.naam}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ww.map((a) => (
            <tr key={a.id} data-rij={a.id}>
              <th scope="row">{a.naam}</th>
              {ww.map((b) => (
                <td className="getal" key={b.id}>
                  {a.id === b.id ? '–' : kans(ro.paarsgewijs[a.id]![b.id]!)}
                </td>
              ))}
            </tr>
          ))}
          <tr data-rij="kansBeste">
            <th scope="row">{t.kansBeste}</th>
            {ww.map((w) => (
              <td className="getal" key={w.id}>
                {kans(ro.kansBeste[w.id]!)}
              </td>
            ))}
          </tr>
          <tr data-rij="verwachteRang">
            <th scope="row">{t.verwachteRang}</th>
            {ww.map((w) => (
              <td className="getal" key={w.id}>
                {formatGetal(Math.round(ro.verwachteRang[w.id]! * 100) / 100, taal)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {r.waardeVanInformatie && <Informatiewaarde w={r.waardeVanInformatie} idPrefix="print" />}
    </section>
  );
}

import { formatGetal } from '../../../format/getal';
import { nietsIngevuld } from '../../../model';
import { resultaatVan, useScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { vulTel } from '../opmaak';
import { Informatiewaarde } from '../onzekerheid/Informatiewaarde';
import { useLaatsteMonteCarlo } from '../onzekerheid/laatsteMonteCarlo';
import { RangordeTabel } from '../onzekerheid/RangordeTabel';

type Sleutel = 'kop' | 'gebaseerdOp' | 'beste' | 'caption' | 'hoek' | 'kansBeste' | 'verwachteRang';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Onzekerheid: welke werkwijze is het best, en wat is meten waard?',
    gebaseerdOp: 'Uit de Monte Carlo-analyse met {n} {n:trekking|trekkingen}, startgetal {seed}.',
    beste: '{naam} heeft de grootste kans de beste te zijn: {kans} van de trekkingen.',
    caption: 'Kans dat de werkwijze in de rij een hoger saldo per klant heeft dan die in de kolom; kans de beste te zijn; verwachte rang',
    hoek: 'Rij beter dan kolom',
    kansBeste: 'Kans de beste te zijn',
    verwachteRang: 'Verwachte rang (1 = beste)',
  },
  en: {
    kop: 'Uncertainty: which pathway is best, and what is measuring worth?',
    gebaseerdOp: 'From the Monte Carlo analysis with {n} {n:draw|draws}, starting number {seed}.',
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
  // Nothing filled in: no uncertainty to print (the board summary on page 1 says so).
  if (!laatste || laatste.scenario !== s || nietsIngevuld(resultaatVan(s))) return null;
  const r = laatste.resultaat;
  return (
    <section className="alleen-print print-onzekerheid" aria-labelledby="print-onzekerheid-kop" data-testid="print-onzekerheid">
      <h2 id="print-onzekerheid-kop">{t.kop}</h2>
      <p>{vulTel(t.gebaseerdOp, { n: formatGetal(r.trekkingen, taal), seed: String(r.seed) }, { n: r.trekkingen }, taal)}</p>
      <RangordeTabel ro={r.rangorde} trekkingen={r.trekkingen} s={s} id="print" caption={t.caption} t={t} afdruk />
      {r.waardeVanInformatie && <Informatiewaarde w={r.waardeVanInformatie} idPrefix="print" />}
    </section>
  );
}

import { formatBereik } from '../../format/bereik';
import { formatAandeel, formatGetal, type Taal } from '../../format/getal';
import { tijdParameters, tijdWaarde, type TijdParameter } from '../../model/tijd';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { Tabel } from '../gedeeld/Tabel';

type Sleutel = 'kop' | 'uitleg' | 'caption' | 'instelling' | 'waarde' | 'standaard' | 'bron' | 'graad' | 'bereik' | 'geen' | 'jaar' | 'eigen';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Effecten in de tijd',
    uitleg:
      'Hoe lang een baat duurt, welk deel elk jaar wegvalt (uitval) en welk deel van de klanten elk jaar opnieuw in de schulden raakt (terugval). In jaar j telt een baat nog (1 − uitval)^j × (1 − terugval)^j van haar jaarbedrag; jaar 0 is het startjaar en jaren na de tijdshorizon tellen niet. Met de standaard (de duur van het rapport, geen uitval, geen terugval) is de uitkomst precies die van het rapport. Het terugverdienjaar van een partij is het eerste jaar vanaf waar haar opgetelde, verdisconteerde baten min kosten niet meer onder nul komen. De tool toont altijd 0% (het rapport) en 2,25% (de leidraad, reëel): zet de bedragen daarom eerst op één prijspeil.',
    caption: 'Tijdinstellingen met bron, bewijsgraad en bereik',
    instelling: 'Instelling',
    waarde: 'Waarde',
    standaard: 'Standaard',
    bron: 'Bron',
    graad: 'Graad',
    bereik: 'Bereik',
    geen: 'geen',
    jaar: 'jaar',
    eigen: 'eigen waarde',
  },
  en: {
    kop: 'Effects over time',
    uitleg:
      'How long a benefit lasts, which share is lost each year (drop-off) and which share of the clients falls back into debt each year (relapse). In year j a benefit still counts (1 − drop-off)^j × (1 − relapse)^j of its yearly amount; year 0 is the start year and years after the time horizon do not count. With the defaults (the report’s duration, no drop-off, no relapse) the result is exactly the report’s. A party’s payback year is the first year from which its cumulative discounted benefits minus costs no longer fall below zero. The tool always shows 0% (the report) and 2.25% (the guideline, real): so put the amounts at one price level first.',
    caption: 'Time settings with source, evidence grade and range',
    instelling: 'Setting',
    waarde: 'Value',
    standaard: 'Default',
    bron: 'Source',
    graad: 'Grade',
    bereik: 'Range',
    geen: 'none',
    jaar: 'years',
    eigen: 'own value',
  },
};

function toon(p: TijdParameter, x: number, taal: Taal, jaar: string): string {
  return p.eenheid === 'jaren' ? `${formatGetal(x, taal)} ${jaar}` : formatAandeel(x, taal, 2);
}

/** A range as everywhere in the app (format/bereik): "0% – 10%", "2 – 8 jaar". */
function toonBereik(p: TijdParameter, laag: number, hoog: number, taal: Taal, jaar: string): string {
  const b = formatBereik(laag, hoog, p.eenheid === 'jaren' ? 'getal' : 'aandeel', taal);
  return p.eenheid === 'jaren' ? `${b} ${jaar}` : b;
}

/** The verantwoording of the time settings: each with its value, default, source, grade and range (model data, tijd.ts). */
export function TijdVerantwoording() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  return (
    <section aria-labelledby="tijd-verantwoording">
      <h2 id="tijd-verantwoording" tabIndex={-1}>
        {t.kop}
      </h2>
      <p>{t.uitleg}</p>
      <Tabel
        captionId="tijd-verantwoording-caption"
        caption={t.caption}
        testId="tijd-verantwoording"
        kolommen={[{ kop: t.instelling }, { kop: t.waarde, getal: true }, { kop: t.standaard, getal: true }, { kop: t.bron }, { kop: t.graad }, { kop: t.bereik }]}
      >
        <tbody>
          {tijdParameters(s.tijd).map((p) => {
            const w = tijdWaarde(s.tijd, p.id);
            const h = p.bereik?.herkomst;
            const herkomst = !h ? '' : 'bron' in h ? (taal === 'en' ? (h.bronEn ?? h.bron) : h.bron) : taal === 'en' ? (h.aannameEn ?? h.aanname) : h.aanname;
            return (
              <tr key={p.id} data-rij={p.id}>
                <th scope="row">{p.label[taal]}</th>
                <td className="getal">{toon(p, w, taal, t.jaar)}</td>
                <td className="getal">{toon(p, p.standaard, taal, t.jaar)}</td>
                <td>{w !== p.standaard ? `${t.eigen}; ${t.standaard.toLowerCase()}: ${p.bron[taal]}` : p.bron[taal]}</td>
                <td>{p.graad}</td>
                <td>{p.bereik ? `${toonBereik(p, p.bereik.laag, p.bereik.hoog, taal, t.jaar)}: ${herkomst}` : t.geen}</td>
              </tr>
            );
          })}
        </tbody>
      </Tabel>
    </section>
  );
}

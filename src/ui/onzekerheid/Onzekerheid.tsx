import { useScenario } from '../../store/scenarioStore';
import { useTeksten, type Teksten } from '../gedeeld/i18n';
import { NietBijgewerkt } from '../gedeeld/NietBijgewerkt';
import Prijspeil from './tijd/Prijspeil';
import Tijd from './tijd/Tijd';
import Bereiken from './Bereiken';
import Gevoeligheid from './Gevoeligheid';
import MonteCarlo from './MonteCarlo';
import Omslagwaarden from './Omslagwaarden';
import Toelichting from './Toelichting';
import '../gedeeld/resultaten.css';
import './onzekerheid.css';

type Sleutel = 'kop' | 'inleiding' | 'inhoud' | 'gevoeligheid' | 'bereiken' | 'omslag' | 'mc' | 'tijd' | 'prijspeil' | 'toelichting';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Onzekerheid',
    inleiding:
      'Hoe zeker is de uitkomst? Veel invoer van de MKBA is een schatting uit andere onderzoeken of uit een klein aantal dossiers. Hier ziet u welke invoer het meest uitmaakt, bij welke waarde de uitkomst omslaat, hoe groot de bandbreedte is als alles tegelijk varieert, en wat tijd en prijspeil doen.',
    inhoud: 'Op deze pagina',
    gevoeligheid: 'Eenzijdige gevoeligheid',
    bereiken: 'Bereiken en verdelingen',
    omslag: 'Omslagwaarden',
    mc: 'Monte Carlo-analyse',
    tijd: 'Tijd en contante waarde',
    prijspeil: 'Prijspeil',
    toelichting: 'Toelichting',
  },
  en: {
    kop: 'Uncertainty',
    inleiding:
      'How certain is the outcome? Many inputs of the analysis are estimates from other studies or from a small number of case files. Here you see which inputs matter most, at what value the outcome turns, how wide the range is when everything varies at once, and what time and price level do.',
    inhoud: 'On this page',
    gevoeligheid: 'One-way sensitivity',
    bereiken: 'Ranges and distributions',
    omslag: 'Switching values',
    mc: 'Monte Carlo analysis',
    tijd: 'Time and present value',
    prijspeil: 'Price level',
    toelichting: 'Notes',
  },
};

const DELEN = [
  ['gevoeligheid', 'gevoeligheid-kop'],
  ['bereiken', 'bereiken-kop'],
  ['omslag', 'omslag-kop'],
  ['mc', 'mc-kop'],
  ['tijd', 'tijd-kop'],
  ['prijspeil', 'prijspeil-kop'],
  ['toelichting', 'toelichting-kop'],
] as const;

/** The uncertainty view (issue 4): sensitivity, switching values, Monte Carlo, time and price level. */
export default function Onzekerheid() {
  const t = useTeksten(TEKSTEN);
  const s = useScenario();
  return (
    <section className="onzekerheid" aria-labelledby="onzekerheid-kop">
      <h1 id="onzekerheid-kop">{t.kop}</h1>
      <p className="resultaten-scenario">{s.titel}</p>
      <NietBijgewerkt />
      <p className="onz-uitleg">{t.inleiding}</p>
      <nav aria-labelledby="onz-inhoud-kop" className="onz-inhoud">
        <h2 id="onz-inhoud-kop" className="onz-inhoud-kop">
          {t.inhoud}
        </h2>
        <ul>
          {DELEN.map(([k, anker]) => (
            <li key={k}>
              <a
                href={`#${anker}`}
                onClick={(e) => {
                  const doel = document.getElementById(anker);
                  if (!doel) return;
                  e.preventDefault();
                  doel.scrollIntoView?.({ block: 'start' });
                  doel.focus({ preventScroll: true });
                }}
              >
                {t[k]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Gevoeligheid />
      <Bereiken />
      <Omslagwaarden />
      <MonteCarlo />
      <Tijd />
      <Prijspeil />
      <Toelichting />
    </section>
  );
}

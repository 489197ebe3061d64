import { lazy, Suspense, useRef } from 'react';
import { useScenario } from '../store/scenarioStore';
import { useVoorkeuren } from '../store/voorkeurenStore';
import { useTeksten, type Teksten } from './gedeeld/i18n';
import { VIEWS, navigeer, useAnkerLinks, useNaarSectie, useRoute, type View } from './gedeeld/route';
import { useScrolRand } from './gedeeld/scrolRand';
import { SectieMelding } from './gedeeld/SectieMelding';
import { Overzicht } from './overzicht/Overzicht';
import { ScenarioMenu } from './scenario/ScenarioMenu';
import { useAfdrukrapport } from './afdrukken';

// The first screen is in the initial bundle; the rest loads when it is opened.
const Invoer = lazy(() => import('./invoer/Invoer'));
const Resultaten = lazy(() => import('./resultaten/Resultaten'));
const Verantwoording = lazy(() => import('./verantwoording/Verantwoording'));
const Onzekerheid = lazy(() => import('./onzekerheid/Onzekerheid'));

export type { View };

const TEKSTEN: Teksten<View | 'app' | 'laden' | 'navigatie' | 'taal' | 'naarInhoud'> = {
  nl: {
    app: 'MKBA Schuldhulp',
    overzicht: 'Overzicht',
    invoer: 'Invoer',
    resultaten: 'Resultaten',
    onzekerheid: 'Onzekerheid',
    verantwoording: 'Over dit model',
    laden: 'Laden…',
    navigatie: 'Onderdelen',
    taal: 'Taal',
    naarInhoud: 'Naar de inhoud',
  },
  en: {
    app: 'MKBA Schuldhulp (social cost-benefit analysis of debt assistance)',
    overzicht: 'Overview',
    invoer: 'Inputs',
    resultaten: 'Results',
    onzekerheid: 'Uncertainty',
    verantwoording: 'About this model',
    laden: 'Loading…',
    navigatie: 'Sections',
    taal: 'Language',
    naarInhoud: 'Skip to content',
  },
};

export function App() {
  const t = useTeksten(TEKSTEN);
  const scenario = useScenario();
  const { taal, zetTaal } = useVoorkeuren();
  // The view and the section within it come from the URL (#/resultaten/baat-welfareExit): links,
  // Back and Forward all work, and a share link keeps the view.
  const { view, sectie, onbekend } = useRoute();
  useNaarSectie(sectie);
  useAnkerLinks(view);
  const toon = (v: View, a?: string) => navigeer(v, a);
  // On a phone the views scroll sideways in one row: a fade with an arrow shows there is more.
  const nav = useRef<HTMLElement>(null);
  useScrolRand(nav, 'ul', view);
  const Afdrukrapport = useAfdrukrapport();

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t.naarInhoud}
      </a>
      <header className="app-header">
        <div className="app-titel">
          <p className="app-naam">{t.app}</p>
          <p className="scenario-titel" data-testid="scenario-titel">
            {scenario.titel}
          </p>
        </div>
        <ScenarioMenu />
        <label className="taalkeuze">
          <span>{t.taal}</span>
          <select value={taal} onChange={(e) => zetTaal(e.target.value === 'en' ? 'en' : 'nl')}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <nav ref={nav} className="app-nav" aria-label={t.navigatie} data-testid="app-nav">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button type="button" aria-current={view === v ? 'page' : undefined} onClick={() => toon(v)} data-view={v}>
                {t[v]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t.laden}</p>}>
          {/* Inside the boundary, keyed by the route: it looks for a link's section once the view has loaded. */}
          <SectieMelding key={`${view}/${sectie ?? ''}/${onbekend?.tekst ?? ''}`} sectie={sectie} onbekend={onbekend} view={t[view]} />
          {view === 'overzicht' && <Overzicht onNavigeer={toon} />}
          {view === 'invoer' && <Invoer />}
          {view === 'resultaten' && <Resultaten />}
          {view === 'onzekerheid' && <Onzekerheid />}
          {view === 'verantwoording' && <Verantwoording />}
        </Suspense>
      </main>
      {Afdrukrapport && <Afdrukrapport />}
    </>
  );
}

import { useState } from 'react';
import type { Resultaat, Scenario } from '../../model';
import { gelijk } from '../../store/gelijk';
import { bewerkScenario, useScenarioStore } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vergelijkingVan } from '../gedeeld/vergelijking';
import { verschilZin } from './verschilZin';
import { SPOOR, SpoorTekst } from '../gedeeld/spoor';

type Sleutel = 'kop' | 'uitleg' | 'a' | 'b' | 'geen' | 'omdraaien' | 'zelfde';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Vergelijk twee werkwijzen',
    uitleg: 'Zet twee werkwijzen direct naast elkaar, bijvoorbeeld de Klantreis tegenover de Klantreis met nazorg. Het verschil verschijnt ook als kolom in de resultatentabel.',
    a: 'Werkwijze',
    b: 'tegenover',
    geen: '(geen keuze)',
    omdraaien: 'Omdraaien',
    zelfde: 'Kies twee verschillende werkwijzen.',
  },
  en: {
    kop: 'Compare two pathways',
    uitleg: 'Put two pathways side by side directly, for example the Klantreis against the Klantreis with aftercare. The difference also appears as a column in the results table.',
    a: 'Pathway',
    b: 'against',
    geen: '(none chosen)',
    omdraaien: 'Swap',
    zelfde: 'Choose two different pathways.',
  },
};

/** Any two pathways compared directly, in one sentence (issue 13, item 5). */
export function Vergelijker({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  // A complete choice (two different pathways) is part of the scenario: saved in the file, the link and the
  // autosave, and undoable (tester3 #7). One side only, or the same twice, is this view's own until completed.
  const opgeslagen = useScenarioStore((st) => st.scenario.vergelijking ?? null);
  const [half, zetHalf] = useState<{ a: string; b: string } | null>(null);
  const keuze = half ?? opgeslagen;
  const ids = new Set(r.werkwijzen.map((w) => w.id));
  const a = keuze && ids.has(keuze.a) ? keuze.a : '';
  const b = keuze && ids.has(keuze.b) ? keuze.b : '';
  const v = vergelijkingVan(r, a && b ? { a, b } : null);
  const naam = (id: string) => r.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  const kies = (nieuwA: string, nieuwB: string) => {
    const compleet = nieuwA !== '' && nieuwB !== '' && nieuwA !== nieuwB;
    zetHalf(compleet || (!nieuwA && !nieuwB) ? null : { a: nieuwA, b: nieuwB });
    const huidig = useScenarioStore.getState().scenario;
    const { vergelijking: _oud, ...zonder } = huidig;
    void _oud;
    const nieuw: Scenario = compleet ? { ...huidig, vergelijking: { a: nieuwA, b: nieuwB } } : zonder;
    if (!gelijk(nieuw, huidig)) bewerkScenario(nieuw);
  };
  const opties = (
    <>
      <option value="">{t.geen}</option>
      {r.werkwijzen.map((w) => (
        <option key={w.id} value={w.id}>
          {w.naam}
        </option>
      ))}
    </>
  );
  return (
    <section className="vergelijker" aria-labelledby="vergelijker-kop">
      <h2 id="vergelijker-kop">{t.kop}</h2>
      <p className="overzicht-uitleg">{t.uitleg}</p>
      <div className="vergelijker-keuze">
        <label>
          <span>{t.a}</span>
          <select value={a} onChange={(e) => kies(e.target.value, b)} data-testid="vergelijk-a">
            {opties}
          </select>
        </label>
        <label>
          <span>{t.b}</span>
          <select value={b} onChange={(e) => kies(a, e.target.value)} data-testid="vergelijk-b">
            {opties}
          </select>
        </label>
        <button type="button" onClick={() => kies(b, a)} disabled={!a && !b}>
          {t.omdraaien}
        </button>
      </div>
      {a && b && a === b && <p role="status">{t.zelfde}</p>}
      {v && (
        <p className="verschil-zin" data-testid="vergelijk-zin" role="status">
          <SpoorTekst
            tekst={verschilZin(naam(v.verschil.id), naam(v.verschil.tenOpzichteVan), { kosten: v.verschil.kosten.perKlant.toNumber(), baten: v.verschil.baten.perKlant.toNumber(), saldo: v.verschil.saldo.perKlant.toNumber() }, taal)}
            doelVan={() => SPOOR.verschil({ id: v.verschil.id, naam: naam(v.verschil.id) }, { id: v.verschil.tenOpzichteVan, naam: naam(v.verschil.tenOpzichteVan) })}
          />
        </p>
      )}
    </section>
  );
}

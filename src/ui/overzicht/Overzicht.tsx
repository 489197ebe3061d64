import { lazy, Suspense, useDeferredValue, type MouseEvent } from 'react';
import { nogNietIngevuldeIds, type Aansluiting, type Resultaat } from '../../model';
import { useAansluiting, useResultaat, useScenario } from '../../store/scenarioStore';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { NietBijgewerkt } from '../gedeeld/NietBijgewerkt';
import { PrijspeilMelding } from '../gedeeld/PrijspeilMelding';
import { euro, teken, verhouding, vul, vulTel } from '../gedeeld/opmaak';
import { verschilZin } from './verschilZin';
import { PmOverzichtSectie } from '../gedeeld/pm/PmSecties';
import './overzicht.css';
import '../gedeeld/styles/print.css';
import { routeHref } from '../gedeeld/route';
import { SPOOR, SpoorLink, SpoorTekst } from '../gedeeld/spoor';
import { Vergelijker } from './Vergelijker';
import { TweePerspectieven } from '../gedeeld/welvaart/Welvaart';
import { LiveBand } from './LiveBand';
import { Bestuurssamenvatting } from './Bestuurssamenvatting';
// Below the fold and only for scenarios with variants: its own chunk (it brings the variant and KBA model).
// Below the first screen: loaded after it, which keeps the file:// start bundle (SystemJS) under 200 kB gz.
const Schaalweergave = lazy(() => import('../gedeeld/schaal/Schaalweergave').then((m) => ({ default: m.Schaalweergave })));
const VariantenOverzicht = lazy(() => import('./VariantenOverzicht').then((m) => ({ default: m.VariantenOverzicht })));

/** Lets a view open another view (and a section in it); App passes its own navigation. */
export type Navigeer = (view: 'resultaten' | 'verantwoording', anker?: string) => void;

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'werkwijzen'
  | 'nulalternatief'
  | 'projectalternatief'
  | 'kosten'
  | 'baten'
  | 'saldo'
  | 'verhouding'
  | 'cohort'
  | 'leeg'
  | 'leegZin'
  | 'verschilKop'
  | 'uitleg'
  | 'rapportReintegratie'
  | 'rapportAlgemeen'
  | 'naarVerantwoording'
  | 'naarResultaten'
  | 'resultaten';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Overzicht',
    inleiding:
      'Kosten en baten per klant van elke werkwijze. Het saldo is baten min kosten: een negatief saldo betekent dat de kosten hoger zijn dan de baten.',
    werkwijzen: 'Werkwijzen, per klant',
    nulalternatief: 'Nulalternatief',
    projectalternatief: 'Projectalternatief',
    kosten: 'Kosten per klant',
    baten: 'Baten per klant',
    saldo: 'Saldo per klant',
    verhouding: 'Baten/kosten-verhouding',
    cohort: '{n} {n:klant|klanten} in de dossieranalyse',
    leeg: 'Nog niet ingevuld: geen kosten en geen uitkomsten. Vul ze in bij Invoer; tot dan zeggen deze bedragen niets.',
    leegZin: '{naam} is nog niet ingevuld (geen kosten en geen uitkomsten), dus dit verschil zegt nog niets.',
    verschilKop: 'Verschil met het nulalternatief',
    uitleg: 'Een baten/kosten-verhouding boven 1 betekent dat elke euro kosten meer dan een euro aan baten oplevert.',
    rapportReintegratie:
      'De totalen in het rapport wijken hiervan af: het rapport telt in zijn totaal (tabel 3.13) zes van de zeven baten op en laat de voorkomen kosten van re-integratie weg. Deze berekening telt alle zeven baten.',
    rapportAlgemeen: 'Een deel van de cijfers in het rapport ({bron}) wijkt af van deze berekening ({n} {n:cijfer|cijfers}).',
    naarVerantwoording: 'Lees waarom in de verantwoording',
    naarResultaten: 'Alle tabellen, berekeningen en grafieken staan bij',
    resultaten: 'Resultaten',
  },
  en: {
    kop: 'Overview',
    inleiding:
      'Costs and benefits per client for each pathway. The balance is benefits minus costs: a negative balance means the costs exceed the benefits.',
    werkwijzen: 'Pathways, per client',
    nulalternatief: 'Baseline (nulalternatief)',
    projectalternatief: 'Project alternative',
    kosten: 'Costs per client',
    baten: 'Benefits per client',
    saldo: 'Balance per client',
    verhouding: 'Benefit-cost ratio',
    cohort: '{n} {n:client|clients} in the case file analysis',
    leeg: 'Not filled in yet: no costs and no outcomes. Enter them under Inputs; until then these amounts mean nothing.',
    leegZin: '{naam} is not filled in yet (no costs and no outcomes), so this difference means nothing yet.',
    verschilKop: 'Difference with the baseline',
    uitleg: 'A benefit-cost ratio above 1 means that every euro of cost yields more than a euro of benefits.',
    rapportReintegratie:
      "The report's totals differ: its total (table 3.13) adds up six of the seven benefits and leaves out the reintegration costs avoided. This calculation counts all seven.",
    rapportAlgemeen: 'Some figures in the report ({bron}) differ from this calculation ({n} {n:figure|figures}).',
    naarVerantwoording: 'Read why in the methodology section',
    naarResultaten: 'All tables, calculations and charts are under',
    resultaten: 'Results',
  },
};

/**
 * Whether every published benefit total that does not match is off by exactly the reintegration
 * benefit (to the euro): the report's table 3.13 adds up six benefits, not seven.
 */
function laatReintegratieWeg(a: Aansluiting | null, r: Resultaat): boolean {
  if (!a) return false;
  const totalen = a.afwijkingen.filter((x) => x.onderdeel === 'totaalBaten.totaal');
  if (totalen.length === 0) return false;
  return totalen.every((x) => {
    const w = r.werkwijzen.find((y) => y.id === x.werkwijze);
    return w !== undefined && x.verschil.minus(w.baten.posten.reintegration.totaal).abs().lte(1);
  });
}

/** Whether a card's name already says its role: "Nulalternatief" under "Baseline (nulalternatief)" too. */
function rolInNaam(naam: string, rol: string): boolean {
  const n = naam.trim().toLocaleLowerCase('nl');
  const r = rol.toLocaleLowerCase('nl');
  return n === r || r.includes(`(${n})`);
}

const naarView = (onNavigeer: Navigeer | undefined) => (view: 'resultaten' | 'verantwoording', anker?: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  if (!onNavigeer) return;
  e.preventDefault();
  onNavigeer(view, anker);
};

/** The first screen: per pathway, per client, and the difference with the baseline in plain words. */
export function Overzicht({ onNavigeer }: { onNavigeer?: Navigeer } = {}) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const scenario = useScenario();
  const r = useResultaat();
  // Everything below the cards comes in a render of its own, after the first screen with the saldo
  // is on screen (issue 13, speed: it took about a third of the first render at 4x CPU, and the
  // reconciliation with the report, sluitAan, is only needed for the note at the bottom).
  const volledig = useDeferredValue(true, false);
  const leeg = nogNietIngevuldeIds(scenario);

  return (
    <section className="overzicht" aria-labelledby="overzicht-kop">
      <h1 id="overzicht-kop">{t.kop}</h1>
      <p className="overzicht-scenario" data-testid="overzicht-scenario-titel">
        {scenario.titel}
      </p>
      <NietBijgewerkt />
      <PrijspeilMelding />
      <Bestuurssamenvatting />
      <p>{t.inleiding}</p>

      <h2 className="visueel-verborgen">{t.werkwijzen}</h2>
      <ul className="kaarten" role="list">
        {r.werkwijzen.map((w) => (
          <li key={w.id} className={`kaart${w.nulalternatief ? ' kaart-nul' : ''}${leeg.has(w.id) ? ' kaart-leeg' : ''}`}>
            <article aria-labelledby={`kaart-${w.id}`}>
              <h3 id={`kaart-${w.id}`} className="kaart-naam">
                {w.naam}
              </h3>
              {/* A pathway named after its role ("Nulalternatief") needs no second line saying the same. */}
              {!rolInNaam(w.naam, w.nulalternatief ? t.nulalternatief : t.projectalternatief) && (
                <p className="kaart-rol">{w.nulalternatief ? t.nulalternatief : t.projectalternatief}</p>
              )}
              {leeg.has(w.id) && (
                <p className="kaart-leeg-melding" data-testid={`kaart-leeg-${w.id}`}>
                  {t.leeg}
                </p>
              )}
              <dl className="kaart-cijfers">
                <div>
                  <dt>{t.kosten}</dt>
                  <dd data-testid={`kosten-per-klant-${w.id}`}>
                    <SpoorLink doel={SPOOR.kosten} tekst={euro(w.kosten.totaal.perKlant, taal)} />
                  </dd>
                </div>
                <div>
                  <dt>{t.baten}</dt>
                  <dd data-testid={`baten-per-klant-${w.id}`}>
                    {/* The total of the seven benefits is added up in the pathway's trace ("Totaal baten per klant = … = € 1.099"), not in "Berekening per baat" (tester8 #6). */}
                    <SpoorLink doel={SPOOR.saldo(w.id, w.naam)} tekst={euro(w.baten.totaal.perKlant, taal)} />
                  </dd>
                </div>
                <div className={`kaart-saldo saldo-${teken(w.saldo.perKlant)}`}>
                  <dt>{t.saldo}</dt>
                  <dd data-testid={`saldo-per-klant-${w.id}`}>
                    <SpoorLink doel={SPOOR.saldo(w.id, w.naam)} tekst={euro(w.saldo.perKlant, taal)} />
                  </dd>
                </div>
                <div>
                  <dt>{t.verhouding}</dt>
                  <dd data-testid={`verhouding-${w.id}`}>
                    {w.batenKostenVerhouding === null ? verhouding(null, taal) : <SpoorLink doel={SPOOR.saldo(w.id, w.naam)} tekst={verhouding(w.batenKostenVerhouding, taal)} />}
                  </dd>
                </div>
              </dl>
              <LiveBand werkwijze={w.id} />
              <p className="kaart-cohort">{vulTel(t.cohort, { n: formatGetal(w.cohort, taal) }, { n: w.cohort }, taal)}</p>
            </article>
          </li>
        ))}
      </ul>
      <p className="overzicht-uitleg">{t.uitleg}</p>

      {volledig && <OverzichtVervolg onNavigeer={onNavigeer} />}
    </section>
  );
}

/** The overview below the cards: the difference in words, both perspectives, comparisons, the report note, PM items. */
function OverzichtVervolg({ onNavigeer }: { onNavigeer?: Navigeer }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const r = useResultaat();
  const aansluiting = useAansluiting();
  const nul = r.nulalternatief;
  const reintegratie = laatReintegratieWeg(aansluiting, r);
  const afwijkingen = aansluiting?.afwijkingen.length ?? 0;
  const naar = naarView(onNavigeer);
  const leeg = nogNietIngevuldeIds(useScenario());
  return (
    <>
      <h2>{t.verschilKop}</h2>
      <div className="verschil-zinnen">
        {r.verschillen.map((v) => {
          const w = r.werkwijzen.find((x) => x.id === v.id)!;
          return (
            <p key={v.id} className="verschil-zin" data-testid={`verschil-zin-${v.id}`}>
              {leeg.has(v.id) && <strong className="verschil-leeg">{vul(t.leegZin, { naam: w.naam })} </strong>}
              <SpoorTekst
                tekst={verschilZin(
                  w.naam,
                  nul.naam,
                  { kosten: v.kosten.perKlant.toNumber(), baten: v.baten.perKlant.toNumber(), saldo: v.saldo.perKlant.toNumber() },
                  taal,
                )}
                doelVan={() => SPOOR.verschil(w, nul)}
              />
            </p>
          );
        })}
      </div>

      <TweePerspectieven r={r} />

      <Vergelijker r={r} />
      <Suspense fallback={null}>
        <VariantenOverzicht />
      </Suspense>

      <Suspense fallback={null}>
        <Schaalweergave />
      </Suspense>

      {afwijkingen > 0 && (
        <p className="rapport-noot" data-testid="rapport-noot">
          {reintegratie
            ? t.rapportReintegratie
            : vulTel(t.rapportAlgemeen, { bron: aansluiting!.bron, n: formatGetal(afwijkingen, taal) }, { n: afwijkingen }, taal)}{' '}
          <a href={routeHref('verantwoording', 'aansluiting')} onClick={naar('verantwoording', 'aansluiting')}>
            {t.naarVerantwoording}
          </a>
          .
        </p>
      )}
      <PmOverzichtSectie />
      <p className="overzicht-verder">
        {t.naarResultaten}{' '}
        <a href={routeHref('resultaten')} onClick={naar('resultaten')}>
          {t.resultaten}
        </a>
        .
      </p>
    </>
  );
}

import { lazy, memo, Suspense, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { nietsIngevuld, type Scenario } from '../../model';
import { genoegTrekkingen, MIN_TREKKINGEN_CONCLUSIE, type MonteCarloResultaat, type Samenvatting } from '../../model/onzekerheid/montecarlo';
import { hertrekkenActief, HERTREK_GRENS, VOI_MAX_TREKKINGEN } from '../../model/scenario/onzekerheidSchema';
import { formatAandeel, formatEuro, formatGetal, type Taal } from '../../format/getal';
import { gelijk } from '../../store/gelijk';
import { useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul, vulTel } from '../gedeeld/opmaak';
import { invoerVan } from './selectors';
import { GRADEN } from '../../model/parameters/bewijs';
import { Tabel } from '../gedeeld/Tabel';
import { foutVoor, werkBij } from '../gedeeld/bijwerken';
import { GetalVeld } from '../gedeeld/GetalVeld';
import { Geavanceerd } from '../gedeeld/Geavanceerd';
import { monteCarloRegie } from './taken';
import { resultaatVan } from '../../store/scenarioStore';
import { puntschattingVan, PuntEnGemiddelde } from './Scheef';
import { Informatiewaarde } from '../gedeeld/onzekerheid/Informatiewaarde';
import { RangordeTabel } from '../gedeeld/onzekerheid/RangordeTabel';
import type { MonteCarloMetInformatie } from '../../workers/montecarloKern';
import type { Regie, TaakToestand } from './regie';
import { OnzSectie } from './OnzSectie';
import { OverzichtBand } from './OverzichtBand';

const Histogram = lazy(() => import('./Grafieken').then((m) => ({ default: m.Histogram })));

type Sleutel =
  | 'kop'
  | 'uitleg'
  | 'instellingen'
  | 'geavanceerd'
  | 'trekkingen'
  | 'seed'
  | 'leeg'
  | 'seedHint'
  | 'hertrekken'
  | 'hertrekkenHint'
  | 'start'
  | 'startNiet'
  | 'opnieuw'
  | 'annuleren'
  | 'voortgang'
  | 'voortgangTekst'
  | 'voortgangInformatie'
  | 'rust'
  | 'bezig'
  | 'klaar'
  | 'geannuleerd'
  | 'fout'
  | 'aangekondigd'
  | 'hoofdthread'
  | 'verouderd'
  | 'resultatenKop'
  | 'resultatenCaption'
  | 'maatstaf'
  | 'gemiddelde'
  | 'punt'
  | 'voiNiet'
  | 'p5'
  | 'p95'
  | 'kansPositief'
  | 'kansBeter'
  | 'saldoVan'
  | 'verschilVan'
  | 'zinBeter'
  | 'zinPositief'
  | 'interval'
  | 'verdelingVan'
  | 'histogramLaden'
  | 'bakken'
  | 'van'
  | 'tot'
  | 'aantal'
  | 'bakkenCaption'
  | 'gebaseerdOp'
  | 'paarCaption'
  | 'paarHoek'
  | 'kansBeste'
  | 'verwachteRang'
  | 'zinBeste'
  | 'bezigInformatie'
  | 'gestoptInvoer'
  | 'teWeinig';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Monte Carlo-analyse',
    paarCaption: 'Elke werkwijze tegen elke andere: de kans dat de werkwijze in de rij een hoger saldo per klant heeft dan die in de kolom ({n} {n:trekking|trekkingen})',
    teWeinig:
      'Te weinig trekkingen voor een conclusie: {n} {n:trekking|trekkingen}, minder dan {min}. De getallen hieronder zijn ruw en zeggen nog niets over welke werkwijze het best is, of de bereiken scheef zijn of wat meten waard is. Kies minstens {min} trekkingen.',
    paarHoek: 'Rij beter dan kolom',
    kansBeste: 'Kans de beste te zijn',
    verwachteRang: 'Verwachte rang (1 = beste)',
    zinBeste: '{naam} heeft de grootste kans de beste te zijn: {kans} van de trekkingen.',
    uitleg:
      'Alle onzekere invoer tegelijk: elke trekking kiest voor elke invoer een waarde uit zijn verdeling (tussen laag en hoog) en rekent het hele model door. Het resultaat is een verdeling van het saldo per klant, met een bandbreedte en de kans dat een werkwijze beter is dan het nulalternatief. Dezelfde invoer geeft altijd precies dezelfde uitkomst.',
    instellingen: 'Instellingen van de Monte Carlo-analyse',
    geavanceerd: 'aantal trekkingen, startgetal en kleine steekproef',
    trekkingen: 'Aantal trekkingen',
    seed: 'Startgetal (voor herhaalbare uitkomsten)',
    seedHint: 'Met hetzelfde startgetal en dezelfde invoer komen steeds dezelfde getallen terug, ook op de opdrachtregel. Technisch: de seed van de toevalsgenerator.',
    hertrekken: 'Rekening houden met een kleine steekproef',
    hertrekkenHint: 'Laat per trekking ook het aantal klanten per uitkomst variëren, zoals bij een kleine dossiersteekproef te verwachten is. Technisch: de aantallen worden opnieuw getrokken uit de dossiertellingen (Dirichlet-multinomiaal). Standaard aan zodra een werkwijze minder dan {grens} klanten heeft.',
    start: 'Start Monte Carlo-analyse',
    startNiet: 'Start kan niet: {veld} is ongeldig ({melding}).',
    opnieuw: 'Opnieuw berekenen',
    annuleren: 'Annuleren',
    voortgang: 'Voortgang',
    voortgangTekst: '{gedaan} van {totaal} {totaal:trekking|trekkingen}',
    voortgangInformatie: 'waarde van informatie: {gedaan} van {totaal} {totaal:onderdeel|onderdelen}',
    rust: 'Nog niet berekend.',
    bezig: 'Bezig: {gedaan} van {totaal} {totaal:trekking|trekkingen}.',
    klaar: 'Klaar: {totaal} {totaal:trekking|trekkingen}.',
    geannuleerd: 'Geannuleerd na {gedaan} van {totaal} {totaal:trekking|trekkingen}.',
    bezigInformatie: 'Bezig: {totaal} {totaal:trekking|trekkingen} klaar; nu de waarde van informatie ({deel} van {delen}).',
    gestoptInvoer: 'Gestopt na {gedaan} van {totaal} {totaal:trekking|trekkingen}: de invoer is gewijzigd. Start opnieuw voor de nieuwe invoer.',
    fout: 'De berekening is mislukt: {bericht}',
    aangekondigd: 'Monte Carlo-analyse: {pct} klaar.',
    hoofdthread:
      'Deze pagina is als bestand geopend (file://); daar mag de browser niet op de achtergrond rekenen. De analyse loopt nu in de pagina zelf, in kleine stukjes: dat gaat langzamer, maar de pagina blijft bruikbaar.',
    verouderd: 'Verouderd: de invoer is gewijzigd na deze berekening. Bereken opnieuw voor cijfers die bij de huidige invoer horen.',
    resultatenKop: 'Uitkomst',
    resultatenCaption: 'Monte Carlo-uitkomst: saldo per klant, {n} {n:trekking|trekkingen}, startgetal {seed}',
    maatstaf: 'Maatstaf',
    gemiddelde: 'Gemiddelde',
    punt: 'Puntschatting',
    voiNiet: 'De waarde van informatie (EVPI/EVPPI) wordt hier berekend bij hoogstens {max} trekkingen; kies er minder, of gebruik de opdrachtregel (--evppi).',
    p5: '5e percentiel',
    p95: '95e percentiel',
    kansPositief: 'Kans op meer dan € 0',
    kansBeter: 'Kans beter dan het nulalternatief',
    saldoVan: 'Saldo per klant: {naam}',
    verschilVan: 'Verschil met het nulalternatief: {naam}',
    zinBeter: 'Kans dat {naam} beter is dan het nulalternatief ({nul}): {kans}',
    zinPositief: 'Kans dat het saldo per klant van {naam} positief is: {kans}',
    interval: '90%-interval: {p5} tot {p95} per klant (gemiddeld {gem}); puntschatting {punt}.',
    verdelingVan: 'Verdeling tonen van',
    histogramLaden: 'Grafiek laden…',
    bakken: 'De verdeling als tabel',
    van: 'Van',
    tot: 'Tot',
    aantal: 'Aantal trekkingen',
    bakkenCaption: 'Aantal trekkingen per klasse ({n} in totaal). {maatstaf}',
    leeg: 'Geen onzekerheid te tonen: nog geen uitkomsten en kosten ingevuld. Vul eerst de kosten en uitkomsten van de werkwijzen in.',
    gebaseerdOp: 'Berekend met {n} {n:trekking|trekkingen}, startgetal {seed}{hertrokken}.',
  },
  en: {
    kop: 'Monte Carlo analysis',
    paarCaption: 'Every pathway against every other: the probability that the pathway in the row has a higher net result per client than the one in the column ({n} {n:draw|draws})',
    teWeinig:
      'Too few draws for a conclusion: {n} {n:draw|draws}, fewer than {min}. The figures below are raw and do not yet say which pathway is best, whether the ranges are skewed or what measuring is worth. Choose at least {min} draws.',
    paarHoek: 'Row beats column',
    kansBeste: 'Probability of being best',
    verwachteRang: 'Expected rank (1 = best)',
    zinBeste: '{naam} has the highest probability of being best: {kans} of the draws.',
    uitleg:
      'All uncertain inputs at once: each draw picks a value for every input from its distribution (between low and high) and runs the whole model. The result is a distribution of the balance per client, with a range and the probability that a pathway does better than the baseline. The same inputs always give exactly the same outcome.',
    instellingen: 'Monte Carlo settings',
    geavanceerd: 'number of draws, starting number and small sample',
    trekkingen: 'Number of draws',
    seed: 'Starting number (for repeatable results)',
    seedHint: 'With the same starting number and inputs the same figures come back, also on the command line. Technically: the seed of the random generator.',
    hertrekken: 'Allow for a small sample',
    hertrekkenHint: 'Each draw also varies the number of clients per outcome, as a small sample of case files would. Technically: the numbers are redrawn from the case counts (Dirichlet-multinomial). On by default as soon as a pathway has fewer than {grens} clients.',
    start: 'Start Monte Carlo analysis',
    startNiet: 'Cannot start: {veld} is invalid ({melding}).',
    opnieuw: 'Recalculate',
    annuleren: 'Cancel',
    voortgang: 'Progress',
    voortgangTekst: '{gedaan} of {totaal} {totaal:draw|draws}',
    voortgangInformatie: 'value of information: {gedaan} of {totaal} {totaal:part|parts}',
    rust: 'Not calculated yet.',
    bezig: 'Running: {gedaan} of {totaal} {totaal:draw|draws}.',
    klaar: 'Done: {totaal} {totaal:draw|draws}.',
    geannuleerd: 'Cancelled after {gedaan} of {totaal} {totaal:draw|draws}.',
    bezigInformatie: 'Running: {totaal} {totaal:draw|draws} done; now the value of information ({deel} of {delen}).',
    gestoptInvoer: 'Stopped after {gedaan} of {totaal} {totaal:draw|draws}: the inputs changed. Start again for the new inputs.',
    fout: 'The calculation failed: {bericht}',
    aangekondigd: 'Monte Carlo analysis: {pct} done.',
    hoofdthread:
      'This page was opened as a file (file://), where the browser does not allow background work. The analysis runs in the page itself, in small pieces: slower, but the page stays usable.',
    verouderd: 'Out of date: the inputs changed after this calculation. Recalculate for figures that match the current inputs.',
    resultatenKop: 'Outcome',
    resultatenCaption: 'Monte Carlo outcome: balance per client, {n} {n:draw|draws}, starting number {seed}',
    maatstaf: 'Measure',
    gemiddelde: 'Mean',
    punt: 'Point estimate',
    voiNiet: 'The value of information (EVPI/EVPPI) is computed here for at most {max} draws; choose fewer, or use the command line (--evppi).',
    p5: '5th percentile',
    p95: '95th percentile',
    kansPositief: 'Probability above € 0',
    kansBeter: 'Probability better than the baseline',
    saldoVan: 'Balance per client: {naam}',
    verschilVan: 'Difference from the baseline: {naam}',
    zinBeter: 'Probability that {naam} does better than the baseline ({nul}): {kans}',
    zinPositief: 'Probability that the balance per client of {naam} is positive: {kans}',
    interval: '90% interval: {p5} to {p95} per client (mean {gem}); point estimate {punt}.',
    verdelingVan: 'Show the distribution of',
    histogramLaden: 'Loading chart…',
    bakken: 'The distribution as a table',
    van: 'From',
    tot: 'To',
    aantal: 'Number of draws',
    bakkenCaption: 'Number of draws per class ({n} in all). {maatstaf}',
    leeg: 'No uncertainty to show: no outcomes or costs entered yet. First enter the pathways’ costs and outcomes.',
    gebaseerdOp: 'Calculated with {n} {n:draw|draws}, starting number {seed}{hertrokken}.',
  },
};

export const kans = (x: number, taal: Taal) => formatAandeel(x, taal, 1);
const euro = (x: number, taal: Taal) => formatEuro(x, taal);

/** The state of a controller, re-rendering on every change. */
export function useRegie<R>(regie: Regie<R>): TaakToestand<R> {
  return useSyncExternalStore(regie.abonneer, regie.momentopname, regie.momentopname);
}

/** Whether a result still belongs to the current scenario. */
export function hoortBij(scenario: Scenario | null, huidig: Scenario): boolean {
  return scenario !== null && (scenario === huidig || gelijk(scenario, huidig));
}

/** One line of the live region per quarter of the run, not one per update. */
function aankondiging(toestand: TaakToestand<unknown>, t: Record<Sleutel, string>, taal: Taal): string {
  const { status, gedaan, totaal } = toestand;
  const n = { gedaan: formatGetal(gedaan, taal), totaal: formatGetal(totaal, taal) };
  if (status === 'klaar') return vulTel(t.klaar, n, { totaal }, taal);
  if (status === 'geannuleerd') return vulTel(toestand.gestoptOmdat === 'invoerGewijzigd' ? t.gestoptInvoer : t.geannuleerd, n, { totaal }, taal);
  if (status === 'fout') return vul(t.fout, { bericht: toestand.bericht ?? '' });
  if (status === 'bezig') {
    const kwart = totaal > 0 ? Math.floor((gedaan / totaal) * 4) / 4 : 0;
    return vul(t.aangekondigd, { pct: formatAandeel(kwart, taal, 0) });
  }
  return '';
}

export interface MaatstafMC {
  id: string;
  soort: 'verschil' | 'saldo';
  werkwijze: string;
  naam: string;
  s: Samenvatting;
}

export function maatstaven(r: MonteCarloResultaat, s: Scenario, t: Record<Sleutel, string>): MaatstafMC[] {
  const naam = (id: string) => s.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  return [
    ...Object.entries(r.verschil).map(([id, x]) => ({ id: `verschil:${id}`, soort: 'verschil' as const, werkwijze: id, naam: vul(t.verschilVan, { naam: naam(id) }), s: x })),
    ...Object.entries(r.saldoPerKlant).map(([id, x]) => ({ id: `saldo:${id}`, soort: 'saldo' as const, werkwijze: id, naam: vul(t.saldoVan, { naam: naam(id) }), s: x })),
  ];
}

export default function MonteCarlo() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const toestand = useRegie(monteCarloRegie);
  const mc = s.onzekerheid.montecarlo;
  const startRef = useRef<HTMLButtonElement>(null);
  const annuleerRef = useRef<HTMLButtonElement>(null);
  const vorigeStatus = useRef(toestand.status);
  const hintSeed = useId();
  const hintHertrek = useId();

  // Keep the keyboard focus on a button that exists: Start becomes Annuleren and back.
  useEffect(() => {
    const was = vorigeStatus.current;
    vorigeStatus.current = toestand.status;
    const actief = document.activeElement;
    if (was !== 'bezig' && toestand.status === 'bezig' && actief === startRef.current) annuleerRef.current?.focus();
    if (was === 'bezig' && toestand.status !== 'bezig' && (actief === annuleerRef.current || actief === document.body)) startRef.current?.focus();
  }, [toestand.status]);

  const zet = (veld: 'trekkingen' | 'seed', n: number | null): string | null => {
    const v = werkBij((k) => {
      (k.onzekerheid.montecarlo as Record<string, unknown>)[veld] = n;
    }, `onzekerheid.montecarlo.${veld}`);
    return foutVoor(v, `onzekerheid.montecarlo.${veld}`);
  };

  // What is typed in a settings field but refused: Start would run with the last valid value, so it waits (defect L1).
  const [veldFout, zetVeldFout] = useState<{ trekkingen: string | null; seed: string | null }>({ trekkingen: null, seed: null });
  const ongeldig = veldFout.trekkingen !== null ? { veld: t.trekkingen, melding: veldFout.trekkingen } : veldFout.seed !== null ? { veld: t.seed, melding: veldFout.seed } : null;
  const startNietId = useId();

  const bezig = toestand.status === 'bezig';
  const n = { gedaan: formatGetal(toestand.gedaan, taal), totaal: formatGetal(toestand.totaal, taal) };
  const statusTekst =
    toestand.status === 'rust'
      ? t.rust
      : toestand.status === 'bezig'
        ? toestand.informatie
          ? vulTel(t.bezigInformatie, { ...n, deel: formatGetal(toestand.informatie.gedaan, taal), delen: formatGetal(toestand.informatie.totaal, taal) }, { totaal: toestand.totaal }, taal)
          : vulTel(t.bezig, n, { totaal: toestand.totaal }, taal)
        : toestand.status === 'klaar'
          ? vulTel(t.klaar, n, { totaal: toestand.totaal }, taal)
          : toestand.status === 'geannuleerd'
            ? vulTel(toestand.gestoptOmdat === 'invoerGewijzigd' ? t.gestoptInvoer : t.geannuleerd, n, { totaal: toestand.totaal }, taal)
            : vul(t.fout, { bericht: toestand.bericht ?? '' });

  // After the draws the bar follows the value of information's parts (it sat full until the run was done),
  // the same in the worker and on the main thread (file://): both report those parts.
  const info = bezig ? toestand.informatie : null;
  const balk = info
    ? { max: Math.max(1, info.totaal), waarde: info.gedaan, tekst: vulTel(t.voortgangInformatie, { gedaan: formatGetal(info.gedaan, taal), totaal: formatGetal(info.totaal, taal) }, { totaal: info.totaal }, taal) }
    : { max: Math.max(1, toestand.totaal), waarde: toestand.status === 'rust' ? 0 : toestand.gedaan, tekst: vulTel(t.voortgangTekst, n, { totaal: toestand.totaal }, taal) };

  const r = toestand.resultaat;
  const actueel = hoortBij(toestand.scenario, s);

  return (
    <OnzSectie id="mc" kop={t.kop} uitleg={t.uitleg}>
      <BewijsNoot s={s} taal={taal} />
      <Geavanceerd wat={t.geavanceerd} testId="mc-geavanceerd">
        <fieldset className="onz-instellingen">
          <legend>{t.instellingen}</legend>
          <div className="onz-velden">
            <GetalVeld label={t.trekkingen} waarde={mc.trekkingen} opWaarde={(x) => zet('trekkingen', x)} opFout={(f) => zetVeldFout((v) => ({ ...v, trekkingen: f }))} testId="mc-trekkingen" />
            <span className="onz-veld-met-hint">
              <GetalVeld label={t.seed} waarde={mc.seed} hint={hintSeed} opWaarde={(x) => zet('seed', x)} opFout={(f) => zetVeldFout((v) => ({ ...v, seed: f }))} testId="mc-seed" />
              <span id={hintSeed} className="veld-hint">
                {t.seedHint}
              </span>
            </span>
          </div>
          <div className="keuze onz-vink">
            <input
              type="checkbox"
              id="mc-hertrekken"
              className="vink"
              checked={hertrekkenActief(s, s.onzekerheid)}
              aria-describedby={hintHertrek}
              onChange={(e) => {
                const aan = e.target.checked;
                werkBij((k) => {
                  k.onzekerheid.montecarlo.uitkomstenHertrekken = aan;
                });
              }}
            />
            <label htmlFor="mc-hertrekken">{t.hertrekken}</label>
          </div>
          <p id={hintHertrek} className="veld-hint">
            {vul(t.hertrekkenHint, { grens: formatGetal(HERTREK_GRENS, taal) })}
          </p>
        </fieldset>
      </Geavanceerd>

      <div className="onz-knoppen">
        <button
          type="button"
          ref={startRef}
          className="onz-knop onz-knop-hoofd"
          disabled={bezig || ongeldig !== null}
          aria-describedby={ongeldig ? startNietId : undefined}
          onClick={() => monteCarloRegie.start({ soort: 'montecarlo', scenario: s })}
          data-testid="mc-start"
        >
          {r ? t.opnieuw : t.start}
        </button>
        <button type="button" ref={annuleerRef} className="onz-knop" disabled={!bezig} onClick={() => monteCarloRegie.annuleer()} data-testid="mc-annuleren">
          {t.annuleren}
        </button>
        {ongeldig && (
          <p id={startNietId} className="veld-foutmelding" data-testid="mc-start-niet">
            {vul(t.startNiet, ongeldig)}
          </p>
        )}
      </div>

      <div className="onz-voortgang">
        <label htmlFor="mc-voortgang">{t.voortgang}</label>
        <progress
          id="mc-voortgang"
          max={balk.max}
          value={balk.waarde}
          aria-valuetext={balk.tekst}
          data-testid="mc-voortgang"
          data-fase={info ? 'informatie' : 'trekkingen'}
        />
        <span className="onz-status" data-testid="mc-status" data-status={toestand.status}>
          {statusTekst}
        </span>
      </div>
      <p role="status" className="visueel-verborgen" data-testid="mc-aankondiging">
        {aankondiging(toestand, t, taal)}
      </p>
      {toestand.modus === 'hoofdthread' && toestand.status !== 'rust' && (
        <p className="onz-noot" data-testid="mc-hoofdthread">
          {t.hoofdthread}
        </p>
      )}

      {!r && <OverzichtBand s={s} />}
      {r && toestand.scenario && <VasteUitkomst r={r} s={toestand.scenario} actueel={actueel} />}
    </OnzSectie>
  );
}

/** The last result stays as it is while a run reports progress (~20 times a second): no re-render, no chart redraw. */
const VasteUitkomst = memo(Uitkomst);

function Uitkomst({ r, s, actueel }: { r: MonteCarloMetInformatie; s: Scenario; actueel: boolean }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const lijst = maatstaven(r, s, t);
  const [keuze, zetKeuze] = useState(lijst[0]?.id ?? '');
  const gekozen = lijst.find((m) => m.id === keuze) ?? lijst[0];
  const nul = s.werkwijzen.find((w) => w.nulalternatief)!;
  const naam = (id: string) => s.werkwijzen.find((w) => w.id === id)?.naam ?? id;
  const nTrek = formatGetal(r.trekkingen, taal);
  const punten = resultaatVan(s);
  const puntGekozen = gekozen ? puntschattingVan(punten, gekozen.soort, gekozen.werkwijze) : null;
  // A new, empty scenario: the draws only spread the default ranges and redraws around nothing (as on the overview).
  if (nietsIngevuld(punten))
    return (
      <div className="onz-uitkomst" data-testid="mc-uitkomst" data-actueel={actueel} data-leeg="true">
        <h3>{t.resultatenKop}</h3>
        <p data-testid="mc-leeg">{t.leeg}</p>
      </div>
    );

  return (
    <div className={`onz-uitkomst${actueel ? '' : ' onz-verouderd'}`} data-testid="mc-uitkomst" data-actueel={actueel}>
      <h3>{t.resultatenKop}</h3>
      {!actueel && (
        <p className="onz-verouderd-melding" data-testid="mc-verouderd">
          <strong>{t.verouderd}</strong>
        </p>
      )}
      <p className="tabel-noot">
        {vulTel(t.gebaseerdOp, {
          n: nTrek,
          seed: String(r.seed),
          hertrokken: hertrekkenActief(s, s.onzekerheid) ? (taal === 'nl' ? ', rekening houdend met een kleine steekproef' : ', allowing for a small sample') : '',
        }, { n: r.trekkingen }, taal)}
      </p>
      {!genoegTrekkingen(r.trekkingen) && (
        <p className="onz-verouderd-melding" data-testid="mc-te-weinig">
          <strong>{vulTel(t.teWeinig, { n: nTrek, min: formatGetal(MIN_TREKKINGEN_CONCLUSIE, taal) }, { n: r.trekkingen }, taal)}</strong>
        </p>
      )}
      <ul className="onz-kansen" data-testid="mc-kansen">
        {Object.entries(r.verschil).map(([id, x]) => (
          <li key={`b-${id}`} data-testid={`mc-kans-beter-${id}`}>
            <strong>{vul(t.zinBeter, { naam: naam(id), nul: nul.naam, kans: kans(x.kansPositief, taal) })}</strong>
            <br />
            {vul(t.interval, { p5: euro(x.p5, taal), p95: euro(x.p95, taal), gem: euro(x.gemiddelde, taal), punt: euro(puntschattingVan(punten, 'verschil', id) ?? NaN, taal) })}
          </li>
        ))}
        {s.werkwijzen
          .filter((w) => !w.nulalternatief)
          .map((w) => (
            <li key={`p-${w.id}`} data-testid={`mc-kans-positief-${w.id}`}>
              {vul(t.zinPositief, { naam: w.naam, kans: kans(r.saldoPerKlant[w.id]!.kansPositief, taal) })}
            </li>
          ))}
      </ul>
      <Tabel
        captionId="mc-tabel-caption"
        caption={vulTel(t.resultatenCaption, { n: nTrek, seed: String(r.seed) }, { n: r.trekkingen }, taal)}
        testId="mc-tabel"
        klasse="onz-tabel"
        kolommen={[{ kop: t.maatstaf }, { kop: t.punt, getal: true }, { kop: t.gemiddelde, getal: true }, { kop: t.p5, getal: true }, { kop: t.p95, getal: true }, { kop: t.kansPositief, getal: true }]}
      >
        <tbody>
          {lijst.map((m) => (
            <tr key={m.id} data-rij={m.id}>
              <th scope="row">{m.naam}</th>
              <td className="getal">{euro(puntschattingVan(punten, m.soort, m.werkwijze) ?? NaN, taal)}</td>
              <td className="getal">{euro(m.s.gemiddelde, taal)}</td>
              <td className="getal">{euro(m.s.p5, taal)}</td>
              <td className="getal">{euro(m.s.p95, taal)}</td>
              <td className="getal">{kans(m.s.kansPositief, taal)}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>

      <RangordeTabel
        ro={r.rangorde}
        trekkingen={r.trekkingen}
        s={s}
        id="mc"
        caption={vulTel(t.paarCaption, { n: formatGetal(r.trekkingen, taal) }, { n: r.trekkingen }, taal)}
        t={{ beste: t.zinBeste, hoek: t.paarHoek, kansBeste: t.kansBeste, verwachteRang: t.verwachteRang }}
      />
      {r.waardeVanInformatie ? (
        <Informatiewaarde w={r.waardeVanInformatie} idPrefix="mc" />
      ) : (
        <p className="tabel-noot" data-testid="mc-voi-niet">
          {vul(t.voiNiet, { max: formatGetal(VOI_MAX_TREKKINGEN, taal) })}
        </p>
      )}

      {gekozen && (
        <>
          <p className="onz-keuze">
            <label htmlFor="mc-verdeling-keuze">{t.verdelingVan}</label>{' '}
            <select id="mc-verdeling-keuze" value={gekozen.id} onChange={(e) => zetKeuze(e.target.value)}>
              {lijst.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.naam}
                </option>
              ))}
            </select>
          </p>
          <Suspense fallback={<p role="status">{t.histogramLaden}</p>}>
            <Histogram maatstaf={gekozen.naam} s={gekozen.s} trekkingen={r.trekkingen} tabelId="mc-bakken" />
          </Suspense>
          {puntGekozen !== null && <PuntEnGemiddelde punt={puntGekozen} s={gekozen.s} hertrokken={hertrekkenActief(s, s.onzekerheid)} trekkingen={r.trekkingen} testId="mc-punt-gemiddelde" />}
          <details className="berekening-details">
            <summary>{t.bakken}</summary>
            <Tabel
              captionId="mc-bakken-caption"
              caption={vul(t.bakkenCaption, { maatstaf: gekozen.naam, n: nTrek })}
              testId="mc-bakken"
              tabelId="mc-bakken"
              klasse="onz-tabel"
              kolommen={[{ kop: t.van, getal: true }, { kop: t.tot, getal: true }, { kop: t.aantal, getal: true }]}
            >
              <tbody>
                {gekozen.s.histogram.map((b, i) => (
                  <tr key={i}>
                    <td className="getal">{euro(b.van, taal)}</td>
                    <td className="getal">{euro(b.tot, taal)}</td>
                    <td className="getal">{formatGetal(b.aantal, taal)}</td>
                  </tr>
                ))}
              </tbody>
            </Tabel>
          </details>
        </>
      )}
    </div>
  );
}

/** What the draws rest on: the inputs per evidence grade, and how many ranges have a source of their own. */
function BewijsNoot({ s, taal }: { s: Scenario; taal: Taal }) {
  const invoer = invoerVan(s);
  const per = GRADEN.map((g) => `${g} ${formatGetal(invoer.filter((i) => i.graad === g).length, taal)}`).join(', ');
  const eigen = invoer.filter((i) => 'bron' in i.herkomst).length;
  const tekst =
    taal === 'nl'
      ? `Bewijsgraad van de ${formatGetal(invoer.length, taal)} invoeren waaruit getrokken wordt: ${per} (A lokaal gemeten, B landelijke statistiek of meerdere studies, C één studie, D aanname). ${formatGetal(eigen, taal)} bereiken hebben een eigen bron; de andere zijn een aanname volgens de bereikregel of het scenario (zie Bereiken en verdelingen).`
      : `Evidence grade of the ${formatGetal(invoer.length, taal)} inputs drawn from: ${per} (A measured locally, B national statistic or several studies, C a single study, D assumption). ${formatGetal(eigen, taal)} ranges have a source of their own; the others are assumptions by the range rule or the scenario (see Ranges and distributions).`;
  return (
    <p className="onz-noot" data-testid="mc-bewijs">
      {tekst}
    </p>
  );
}

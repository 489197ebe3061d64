import { lazy, Suspense, useDeferredValue, useMemo, type ComponentType } from 'react';
import { bestuurssamenvatting, type Resultaat, type Scenario, type ZinSoort } from '../../model';
import { useResultaat, useScenario } from '../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { useSamenvattingBand } from '../gedeeld/samenvattingBand';
import { SPOOR, SpoorTekst, type SpoorDoel } from '../gedeeld/spoor';
import './bestuur.css';

type GrafiekenProps = { s: Scenario; r: Resultaat; afdruk?: boolean };
// Chart.js loads in its own chunk after the first screen (initial JS budget, bench/bundle-budget.mjs).
const LuiGrafieken = lazy(() => import('./SamenvattingGrafieken'));

const TEKSTEN: Teksten<'kop' | 'laden' | 'afdrukken'> = {
  nl: { kop: 'Samenvatting voor het bestuur', laden: 'Grafieken laden…', afdrukken: 'Afdrukken / PDF' },
  en: { kop: 'Summary for the board', laden: 'Loading charts…', afdrukken: 'Print / PDF' },
};

/**
 * Where a figure in a summary sentence is computed (issue 13 §3): the difference in saldo → its
 * formula in Resultaten; the welfare balance → "Per partij in beide perspectieven"; the
 * municipality's own budget → "Wie profiteert?"; the Monte Carlo band and chances → the Monte Carlo
 * analysis (the point estimate, the first amount of that sentence, → the difference's formula).
 */
function doelInZin(soort: ZinSoort, i: number, figuur: string, verschil: SpoorDoel): SpoorDoel | null {
  switch (soort) {
    case 'maatschappij':
      return verschil;
    case 'welvaart':
      return SPOOR.welvaart;
    case 'gemeente':
      return SPOOR.partijen;
    case 'zekerheid':
      return i === 0 && figuur.includes('€') ? verschil : SPOOR.mc;
    default:
      return null;
  }
}

/**
 * The bottom line first (issue 13 item 1): the board summary's sentences (src/model/samenvatting.ts)
 * and its two charts. The overview shows it at the top; the print puts it on page 1 and passes the
 * charts module itself (`grafieken`), so that nothing is still loading when the page is printed.
 */
export function Bestuurssamenvatting({ afdruk = false, grafieken: Grafieken = LuiGrafieken }: { afdruk?: boolean; grafieken?: ComponentType<GrafiekenProps> }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const r = useResultaat();
  const band = useSamenvattingBand(s);
  const sam = useMemo(() => bestuurssamenvatting(s, r, taal, band), [s, r, taal, band]);
  // The charts (Chart.js redraws in tens of ms) on screen: after the sentences, in a render of their own,
  // so an edit's headline never waits for them; and not redrawn when only the band changes (live band,
  // issue 12 item 2). On paper at once.
  const sUitgesteld = useDeferredValue(s);
  const rUitgesteld = useDeferredValue(r);
  const [gs, gr] = afdruk ? [s, r] : [sUitgesteld, rUitgesteld];
  const grafieken = useMemo(() => <Grafieken s={gs} r={gr} afdruk={afdruk} />, [Grafieken, gs, gr, afdruk]);
  if (!sam) return null;
  const verschil = SPOOR.verschil(sam.project, sam.nul);
  const kopId = afdruk ? 'bestuur-kop-afdruk' : 'bestuur-kop';
  return (
    <section className="bestuur" aria-labelledby={kopId} data-testid={afdruk ? 'print-bestuurssamenvatting' : 'bestuurssamenvatting'}>
      <h2 id={kopId}>{t.kop}</h2>
      {/* The report from where the board reads it (the browser's own Ctrl-P gives the same report). */}
      {!afdruk && (
        <button type="button" className="geen-print bestuur-afdrukken" onClick={() => window.print()} data-testid="bestuur-afdrukken">
          {t.afdrukken}
        </button>
      )}
      <dl className="bestuur-zinnen">
        {sam.zinnen.map((z) => (
          <div key={z.soort} className={`bestuur-zin bestuur-${z.soort}`} data-testid={`bestuur-${z.soort}`}>
            <dt>{z.kop}</dt>
            <dd>
              <SpoorTekst tekst={z.tekst} doelVan={(i, figuur) => doelInZin(z.soort, i, figuur, verschil)} />
            </dd>
          </div>
        ))}
      </dl>
      {/* Both perspectives ("MKBA volgens de leidraad", issue 11 item 4): the welfare saldo comes in here, beside the budget saldo. */}
      <Suspense fallback={<p role="status">{t.laden}</p>}>
        {grafieken}
      </Suspense>
    </section>
  );
}

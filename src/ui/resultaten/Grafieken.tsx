import { useEffect, useRef, type RefObject } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { BAAT_LABELS, BATEN, STAKEHOLDER_LABELS, STAKEHOLDERS, type Resultaat } from '../../model';
import { formatEuro, formatGetal, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul } from '../gedeeld/opmaak';

// Only what the two bar charts use, so the rest of Chart.js is tree-shaken away.
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The app's own system font, a little larger than Chart.js's 12px default.
ChartJS.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
ChartJS.defaults.font.size = 13;

type Sleutel =
  | 'kop'
  | 'kostenBaten'
  | 'kostenBatenAlt'
  | 'kosten'
  | 'baten'
  | 'stakeholders'
  | 'stakeholdersAlt'
  | 'zieTabel'
  | 'tabelA'
  | 'tabelB'
  | 'as'
  | 'asN';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Grafieken',
    kostenBaten: 'Kosten en baten per klant, per werkwijze',
    kostenBatenAlt: 'Staafdiagram, kosten en baten per klant. {regels}',
    kosten: 'Kosten',
    baten: 'baten',
    tabelA: 'Investering en baten per werkwijze',
    tabelB: 'Verdeling van de baten over partijen',
    stakeholders: 'Verdeling van de baten over partijen, voor {n} klanten',
    stakeholdersAlt: 'Gestapeld staafdiagram, baten per partij voor {n} klanten. {regels}',
    zieTabel: 'Dezelfde cijfers staan in de tabel',
    as: 'Euro per klant',
    asN: 'Euro voor {n} klanten',
  },
  en: {
    kop: 'Charts',
    kostenBaten: 'Costs and benefits per client, per pathway',
    kostenBatenAlt: 'Bar chart, costs and benefits per client. {regels}',
    kosten: 'Costs',
    baten: 'benefits',
    tabelA: 'Investment and benefits per pathway',
    tabelB: 'Distribution of the benefits over parties',
    stakeholders: 'Distribution of the benefits over parties, for {n} clients',
    stakeholdersAlt: 'Stacked bar chart, benefits per party for {n} clients. {regels}',
    zieTabel: 'The same figures are in the table',
    as: 'Euro per client',
    asN: 'Euro for {n} clients',
  },
};

/*
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), each with its own
 * pattern and a dark border, so segments stay apart without colour. Order = legend order = stack order.
 */
const KLEUREN = ['#0072B2', '#E69F00', '#56B4E9', '#009E73', '#D55E00', '#F0E442', '#CC79A7'] as const;
type Patroon = 'vlak' | 'schuin' | 'punten' | 'horizontaal' | 'kruis' | 'verticaal' | 'tegenschuin' | 'ruit';
const PATRONEN: readonly Patroon[] = ['vlak', 'schuin', 'punten', 'horizontaal', 'kruis', 'verticaal', 'tegenschuin'];
const KOSTEN_KLEUR = '#3d3d3d';
const RAND = '#1a1a1a';
const TEKST = '#1a1a1a';

/** A fill with a pattern drawn on top; falls back to the plain colour where there is no canvas. */
function vulling(kleur: string, patroon: Patroon): string | CanvasPattern {
  if (patroon === 'vlak' || typeof document === 'undefined') return kleur;
  const c = document.createElement('canvas');
  c.width = 10;
  c.height = 10;
  const ctx = c.getContext('2d');
  if (!ctx) return kleur;
  ctx.fillStyle = kleur;
  ctx.fillRect(0, 0, 10, 10);
  const donker = kleur === KOSTEN_KLEUR || kleur === '#0072B2' || kleur === '#D55E00';
  ctx.strokeStyle = ctx.fillStyle = donker ? 'rgba(255,255,255,0.75)' : 'rgba(0,0,0,0.55)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  switch (patroon) {
    case 'schuin':
      ctx.moveTo(0, 10);
      ctx.lineTo(10, 0);
      ctx.moveTo(-5, 5);
      ctx.lineTo(5, -5);
      ctx.moveTo(5, 15);
      ctx.lineTo(15, 5);
      break;
    case 'tegenschuin':
      ctx.moveTo(0, 0);
      ctx.lineTo(10, 10);
      ctx.moveTo(-5, 5);
      ctx.lineTo(5, 15);
      ctx.moveTo(5, -5);
      ctx.lineTo(15, 5);
      break;
    case 'horizontaal':
      ctx.moveTo(0, 5);
      ctx.lineTo(10, 5);
      break;
    case 'verticaal':
      ctx.moveTo(5, 0);
      ctx.lineTo(5, 10);
      break;
    case 'kruis':
      ctx.moveTo(0, 5);
      ctx.lineTo(10, 5);
      ctx.moveTo(5, 0);
      ctx.lineTo(5, 10);
      break;
    case 'ruit':
      ctx.moveTo(0, 0);
      ctx.lineTo(10, 10);
      ctx.moveTo(10, 0);
      ctx.lineTo(0, 10);
      break;
    case 'punten':
      ctx.arc(5, 5, 1.8, 0, Math.PI * 2);
      ctx.fill();
      break;
  }
  ctx.stroke();
  return ctx.createPattern(c, 'repeat') ?? kleur;
}

/** Splits a long pathway name over lines so that up to eight fit beside the bars. */
function regels(naam: string, max = 22): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of naam.split(/\s+/)) {
    if (regel && regel.length + 1 + woord.length > max) {
      uit.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) uit.push(regel);
  return uit;
}

function opties(taal: Taal, asTitel: string): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: TEKST,
    scales: {
      x: {
        stacked: true,
        beginAtZero: true,
        title: { display: true, text: asTitel, color: TEKST },
        ticks: { color: TEKST, callback: (v) => formatEuro(Number(v), taal) },
        grid: { color: '#d0d4da' },
      },
      y: { stacked: true, ticks: { color: TEKST, autoSkip: false }, grid: { display: false } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: TEKST, boxWidth: 18, boxHeight: 14 } },
      tooltip: {
        callbacks: {
          label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatEuro(Number(ctx.parsed.x), taal)}`,
        },
      },
    },
  };
}

/** Resizes a chart when the page is printed (Chart.js does not do that by itself). */
function useAfdrukFormaat(ref: RefObject<ChartJS<'bar'> | null>) {
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const herschaal = () => ref.current?.resize();
    const mq = window.matchMedia('print');
    mq.addEventListener?.('change', herschaal);
    window.addEventListener('beforeprint', herschaal);
    window.addEventListener('afterprint', herschaal);
    return () => {
      mq.removeEventListener?.('change', herschaal);
      window.removeEventListener('beforeprint', herschaal);
      window.removeEventListener('afterprint', herschaal);
    };
  }, [ref]);
}

/** The two charts of the results view, each with a text alternative and a pointer to its table. */
export default function Grafieken({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  const refA = useRef<ChartJS<'bar'> | null>(null);
  const refB = useRef<ChartJS<'bar'> | null>(null);
  useAfdrukFormaat(refA);
  useAfdrukFormaat(refB);

  const labels = r.werkwijzen.map((w) => regels(w.naam));
  // Per pathway room for its bars and for every line of its name, so that names never overlap.
  const hoogte = (stavenPerWerkwijze: number) =>
    `${Math.max(14, 6 + labels.reduce((som, l) => som + Math.max(stavenPerWerkwijze * 2.6, l.length * 1.3 + 0.8), 0))}rem`;

  const kostenBaten: ChartData<'bar', number[], string[]> = {
    labels,
    datasets: [
      {
        label: t.kosten,
        stack: 'kosten',
        data: r.werkwijzen.map((w) => w.kosten.totaal.perKlant.toNumber()),
        backgroundColor: vulling(KOSTEN_KLEUR, 'ruit'),
        borderColor: RAND,
        borderWidth: 1,
      },
      ...BATEN.map((b, i) => ({
        label: BAAT_LABELS[b][taal],
        stack: 'baten',
        data: r.werkwijzen.map((w) => w.baten.posten[b].perKlant.toNumber()),
        backgroundColor: vulling(KLEUREN[i]!, PATRONEN[i]!),
        borderColor: RAND,
        borderWidth: 1,
      })),
    ],
  };

  const verdeling: ChartData<'bar', number[], string[]> = {
    labels,
    datasets: STAKEHOLDERS.map((sh, i) => ({
      label: STAKEHOLDER_LABELS[sh][taal],
      stack: 'partijen',
      data: r.werkwijzen.map((w) => w.stakeholders[sh].toNumber()),
      backgroundColor: vulling(KLEUREN[i]!, PATRONEN[i]!),
      borderColor: RAND,
      borderWidth: 1,
    })),
  };

  const altA = vul(t.kostenBatenAlt, {
    regels: r.werkwijzen
      .map((w) => `${w.naam}: ${t.kosten.toLowerCase()} ${euro(w.kosten.totaal.perKlant, taal)}, ${t.baten} ${euro(w.baten.totaal.perKlant, taal)}.`)
      .join(' '),
  });
  const altB = vul(t.stakeholdersAlt, {
    n,
    regels: r.werkwijzen
      .map((w) => `${w.naam}: ${STAKEHOLDERS.map((sh) => `${STAKEHOLDER_LABELS[sh][taal]} ${euro(w.stakeholders[sh], taal)}`).join(', ')}.`)
      .join(' '),
  });

  return (
    <section aria-labelledby="grafieken-kop" className="grafieken">
      <h2 id="grafieken-kop">{t.kop}</h2>
      <figure className="grafiek" aria-labelledby="grafiek-kb-titel">
        <figcaption id="grafiek-kb-titel">
          {t.kostenBaten}. {t.zieTabel} <a href="#tabel-313">“{t.tabelA}”</a>.
        </figcaption>
        <div className="grafiek-vlak" style={{ height: hoogte(2) }}>
          {/* react-chartjs-2 gives the canvas role="img"; the label is its text alternative. */}
          <Bar ref={refA} data={kostenBaten} options={opties(taal, t.as)} aria-label={altA} data-testid="grafiek-kosten-baten" />
        </div>
      </figure>
      <figure className="grafiek" aria-labelledby="grafiek-sh-titel">
        <figcaption id="grafiek-sh-titel">
          {vul(t.stakeholders, { n })}. {t.zieTabel} <a href="#tabel-stakeholders">“{t.tabelB}”</a>.
        </figcaption>
        <div className="grafiek-vlak" style={{ height: hoogte(1) }}>
          <Bar ref={refB} data={verdeling} options={opties(taal, vul(t.asN, { n }))} aria-label={altB} data-testid="grafiek-stakeholders" />
        </div>
      </figure>
    </section>
  );
}

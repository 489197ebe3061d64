import { useEffect, useRef, useState, type RefObject } from 'react';
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
import type { Samenvatting } from '../../model/onzekerheid/montecarlo';
import { formatAandeel, formatEuro, formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul, vulTel } from '../gedeeld/opmaak';

/*
 * The uncertainty view's two charts, in their own lazy chunk (Chart.js is never in the first
 * bundle). Registered like src/ui/resultaten/Grafieken.tsx; each chart's text alternative is the
 * canvas's aria-label, and the same figures are in a table next to it.
 */
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
ChartJS.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
ChartJS.defaults.font.size = 13;

const TEKST = '#1a1a1a';
const RAND = '#1a1a1a';
const LAAG = '#0072B2';
const HOOG = '#E69F00';
const NEGATIEF = '#D55E00';
const POSITIEF = '#009E73';

type Sleutel = 'laag' | 'hoog' | 'tornadoAlt' | 'histogramAlt' | 'as' | 'asHist' | 'aantal' | 'zieTabel' | 'histogramTitel' | 'tornadoTitel' | 'regel' | 'onder' | 'boven';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    laag: 'Invoer op de lage waarde',
    hoog: 'Invoer op de hoge waarde',
    tornadoTitel: 'Tornadodiagram: {maatstaf}',
    tornadoAlt:
      'Tornadodiagram. {maatstaf}, basiswaarde {basis} per klant; de {n} invoer met de meeste invloed, van groot naar klein. {regels} Alle invoer staat in de tabel hieronder.',
    regel: '{label}: {laag} bij de lage waarde, {hoog} bij de hoge waarde.',
    histogramTitel: 'Verdeling over {n} {n:trekking|trekkingen}. {maatstaf}',
    histogramAlt:
      'Histogram. {maatstaf}, {n} trekkingen, van {min} tot {max} per klant. Gemiddeld {gem}; 90% van de trekkingen ligt tussen {p5} en {p95}; {kans} ligt boven € 0. De meeste trekkingen ({piek}) vallen tussen {piekVan} en {piekTot}. De aantallen per klasse staan in de tabel onder de grafiek.',
    as: 'Saldo per klant (euro); de as begint bij de basiswaarde {basis}',
    asHist: 'Euro per klant',
    aantal: 'Aantal trekkingen',
    zieTabel: 'Dezelfde cijfers staan in de tabel',
    onder: 'Onder € 0',
    boven: 'Boven € 0',
  },
  en: {
    laag: 'Input at its low value',
    hoog: 'Input at its high value',
    tornadoTitel: 'Tornado chart: {maatstaf}',
    tornadoAlt:
      'Tornado chart. {maatstaf}, base value {basis} per client; the {n} most influential {n:input|inputs}, from large to small. {regels} All inputs are in the table below.',
    regel: '{label}: {laag} at the low value, {hoog} at the high value.',
    histogramTitel: 'Distribution over {n} {n:draw|draws}. {maatstaf}',
    histogramAlt:
      'Histogram. {maatstaf}, {n} draws, from {min} to {max} per client. Mean {gem}; 90% of the draws lie between {p5} and {p95}; {kans} lie above € 0. Most draws ({piek}) fall between {piekVan} and {piekTot}. The counts per class are in the table below the chart.',
    as: 'Balance per client (euro); the axis starts at the base value {basis}',
    asHist: 'Euro per client',
    aantal: 'Number of draws',
    zieTabel: 'The same figures are in the table',
    onder: 'Below € 0',
    boven: 'Above € 0',
  },
};

/** A hatched fill, so the two bars of a row differ by more than colour; plain colour without canvas. */
function gearceerd(kleur: string): string | CanvasPattern {
  if (typeof document === 'undefined') return kleur;
  const c = document.createElement('canvas');
  c.width = 10;
  c.height = 10;
  const ctx = c.getContext('2d');
  if (!ctx) return kleur;
  ctx.fillStyle = kleur;
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = 'rgba(0,0,0,0.55)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(0, 10);
  ctx.lineTo(10, 0);
  ctx.moveTo(-5, 5);
  ctx.lineTo(5, -5);
  ctx.moveTo(5, 15);
  ctx.lineTo(15, 5);
  ctx.stroke();
  return ctx.createPattern(c, 'repeat') ?? kleur;
}

/** Splits a long label over lines. */
function regels(naam: string, max = 40): string[] {
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

function useAfdrukFormaat(ref: RefObject<ChartJS<'bar'> | null>) {
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const herschaal = () => ref.current?.resize();
    window.addEventListener('beforeprint', herschaal);
    window.addEventListener('afterprint', herschaal);
    return () => {
      window.removeEventListener('beforeprint', herschaal);
      window.removeEventListener('afterprint', herschaal);
    };
  }, [ref]);
}

/** True on a narrow screen (phone): labels then wrap sooner, so the bars keep some room. */
function useSmal(): boolean {
  const vraag = '(max-width: 40rem)';
  const [smal, zetSmal] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(vraag).matches);
  useEffect(() => {
    const mq = typeof window !== 'undefined' ? window.matchMedia?.(vraag) : undefined;
    if (!mq) return;
    const bij = () => zetSmal(mq.matches);
    mq.addEventListener?.('change', bij);
    return () => mq.removeEventListener?.('change', bij);
  }, []);
  return smal;
}

export interface TornadoRegel {
  sleutel: string;
  label: string;
  laag: number;
  hoog: number;
}

/**
 * Horizontal bars from the base value (the axis origin) to the measure with the input at its low
 * and at its high value, largest influence on top.
 */
export function Tornado({ maatstaf, basis, rijen, tabelId, tabelNaam }: { maatstaf: string; basis: number; rijen: TornadoRegel[]; tabelId: string; tabelNaam: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const ref = useRef<ChartJS<'bar'> | null>(null);
  useAfdrukFormaat(ref);
  const b = formatEuro(basis, taal);
  const smal = useSmal();
  const labels = rijen.map((r) => regels(r.label, smal ? 16 : 40));
  const data: ChartData<'bar', [number, number][], string[]> = {
    labels,
    datasets: [
      { label: t.laag, data: rijen.map((r) => [0, r.laag - basis]), backgroundColor: LAAG, borderColor: RAND, borderWidth: 1, grouped: false },
      { label: t.hoog, data: rijen.map((r) => [0, r.hoog - basis]), backgroundColor: gearceerd(HOOG), borderColor: RAND, borderWidth: 1, grouped: false },
    ],
  };
  const opties: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: TEKST,
    scales: {
      x: {
        title: { display: true, text: vul(t.as, { basis: b }), color: TEKST },
        ticks: { color: TEKST, callback: (v) => formatEuro(basis + Number(v), taal) },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? TEKST : '#d0d4da'), lineWidth: (ctx) => (ctx.tick?.value === 0 ? 2 : 1) },
      },
      y: { ticks: { color: TEKST, autoSkip: false }, grid: { display: false } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: TEKST, boxWidth: 18, boxHeight: 14 } },
      tooltip: {
        callbacks: {
          label: (ctx) => {
            const v = ctx.raw as [number, number];
            return `${ctx.dataset.label ?? ''}: ${formatEuro(basis + v[1], taal)}`;
          },
        },
      },
    },
  };
  const alt = vulTel(t.tornadoAlt, {
    maatstaf,
    basis: b,
    n: String(rijen.length),
    regels: rijen.map((r) => vul(t.regel, { label: r.label, laag: formatEuro(r.laag, taal), hoog: formatEuro(r.hoog, taal) })).join(' '),
  }, { n: rijen.length }, taal);
  return (
    <figure className="grafiek" aria-labelledby="tornado-titel">
      <figcaption id="tornado-titel">
        {vul(t.tornadoTitel, { maatstaf })}. {t.zieTabel} <a href={`#${tabelId}`}>“{tabelNaam}”</a>.
      </figcaption>
      <div className="grafiek-vlak" style={{ height: `${Math.max(12, 6 + labels.reduce((n, l) => n + l.length * 1.3 + 0.9, 0))}rem` }}>
        <Bar ref={ref} data={data} options={opties} aria-label={alt} data-testid="grafiek-tornado" />
      </div>
    </figure>
  );
}

/** The Monte Carlo distribution of one measure: draws per class, classes below € 0 marked apart. */
export function Histogram({ maatstaf, s, trekkingen }: { maatstaf: string; s: Samenvatting; trekkingen: number }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const ref = useRef<ChartJS<'bar'> | null>(null);
  useAfdrukFormaat(ref);
  const e = (x: number) => formatEuro(x, taal);
  const onder = s.histogram.map((b) => b.tot <= 0);
  const data: ChartData<'bar', number[], string> = {
    labels: s.histogram.map((b) => e(b.van)),
    datasets: [
      {
        label: `${t.onder} / ${t.boven}`,
        data: s.histogram.map((b) => b.aantal),
        backgroundColor: onder.map((o) => (o ? gearceerd(NEGATIEF) : POSITIEF)),
        borderColor: RAND,
        borderWidth: 1,
        barPercentage: 1,
        categoryPercentage: 1,
      },
    ],
  };
  const opties: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: TEKST,
    scales: {
      x: { title: { display: true, text: t.asHist, color: TEKST }, ticks: { color: TEKST, maxRotation: 60, autoSkip: true }, grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: t.aantal, color: TEKST }, ticks: { color: TEKST, callback: (v) => formatGetal(Number(v), taal) }, grid: { color: '#d0d4da' } },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => {
            const b = s.histogram[items[0]?.dataIndex ?? 0]!;
            return `${e(b.van)} – ${e(b.tot)}`;
          },
          label: (ctx) => `${formatGetal(Number(ctx.raw), taal)} (${formatAandeel(Number(ctx.raw) / trekkingen, taal, 1)})`,
        },
      },
    },
  };
  const piek = s.histogram.reduce((a, b) => (b.aantal > a.aantal ? b : a), s.histogram[0]!);
  const alt = vul(t.histogramAlt, {
    maatstaf,
    n: formatGetal(trekkingen, taal),
    min: e(s.histogram[0]!.van),
    max: e(s.histogram[s.histogram.length - 1]!.tot),
    gem: e(s.gemiddelde),
    p5: e(s.p5),
    p95: e(s.p95),
    kans: formatAandeel(s.kansPositief, taal, 1),
    piek: formatGetal(piek.aantal, taal),
    piekVan: e(piek.van),
    piekTot: e(piek.tot),
  });
  return (
    <figure className="grafiek" aria-labelledby="histogram-titel">
      <figcaption id="histogram-titel">{vulTel(t.histogramTitel, { maatstaf, n: formatGetal(trekkingen, taal) }, { n: trekkingen }, taal)}</figcaption>
      <p className="tabel-noot" aria-hidden="true">
        <span className="onz-legenda onz-legenda-onder" /> {t.onder} <span className="onz-legenda onz-legenda-boven" /> {t.boven}
      </p>
      <div className="grafiek-vlak" style={{ height: '18rem' }}>
        <Bar ref={ref} data={data} options={opties} aria-label={alt} data-testid="grafiek-histogram" />
      </div>
    </figure>
  );
}

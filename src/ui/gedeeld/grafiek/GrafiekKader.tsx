import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
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
  type Plugin,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatEuro, type Taal } from '../../../format/getal';
import { useTeksten, type Teksten } from '../i18n';
import { afgesneden, botsingen } from './botsingen';
import { RASTER, TEKST, staal, type LegendaItem } from './vulling';

/*
 * The one chart frame of the app (issue 13 items 7 and 9): every bar chart sits in a <figure> with a
 * caption that links to the table with the same figures, a canvas whose aria-label is the text
 * alternative, a height that fits its labels, resizing for print, reference lines (€ 0, a base value),
 * and settings that keep a 375 px phone readable (ticks never rotated, thinned instead; legend below,
 * smaller). Import it only from lazily loaded modules: Chart.js stays out of the first bundle.
 *
 * A saldo chart, for example:
 *   const smal = useSmal();
 *   const b = basisOpties(smal);
 *   <GrafiekKader id="saldo-titel" titel="Saldo per klant" tabel={{ id: 'tabel-313', naam: '…' }} hoogte="12rem"
 *     alt="Staafdiagram, saldo per klant. …" testId="grafiek-saldo" lijnen={[{ as: 'x', waarde: 0 }]}
 *     data={{ labels: namen.map((n) => regels(n, smal ? 14 : 22)), datasets: [{ label: 'Saldo', data: saldi,
 *       backgroundColor: saldi.map((x) => tekenVulling(x < 0)), borderColor: RAND, borderWidth: 1 }] }}
 *     opties={{ ...b, indexAxis: 'y', scales: { x: euroAs(smal, taal, 'Euro per klant'), y: categorieAs(smal) } }} />
 */

// Only what the bar charts use, so the rest of Chart.js is tree-shaken away.
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The app's own system font, a little larger than Chart.js's 12px default.
ChartJS.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
ChartJS.defaults.font.size = 13;

const SMAL = '(max-width: 40rem)';

/** True on a narrow screen (phone): smaller text, fewer ticks, labels wrapped sooner. */
export function useSmal(): boolean {
  const [smal, zetSmal] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(SMAL).matches);
  useEffect(() => {
    const mq = typeof window !== 'undefined' ? window.matchMedia?.(SMAL) : undefined;
    if (!mq) return;
    const bij = () => zetSmal(mq.matches);
    bij();
    mq.addEventListener?.('change', bij);
    return () => mq.removeEventListener?.('change', bij);
  }, []);
  return smal;
}

/** Tick settings of a value axis: horizontal text, thinned out (autoSkip) rather than colliding. */
export function waardeTicks(smal: boolean, label: (v: number) => string) {
  return {
    color: TEKST,
    autoSkip: true,
    autoSkipPadding: smal ? 14 : 8,
    maxRotation: 0,
    minRotation: 0,
    maxTicksLimit: smal ? 4 : 8,
    font: { size: smal ? 11 : 13 },
    callback: (v: string | number) => label(Number(v)),
  };
}

/** A euro value axis that always includes € 0 (beginAtZero), with its title and thinned ticks. */
export function euroAs(smal: boolean, taal: Taal, titel: string, label: (v: number) => string = (v) => formatEuro(v, taal)) {
  return {
    type: 'linear' as const,
    beginAtZero: true,
    title: { display: true, text: titel, color: TEKST, font: { size: smal ? 11 : 13 } },
    ticks: waardeTicks(smal, label),
    grid: { color: RASTER },
  };
}

/** A category axis: every label shown (the chart's height leaves room for each). */
export function categorieAs(smal: boolean) {
  return { ticks: { color: TEKST, autoSkip: false, font: { size: smal ? 11 : 13 } }, grid: { display: false } };
}

/** Options every chart shares: sized by its box, no animation, legend under the chart. */
export function basisOpties(smal: boolean): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: TEKST,
    layout: { padding: { right: smal ? 6 : 12 } },
    plugins: {
      legend: { position: 'bottom', labels: { color: TEKST, boxWidth: smal ? 12 : 18, boxHeight: smal ? 10 : 14, padding: smal ? 6 : 10, font: { size: smal ? 11 : 13 } } },
    },
  };
}

/*
 * One chart redraw per task. Chart.js redraws a chart in tens of ms; charts that change in the same render
 * would redraw in one task (the effects of one commit), over the 50 ms a main-thread task may take
 * (issue 12 item 2, measured 54 ms on the overview). A changed chart waits for its turn, then renders,
 * commits and redraws alone (flushSync: its effects run in that same task).
 */
const wachtrij: (() => void)[] = [];
let gepland = false;
function volgende() {
  wachtrij.shift()?.();
  if (wachtrij.length > 0) setTimeout(volgende, 0);
  else gepland = false;
}
function opZijnBeurt(fn: () => void): () => void {
  wachtrij.push(fn);
  if (!gepland) {
    gepland = true;
    setTimeout(volgende, 0);
  }
  return () => {
    const i = wachtrij.indexOf(fn);
    if (i >= 0) wachtrij.splice(i, 1);
  };
}

/** `waarde` as the chart should show it: at once on mount and on paper, a change on its turn (one redraw per task). */
function useOpZijnBeurt<T>(waarde: T, direct: boolean): T {
  const [getoond, zetGetoond] = useState(waarde);
  useEffect(() => {
    if (direct || getoond === waarde) return;
    return opZijnBeurt(() => flushSync(() => zetGetoond(() => waarde)));
  }, [waarde, direct, getoond]);
  return direct ? waarde : getoond;
}

/** A line across the plot at a value of an axis: € 0 solid and thick, a base value dashed. */
export interface Referentielijn {
  as: 'x' | 'y';
  waarde: number;
  stippel?: boolean;
}

function lijnenPlugin(lijnen: readonly Referentielijn[]): Plugin<'bar'> {
  return {
    id: 'mkbaLijnen',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: g } = chart;
      for (const l of lijnen) {
        const schaal = chart.scales[l.as];
        if (!schaal) continue;
        const p = schaal.getPixelForValue(l.waarde);
        if (!Number.isFinite(p)) continue;
        ctx.save();
        ctx.strokeStyle = TEKST;
        ctx.lineWidth = l.stippel ? 1.5 : 2;
        ctx.setLineDash(l.stippel ? [5, 4] : []);
        ctx.beginPath();
        if (l.as === 'x') {
          ctx.moveTo(p, g.top);
          ctx.lineTo(p, g.bottom);
        } else {
          ctx.moveTo(g.left, p);
          ctx.lineTo(g.right, p);
        }
        ctx.stroke();
        ctx.restore();
      }
    },
  };
}

/** Writes what does not fit (botsingen.ts) onto the canvas, for the e2e check at 375 px. */
export const botsingenPlugin: Plugin<'bar'> = {
  id: 'mkbaBotsingen',
  afterDraw(chart) {
    chart.canvas.dataset.botsingen = JSON.stringify(botsingen(chart));
    chart.canvas.dataset.afgesneden = JSON.stringify(afgesneden(chart));
  },
};

type Sleutel = 'zieTabel';
const TEKSTEN: Teksten<Sleutel> = {
  nl: { zieTabel: 'Dezelfde cijfers staan in de tabel' },
  en: { zieTabel: 'The same figures are in the table' },
};

export interface GrafiekKaderProps {
  /** The caption's id (aria-labelledby of the figure). */
  id: string;
  /** The caption, without the pointer to the table. */
  titel: ReactNode;
  /** The table alternative: every chart has one, linked from the caption, or given as `children` (under the plot). */
  tabel?: { id: string; naam: string };
  children?: ReactNode;
  /** A class beside "grafiek" on the figure. */
  klasse?: string;
  /** For paper: a canvas of this fixed size (the options set responsive: false), not resized on print. */
  afdruk?: { breedte: number };
  /** Text alternative of the canvas (react-chartjs-2 gives it role="img"). */
  alt: string;
  testId: string;
  /** CSS height of the plot, e.g. "18rem": enough for every label (with `afdruk`, in pixels). */
  hoogte: string | number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: ChartData<'bar', any, any>;
  opties: ChartOptions<'bar'>;
  lijnen?: readonly Referentielijn[];
  /** The legend, under the plot in HTML (wraps on a phone, never clipped); replaces Chart.js's own. */
  legenda?: readonly LegendaItem[];
}

const GEEN_LIJNEN: readonly Referentielijn[] = [];

/** A chart in its figure: caption with a link to the table, the canvas with its text alternative. */
export function GrafiekKader({ id, titel, tabel, alt, testId, hoogte, data, opties, lijnen = GEEN_LIJNEN, legenda, children, klasse, afdruk }: GrafiekKaderProps) {
  const t = useTeksten(TEKSTEN);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ref = useRef<ChartJS<'bar', any, any> | null>(null);
  // Chart.js does not resize for print by itself.
  useEffect(() => {
    if (afdruk || typeof window === 'undefined' || !window.matchMedia) return;
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
  }, [afdruk]);
  const metHtmlLegenda = !!legenda;
  const nieuw = useMemo(() => ({ data, opties, lijnen, metHtmlLegenda }), [data, opties, lijnen, metHtmlLegenda]);
  const getoond = useOpZijnBeurt(nieuw, !!afdruk);
  const sleutel = getoond.lijnen.map((l) => `${l.as}${l.waarde}${l.stippel ? 's' : ''}`).join();
  const plugins = useMemo(() => [lijnenPlugin(getoond.lijnen), botsingenPlugin], [getoond.lijnen]);
  const metLegenda = useMemo(
    () => (getoond.metHtmlLegenda ? { ...getoond.opties, plugins: { ...getoond.opties.plugins, legend: { display: false } } } : getoond.opties),
    [getoond],
  );
  return (
    <figure className={klasse ? `grafiek ${klasse}` : 'grafiek'} aria-labelledby={id}>
      <figcaption id={id}>
        {tabel ? (
          <>
            {titel}. {t.zieTabel} <a href={`#${tabel.id}`}>“{tabel.naam}”</a>.
          </>
        ) : (
          titel
        )}
      </figcaption>
      <div className="grafiek-vlak" style={afdruk ? undefined : { height: hoogte }}>
        <Bar
          key={sleutel}
          ref={ref}
          data={getoond.data}
          options={metLegenda}
          plugins={plugins}
          aria-label={alt}
          data-testid={testId}
          {...(afdruk && { width: afdruk.breedte, height: Number(hoogte) })}
        />
      </div>
      {legenda && (
        // The text alternative and the table already say what each colour is.
        <ul className="grafiek-legenda" aria-hidden="true" data-testid={`${testId}-legenda`}>
          {legenda.map((l) => (
            <li key={l.label}>
              <span className="grafiek-staal" style={{ background: staal(l.kleur, l.patroon) }} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      {children}
    </figure>
  );
}

import type { ChartData, ChartOptions } from 'chart.js';
import type { Samenvatting } from '../../model/onzekerheid/montecarlo';
import { formatAandeel, formatEuro, formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { vul, vulTel } from '../gedeeld/opmaak';
import { basisOpties, categorieAs, euroAs, GrafiekKader, useSmal, waardeTicks } from '../gedeeld/grafiek/GrafiekKader';
import { KLEUREN, NEGATIEF, POSITIEF, RAND, RASTER, TEKST, regels, tekenVulling, vulling } from '../gedeeld/grafiek/vulling';

/*
 * The uncertainty view's two charts, in their own lazy chunk (Chart.js is never in the first
 * bundle), each in the shared chart frame (gedeeld/grafiek): text alternative on the canvas, the
 * same figures in a table next to it, € 0 always on the value axis.
 */

const LAAG = KLEUREN[0];
const HOOG = KLEUREN[1];

/** A histogram class below € 0? Classes never span € 0 (model/onzekerheid/klassen.ts), so its lower edge decides. */
export const onderNul = (k: { van: number; tot: number }) => k.van < 0 && k.tot <= 0;

type Sleutel = 'laag' | 'hoog' | 'tornadoAlt' | 'histogramAlt' | 'as' | 'asHist' | 'aantal' | 'tabelHist' | 'histogramTitel' | 'tornadoTitel' | 'regel' | 'onder' | 'boven';

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
      'Histogram. {maatstaf}, {n} {n:trekking|trekkingen}, van {min} tot {max} per klant. Gemiddeld {gem}; 90% van de trekkingen ligt tussen {p5} en {p95}; {kans} ligt boven € 0. De meeste trekkingen ({piek}) vallen tussen {piekVan} en {piekTot}. De aantallen per klasse staan in de tabel onder de grafiek.',
    as: 'Euro per klant; stippellijn: basiswaarde {basis}',
    asHist: 'Euro per klant',
    aantal: 'Aantal trekkingen',
    tabelHist: 'De verdeling als tabel',
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
      'Histogram. {maatstaf}, {n} {n:draw|draws}, from {min} to {max} per client. Mean {gem}; 90% of the draws lie between {p5} and {p95}; {kans} lie above € 0. Most draws ({piek}) fall between {piekVan} and {piekTot}. The counts per class are in the table below the chart.',
    as: 'Euro per client; dashed line: base value {basis}',
    asHist: 'Euro per client',
    aantal: 'Number of draws',
    tabelHist: 'The distribution as a table',
    onder: 'Below € 0',
    boven: 'Above € 0',
  },
};

export interface TornadoRegel {
  sleutel: string;
  label: string;
  laag: number;
  hoog: number;
}

/**
 * Horizontal bars from the base value to the measure with the input at its low and at its high
 * value, largest influence on top. The axis is in euros and always includes € 0 (solid line); the
 * base value is the dashed line.
 */
export function Tornado({ maatstaf, basis, rijen, tabelId, tabelNaam }: { maatstaf: string; basis: number; rijen: TornadoRegel[]; tabelId: string; tabelNaam: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const b = formatEuro(basis, taal);
  const smal = useSmal();
  const labels = rijen.map((r) => regels(r.label, smal ? 16 : 40));
  const data: ChartData<'bar', [number, number][], string[]> = {
    labels,
    datasets: [
      { label: t.laag, data: rijen.map((r) => [basis, r.laag]), backgroundColor: LAAG, borderColor: RAND, borderWidth: 1, grouped: false },
      { label: t.hoog, data: rijen.map((r) => [basis, r.hoog]), backgroundColor: vulling(HOOG, 'schuin'), borderColor: RAND, borderWidth: 1, grouped: false },
    ],
  };
  const basisOpt = basisOpties(smal);
  const opties: ChartOptions<'bar'> = {
    ...basisOpt,
    indexAxis: 'y',
    scales: { x: euroAs(smal, taal, vul(t.as, { basis: b })), y: categorieAs(smal) },
    plugins: {
      ...basisOpt.plugins,
      tooltip: {
        callbacks: {
          label: (ctx) => {
            const v = ctx.raw as [number, number];
            return `${ctx.dataset.label ?? ''}: ${formatEuro(v[1], taal)}`;
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
    <GrafiekKader
      id="tornado-titel"
      titel={vul(t.tornadoTitel, { maatstaf })}
      tabel={{ id: tabelId, naam: tabelNaam }}
      hoogte={`${Math.max(12, 6 + labels.reduce((n, l) => n + l.length * 1.3 + 0.9, 0))}rem`}
      data={data}
      opties={opties}
      lijnen={[{ as: 'x', waarde: 0 }, { as: 'x', waarde: basis, stippel: true }]}
      alt={alt}
      testId="grafiek-tornado"
      legenda={[
        { label: t.laag, kleur: LAAG, patroon: 'vlak' },
        { label: t.hoog, kleur: HOOG, patroon: 'schuin' },
      ]}
    />
  );
}

/**
 * The Monte Carlo distribution of one measure: draws per class on a euro axis that includes € 0,
 * classes below € 0 hatched orange, from € 0 up plain green (classes never span € 0).
 */
export function Histogram({ maatstaf, s, trekkingen, tabelId }: { maatstaf: string; s: Samenvatting; trekkingen: number; tabelId: string }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const smal = useSmal();
  const e = (x: number) => formatEuro(x, taal);
  const data: ChartData<'bar', { x: number; y: number }[], number> = {
    datasets: [
      {
        label: `${t.onder} / ${t.boven}`,
        data: s.histogram.map((k) => ({ x: (k.van + k.tot) / 2, y: k.aantal })),
        backgroundColor: s.histogram.map((k) => tekenVulling(onderNul(k))),
        borderColor: RAND,
        borderWidth: 1,
        barPercentage: 1,
        categoryPercentage: 1,
      },
    ],
  };
  const basisOpt = basisOpties(smal);
  const opties: ChartOptions<'bar'> = {
    ...basisOpt,
    scales: {
      x: { ...euroAs(smal, taal, t.asHist), offset: false, grid: { display: false } },
      y: {
        beginAtZero: true,
        title: { display: true, text: t.aantal, color: TEKST, font: { size: smal ? 11 : 13 } },
        ticks: waardeTicks(smal, (v) => formatGetal(v, taal)),
        grid: { color: RASTER },
      },
    },
    plugins: {
      ...basisOpt.plugins,
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => {
            const k = s.histogram[items[0]?.dataIndex ?? 0]!;
            return `${e(k.van)} – ${e(k.tot)}`;
          },
          label: (ctx) => {
            const n = s.histogram[ctx.dataIndex]?.aantal ?? 0;
            return `${formatGetal(n, taal)} (${formatAandeel(n / trekkingen, taal, 1)})`;
          },
        },
      },
    },
  };
  const piek = s.histogram.reduce((a, b) => (b.aantal > a.aantal ? b : a), s.histogram[0]!);
  const alt = vulTel(t.histogramAlt, {
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
  }, { n: trekkingen }, taal);
  return (
    <GrafiekKader
      id="histogram-titel"
      titel={vulTel(t.histogramTitel, { maatstaf, n: formatGetal(trekkingen, taal) }, { n: trekkingen }, taal)}
      tabel={{ id: tabelId, naam: t.tabelHist }}
      legenda={[
        { label: t.onder, kleur: NEGATIEF, patroon: 'schuin' },
        { label: t.boven, kleur: POSITIEF, patroon: 'vlak' },
      ]}
      hoogte="18rem"
      data={data}
      opties={opties}
      lijnen={[{ as: 'x', waarde: 0 }]}
      alt={alt}
      testId="grafiek-histogram"
    />
  );
}

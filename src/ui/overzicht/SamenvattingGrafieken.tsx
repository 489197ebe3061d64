import type { ChartData, ChartOptions } from 'chart.js';
import { bedragenPerKlant, STAKEHOLDER_LABELS, STAKEHOLDERS, type Resultaat, type Scenario } from '../../model';
import { formatEuro, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul } from '../gedeeld/opmaak';
import { Tabel } from '../gedeeld/Tabel';
import { SPOOR, SpoorLink } from '../gedeeld/spoor';
import { GrafiekKader, useSmal, waardeTicks } from '../gedeeld/grafiek/GrafiekKader';

// Loaded on its own (React.lazy in Bestuurssamenvatting): Chart.js (through the chart frame) stays out of the first screen's JavaScript.

type Sleutel = 'saldo' | 'saldoAlt' | 'partijen' | 'partijenAlt' | 'as' | 'alsTabel' | 'werkwijze' | 'partij' | 'maatschappij' | 'saldoKolom';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    saldo: 'Saldo per klant, per werkwijze',
    saldoAlt: 'Staafdiagram, saldo (baten min kosten) per klant. {regels}',
    partijen: 'Wat elke partij erop vooruit of achteruit gaat ten opzichte van {nul}, per klant',
    partijenAlt: 'Staafdiagram, effect per partij ten opzichte van {nul}, per klant. {regels}',
    as: 'Euro per klant',
    alsTabel: 'Als tabel',
    werkwijze: 'Werkwijze',
    partij: 'Partij',
    maatschappij: 'Maatschappij (totaal)',
    saldoKolom: 'Saldo per klant',
  },
  en: {
    saldo: 'Balance per client, per pathway',
    saldoAlt: 'Bar chart, balance (benefits minus costs) per client. {regels}',
    partijen: 'How much each party gains or loses compared with {nul}, per client',
    partijenAlt: 'Bar chart, effect per party compared with {nul}, per client. {regels}',
    as: 'Euro per client',
    alsTabel: 'As a table',
    werkwijze: 'Pathway',
    partij: 'Party',
    maatschappij: 'Society (total)',
    saldoKolom: 'Balance per client',
  },
};

const POSITIEF = '#1d6b2f';
const NEGATIEF = '#a4161a';
const TEKST = '#1a1a1a';
/** Okabe–Ito colours for the project pathways in the per-party chart. */
const KLEUREN = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;

const korteNaam = (x: string) => x.replace(/ \(.*\)$/, '');
/** Pathway names without their "(…)", except where that would make two alike ("Klantreis" and "Klantreis (met nazorg)"). */
function korteNamen(namen: readonly string[]): string[] {
  const kort = namen.map(korteNaam);
  return kort.map((k, i) => (kort.filter((x) => x === k).length > 1 || namen.some((n, j) => j !== i && n === k) ? namen[i]! : k));
}
/** Characters per line of a party's label: the longest word ("Woningcorporaties") still on one line. */
const PARTIJ_REGEL = 16;

/**
 * A long name over more lines (Chart.js draws an array as lines): a y axis gets at most half the
 * chart's width, and a longer label is cut off at the canvas edge ("treis Financiële Hulpverlening").
 */
function inRegels(x: string, max = 22): string | string[] {
  if (x.length <= max) return x;
  const regels: string[] = [];
  for (const woord of x.split(' ')) {
    const laatste = regels[regels.length - 1];
    if (laatste !== undefined && laatste.length + 1 + woord.length <= max) regels[regels.length - 1] = `${laatste} ${woord}`;
    else regels.push(woord);
  }
  return regels;
}

function opties(taal: Taal, asTitel: string, legenda: boolean, afdruk: boolean, smal: boolean): ChartOptions<'bar'> {
  const bedrag = (v: number) => formatEuro(v, taal);
  // On a phone the value ticks of the other charts (fewer, smaller), on paper (a 400 px canvas) four: with six,
  // thinning dropped € 0 at 375 px and in print (defect 8).
  const ticks = smal && !afdruk ? waardeTicks(true, bedrag) : { color: TEKST, maxTicksLimit: afdruk ? 4 : 6, maxRotation: 0, minRotation: 0, autoSkip: true, autoSkipPadding: 10, callback: (v: string | number) => bedrag(Number(v)) };
  return {
    indexAxis: 'y',
    responsive: !afdruk,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: afdruk ? 3 : undefined,
    color: TEKST,
    scales: {
      // € 0 always on the axis: the sign is the message. Ticks never rotated: thinned instead (375 px).
      x: { beginAtZero: true, title: { display: true, text: asTitel, color: TEKST }, ticks, grid: { color: (c) => (c.tick?.value === 0 ? TEKST : '#d0d4da') } },
      y: { ticks: { color: TEKST, autoSkip: false }, grid: { display: false } },
    },
    plugins: {
      legend: { display: legenda, position: 'bottom', labels: { color: TEKST, boxWidth: 14, boxHeight: 12 } },
      tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatEuro(Number(ctx.parsed.x), taal)}` } },
    },
  };
}

/**
 * The board summary's two charts, each with a table beside it: the saldo per pathway, and per party
 * the effect of each project pathway against the baseline (project − baseline, per client). With
 * `afdruk` the canvases have a fixed size and a high resolution, for paper.
 */
export default function SamenvattingGrafieken({ s, r, afdruk = false }: { s: Scenario; r: Resultaat; afdruk?: boolean }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const smal = useSmal();
  const nul = r.nulalternatief;
  const projecten = r.werkwijzen.filter((w) => !w.nulalternatief);
  const basis = bedragenPerKlant(s, nul).stakeholders;
  const effect = projecten.map((w) => {
    const b = bedragenPerKlant(s, w).stakeholders;
    return { w, partijen: STAKEHOLDERS.map((sh) => b[sh].saldo.minus(basis[sh].saldo)), totaal: r.verschillen.find((v) => v.id === w.id)!.saldo.perKlant };
  });
  const projectNamen = korteNamen(effect.map((e) => e.w.naam));
  const partijLabels = [...STAKEHOLDERS.map((sh) => korteNaam(STAKEHOLDER_LABELS[sh][taal])), t.maatschappij];

  const saldoData: ChartData<'bar', number[], string | string[]> = {
    labels: korteNamen(r.werkwijzen.map((w) => w.naam)).map((n) => inRegels(n)),
    datasets: [
      {
        label: t.saldoKolom,
        data: r.werkwijzen.map((w) => w.saldo.perKlant.toNumber()),
        backgroundColor: r.werkwijzen.map((w) => (w.saldo.perKlant.isNegative() ? NEGATIEF : POSITIEF)),
        borderColor: TEKST,
        borderWidth: 1,
      },
    ],
  };
  // On screen wrapped sooner than the pathway names: at 375 px "Energie- en waterbedrijven" on one line
  // was cut at the canvas edge. Paper has a fixed 400 px canvas where they fit (the print e2e checks it).
  const partijRegels = afdruk ? partijLabels : partijLabels.map((p) => inRegels(p, PARTIJ_REGEL));
  const partijData: ChartData<'bar', number[], string | string[]> = {
    labels: partijRegels,
    datasets: effect.map((e, i) => ({
      label: projectNamen[i]!,
      data: [...e.partijen.map((x) => x.toNumber()), e.totaal.toNumber()],
      backgroundColor: KLEUREN[i % KLEUREN.length],
      borderColor: TEKST,
      borderWidth: 1,
    })),
  };
  const saldoAlt = vul(t.saldoAlt, { regels: r.werkwijzen.map((w) => `${w.naam}: ${euro(w.saldo.perKlant, taal)}.`).join(' ') });
  const partijenAlt = vul(t.partijenAlt, {
    nul: nul.naam,
    regels: effect.map((e) => `${e.w.naam}: ${partijLabels.map((p, i) => `${p} ${euro(i < STAKEHOLDERS.length ? e.partijen[i]! : e.totaal, taal)}`).join(', ')}.`).join(' '),
  });
  const hoogteSaldo = afdruk ? 50 + r.werkwijzen.length * 34 : 90 + r.werkwijzen.length * 44;
  // On screen each category is tall enough for its bars and for its label's lines (17 px a line).
  const regelsVan = (l: string | string[]) => (Array.isArray(l) ? l.length : 1);
  const hoogtePartijen = afdruk
    ? 70 + partijLabels.length * (14 + 8 * projecten.length)
    : 110 + partijRegels.reduce((som, l) => som + Math.max(14 + 12 * projecten.length, 17 * regelsVan(l) + 6), 0);
  // On paper a fixed 400 px wide canvas, at a high resolution (the options).
  const maat = afdruk ? { breedte: 400 } : undefined;

  return (
    <div className="bestuur-grafieken">
      <GrafiekKader
        id="bestuur-grafiek-saldo"
        klasse="bestuur-grafiek"
        titel={t.saldo}
        alt={saldoAlt}
        testId="bestuur-grafiek-saldo"
        hoogte={hoogteSaldo}
        afdruk={maat}
        data={saldoData}
        opties={opties(taal, t.as, false, afdruk, smal)}
      >
        <details className="geen-print">
          <summary>{t.alsTabel}</summary>
          <Tabel
            captionId="bestuur-tabel-saldo"
            caption={t.saldo}
            testId="bestuur-tabel-saldo"
            kolommen={[{ kop: t.werkwijze }, { kop: t.saldoKolom, getal: true }]}
          >
            <tbody>
              {r.werkwijzen.map((w) => (
                <tr key={w.id}>
                  <th scope="row">{w.naam}</th>
                  <td className="getal">
                    <SpoorLink doel={SPOOR.saldo(w.id, w.naam)} tekst={euro(w.saldo.perKlant, taal)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        </details>
      </GrafiekKader>
      {projecten.length > 0 && (
        <GrafiekKader
          id="bestuur-grafiek-partijen"
          klasse="bestuur-grafiek"
          titel={vul(t.partijen, { nul: nul.naam })}
          alt={partijenAlt}
          testId="bestuur-grafiek-partijen"
          hoogte={hoogtePartijen}
          afdruk={maat}
          data={partijData}
          opties={opties(taal, t.as, true, afdruk, smal)}
        >
          <details className="geen-print">
            <summary>{t.alsTabel}</summary>
            <Tabel
              captionId="bestuur-tabel-partijen"
              caption={vul(t.partijen, { nul: nul.naam })}
              testId="bestuur-tabel-partijen"
              kolommen={[{ kop: t.partij }, ...effect.map((e) => ({ kop: e.w.naam, getal: true }))]}
            >
              <tbody>
                {partijLabels.map((p, i) => (
                  <tr key={p}>
                    <th scope="row">{p}</th>
                    {effect.map((e) => (
                      <td key={e.w.id} className="getal">
                        <SpoorLink doel={i < STAKEHOLDERS.length ? SPOOR.partijen : SPOOR.verschil(e.w, nul)} tekst={euro(i < STAKEHOLDERS.length ? e.partijen[i]! : e.totaal, taal)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Tabel>
          </details>
        </GrafiekKader>
      )}
    </div>
  );
}

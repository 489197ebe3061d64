import type { ChartData, ChartOptions } from 'chart.js';
import { BAAT_LABELS, BATEN, STAKEHOLDER_LABELS, STAKEHOLDERS, type Resultaat } from '../../model';
import { formatEuro, formatGetal, type Taal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { euro, vul, vulTel } from '../gedeeld/opmaak';
import { basisOpties, categorieAs, euroAs, GrafiekKader, useSmal } from '../gedeeld/grafiek/GrafiekKader';
import { KLEUREN, KOSTEN_KLEUR, PATRONEN, RAND, regels, vulling, type LegendaItem } from '../gedeeld/grafiek/vulling';

type Sleutel =
  | 'kop'
  | 'kostenBaten'
  | 'kostenBatenAlt'
  | 'kosten'
  | 'baten'
  | 'stakeholders'
  | 'stakeholdersAlt'
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
    stakeholders: 'Verdeling van de baten over partijen, voor {n} {n:klant|klanten}',
    stakeholdersAlt: 'Gestapeld staafdiagram, baten per partij voor {n} {n:klant|klanten}. {regels}',
    as: 'Euro per klant',
    asN: 'Euro voor {n} {n:klant|klanten}',
  },
  en: {
    kop: 'Charts',
    kostenBaten: 'Costs and benefits per client, per pathway',
    kostenBatenAlt: 'Bar chart, costs and benefits per client. {regels}',
    kosten: 'Costs',
    baten: 'benefits',
    tabelA: 'Investment and benefits per pathway',
    tabelB: 'Distribution of the benefits over parties',
    stakeholders: 'Distribution of the benefits over parties, for {n} {n:client|clients}',
    stakeholdersAlt: 'Stacked bar chart, benefits per party for {n} {n:client|clients}. {regels}',
    as: 'Euro per client',
    asN: 'Euro for {n} {n:client|clients}',
  },
};

function opties(taal: Taal, asTitel: string, smal: boolean): ChartOptions<'bar'> {
  const basis = basisOpties(smal);
  return {
    ...basis,
    indexAxis: 'y',
    scales: {
      x: { ...euroAs(smal, taal, asTitel), stacked: true },
      y: { ...categorieAs(smal), stacked: true },
    },
    plugins: {
      ...basis.plugins,
      tooltip: {
        callbacks: {
          label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatEuro(Number(ctx.parsed.x), taal)}`,
        },
      },
    },
  };
}

/** The two charts of the results view, each with a text alternative and a pointer to its table. */
export default function Grafieken({ r }: { r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  const smal = useSmal();
  const labels = r.werkwijzen.map((w) => regels(w.naam, smal ? 14 : 22));
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

  const legendaA: LegendaItem[] = [
    { label: t.kosten, kleur: KOSTEN_KLEUR, patroon: 'ruit' },
    ...BATEN.map((b, i) => ({ label: BAAT_LABELS[b][taal], kleur: KLEUREN[i]!, patroon: PATRONEN[i]! })),
  ];
  const legendaB: LegendaItem[] = STAKEHOLDERS.map((sh, i) => ({ label: STAKEHOLDER_LABELS[sh][taal], kleur: KLEUREN[i]!, patroon: PATRONEN[i]! }));

  const altA = vul(t.kostenBatenAlt, {
    regels: r.werkwijzen
      .map((w) => `${w.naam}: ${t.kosten.toLowerCase()} ${euro(w.kosten.totaal.perKlant, taal)}, ${t.baten} ${euro(w.baten.totaal.perKlant, taal)}.`)
      .join(' '),
  });
  const altB = vulTel(t.stakeholdersAlt, {
    n,
    regels: r.werkwijzen
      .map((w) => `${w.naam}: ${STAKEHOLDERS.map((sh) => `${STAKEHOLDER_LABELS[sh][taal]} ${euro(w.stakeholders[sh], taal)}`).join(', ')}.`)
      .join(' '),
  }, { n: r.referentieCohort }, taal);

  return (
    <section aria-labelledby="grafieken-kop" className="grafieken">
      <h2 id="grafieken-kop">{t.kop}</h2>
      <GrafiekKader
        id="grafiek-kb-titel"
        titel={t.kostenBaten}
        tabel={{ id: 'tabel-313', naam: t.tabelA }}
        hoogte={hoogte(2)}
        data={kostenBaten}
        opties={opties(taal, t.as, smal)}
        alt={altA}
        testId="grafiek-kosten-baten"
        legenda={legendaA}
      />
      <GrafiekKader
        id="grafiek-sh-titel"
        titel={vulTel(t.stakeholders, { n }, { n: r.referentieCohort }, taal)}
        tabel={{ id: 'tabel-stakeholders', naam: t.tabelB }}
        hoogte={hoogte(1)}
        data={verdeling}
        opties={opties(taal, vulTel(t.asN, { n }, { n: r.referentieCohort }, taal), smal)}
        alt={altB}
        testId="grafiek-stakeholders"
        legenda={legendaB}
        lijnen={[{ as: 'x', waarde: 0 }]}
      />
    </section>
  );
}

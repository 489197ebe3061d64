import { KOSTENPOST_LABELS, KOSTENPOSTEN, type Resultaat, type Scenario } from '../../model';
import { formatBerekening, formatNormalisatie } from '../../format/berekening';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { aantal, euro, vul, vulTel } from '../gedeeld/opmaak';
import { WerkwijzeTabel } from '../gedeeld/WerkwijzeTabel';

type W = Resultaat['werkwijzen'][number];

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'caption'
  | 'aantal'
  | 'kosten'
  | 'eigenCohort'
  | 'omrekenen'
  | 'nietNodig'
  | 'voorN'
  | 'perKlant'
  | 'berekeningen'
  | 'schuldregeling';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Kosten',
    inleiding:
      'Per kostenpost het aantal klanten dat met het onderdeel startte, maal de kosten per klant. Alle kosten worden door de gemeente betaald.',
    caption: 'Kosten per werkwijze, voor het eigen cohort (vergelijk tabel 3.3)',
    aantal: 'Aantal klanten',
    kosten: 'Kosten',
    eigenCohort: 'Totaal eigen cohort',
    omrekenen: 'Omrekenen naar {n} {n:klant|klanten}',
    nietNodig: 'niet nodig: al {n} {n:klant|klanten}',
    voorN: 'Totaal voor {n} {n:klant|klanten}',
    perKlant: 'Gemiddeld per klant',
    berekeningen: 'Berekening per kostenpost',
    schuldregeling: 'Het aantal schuldregelingen is het aantal klanten met een oplossing na toedeling.',
  },
  en: {
    kop: 'Costs',
    inleiding:
      'For each cost item, the number of clients who started that part times the cost per client. The municipality pays all costs.',
    caption: 'Costs per pathway, for its own cohort (compare table 3.3)',
    aantal: 'Number of clients',
    kosten: 'Costs',
    eigenCohort: 'Total own cohort',
    omrekenen: 'Scaling to {n} {n:client|clients}',
    nietNodig: 'not needed: already {n} {n:client|clients}',
    voorN: 'Total for {n} {n:client|clients}',
    perKlant: 'Average per client',
    berekeningen: 'Calculation per cost item',
    schuldregeling: 'The number of debt arrangements is the number of clients with a solution after allocation.',
  },
};

/** Costs per item and pathway (report tables 3.2 and 3.3), with the normalisation step. */
export function KostenTabel({ s, r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const n = formatGetal(r.referentieCohort, taal);
  return (
    <section aria-labelledby="kosten-kop">
      <h2 id="kosten-kop">{t.kop}</h2>
      <p>{t.inleiding}</p>
      <WerkwijzeTabel
        captionId="tabel-33-caption"
        caption={t.caption}
        testId="tabel-33"
        werkwijzen={r.werkwijzen}
        kolommen={[t.aantal, t.kosten]}
        rijen={[
          ...KOSTENPOSTEN.map((k) => ({
            sleutel: k,
            kop: KOSTENPOST_LABELS[k][taal],
            cellen: (w: W) => [aantal(w.kosten.posten[k].aantal, taal), euro(w.kosten.posten[k].bruto, taal)],
          })),
          { sleutel: 'eigenCohort', kop: t.eigenCohort, klasse: 'totaal', cellen: (w: W) => [formatGetal(w.cohort, taal), euro(w.kosten.totaal.bruto, taal)] },
          {
            sleutel: 'omrekenen',
            kop: vulTel(t.omrekenen, { n }, { n: r.referentieCohort }, taal),
            samen: true,
            cellen: (w: W) => [
              {
                klasse: 'normalisatie',
                tekst:
                  w.cohort === r.referentieCohort
                    ? vulTel(t.nietNodig, { n }, { n: r.referentieCohort }, taal)
                    : formatNormalisatie(w.kosten.totaal.bruto, w.cohort, r.referentieCohort, w.kosten.totaal.totaal, taal),
              },
            ],
          },
          { sleutel: 'voorN', kop: vulTel(t.voorN, { n }, { n: r.referentieCohort }, taal), klasse: 'totaal', samen: true, cellen: (w: W) => [euro(w.kosten.totaal.totaal, taal)] },
          { sleutel: 'perKlant', kop: t.perKlant, samen: true, cellen: (w: W) => [euro(w.kosten.totaal.perKlant, taal)] },
        ]}
      />
      <details className="berekening-details">
        <summary>{t.berekeningen}</summary>
        {r.werkwijzen.map((w) => (
          <div key={w.id}>
            <h3 className="werkwijze-kop">{w.naam}</h3>
            <dl className="sporen">
              {KOSTENPOSTEN.map((k) => (
                <div key={k}>
                  <dt>{KOSTENPOST_LABELS[k][taal]}</dt>
                  <dd className="spoor">{formatBerekening(w.kosten.posten[k].berekening, taal)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {s.werkwijzen.some((w) => w.kosten.debtArrangement.aantal === 'oplossingen') && <p>{t.schuldregeling}</p>}
      </details>
    </section>
  );
}

import { UITKOMST_LABELS, UITKOMSTEN, Decimal, type Resultaat, type Scenario } from '../../model';
import { formatAandeel, formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { aantal, vul, vulTel } from '../gedeeld/opmaak';
import { WerkwijzeTabel } from '../gedeeld/WerkwijzeTabel';

type W = Resultaat['werkwijzen'][number];

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'caption34'
  | 'caption35'
  | 'aantal'
  | 'percentage'
  | 'totaal'
  | 'inAanmerking'
  | 'toedelingKop'
  | 'toedelingHeel'
  | 'toedelingVerwacht'
  | 'toedelingGeen';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Uitkomsten van de trajecten',
    inleiding:
      'Klanten die nog in de fase schulden regelen zitten, worden toegewezen aan een eindresultaat: {p} krijgt alsnog een schuldregeling (Purpose 2019), de rest valt uit. Baten worden berekend voor de klanten in aanmerking: E = oplossing + gestabiliseerd.',
    caption34: 'Uitkomsten in de dossieranalyse (vergelijk tabel 3.4)',
    caption35: 'Uitkomsten na toedeling, voor de MKBA (vergelijk tabel 3.5)',
    aantal: 'Aantal',
    percentage: 'Percentage',
    totaal: 'Totaal aantal klanten',
    inAanmerking: 'In aanmerking voor baten (E = oplossing + gestabiliseerd)',
    toedelingKop: 'Toedeling',
    toedelingHeel:
      '{naam}: van de {n} {n:klant|klanten} in de fase schulden regelen gaan er {op} naar “oplossing” en {geen} naar “geen oplossing” ({p} van {n}, afgerond op hele klanten zoals in het rapport; zie de verantwoording).',
    toedelingVerwacht:
      '{naam}: van de {n} {n:klant|klanten} in de fase schulden regelen gaan er {op} naar “oplossing” en {geen} naar “geen oplossing” (verwachte waarden, niet afgerond).',
    toedelingGeen: '{naam}: geen klanten meer in de fase schulden regelen.',
  },
  en: {
    kop: 'Outcomes of the cases',
    inleiding:
      'Clients still in the debt settlement phase are allocated to a final outcome: {p} still reach a debt arrangement (Purpose 2019), the rest drop out. Benefits are computed for the eligible clients: E = resolved + stabilised.',
    caption34: 'Outcomes in the case file analysis (compare table 3.4)',
    caption35: 'Outcomes after allocation, for the analysis (compare table 3.5)',
    aantal: 'Number',
    percentage: 'Percentage',
    totaal: 'Total number of clients',
    inAanmerking: 'Eligible for benefits (E = resolved + stabilised)',
    toedelingKop: 'Allocation',
    toedelingHeel:
      '{naam}: of the {n} {n:client|clients} in the settlement phase, {op} go to “resolved” and {geen} to “not resolved” ({p} of {n}, rounded to whole clients as in the report; see the methodology).',
    toedelingVerwacht:
      '{naam}: of the {n} {n:client|clients} in the settlement phase, {op} go to “resolved” and {geen} to “not resolved” (expected values, not rounded).',
    toedelingGeen: '{naam}: no clients left in the settlement phase.',
  },
};

/** Outcomes before (table 3.4) and after (table 3.5) allocation, and the eligible clients E. */
export function UitkomstenTabellen({ s, r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const p = formatAandeel(s.parameters['allocation.successShare'], taal);
  const invoer = new Map(s.werkwijzen.map((w) => [w.id, w]));
  const pct = (x: Decimal, cohort: number) => formatAandeel(x.div(cohort).toNumber(), taal);

  const na = [
    ['oplossing', (w: W) => w.naToedeling.oplossing],
    ['gestabiliseerd', (w: W) => w.naToedeling.gestabiliseerd],
    ['geenOplossing', (w: W) => w.naToedeling.geenOplossing],
  ] as const;

  return (
    <section aria-labelledby="uitkomsten-kop">
      <h2 id="uitkomsten-kop">{t.kop}</h2>
      <p>{vul(t.inleiding, { p })}</p>
      <WerkwijzeTabel
        captionId="tabel-34-caption"
        caption={t.caption34}
        testId="tabel-34"
        werkwijzen={r.werkwijzen}
        rijen={[
          ...UITKOMSTEN.map((u) => ({ sleutel: u, kop: UITKOMST_LABELS[u][taal], cellen: (w: W) => [formatGetal(invoer.get(w.id)?.uitkomsten[u] ?? 0, taal)] })),
          { sleutel: 'totaal', kop: t.totaal, klasse: 'totaal', cellen: (w: W) => [formatGetal(w.cohort, taal)] },
        ]}
      />

      <WerkwijzeTabel
        captionId="tabel-35-caption"
        caption={t.caption35}
        testId="tabel-35"
        werkwijzen={r.werkwijzen}
        kolommen={[t.aantal, t.percentage]}
        rijen={[
          ...na.map(([u, waarde]) => ({ sleutel: u, kop: UITKOMST_LABELS[u][taal], cellen: (w: W) => [aantal(waarde(w), taal), pct(waarde(w), w.cohort)] })),
          { sleutel: 'totaal', kop: t.totaal, klasse: 'totaal', cellen: (w: W) => [formatGetal(w.cohort, taal), formatAandeel(1, taal)] },
          {
            sleutel: 'inAanmerking',
            kop: t.inAanmerking,
            klasse: 'nadruk',
            dataRij: 'inAanmerking',
            cellen: (w: W) => [aantal(w.inAanmerking, taal), pct(w.inAanmerking, w.cohort)],
          },
        ]}
      />

      <h3>{t.toedelingKop}</h3>
      <ul>
        {r.werkwijzen.map((w) => {
          const n = invoer.get(w.id)?.uitkomsten.inSchuldregelfase ?? 0;
          const sjabloon = n === 0 ? t.toedelingGeen : s.instellingen.toedeling === 'heleKlanten' ? t.toedelingHeel : t.toedelingVerwacht;
          return (
            <li key={w.id}>
              {vulTel(sjabloon, {
                naam: w.naam,
                n: formatGetal(n, taal),
                op: aantal(w.toedeling.naarOplossing, taal),
                geen: aantal(w.toedeling.naarGeenOplossing, taal),
                p,
              }, { n: Number(n) }, taal)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

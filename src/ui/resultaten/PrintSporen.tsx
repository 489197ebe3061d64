import { BAAT_FORMULES, BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN, type Resultaat, type Scenario } from '../../model';
import { formatBerekening, formatNormalisatie } from '../../format/berekening';
import { formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { aantal, euro, vul, vulTel } from '../gedeeld/opmaak';
import { Waterval } from './Waterval';

type Sleutel = 'kop' | 'inleiding' | 'kosten' | 'baat' | 'formule' | 'eenheidsbedragen' | 'werkwijze' | 'e' | 'berekening' | 'omrekenen' | 'perKlant' | 'nietNodig' | 'post';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Berekeningen',
    inleiding:
      'Elk bedrag met de ingevulde getallen: de kosten per kostenpost en per baat de formule, de berekening voor het eigen cohort van elke werkwijze en de omrekening naar {n} {n:klant|klanten}. De parameters en hun bronnen staan bij de aannames.',
    kosten: 'Kosten per kostenpost (eigen cohort)',
    baat: 'Baat {i}: {label}',
    formule: 'Formule',
    eenheidsbedragen: 'Afgeleid',
    werkwijze: 'Werkwijze',
    e: 'E',
    berekening: 'Berekening, eigen cohort',
    omrekenen: 'Naar {n} {n:klant|klanten}',
    perKlant: 'Per klant',
    nietNodig: 'al {n} {n:klant|klanten}',
    post: 'Kostenpost',
  },
  en: {
    kop: 'Calculations',
    inleiding:
      'Every amount with its numbers filled in: the costs per cost item and, per benefit, the formula, the calculation for each pathway’s own cohort and the scaling to {n} {n:client|clients}. The parameters and their sources are with the assumptions.',
    kosten: 'Costs per cost item (own cohort)',
    baat: 'Benefit {i}: {label}',
    formule: 'Formula',
    eenheidsbedragen: 'Derived',
    werkwijze: 'Pathway',
    e: 'E',
    berekening: 'Calculation, own cohort',
    omrekenen: 'To {n} {n:client|clients}',
    perKlant: 'Per client',
    nietNodig: 'already {n} {n:client|clients}',
    post: 'Cost item',
  },
};

/**
 * The traces for paper (the printed report's appendix): the same calculations as the results view's
 * BatenDetail and KostenTabel, one compact table per benefit, so that a trace never leaves a page half empty.
 */
export function PrintSporen({ r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const nRef = formatGetal(r.referentieCohort, taal);
  const omrekenen = vulTel(t.omrekenen, { n: nRef }, { n: r.referentieCohort }, taal);
  return (
    <section className="print-sporen" aria-labelledby="print-sporen-kop" data-testid="print-sporen">
      <h2 id="print-sporen-kop">{t.kop}</h2>
      <p>{vulTel(t.inleiding, { n: nRef }, { n: r.referentieCohort }, taal)}</p>
      <table className="resultaat-tabel print-spoor-tabel">
        <caption>{t.kosten}</caption>
        <thead>
          <tr>
            <th scope="col">{t.werkwijze}</th>
            {KOSTENPOSTEN.map((k) => (
              <th key={k} scope="col">
                {KOSTENPOST_LABELS[k][taal]}
              </th>
            ))}
            <th scope="col">{omrekenen}</th>
          </tr>
        </thead>
        <tbody>
          {r.werkwijzen.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.naam}</th>
              {KOSTENPOSTEN.map((k) => (
                <td key={k} className="spoor">
                  {formatBerekening(w.kosten.posten[k].berekening, taal)}
                </td>
              ))}
              <td className="spoor">
                {w.cohort === r.referentieCohort
                  ? vulTel(t.nietNodig, { n: nRef }, { n: r.referentieCohort }, taal)
                  : formatNormalisatie(w.kosten.totaal.bruto, w.cohort, r.referentieCohort, w.kosten.totaal.totaal, taal)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {BATEN.map((b, i) => {
        const afgeleid = r.werkwijzen[0]?.baten.posten[b].afgeleid ?? [];
        return (
          <table key={b} className="resultaat-tabel print-spoor-tabel" data-baat={b}>
            <caption>
              <span className="print-spoor-naam">{vul(t.baat, { i: String(i + 1), label: BAAT_LABELS[b][taal] })}</span> {t.formule}: {BAAT_FORMULES[b].formule[taal]}
              {afgeleid.map((a) => (
                <span key={a.id} className="print-spoor-afgeleid">
                  {' '}
                  {t.eenheidsbedragen}: {a.label[taal]} {formatBerekening(a.berekening, taal)}.
                </span>
              ))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.werkwijze}</th>
                <th scope="col" className="getal">
                  {t.e}
                </th>
                <th scope="col">{t.berekening}</th>
                <th scope="col">{omrekenen}</th>
                <th scope="col" className="getal">
                  {t.perKlant}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.werkwijzen.map((w) => {
                const p = w.baten.posten[b];
                return (
                  <tr key={w.id}>
                    <th scope="row">{w.naam}</th>
                    <td className="getal">{aantal(w.inAanmerking, taal)}</td>
                    <td className="spoor" data-testid={`print-spoor-${b}-${w.id}`}>
                      {formatBerekening(p.berekening, taal)}
                      <Waterval stap={p.brutoNetto} schaal={w.schaal} naam={w.naam} n={r.referentieCohort} />
                    </td>
                    <td className="spoor">
                      {w.cohort === r.referentieCohort ? euro(p.totaal, taal) : formatNormalisatie(p.bruto, w.cohort, r.referentieCohort, p.totaal, taal)}
                    </td>
                    <td className="getal">{euro(p.perKlant, taal)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

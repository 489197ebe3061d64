import { BAAT_FORMULES, BAAT_LABELS, BATEN, UITKOMSTEN, bronOmschrijving, herkomstVan, parameterDefinitie, waardeMetBron, type BaatId, type Resultaat, type Scenario } from '../../model';
import { VOORBEELDEN } from '../../store/voorbeelden';
import { invoerLabel } from '../gedeeld/bronnen';
import { formatBerekening, formatNormalisatie } from '../../format/berekening';
import { formatAandeel, formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { aantal, euro, graadTekst, parameterWaarde, vul, vulTel } from '../gedeeld/opmaak';
import { Waterval } from './Waterval';
import { Kolomkoppen } from '../gedeeld/Tabel';
import { TabelRol } from '../gedeeld/TabelRol';

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'baat'
  | 'formule'
  | 'eenheidsbedragen'
  | 'afgerond'
  | 'inAanmerking'
  | 'aandeelPW'
  | 'aandeelWerkend'
  | 'berekening'
  | 'omrekenen'
  | 'voorN'
  | 'perKlant'
  | 'parameters'
  | 'parameter'
  | 'waarde'
  | 'bron'
  | 'eigenParameters'
  | 'eigenInvoer';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Berekening per baat',
    inleiding:
      'Per baat de formule in woorden, de berekening met de ingevulde getallen voor elke werkwijze, de omrekening naar het referentiecohort en de gebruikte parameters met hun bron.',
    baat: 'Baat {i}: {label}',
    formule: 'Formule',
    eenheidsbedragen: 'Afgeleide eenheidsbedragen',
    afgerond: 'afgerond op hele euro’s, zoals in het rapport',
    inAanmerking: 'Klanten in aanmerking (E)',
    aandeelPW: 'Aandeel met een PW-uitkering',
    aandeelWerkend: 'Aandeel werkend',
    berekening: 'Berekening voor {n} {n:klant|klanten}',
    omrekenen: 'Omrekenen naar {n} {n:klant|klanten}',
    voorN: 'Voor {n} {n:klant|klanten}',
    perKlant: 'Per klant',
    parameters: 'Parameters van baat {i}',
    parameter: 'Parameter',
    waarde: 'Waarde',
    bron: 'Bron',
    eigenParameters: 'Met eigen waarden in deze berekening',
    eigenInvoer: 'Eigen invoer van deze werkwijze',
  },
  en: {
    kop: 'Calculation per benefit',
    inleiding:
      'For each benefit: the formula in words, the calculation with the numbers filled in for each pathway, the scaling to the reference cohort, and the parameters used with their sources.',
    baat: 'Benefit {i}: {label}',
    formule: 'Formula',
    eenheidsbedragen: 'Derived unit amounts',
    afgerond: 'rounded to whole euros, as in the report',
    inAanmerking: 'Eligible clients (E)',
    aandeelPW: 'Share on welfare (PW)',
    aandeelWerkend: 'Share employed',
    berekening: 'Calculation for {n} {n:client|clients}',
    omrekenen: 'Scaling to {n} {n:client|clients}',
    voorN: 'For {n} {n:client|clients}',
    perKlant: 'Per client',
    parameters: 'Parameters of benefit {i}',
    parameter: 'Parameter',
    waarde: 'Value',
    bron: 'Source',
    eigenParameters: 'With own values in this calculation',
    eigenInvoer: 'Own inputs of this pathway',
  },
};

/** Which composition shares of the pathway a benefit's calculation uses. */
function samenstelling(r: Resultaat, b: BaatId): ('samenstelling.aandeelPW' | 'samenstelling.aandeelWerkend')[] {
  const bronnen = new Set(r.werkwijzen[0]?.baten.posten[b].berekening.termen.flatMap((t) => t.factoren.map((f) => f.bron)) ?? []);
  return (['samenstelling.aandeelPW', 'samenstelling.aandeelWerkend'] as const).filter((x) => bronnen.has(x));
}

/** Each benefit with its live calculation trace per pathway (report tables 3.6–3.12). */
export function BatenDetail({ s, r }: { s: Scenario; r: Resultaat }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const ref = formatGetal(r.referentieCohort, taal);
  const invoer = new Map(s.werkwijzen.map((w) => [w.id, w]));
  const herkomst = (veld: string) => herkomstVan(veld, s, VOORBEELDEN);
  const namen = s.werkwijzen.map((w) => w.naam);

  return (
    <section aria-labelledby="baten-kop">
      <h2 id="baten-kop">{t.kop}</h2>
      <p>{t.inleiding}</p>
      {BATEN.map((b, i) => {
        const formule = BAAT_FORMULES[b];
        const afgeleid = r.werkwijzen[0]?.baten.posten[b].afgeleid ?? [];
        const delen = samenstelling(r, b);
        const eigenParameters = formule.parameters.map((id) => herkomst(`parameters.${id}`)).filter((h) => h?.eigen);
        return (
          <details key={b} id={`baat-${b}`} className="baat-detail" data-baat={b}>
            <summary>{vul(t.baat, { i: String(i + 1), label: BAAT_LABELS[b][taal] })}</summary>
            <div className="baat-inhoud">
              <p>
                <strong>{t.formule}:</strong> {formule.formule[taal]}
              </p>
              {eigenParameters.length > 0 && (
                <p className="eigen-waarden" data-testid={`eigen-${b}`}>
                  <strong>{t.eigenParameters}:</strong>{' '}
                  {eigenParameters.map((h) => `${invoerLabel(h!.veld, taal, namen)}: ${waardeMetBron(h!, taal)}`).join('; ')}.
                </p>
              )}
              {afgeleid.length > 0 && (
                <>
                  <h3 className="klein-kop">{t.eenheidsbedragen}</h3>
                  <ul className="sporen-lijst">
                    {afgeleid.map((a) => (
                      <li key={a.id}>
                        {a.label[taal]}: <span className="spoor">{formatBerekening(a.berekening, taal)}</span>
                        {a.afgerond && <span className="afgerond"> ({t.afgerond})</span>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {r.werkwijzen.map((w) => {
                const p = w.baten.posten[b];
                const wi = invoer.get(w.id);
                const i = s.werkwijzen.findIndex((x) => x.id === w.id);
                // The pathway inputs this trace uses that differ from the example's.
                const eigen = ['cohort', ...UITKOMSTEN.map((u) => `uitkomsten.${u}`), ...delen]
                  .map((rel) => herkomst(`werkwijzen.${i}.${rel}`))
                  .filter((h) => h?.eigen);
                return (
                  <div key={w.id} className="baat-werkwijze">
                    <h3 className="klein-kop">{w.naam}</h3>
                    <dl className="sporen">
                      <div>
                        <dt>{t.inAanmerking}</dt>
                        <dd>{aantal(w.inAanmerking, taal)}</dd>
                      </div>
                      {delen.map((d) => (
                        <div key={d}>
                          <dt>{d === 'samenstelling.aandeelPW' ? t.aandeelPW : t.aandeelWerkend}</dt>
                          <dd>
                            {formatAandeel(
                              d === 'samenstelling.aandeelPW' ? (wi?.samenstelling.aandeelPW ?? 0) : (wi?.samenstelling.aandeelWerkend ?? 0),
                              taal,
                              2,
                            )}
                          </dd>
                        </div>
                      ))}
                      <div>
                        <dt>{vulTel(t.berekening, { n: formatGetal(w.cohort, taal) }, { n: w.cohort }, taal)}</dt>
                        <dd className="spoor" data-testid={`spoor-${b}-${w.id}`}>
                          {formatBerekening(p.berekening, taal)}
                        </dd>
                      </div>
                      {w.cohort !== r.referentieCohort && (
                        <div>
                          <dt>{vulTel(t.omrekenen, { n: ref }, { n: r.referentieCohort }, taal)}</dt>
                          <dd className="spoor" data-testid={`normalisatie-${b}-${w.id}`}>
                            {formatNormalisatie(p.bruto, w.cohort, r.referentieCohort, p.totaal, taal)}
                          </dd>
                        </div>
                      )}
                      <div>
                        <dt>{vulTel(t.voorN, { n: ref }, { n: r.referentieCohort }, taal)}</dt>
                        <dd>{euro(p.totaal, taal)}</dd>
                      </div>
                      <div>
                        <dt>{t.perKlant}</dt>
                        <dd>{euro(p.perKlant, taal)}</dd>
                      </div>
                    </dl>
                    <Waterval stap={p.brutoNetto} schaal={w.schaal} naam={w.naam} n={r.referentieCohort} />
                    {eigen.length > 0 && (
                      <p className="eigen-waarden" data-testid={`eigen-${b}-${w.id}`}>
                        {t.eigenInvoer}: {eigen.map((h) => `${invoerLabel(h!.veld, taal, namen)}: ${waardeMetBron(h!, taal)}`).join('; ')}.
                      </p>
                    )}
                  </div>
                );
              })}
              {/* The source column makes this table wider than a phone: it scrolls in its own box (defect 2). */}
              <TabelRol labelId={`parameters-${b}`}>
                <table className="parameter-tabel">
                  <caption id={`parameters-${b}`}>{vul(t.parameters, { i: String(i + 1) })}</caption>
                  <Kolomkoppen kolommen={[{ kop: t.parameter }, { kop: t.waarde, getal: true }, { kop: t.bron }]} />
                  <tbody>
                    {formule.parameters.map((id) => {
                      const def = parameterDefinitie(id);
                      if (!def) return null;
                      const h = herkomst(`parameters.${id}`);
                      return (
                        <tr key={id} className={h?.eigen ? 'eigen-waarde' : undefined}>
                          <th scope="row">
                            {def.label[taal]}
                            {def.toelichting && (
                              <span className="toelichting">
                                {def.toelichting[taal]}
                              </span>
                            )}
                          </th>
                          <td className="getal">{parameterWaarde(def.eenheid, s.parameters[id], taal)}</td>
                          <td>
                            {h ? bronOmschrijving(h, taal) : def.bron}
                            <span className="toelichting">
                              {s.parameters[id] === def.standaard ? graadTekst(def.graad, taal) : `${taal === 'nl' ? 'eigen waarde' : 'own value'}: ${graadTekst('D', taal)}`}
                            </span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TabelRol>
            </div>
          </details>
        );
      })}
    </section>
  );
}

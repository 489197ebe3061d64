import { Fragment } from 'react';
import { KLANTTYPEN, KOSTENPOST_LABELS, PARAMETERS, UITKOMST_LABELS, UITKOMSTEN, bronOmschrijving, herkomstVan, type ParameterDefinitie, type ParameterId, type Scenario } from '../../../model';
import { VOORBEELDEN } from '../../../store/voorbeelden';
import { formatBedragExact } from '../../../format/berekening';
import { formatAandeel, formatGetal } from '../../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { parameterOnzekerheid } from '../../../model/onzekerheid/invoer';
import { graadTekst, herkomstTekst, parameterBereik, parameterWaarde, vul, vulTel } from '../opmaak';
import { eigenWaardenRegels, parameterBronnen, parameterInBron } from '../bronnen';
import { bereikRegels, useInvoerWaarschuwingen } from '../waarschuwingen';
import { GRAAD_UITLEG, GRADEN } from '../../../model/parameters/bewijs';
import { useKolomDelen } from '../afdrukDelen';

type Sleutel =
  | 'rapport'
  | 'datum'
  | 'auteur'
  | 'geenAuteur'
  | 'gebaseerdOp'
  | 'eigenWaarden'
  | 'invoerKop'
  | 'werkwijzenCaption'
  | 'rol'
  | 'nul'
  | 'project'
  | 'cohort'
  | 'aandeelPW'
  | 'uitkomstBron'
  | 'direct'
  | 'klanttypen'
  | 'aandeelWerkend'
  | 'kostenPerKlant'
  | 'budget'
  | 'referentie'
  | 'referentieTekst'
  | 'afronden'
  | 'afrondenJa'
  | 'afrondenNee'
  | 'toedeling'
  | 'toedelingHeel'
  | 'toedelingVerwacht'
  | 'parametersCaption'
  | 'parameter'
  | 'waarde'
  | 'bron'
  | 'graad'
  | 'bereik'
  | 'graadUitleg'
  | 'bronnenKop'
  | 'parameterBronnen'
  | 'notitiesKop'
  | 'afgedrukt'
  | 'afgedruktOp';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    rapport: 'MKBA Schuldhulp — rapport',
    datum: 'Datum scenario',
    auteur: 'Auteur',
    geenAuteur: 'Auteur niet ingevuld',
    gebaseerdOp: 'Gebaseerd op',
    eigenWaarden: 'Eigen waarden: deze invoer wijkt af van de standaardwaarde (gemarkeerd met *)',
    invoerKop: 'Invoer',
    werkwijzenCaption: 'Werkwijzen: cohort, uitkomsten, samenstelling en kosten per klant',
    rol: 'Rol',
    nul: 'nulalternatief',
    project: 'projectalternatief',
    cohort: 'Cohort (klanten)',
    aandeelPW: 'Aandeel met PW-uitkering',
    uitkomstBron: 'Uitkomsten',
    direct: 'direct ingevoerd',
    klanttypen: 'afgeleid uit klanttypen, mix {mix} (zelfstandig/afhankelijk/kwetsbaar)',
    aandeelWerkend: 'Aandeel werkend',
    kostenPerKlant: '{post}: kosten per klant',
    budget: 'Budgetbeheer {variant}: klanten × kosten',
    referentie: 'Referentiecohort',
    referentieTekst: '{n} {n:klant|klanten}',
    afronden: 'Eenheidsbedragen',
    afrondenJa: 'afgerond op hele euro’s (zoals het rapport)',
    afrondenNee: 'niet afgerond',
    toedeling: 'Toedeling fase schulden regelen',
    toedelingHeel: 'hele klanten, zoals het rapport',
    toedelingVerwacht: 'verwachte waarden',
    parametersCaption: 'Parameters',
    parameter: 'Parameter',
    waarde: 'Waarde',
    bron: 'Bron',
    graad: 'Graad',
    bereik: 'Bereik',
    graadUitleg: 'Graad van het bewijs',
    bronnenKop: 'Bronnen',
    parameterBronnen: 'Bronnen van de parameters',
    notitiesKop: 'Notities bij dit scenario',
    afgedrukt: 'Berekend met MKBA Schuldhulp.',
    afgedruktOp: 'Afgedrukt op {datum}.',
  },
  en: {
    rapport: 'MKBA Schuldhulp — report',
    datum: 'Scenario date',
    auteur: 'Author',
    geenAuteur: 'Author not filled in',
    gebaseerdOp: 'Based on',
    eigenWaarden: 'Own values: these inputs differ from their default (marked with *)',
    invoerKop: 'Inputs',
    werkwijzenCaption: 'Pathways: cohort, outcomes, composition and costs per client',
    rol: 'Role',
    nul: 'baseline',
    project: 'project alternative',
    cohort: 'Cohort (clients)',
    aandeelPW: 'Share on welfare (PW)',
    uitkomstBron: 'Outcomes',
    direct: 'entered directly',
    klanttypen: 'derived from client types, mix {mix} (self-reliant/dependent/vulnerable)',
    aandeelWerkend: 'Share employed',
    kostenPerKlant: '{post}: cost per client',
    budget: 'Budget management {variant}: clients × cost',
    referentie: 'Reference cohort',
    referentieTekst: '{n} {n:client|clients}',
    afronden: 'Unit amounts',
    afrondenJa: 'rounded to whole euros (as in the report)',
    afrondenNee: 'not rounded',
    toedeling: 'Allocation of the settlement phase',
    toedelingHeel: 'whole clients, as the report',
    toedelingVerwacht: 'expected values',
    parametersCaption: 'Parameters',
    parameter: 'Parameter',
    waarde: 'Value',
    bron: 'Source',
    graad: 'Grade',
    bereik: 'Range',
    graadUitleg: 'Grade of the evidence',
    bronnenKop: 'Sources',
    parameterBronnen: 'Sources of the parameters',
    notitiesKop: 'Notes on this scenario',
    afgedrukt: 'Computed with MKBA Schuldhulp.',
    afgedruktOp: 'Printed on {datum}.',
  },
};

/** Print-only: the title and a summary of the inputs (the title block and the assumptions together). */
export function PrintKop({ s }: { s: Scenario }) {
  return (
    <section className="alleen-print print-kop">
      <PrintTitelInhoud s={s} />
      <PrintAannamesInhoud s={s} />
    </section>
  );
}

/** The report's title block for page 1: title, "gebaseerd op", description, date, author and the day it was printed. */
export function PrintTitel({ s }: { s: Scenario }) {
  return (
    <section className="print-titelblok">
      <PrintTitelInhoud s={s} />
    </section>
  );
}

/** The report's assumptions: settings, the pathways' inputs and the parameters, every own value marked "*" and listed. */
export function PrintAannames({ s }: { s: Scenario }) {
  return (
    <section className="print-kop print-aannames">
      <PrintAannamesInhoud s={s} />
    </section>
  );
}

function PrintTitelInhoud({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const g = s.gebaseerdOp;
  const vandaag = new Intl.DateTimeFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  return (
    <>
      <p className="print-rapport">{t.rapport}</p>
      <h1 className="print-titel">{s.titel}</h1>
      {g && (
        <p className="print-gebaseerd-op" data-testid="print-gebaseerd-op">
          {t.gebaseerdOp}: “{g.titel}”{(g.auteur || g.datum) && <> ({[g.auteur, g.datum].filter(Boolean).join(', ')})</>}.
        </p>
      )}
      {s.beschrijving && <p className="print-beschrijving">{s.beschrijving}</p>}
      <p data-testid="print-auteur">
        {s.datum && (
          <>
            {t.datum}: {s.datum}.{' '}
          </>
        )}
        {s.auteur ? `${t.auteur}: ${s.auteur}.` : `${t.geenAuteur}.`}
      </p>
      <p className="print-afgedrukt" data-testid="print-afgedrukt">
        {vul(t.afgedruktOp, { datum: vandaag })} {t.afgedrukt}
      </p>
    </>
  );
}

function PrintAannamesInhoud({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const referentieCohort = s.instellingen.referentieCohort ?? (s.werkwijzen.find((w) => !w.nulalternatief) ?? s.werkwijzen[0]!).cohort;
  const herkomst = (veld: string) => herkomstVan(veld, s, VOORBEELDEN);
  // An own value is marked "*" in the tables; the list below them gives its default and source.
  const merk = (veld: string, tekst: string) => (herkomst(veld)?.eigen ? `${tekst} *` : tekst);
  const eigen = eigenWaardenRegels(s, taal);
  // On paper at most six pathways side by side (eight were 872 px wide; A4: 703), each with its index for the field paths.
  const delen = useKolomDelen(
    s.werkwijzen.map((w, i) => ({ w, i })),
    { max: 6 },
  );
  const rij = (label: string, waarden: string[]) => (
    <tr>
      <th scope="row">{label}</th>
      {waarden.map((w, i) => (
        <td key={i} className={w.endsWith(' *') ? 'getal eigen-waarde' : 'getal'}>
          {w}
        </td>
      ))}
    </tr>
  );
  const instelling = (veld: string, tekst: string) => {
    const h = herkomst(veld);
    return h?.eigen ? `${tekst} — ${bronOmschrijving(h, taal)}` : tekst;
  };
  return (
    <>
      <h2>{t.invoerKop}</h2>
      <ul className="print-instellingen">
        <li>
          {t.referentie}:{' '}
          {instelling('instellingen.referentieCohort', vulTel(t.referentieTekst, { n: formatGetal(referentieCohort, taal) }, { n: referentieCohort }, taal))}
        </li>
        <li>
          {t.toedeling}: {instelling('instellingen.toedeling', s.instellingen.toedeling === 'heleKlanten' ? t.toedelingHeel : t.toedelingVerwacht)}
        </li>
        <li>
          {t.afronden}: {instelling('instellingen.eenheidsbedragenAfronden', s.instellingen.eenheidsbedragenAfronden ? t.afrondenJa : t.afrondenNee)}
        </li>
      </ul>
      {delen.map(({ items: ww, bijschrift, id }) => (
        <table key={id} className="resultaat-tabel">
          <caption>
            {t.werkwijzenCaption}
            {bijschrift}
          </caption>
          <thead>
            <tr>
              <td />
              {ww.map(({ w }) => (
                <th key={w.id} scope="col" className="getal">
                  {w.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rij(t.rol, ww.map(({ w }) => (w.nulalternatief ? t.nul : t.project)))}
            {rij(t.cohort, ww.map(({ w, i }) => merk(`werkwijzen.${i}.cohort`, formatGetal(w.cohort, taal))))}
            {s.werkwijzen.some((w) => w.uitkomstModel) &&
              rij(
                t.uitkomstBron,
                ww.map(({ w }) =>
                  w.uitkomstModel
                    ? vul(t.klanttypen, { mix: KLANTTYPEN.map((k) => formatAandeel(w.uitkomstModel!.mix[k], taal, 2)).join('/') })
                    : t.direct,
                ),
              )}
            {UITKOMSTEN.map((u) => (
              <Fragment key={u}>{rij(UITKOMST_LABELS[u][taal], ww.map(({ w, i }) => merk(`werkwijzen.${i}.uitkomsten.${u}`, formatGetal(w.uitkomsten[u], taal))))}</Fragment>
            ))}
            {rij(t.aandeelPW, ww.map(({ w, i }) => merk(`werkwijzen.${i}.samenstelling.aandeelPW`, formatAandeel(w.samenstelling.aandeelPW, taal, 2))))}
            {rij(t.aandeelWerkend, ww.map(({ w, i }) => merk(`werkwijzen.${i}.samenstelling.aandeelWerkend`, formatAandeel(w.samenstelling.aandeelWerkend, taal, 2))))}
            {(['preparation', 'settlementPhase', 'debtArrangement'] as const).map((k) => (
              <Fragment key={k}>
                {rij(
                  vul(t.kostenPerKlant, { post: KOSTENPOST_LABELS[k][taal] }),
                  ww.map(({ w, i }) => merk(`werkwijzen.${i}.kosten.${k}.bedrag`, formatBedragExact(w.kosten[k].bedrag, taal))),
                )}
              </Fragment>
            ))}
            {(['basis', 'plus', 'totaal'] as const).map((v) => (
              <Fragment key={v}>
                {rij(
                  vul(t.budget, { variant: v }),
                  ww.map(({ w, i }) => {
                    const veld = `werkwijzen.${i}.kosten.budgetManagement.${v}`;
                    const tekst = `${formatGetal(w.kosten.budgetManagement[v].aantal, taal)} × ${formatBedragExact(w.kosten.budgetManagement[v].bedrag, taal)}`;
                    return herkomst(`${veld}.aantal`)?.eigen || herkomst(`${veld}.bedrag`)?.eigen ? `${tekst} *` : tekst;
                  }),
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      ))}
      <PrintParameters s={s} />
      <PrintWaarschuwingen s={s} />
      {eigen.length > 0 && (
        <>
          <h3>{t.eigenWaarden}</h3>
          <ul className="print-eigen-waarden" data-testid="print-eigen-waarden">
            {eigen.map((e) => (
              <li key={e.veld}>
                {e.label}: {e.tekst}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * The parameters, one line each: value, evidence grade and range. The source heads each run of
 * parameters that share it (most come from one study), so it is printed once, not on every line;
 * an own value is its own run ("eigen waarde (standaard …, bron)") and its line is marked "*".
 */
function PrintParameters({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const rijen = (PARAMETERS as readonly ParameterDefinitie[]).map((p) => {
    const h = herkomstVan(`parameters.${p.id}`, s, VOORBEELDEN);
    // Grade and range of the value in the scenario (an edited value: its own, not the default's; tester5 #3).
    return { p, eigen: !!h?.eigen, bron: h ? bronOmschrijving(h, taal) : p.bron, o: parameterOnzekerheid(s, p.id as ParameterId, s.onzekerheid) };
  });
  return (
    <>
      <table className="resultaat-tabel print-parameters">
        <caption>{t.parametersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.parameter}</th>
            <th scope="col" className="getal">
              {t.waarde}
            </th>
            <th scope="col">{t.graad}</th>
            <th scope="col">{t.bereik}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map(({ p, eigen, bron, o }, i) => (
            <Fragment key={p.id}>
              {bron !== rijen[i - 1]?.bron && (
                <tr className="print-bron-rij">
                  <th scope="rowgroup" colSpan={4}>
                    {t.bron}: {bron}
                  </th>
                </tr>
              )}
              <tr className={eigen ? 'eigen-waarde' : undefined} data-parameter={p.id}>
                <th scope="row">{eigen ? `${p.label[taal]} *` : p.label[taal]}</th>
                <td className="getal">{parameterWaarde(p.eenheid, s.parameters[p.id as keyof Scenario['parameters']], taal)}</td>
                <td title={graadTekst(o.graad, taal)}>{o.graad}</td>
                <td>
                  {parameterBereik(p.eenheid, o.laag, o.hoog, taal)}
                  <span className="bereik-herkomst"> ({herkomstTekst(o.herkomst, taal)})</span>
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="tabel-noot">
        {t.graadUitleg}: {GRADEN.map((g) => `${g} ${GRAAD_UITLEG[g][taal]}`).join(', ')}.
      </p>
    </>
  );
}

const WAARSCHUWINGEN: Teksten<'kop' | 'uitleg'> = {
  nl: { kop: 'Waarschuwingen bij de invoer', uitleg: 'Geen fouten: de berekening gebruikt deze invoer zoals die er staat.' },
  en: { kop: 'Warnings on the inputs', uitleg: 'Not errors: the calculation uses these inputs as entered.' },
};

/**
 * The inputs' warnings, as in the form's summary: values outside their plausible range (from the
 * scenario itself) and, while the form's text produced this very scenario, what was typed ("1,700").
 */
function PrintWaarschuwingen({ s }: { s: Scenario }) {
  const t = useTeksten(WAARSCHUWINGEN);
  const taal = useTaal();
  const uitFormulier = useInvoerWaarschuwingen((x) => (x.scenario === s ? x.regels : null));
  const regels = uitFormulier ?? bereikRegels(s, taal);
  if (regels.length === 0) return null;
  return (
    <div className="print-waarschuwingen" data-testid="print-waarschuwingen">
      <h3>{t.kop}</h3>
      <p>{t.uitleg}</p>
      <ul>
        {regels.map((r) => (
          <li key={r}>{r}.</li>
        ))}
      </ul>
    </div>
  );
}

/** Print-only: the sources and notes, below the results. */
export function PrintBronnen({ s }: { s: Scenario }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  return (
    <section className="alleen-print print-bronnen">
      <h2>{t.bronnenKop}</h2>
      <ul lang="nl">
        {s.bronnen.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <h3 className="parameter-bronnen">{t.parameterBronnen}</h3>
      <ul className="parameter-bronnen">
        {parameterBronnen().map((b) => (
          <li key={b.bron}>
            <span lang="nl">{b.bron}</span>: {b.parameters.map((p) => parameterInBron(p, s, taal)).join('; ')}
          </li>
        ))}
      </ul>
      {s.notities.length > 0 && (
        <>
          <h2>{t.notitiesKop}</h2>
          <ul lang="nl">
            {s.notities.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

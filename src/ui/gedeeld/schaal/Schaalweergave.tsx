import { useEffect, useId, useRef, useState } from 'react';
import { INSTROOM_PER_JAAR_UITLEG, STAKEHOLDER_LABELS, STAKEHOLDERS, valideerScenario, type Decimal, type PerJaar, type StakeholderBedragen } from '../../../model';
import { formatEuro, formatGetal, type Taal } from '../../../format/getal';
import { sluitBewerking, useScenario, useScenarioStore, bewerkScenario } from '../../../store/scenarioStore';
import { useTaal, useTeksten, type Teksten } from '../i18n';
import { dubbelzinnig, leesGetal, naarInvoertekst } from '../getalInvoer';
import { herschrijfVeld } from '../groeperingVeld';
import { euro, vul, vulTel } from '../opmaak';
import { Tabel } from '../Tabel';
import { aantalBijSchaal, bedragenBijSchaal, useSchaal, type Schaal } from './schaal';
import { Terugverdienen } from '../tijd/Terugverdienen';
import { SPOOR, SpoorLink, SpoorTekst } from '../spoor';
import '../werkwijzen.css';

type Sleutel =
  | 'kop'
  | 'kopJaar'
  | 'uitleg'
  | 'keuze'
  | 'klant'
  | 'cohort'
  | 'jaar'
  | 'jaarMet'
  | 'prefixklant'
  | 'prefixcohort'
  | 'prefixjaar'
  | 'instroom'
  | 'instroomEenheid'
  | 'geenInstroom'
  | 'tabel'
  | 'werkwijze'
  | 'kosten'
  | 'baten'
  | 'saldo'
  | 'verschil'
  | 'nvt'
  | 'partijen'
  | 'partij'
  | 'totaal'
  | 'partijenUitleg'
  | 'zin'
  | 'meer'
  | 'minder'
  | 'beter'
  | 'slechter'
  | 'evenveel'
  | 'evenveelBaten'
  | 'gelijkSaldo'
  | 'vrijwelSaldo'
  | 'afgerond';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Per klant, per cohort of per jaar',
    kopJaar: 'Per jaar, bij de instroom',
    uitleg:
      'Dezelfde uitkomst op drie schalen. Per jaar: de kosten en baten van één jaar instroom over hun hele traject, onverdisconteerd; bij een gelijkblijvende instroom is dat ook het jaarlijkse effect op de begroting. Alle kosten zijn voor de gemeente.',
    keuze: 'Toon de bedragen',
    klant: 'Per klant',
    cohort: 'Voor het referentiecohort ({n} {n:klant|klanten})',
    jaar: 'Per jaar, bij de instroom',
    jaarMet: 'Per jaar, bij een instroom van {n} {n:klant|klanten}',
    prefixklant: 'Per klant',
    prefixcohort: 'Voor {n} {n:klant|klanten}',
    prefixjaar: 'Per jaar, bij {n} {n:klant|klanten} per jaar,',
    instroom: 'Instroom per jaar',
    instroomEenheid: 'klanten per jaar',
    geenInstroom: 'Vul de instroom per jaar in om de bedragen per jaar te zien.',
    tabel: 'Kosten, baten en saldo per werkwijze',
    werkwijze: 'Werkwijze',
    kosten: 'Kosten',
    baten: 'Baten',
    saldo: 'Saldo',
    verschil: 'Saldo t.o.v. {nul}',
    nvt: 'nulalternatief',
    partijen: 'Wat levert het elke partij op, vergeleken met {nul}',
    partij: 'Partij',
    totaal: 'Totaal',
    partijenUitleg: 'Baten min kosten per partij: het verschil tussen elke werkwijze en het nulalternatief. Positief: de partij gaat erop vooruit.',
    zin: '{prefix} kost {p} de gemeente {kosten} dan {nul}, levert het de gemeente {baten}, en is het saldo voor de gemeente {saldo}.',
    meer: 'meer',
    minder: 'minder',
    beter: 'beter',
    slechter: 'slechter',
    evenveel: 'even veel',
    evenveelBaten: 'even veel baten op',
    gelijkSaldo: 'even groot',
    vrijwelSaldo: 'vrijwel gelijk ({bedrag} {richting})',
    afgerond: ' (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
  },
  en: {
    kop: 'Per client, per cohort or per year',
    kopJaar: 'Per year, at the inflow',
    uitleg:
      'The same result at three scales. Per year: the costs and benefits of one year’s inflow over their whole trajectory, undiscounted; at a steady inflow this is also the yearly budget effect. All costs are the municipality’s.',
    keuze: 'Show the amounts',
    klant: 'Per client',
    cohort: 'For the reference cohort ({n} {n:client|clients})',
    jaar: 'Per year, at the inflow',
    jaarMet: 'Per year, at an inflow of {n} {n:client|clients}',
    prefixklant: 'Per client',
    prefixcohort: 'For {n} {n:client|clients}',
    prefixjaar: 'Per year, at {n} {n:client|clients} a year,',
    instroom: 'Inflow per year',
    instroomEenheid: 'clients per year',
    geenInstroom: 'Enter the inflow per year to see the amounts per year.',
    tabel: 'Costs, benefits and balance per pathway',
    werkwijze: 'Pathway',
    kosten: 'Costs',
    baten: 'Benefits',
    saldo: 'Balance',
    verschil: 'Balance vs {nul}',
    nvt: 'baseline',
    partijen: 'What each party gains, compared with {nul}',
    partij: 'Party',
    totaal: 'Total',
    partijenUitleg: 'Benefits minus costs per party: the difference between each pathway and the baseline. Positive: the party is better off.',
    zin: '{prefix} {p} costs the municipality {kosten} than {nul}, yields the municipality {baten}, and its balance for the municipality is {saldo}.',
    meer: 'more',
    minder: 'less',
    beter: 'better',
    slechter: 'worse',
    evenveel: 'the same',
    evenveelBaten: 'the same benefits',
    gelijkSaldo: 'the same',
    vrijwelSaldo: 'almost the same ({bedrag} {richting})',
    afgerond: ' (Amounts rounded to whole euros separately, so they do not add up exactly.)',
  },
};

/** Rounded to whole euros as shown: "€ 0 meer" never appears. */
const richting = (x: number) => (Math.round(Math.abs(x)) === 0 ? 0 : x > 0 ? 1 : -1);

/** The inflow as a scenario field: typed text, validated by the scenario schema, one undo step per edit. */
function InstroomVeld({ taal }: { taal: Taal }) {
  const t = useTeksten(TEKSTEN);
  const waarde = useScenario().instellingen.instroomPerJaar;
  const id = useId();
  const tekstVan = (x: number | null) => (x === null ? '' : naarInvoertekst(x, taal, 1));
  const [tekst, setTekst] = useState(() => tekstVan(waarde));
  const [fout, setFout] = useState<string | null>(null);
  const gezien = useRef(waarde);
  // Undo, redo, another file: the field follows the store.
  useEffect(() => {
    if (gezien.current === waarde) return;
    gezien.current = waarde;
    setTekst(tekstVan(waarde));
    setFout(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waarde]);

  const wijzig = (nieuw: string) => {
    setTekst(nieuw);
    let getal: number | null = null;
    if (nieuw.trim() !== '') {
      const g = leesGetal(nieuw, taal, 1);
      // "1,200" clients a year: 1.200 or 1,2? Refused (getalInvoer.ts), the stored value stays.
      const twijfel = g.ok ? dubbelzinnig(nieuw, taal, tekstVan(waarde)) : null;
      if (!g.ok || twijfel) {
        setFout(`${t.instroom}: ${g.ok ? twijfel : g.bericht}`);
        return;
      }
      getal = g.waarde;
    }
    const huidig = useScenarioStore.getState().scenario;
    const v = valideerScenario({ ...huidig, instellingen: { ...huidig.instellingen, instroomPerJaar: getal } }, taal);
    if (!v.ok) {
      const f = v.fouten.find((x) => x.pad === 'instellingen.instroomPerJaar') ?? v.fouten[0]!;
      setFout(`${t.instroom}: ${f.bericht}`);
      return;
    }
    setFout(null);
    gezien.current = getal;
    if (getal !== huidig.instellingen.instroomPerJaar) bewerkScenario(v.scenario, { bewerking: 'instellingen.instroomPerJaar' });
  };

  return (
    <div className={`veld schaal-instroom geen-print${fout ? ' veld-heeft-fout' : ''}`}>
      <label className="veld-label" htmlFor={id}>
        {t.instroom}
      </label>
      <div className="veld-regel">
        <span className="getal-invoer">
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={tekst}
            onChange={(e) => wijzig(e.target.value)}
            onFocus={(e) => herschrijfVeld(e.target, taal, false, setTekst)}
            onBlur={(e) => {
              herschrijfVeld(e.target, taal, true, setTekst);
              sluitBewerking();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') sluitBewerking();
            }}
            aria-invalid={fout !== null}
            aria-describedby={`${id}-eenheid ${id}-hint${fout ? ` ${id}-fout` : ''}`}
            data-testid="instroom-per-jaar"
          />
          <span id={`${id}-eenheid`} className="eenheid">
            {t.instroomEenheid}
          </span>
        </span>
      </div>
      <p id={`${id}-hint`} className="veld-hint">
        {INSTROOM_PER_JAAR_UITLEG[taal]}
      </p>
      {fout && (
        <p id={`${id}-fout`} className="veld-foutmelding" data-testid="instroom-per-jaar-fout">
          {fout}
        </p>
      )}
    </div>
  );
}

/** The sentences and the two tables for one scale; `testIds` only on screen (print repeats them). */
function SchaalTabellen({ data, schaal, testIds = true }: { data: PerJaar; schaal: Schaal; testIds?: boolean }) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const uid = useId();
  const nul = data.werkwijzen.find((w) => w.nulalternatief)!;
  const projecten = data.werkwijzen.filter((w) => w.verschil);
  const prefix = vulTel(t[`prefix${schaal}`], { n: formatGetal(data.instroom, taal) }, { n: data.instroom }, taal);
  const e = (x: Decimal) => formatEuro(x.abs(), taal);
  const tid = (x: string) => (testIds ? x : undefined);

  const zin = (p: string, v: StakeholderBedragen) => {
    const k = richting(v.kosten.toNumber());
    const b = richting(v.baten.toNumber());
    const sa = richting(v.saldo.toNumber());
    const tekst = vul(t.zin, {
      prefix,
      p,
      nul: nul.naam,
      kosten: k === 0 ? t.evenveel : `${e(v.kosten)} ${k > 0 ? t.meer : t.minder}`,
      baten: b === 0 ? t.evenveelBaten : `${e(v.baten)} ${b > 0 ? t.meer : t.minder}${taal === 'nl' ? ' baten op' : ' in benefits'}`,
      // Under € 0,50 but not 0 (defect 5): "vrijwel gelijk" with the cents, never "even groot".
      saldo:
        sa !== 0
          ? `${e(v.saldo)} ${sa > 0 ? t.beter : t.slechter}`
          : v.saldo.toDecimalPlaces(2).isZero()
            ? t.gelijkSaldo
            : vul(t.vrijwelSaldo, { bedrag: formatEuro(v.saldo.abs(), taal, 2), richting: v.saldo.isNegative() ? t.slechter : t.beter }),
    });
    // The parts are rounded one by one: say so where they do not add up (€ 721 − € 1.062 is not € −342).
    const heel = (x: Decimal, r: number) => r * Math.round(Math.abs(x.toNumber()));
    return heel(v.baten, b) - heel(v.kosten, k) !== heel(v.saldo, sa) ? tekst + t.afgerond : tekst;
  };

  return (
    <>
      <div className="schaal-zinnen">
        {projecten.map((w) => (
          <p key={w.id} data-testid={tid(`schaal-zin-${w.id}`)}>
            <SpoorTekst tekst={zin(w.naam, w.verschil!.perJaar.stakeholders.gemeente)} doelVan={() => SPOOR.partijen} />
          </p>
        ))}
      </div>
      <Tabel
        captionId={`${uid}-t1`}
        caption={
          <>
            {t.tabel}: {prefix.replace(/,$/, '').toLowerCase()}
          </>
        }
        testId={tid('schaal-tabel')}
        klasse="schaal-tabel"
        kolommen={[{ kop: t.werkwijze }, { kop: t.kosten, getal: true }, { kop: t.baten, getal: true }, { kop: t.saldo, getal: true }, { kop: vul(t.verschil, { nul: nul.naam }), getal: true }]}
      >
        <tbody>
          {data.werkwijzen.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.naam}</th>
              <td className="getal" data-testid={tid(`schaal-kosten-${w.id}`)}>
                <SpoorLink doel={SPOOR.kosten} tekst={euro(w.perJaar.kosten, taal)} />
              </td>
              <td className="getal" data-testid={tid(`schaal-baten-${w.id}`)}>
                <SpoorLink doel={SPOOR.baten} tekst={euro(w.perJaar.baten, taal)} />
              </td>
              <td className="getal" data-testid={tid(`schaal-saldo-${w.id}`)}>
                <SpoorLink doel={SPOOR.saldo(w.id, w.naam)} tekst={euro(w.perJaar.saldo, taal)} />
              </td>
              <td className="getal" data-testid={tid(`schaal-verschil-${w.id}`)}>
                {w.verschil ? <SpoorLink doel={SPOOR.verschil(w, nul)} tekst={euro(w.verschil.perJaar.saldo, taal)} /> : t.nvt}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      {projecten.length > 0 && (
        <div className="tabel-rol" role="region" aria-labelledby={`${uid}-t2`} tabIndex={0}>
          <table className="resultaat-tabel schaal-tabel" data-testid={tid('schaal-partijen')}>
            <caption id={`${uid}-t2`}>
              {vul(t.partijen, { nul: nul.naam })}: {prefix.replace(/,$/, '').toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.partij}</th>
                {projecten.map((w) => (
                  <th key={w.id} scope="col" className="getal schaal-kolom">
                    {w.naam}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {STAKEHOLDERS.map((sh) => (
                <tr key={sh}>
                  <th scope="row">{STAKEHOLDER_LABELS[sh][taal]}</th>
                  {projecten.map((w) => (
                    <td key={w.id} className="getal" data-testid={tid(`schaal-partij-${sh}-${w.id}`)}>
                      <SpoorLink doel={SPOOR.partijen} tekst={euro(w.verschil!.perJaar.stakeholders[sh].saldo, taal)} />
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="totaal">
                <th scope="row">{t.totaal}</th>
                {projecten.map((w) => (
                  <td key={w.id} className="getal" data-testid={tid(`schaal-partij-totaal-${w.id}`)}>
                    <SpoorLink doel={SPOOR.verschil(w, nul)} tekst={euro(w.verschil!.perJaar.saldo, taal)} />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="tabel-noot">{t.partijenUitleg}</p>
        </div>
      )}
      {schaal === 'jaar' && <Terugverdienen instroom={data.instroom} testIds={testIds} />}
    </>
  );
}

/**
 * Results at the chosen scale: per client, for the reference cohort, or per year at the inflow, with
 * the yearly budget effect per stakeholder ("wat levert dit de gemeente per jaar op?"). Every amount
 * is the model's (berekenPerJaar: per client × number of clients); this component only formats.
 */
export function Schaalweergave() {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const { schaal, zet } = useSchaal();
  const uid = useId();
  const data = bedragenBijSchaal(s, schaal);
  const nCohort = aantalBijSchaal(s, 'cohort')!;

  const opties: { waarde: Schaal; label: string }[] = [
    { waarde: 'klant', label: t.klant },
    { waarde: 'cohort', label: vulTel(t.cohort, { n: formatGetal(nCohort, taal) }, { n: nCohort }, taal) },
    {
      waarde: 'jaar',
      label: s.instellingen.instroomPerJaar === null ? t.jaar : vulTel(t.jaarMet, { n: formatGetal(s.instellingen.instroomPerJaar, taal) }, { n: s.instellingen.instroomPerJaar }, taal),
    },
  ];

  return (
    <section className="schaal" aria-labelledby={`${uid}-kop`} data-testid="schaalweergave">
      <h2 id={`${uid}-kop`}>{t.kop}</h2>
      <p className="schaal-uitleg">{t.uitleg}</p>
      <fieldset className="schaal-keuze geen-print">
        <legend>{t.keuze}</legend>
        {opties.map((o) => (
          <label key={o.waarde} className="keuze">
            <input type="radio" name={`${uid}-schaal`} value={o.waarde} checked={schaal === o.waarde} onChange={() => zet(o.waarde)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {schaal === 'jaar' && <InstroomVeld key={taal} taal={taal} />}
      {!data || data.werkwijzen.every((w) => !w.nulalternatief) ? (
        <p className="schaal-leeg" data-testid="schaal-geen-instroom">
          {t.geenInstroom}
        </p>
      ) : (
        <SchaalTabellen data={data} schaal={schaal} />
      )}
    </section>
  );
}

/** Print-only, below the results: the amounts per year when the scenario sets an inflow. */
export function PerJaarAfdruk() {
  const t = useTeksten(TEKSTEN);
  const s = useScenario();
  const data = bedragenBijSchaal(s, 'jaar');
  if (!data) return null;
  return (
    <section className="alleen-print schaal">
      <h2>{t.kopJaar}</h2>
      <p className="schaal-uitleg">{t.uitleg}</p>
      <SchaalTabellen data={data} schaal="jaar" testIds={false} />
    </section>
  );
}

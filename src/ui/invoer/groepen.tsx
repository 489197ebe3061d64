import { memo, useEffect, useMemo, useRef } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import {
  BAAT_FORMULES,
  BATEN,
  BUDGETBEHEER_VARIANTEN,
  COMPONENTEN,
  COMPONENT_LABELS,
  KOSTENPOST_LABELS,
  PARAMETERS,
  STAKEHOLDERS,
  STAKEHOLDER_LABELS,
  STANDAARD_VERDELING,
  UITKOMSTEN,
  eigenWaardeTekst,
  parameterDefinitie,
  type BaatId,
  type ComponentId,
  type ParameterId,
} from '../../model';
import { formatAandeel, formatGetal } from '../../format/getal';
import { resultaatVan, useScenarioStore } from '../../store/scenarioStore';
import { dossierBron } from '../../model/herkomst';
import { INVOER_LABELS } from '../../model/scenario/invoerLabels';
import { useTeksten, type Teksten } from '../gedeeld/i18n';
import { useInvoer, useVeldFout } from './context';
import { vulTel } from '../gedeeld/opmaak';
import { SCHAAL, brutoNettoVeld, parameterVeld, verdelingVeld, werkwijzeVeld, type FormulierWaarden, type Soort } from './formulier';
import { leesGetal, naarInvoertekst } from '../gedeeld/getalInvoer';
import { vasteTekst, veldId, veldLabel } from './labels';
import { standaardVoor, voorbeeldBij } from './standaarden';
import { AandeelCel, GetalVeld, KeuzeVeld, TekstVeld, VeldMelding, VinkVeld, toonWaarde } from './velden';
import { KlanttypenInvoer, KlanttypenUitleg, useAfgeleid } from './klanttypen/KlanttypenInvoer';
import { herkomstTekst, parameterBereik } from '../gedeeld/opmaak';
import { routeHref } from '../gedeeld/route';
import { formatBereik } from '../../format/bereik';
import { AFTREKKEN } from '../../model/baten/brutoNetto';
import { GRAAD_MARGE, regelBereik, regelTekst } from '../../model/parameters/bewijs';
import { AFTREK_LABELS, OB_REGEL, OB_REGEL_EN, OPTIMISME_BIAS_GRAAD } from '../../model/onzekerheid/invoer';

type Sleutel =
  | 'scenario'
  | 'scenarioUitleg'
  | 'gebaseerdOp'
  | 'cohort'
  | 'cohortUitleg'
  | 'kosten'
  | 'kostenUitleg'
  | 'toedeling'
  | 'toedelingUitleg'
  | 'baten'
  | 'batenUitleg'
  | 'verdeling'
  | 'verdelingUitleg'
  | 'som'
  | 'somVan'
  | 'samenstelling'
  | 'heleKlanten'
  | 'verwachteWaarden'
  | 'oplossingen'
  | 'vastAantal'
  | 'voorbereidingNoot'
  | 'formule'
  | 'ookGebruikt'
  | 'bij'
  | 'stakeholder'
  | 'totaal'
  | 'aanname'
  | 'aannameUitleg'
  | 'standaard'
  | 'bron'
  | 'gewijzigd'
  | 'terugzetten'
  | 'referentieLeeg'
  | 'budgetNoot'
  | 'standaardUit'
  | 'overig'
  | 'overigStandaard'
  | 'overigGewijzigd'
  | 'geenVoorbeeld'
  | 'gradenUitleg'
  | 'brutoNettoUitleg'
  | 'brutoNetto'
  | 'meerUitleg'
  | 'kostenopslag';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    scenario: 'Scenario',
    scenarioUitleg: 'Titel, beschrijving, auteur en datum van dit scenario; ze staan boven de afdruk.',
    gebaseerdOp: 'Gebaseerd op',
    cohort: 'Cohort en uitkomsten',
    cohortUitleg: 'Hoeveel klanten in de dossieranalyse zaten en hoe hun traject afliep; de uitkomsten tellen op tot het cohort.',
    kosten: 'Kosten',
    kostenUitleg: 'De kosten per klant van elk onderdeel en het aantal klanten dat ermee startte (Regioplan 2020, tabel 3.2 en 3.3).',
    toedeling: 'Toedeling',
    toedelingUitleg:
      'Klanten die nog in de fase schulden regelen zitten, worden toegedeeld aan “oplossing” en “geen oplossing”. Ook: afronding en het cohort waarnaar alle werkwijzen worden omgerekend.',
    baten: 'Baten',
    batenUitleg: 'De zeven baten en hun parameters. Een parameter die bij meer baten hoort, staat bij de eerste; de andere baten verwijzen ernaar.',
    verdeling: INVOER_LABELS.verdeling.nl,
    verdelingUitleg: 'Welk deel van elke baat bij welke partij terechtkomt, in procenten. Per onderdeel samen 100%. Een leeg vak is 0%.',
    som: 'Samen',
    somVan: '{som} van {n} {n:klant|klanten}',
    samenstelling: 'Samenstelling',
    heleKlanten: 'Hele klanten, zoals het rapport',
    verwachteWaarden: 'Verwachte waarden (fracties van klanten)',
    oplossingen: 'Aantal oplossingen na toedeling',
    vastAantal: 'Een vast aantal',
    voorbereidingNoot: 'Geldt voor het hele cohort.',
    formule: 'Formule',
    ookGebruikt: 'Gebruikt ook',
    bij: 'staat bij',
    stakeholder: 'Onderdeel',
    totaal: 'Totaal',
    aanname: 'aanname',
    aannameUitleg: 'Aanname van MKBA Schuldhulp, niet uit het rapport.',
    standaard: 'Standaard',
    bron: 'Bron',
    gewijzigd: 'gewijzigd',
    terugzetten: 'Terugzetten',
    referentieLeeg: 'Leeg: het cohort van de eerste projectwerkwijze.',
    budgetNoot: 'Samen niet meer klanten dan het cohort.',
    standaardUit: 'De standaardwaarden van de werkwijzen komen uit het voorbeeld',
    overig: 'Overige parameters',
    overigStandaard: '{n} {n:parameter|parameters}{soort}, alle op hun standaardwaarde',
    overigGewijzigd: '{n} {n:parameter|parameters}{soort}, {k} niet op de standaardwaarde',
    geenVoorbeeld: 'Deze werkwijzen komen in geen ingebouwd voorbeeld voor; ze hebben daarom geen standaardwaarden.',
    gradenUitleg:
      'Bij elke parameter staat de bewijsgraad: A lokaal gemeten, B landelijke statistiek of meerdere studies, C één studie, D aanname. Een bereik zonder eigen bron volgt uit de graad: de standaardwaarde ± 10% (A), ± 20% (B), ± 30% (C) of ± 50% (D), een keuze van MKBA Schuldhulp. Bron, bereik en toelichting per veld: zet “Bronnen en toelichting tonen” aan, boven de tabbladen. Bruto → netto en de welvaartsaandelen staan in één regel met hun waarden; klik erop om ze te wijzigen.',
    brutoNettoUitleg:
      'Bruto → netto per baat: netto = bruto × (1 − deadweight) × (1 − verdringing) × (1 − attributie). Standaard 0, zoals het rapport. Bij huisuitzetting, dakloosheid en afsluiting speelt de kans op escalatie al de rol van deadweight: niet dubbel tellen.',
    brutoNetto: INVOER_LABELS.brutoNetto.nl,
    meerUitleg: 'Meer uitleg in de verantwoording.',
    kostenopslag: 'Opslag op de kosten (optimism bias)',
  },
  en: {
    scenario: 'Scenario',
    scenarioUitleg: 'Title, description, author and date of this scenario; they head the printout.',
    gebaseerdOp: 'Based on',
    cohort: 'Cohort and outcomes',
    cohortUitleg: 'How many clients were in the file analysis and how their case ended; the outcomes add up to the cohort.',
    kosten: 'Costs',
    kostenUitleg: 'The cost per client of each part and the number of clients who started it (Regioplan 2020, tables 3.2 and 3.3).',
    toedeling: 'Allocation',
    toedelingUitleg:
      'Clients still in the settlement phase are allocated to “resolved” and “not resolved”. Also: rounding and the cohort all pathways are scaled to.',
    baten: 'Benefits',
    batenUitleg: 'The seven benefits and their parameters. A parameter used by several benefits is listed with the first; the others refer to it.',
    verdeling: INVOER_LABELS.verdeling.en,
    verdelingUitleg: 'Which part of each benefit goes to which party, in percent. Each row adds up to 100%. An empty cell is 0%.',
    som: 'Total',
    somVan: '{som} of {n} {n:client|clients}',
    samenstelling: 'Composition',
    heleKlanten: 'Whole clients, as the report',
    verwachteWaarden: 'Expected values (fractions of clients)',
    oplossingen: 'Number resolved after allocation',
    vastAantal: 'A fixed number',
    voorbereidingNoot: 'Applies to the whole cohort.',
    formule: 'Formula',
    ookGebruikt: 'Also uses',
    bij: 'listed with',
    stakeholder: 'Component',
    totaal: 'Total',
    aanname: 'assumption',
    aannameUitleg: 'Assumption of MKBA Schuldhulp, not from the report.',
    standaard: 'Default',
    bron: 'Source',
    gewijzigd: 'changed',
    terugzetten: 'Reset',
    referentieLeeg: 'Empty: the cohort of the first project pathway.',
    budgetNoot: 'Together no more clients than the cohort.',
    standaardUit: 'The pathway defaults come from the example',
    overig: 'Other parameters',
    overigStandaard: '{n} {n:parameter|parameters}{soort}, all at their default',
    overigGewijzigd: '{n} {n:parameter|parameters}{soort}, {k} not at the default',
    geenVoorbeeld: 'These pathways are not in a built-in example, so they have no defaults.',
    gradenUitleg:
      'Each parameter shows its evidence grade: A measured locally, B national statistic or several studies, C a single study, D assumption. A range without a source of its own follows from the grade: the default ± 10% (A), ± 20% (B), ± 30% (C) or ± 50% (D), a choice of MKBA Schuldhulp. Source, range and explanation per field: switch on “Show sources and explanations”, above the tabs. Gross → net and the welfare shares are one line with their values; click it to change them.',
    brutoNettoUitleg:
      'Gross → net per benefit: net = gross × (1 − deadweight) × (1 − displacement) × (1 − attribution). Default 0, as the report. For eviction, homelessness and cut-off the probability of escalation already plays the role of deadweight: do not count it twice.',
    brutoNetto: INVOER_LABELS.brutoNetto.en,
    meerUitleg: 'More in the verantwoording.',
    kostenopslag: 'Uplift on the costs (optimism bias)',
  },
};

const naamVan = (naam: string) => naam as FieldPath<FormulierWaarden>;

/** A collapsible group of the form with a heading. */
function Groep({ id, kop, uitleg, children, open = true }: { id: string; kop: string; uitleg: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details className="invoer-groep" open={open} id={id}>
      <summary>
        <h2>{kop}</h2>
      </summary>
      <p className="groep-uitleg">{uitleg}</p>
      {children}
    </details>
  );
}

/** Where the pathway defaults come from. */
export function VoorbeeldNoot() {
  const { ids } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const v = voorbeeldBij(ids);
  return <p className="groep-noot">{v ? `${t.standaardUit}: ${v.naam}.` : t.geenVoorbeeld}</p>;
}

/** The message of a group rule (a sum), with the id the fields of the group point to. */
function GroepFout({ naam }: { naam: string }) {
  return <VeldMelding naam={naam} klasse="groep-foutmelding" />;
}

export const ScenarioGroep = memo(function ScenarioGroep() {
  const t = useTeksten(TEKSTEN);
  const gebaseerdOp = useScenarioStore((st) => st.scenario.gebaseerdOp);
  return (
    <Groep id="groep-scenario" kop={t.scenario} uitleg={t.scenarioUitleg}>
      {gebaseerdOp && (
        <p className="groep-noot" data-testid="gebaseerd-op">
          {t.gebaseerdOp}: “{gebaseerdOp.titel}”{(gebaseerdOp.auteur || gebaseerdOp.datum) && <> ({[gebaseerdOp.auteur, gebaseerdOp.datum].filter(Boolean).join(', ')})</>}.
        </p>
      )}
      <TekstVeld naam="titel" vrij />
      <TekstVeld naam="beschrijving" meerRegels vrij />
      <TekstVeld naam="auteur" vrij />
      <TekstVeld naam="datum" vrij />
    </Groep>
  );
});

/** Sum of the outcome counts against the cohort, as typed. */
function UitkomstenSom({ i }: { i: number }) {
  const { control, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const namen = [werkwijzeVeld(i, 'cohort'), ...UITKOMSTEN.map((u) => werkwijzeVeld(i, `uitkomsten.${u}`))].map(naamVan);
  const waarden = useWatch({ control, name: namen }) as unknown[];
  const getallen = waarden.map((w) => leesGetal(String(w ?? ''), taal));
  if (getallen.some((g) => !g.ok)) return null;
  const [n, ...rest] = getallen.map((g) => (g.ok ? g.waarde : 0));
  const som = rest.reduce((a, b) => a + b, 0);
  return (
    <p className={`groep-som${som === n ? '' : ' groep-som-afwijkend'}`}>
      {t.som}: {vulTel(t.somVan, { som: formatGetal(som, taal), n: formatGetal(n ?? 0, taal) }, { n: n ?? 0 }, taal)}
    </p>
  );
}

/** The outcome counts: typed in, or read-only when derived from the client-type model. */
function UitkomstVelden({ i, som }: { i: number; som: string }) {
  const { ids, taal } = useInvoer();
  const afgeleid = useAfgeleid(i);
  return (
    <>
      {UITKOMSTEN.map((u) => (
        <GetalVeld
          key={u}
          naam={werkwijzeVeld(i, `uitkomsten.${u}`)}
          soort="klanten"
          standaard={standaardVoor(werkwijzeVeld(i, `uitkomsten.${u}`), ids, taal)}
          groep={som}
          alleenLezen={afgeleid !== undefined}
          toelichting={afgeleid}
        />
      ))}
    </>
  );
}

/** One pathway's clients: name, note, cohort, outcomes (or the client-type model) and composition. */
export const CohortDeel = memo(function CohortDeel({ i }: { i: number }) {
  const { ids, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const std = (rel: string) => standaardVoor(werkwijzeVeld(i, rel), ids, taal);
  const som = werkwijzeVeld(i, 'uitkomsten.som');
  // The dossier import's source, while cohort and shares are still its counts (tester3 #4).
  const bron = {
    cohort: useScenarioStore((st) => dossierBron(st.scenario.werkwijzen[i], 'cohort')),
    pw: useScenarioStore((st) => dossierBron(st.scenario.werkwijzen[i], 'samenstelling.aandeelPW')),
    werkend: useScenarioStore((st) => dossierBron(st.scenario.werkwijzen[i], 'samenstelling.aandeelWerkend')),
  };
  return (
    <Groep id={`groep-cohort-${ids[i]}`} kop={t.cohort} uitleg={t.cohortUitleg}>
      <TekstVeld naam={werkwijzeVeld(i, 'naam')} standaard={std('naam')} />
      <TekstVeld naam={werkwijzeVeld(i, 'toelichting')} meerRegels vrij />
      <GetalVeld naam={werkwijzeVeld(i, 'cohort')} soort="klanten" standaard={std('cohort')} groep={som} eigenBron={bron.cohort} />
      <KlanttypenInvoer i={i} />
      <fieldset className="subgroep">
        <legend>{vasteTekst(taal).uitkomsten}</legend>
        <UitkomstVelden i={i} som={som} />
        <UitkomstenSom i={i} />
        <GroepFout naam={som} />
        <KlanttypenUitleg i={i} />
      </fieldset>
      <fieldset className="subgroep">
        <legend>{t.samenstelling}</legend>
        <GetalVeld naam={werkwijzeVeld(i, 'samenstelling.aandeelPW')} soort="aandeel" standaard={std('samenstelling.aandeelPW')} eigenBron={bron.pw} />
        <GetalVeld naam={werkwijzeVeld(i, 'samenstelling.aandeelWerkend')} soort="aandeel" standaard={std('samenstelling.aandeelWerkend')} eigenBron={bron.werkend} />
      </fieldset>
    </Groep>
  );
});

/** "aantal": either "oplossingen" (the number resolved after allocation) or a fixed number. */
function SchuldregelingAantal({ i }: { i: number }) {
  const { control, ids, taal, leesWaarde, zetWaarde } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const soortNaam = werkwijzeVeld(i, 'kosten.debtArrangement.soort');
  const aantalNaam = werkwijzeVeld(i, 'kosten.debtArrangement.aantal');
  const soort = useWatch({ control, name: naamVan(soortNaam) });
  const opties = useMemo(
    () => [
      { waarde: 'oplossingen', label: t.oplossingen },
      { waarde: 'aantal', label: t.vastAantal },
    ],
    [t],
  );
  const bijWijziging = useMemo(
    () => (waarde: string) => {
      if (waarde !== 'aantal') return;
      if (String(leesWaarde(aantalNaam) ?? '').trim() !== '') return;
      // Start from what "oplossingen" gives now, so the switch itself changes nothing.
      const s = useScenarioStore.getState().scenario;
      const w = resultaatVan(s).werkwijzen[i];
      const n = w ? Math.round(w.naToedeling.oplossing.toNumber()) : 0;
      zetWaarde(aantalNaam, naarInvoertekst(n, taal));
    },
    [leesWaarde, zetWaarde, aantalNaam, i, taal],
  );
  return (
    <>
      <KeuzeVeld naam={soortNaam} opties={opties} standaard={standaardVoor(soortNaam, ids, taal)} bijWijziging={bijWijziging} />
      {soort === 'aantal' && <GetalVeld naam={aantalNaam} soort="klanten" standaard={standaardVoor(aantalNaam, ids, taal)} />}
    </>
  );
}

/** One pathway's costs per client and the number of clients per part (report tables 3.2 and 3.3). */
export const KostenDeel = memo(function KostenDeel({ i }: { i: number }) {
  const { ids, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const v = vasteTekst(taal);
  const std = (rel: string) => standaardVoor(werkwijzeVeld(i, rel), ids, taal);
  const budgetSom = werkwijzeVeld(i, 'kosten.budgetManagement.som');
  return (
    <Groep id={`groep-kosten-${ids[i]}`} kop={t.kosten} uitleg={t.kostenUitleg}>
      <fieldset className="subgroep">
        <legend>{KOSTENPOST_LABELS.preparation[taal]}</legend>
        <GetalVeld naam={werkwijzeVeld(i, 'kosten.preparation.bedrag')} soort="euro" standaard={std('kosten.preparation.bedrag')} toelichting={t.voorbereidingNoot} />
      </fieldset>
      <fieldset className="subgroep">
        <legend>{KOSTENPOST_LABELS.settlementPhase[taal]}</legend>
        <div className="paar">
          <GetalVeld naam={werkwijzeVeld(i, 'kosten.settlementPhase.bedrag')} soort="euro" standaard={std('kosten.settlementPhase.bedrag')} />
          <GetalVeld naam={werkwijzeVeld(i, 'kosten.settlementPhase.aantal')} soort="klanten" standaard={std('kosten.settlementPhase.aantal')} />
        </div>
      </fieldset>
      <fieldset className="subgroep">
        <legend>{KOSTENPOST_LABELS.debtArrangement[taal]}</legend>
        <GetalVeld naam={werkwijzeVeld(i, 'kosten.debtArrangement.bedrag')} soort="euro" standaard={std('kosten.debtArrangement.bedrag')} />
        <SchuldregelingAantal i={i} />
      </fieldset>
      <fieldset className="subgroep">
        <legend>{v.budget}</legend>
        <p className="groep-noot">{t.budgetNoot}</p>
        {BUDGETBEHEER_VARIANTEN.map((b) => (
          <div key={b} className="paar">
            <GetalVeld naam={werkwijzeVeld(i, `kosten.budgetManagement.${b}.bedrag`)} soort="euro" standaard={std(`kosten.budgetManagement.${b}.bedrag`)} />
            <GetalVeld
              naam={werkwijzeVeld(i, `kosten.budgetManagement.${b}.aantal`)}
              soort="klanten"
              standaard={std(`kosten.budgetManagement.${b}.aantal`)}
              groep={budgetSom}
            />
          </div>
        ))}
        <GroepFout naam={budgetSom} />
      </fieldset>
    </Groep>
  );
});

function parameterStandaard(id: ParameterId) {
  const p = parameterDefinitie(id);
  return p ? { waarde: p.standaard, bron: p.bron } : undefined;
}

/** The range's origin for the hint: the standard rule is explained once above the benefits, so here it is short. */
function bereikHerkomstKort(p: (typeof PARAMETERS)[number], taal: 'nl' | 'en'): string {
  const regel = regelBereik(p.standaard, p.graad, p.eenheid).herkomst;
  const volgensRegel = 'aanname' in p.bereik.herkomst && 'aanname' in regel && p.bereik.herkomst.aanname === regel.aanname;
  return volgensRegel ? regelTekst(p.graad, taal) : herkomstTekst(p.bereik.herkomst, taal);
}

function ParameterVeld({ id }: { id: ParameterId }) {
  const p = PARAMETERS.find((x) => x.id === id)!;
  const { taal } = useInvoer();
  const toelichting = 'toelichting' in p ? p.toelichting[taal] : undefined;
  const bereik = parameterBereik(p.eenheid, p.bereik.laag, p.bereik.hoog, taal);
  const extra = `${taal === 'nl' ? 'Plausibel bereik' : 'Plausible range'}: ${bereik} (${bereikHerkomstKort(p, taal)})`;
  return (
    <GetalVeld
      naam={parameterVeld(id)}
      soort={p.eenheid}
      standaard={parameterStandaard(id)}
      kenmerk={graadKort(p.graad, taal)}
      toelichting={toelichting ? `${toelichting} ${extra}` : extra}
    />
  );
}

/** "graad C", with the meaning in the title; the grades are explained once at the top of the panel. */
const graadKort = (g: string, taal: 'nl' | 'en') => `${taal === 'nl' ? 'graad' : 'grade'} ${g}`;

export const ToedelingGroep = memo(function ToedelingGroep() {
  const { ids, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const opties = useMemo(
    () => [
      { waarde: 'heleKlanten', label: t.heleKlanten },
      { waarde: 'verwachteWaarden', label: t.verwachteWaarden },
    ],
    [t],
  );
  return (
    <Groep id="groep-toedeling" kop={t.toedeling} uitleg={t.toedelingUitleg}>
      <ParameterVeld id="allocation.successShare" />
      <KeuzeVeld naam="instellingen.toedeling" opties={opties} standaard={standaardVoor('instellingen.toedeling', ids, taal)} />
      <VinkVeld naam="instellingen.eenheidsbedragenAfronden" standaard={standaardVoor('instellingen.eenheidsbedragenAfronden', ids, taal)} />
      <GetalVeld
        naam="instellingen.referentieCohort"
        soort="klanten"
        standaard={standaardVoor('instellingen.referentieCohort', ids, taal)}
        toelichting={t.referentieLeeg}
        leegIsNull
      />
    </Groep>
  );
});

export const BatenGroep = memo(function BatenGroep() {
  const { taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  // Each parameter is edited in one place: with the first benefit that uses it.
  const eerste = new Map<ParameterId, (typeof BATEN)[number]>();
  for (const b of BATEN) for (const p of BAAT_FORMULES[b].parameters) if (!eerste.has(p) && p !== 'allocation.successShare') eerste.set(p, b);
  // Parameters no benefit formula lists (none today) are still editable, at the end.
  const overig = PARAMETERS.filter((p) => p.id !== 'allocation.successShare' && !eerste.has(p.id)).map((p) => p.id);
  return (
    <Groep id="groep-baten" kop={t.baten} uitleg={t.batenUitleg}>
      <p className="groep-noot">{t.gradenUitleg}</p>
      <p className="groep-noot">
        {t.brutoNettoUitleg} <a href={routeHref('verantwoording', 'bewijs-netto')}>{t.meerUitleg}</a>
      </p>
      <div className="baten-raster">
      {BATEN.map((b, nr) => {
        const f = BAAT_FORMULES[b];
        const eigen = f.parameters.filter((p) => eerste.get(p) === b);
        const gedeeld = f.parameters.filter((p) => eerste.get(p) !== b);
        return (
          <fieldset key={b} className="baat" id={`baat-${b}`}>
            <legend>
              {nr + 1}. {f.label[taal]}
            </legend>
            <p className="formule">
              <span className="formule-kop">{t.formule}:</span> {f.formule[taal]}
            </p>
            {eigen.map((p) => (
              <ParameterVeld key={p} id={p} />
            ))}
            <BrutoNettoVelden baat={b} />
            {gedeeld.length > 0 && (
              <p className="gedeelde-parameters">
                {t.ookGebruikt}:{' '}
                {/* Grouped by the benefit they are listed with: that benefit is named once (issue 13 item 4). */}
                {BATEN.filter((bron) => gedeeld.some((p) => eerste.get(p) === bron)).map((bron, k) => (
                  <span key={bron}>
                    {k > 0 ? '; ' : ''}
                    {gedeeld
                      .filter((p) => eerste.get(p) === bron)
                      .map((p, j) => (
                        <span key={p}>
                          {j > 0 ? ', ' : ''}
                          <a href={`#${veldId(parameterVeld(p))}`}>{parameterDefinitie(p)?.label[taal]}</a>
                        </span>
                      ))}{' '}
                    ({t.bij} {BATEN.indexOf(bron) + 1}. {BAAT_FORMULES[bron].label[taal].toLowerCase()})
                  </span>
                ))}
              </p>
            )}
          </fieldset>
        );
      })}
      </div>
      {overig.length > 0 && (
        <div className="baat-overig" id="baat-overig">
          <OverigeParameters ids={overig} />
        </div>
      )}
    </Groep>
  );
});

/**
 * Gross → net for one benefit (issue 11): deadweight, verdringing, attributie in the SROI order; 0 = the
 * report. One line while all three are at their default (issue 13 item 4: defaults on demand), with the
 * three values as typed; open, and marked, as soon as one is changed. The rule is explained once, above.
 */
function BrutoNettoVelden({ baat }: { baat: BaatId }) {
  const { control, ids, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const namen = AFTREKKEN.map((a) => brutoNettoVeld(baat, a));
  const waarden = useWatch({ control, name: namen.map(naamVan) }) as unknown[];
  const standaard = namen.map((n) => standaardVoor(n, ids, taal));
  const gewijzigd = useGewijzigd(namen, ['aandeel', 'aandeel', 'aandeel'], standaard.map((s) => s?.waarde)).some(Boolean);
  const samenvatting = AFTREKKEN.map((a, k) => `${AFTREK_LABELS[a][taal]} ${String(waarden[k] ?? '').trim() || '–'}%`).join(' · ');
  return (
    <OpVraag kop={t.brutoNetto} samenvatting={samenvatting} gewijzigd={gewijzigd} testId={`bruto-netto-${baat}`}>
      <div className="drie">
        {AFTREKKEN.map((a, k) => (
          <GetalVeld key={a} naam={namen[k]!} soort="aandeel" standaard={standaard[k]} kenmerk={graadKort('D', taal)} />
        ))}
      </div>
    </OpVraag>
  );
}

/**
 * Fields on demand (issue 13 item 4): one line, the summary, while every field holds its default; it
 * opens, and is marked, as soon as one differs (typed, a file, undo), and never closes under the
 * user's hands. Keyboard: the summary is focusable, Enter or Space opens it.
 */
function OpVraag({ kop, samenvatting, gewijzigd, testId, children }: { kop: string; samenvatting: string; gewijzigd: boolean; testId: string; children: React.ReactNode }) {
  const t = useTeksten(TEKSTEN);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (gewijzigd && ref.current) ref.current.open = true;
  }, [gewijzigd]);
  return (
    <details ref={ref} className="subgroep op-vraag" data-testid={testId}>
      <summary>
        <span className="op-vraag-kop">{kop}</span> <span className="op-vraag-waarden">{samenvatting}</span>
        {gewijzigd && <span className="gewijzigd-merk"> {t.gewijzigd}</span>}
      </summary>
      {children}
    </details>
  );
}

/** Whether any of these form fields differs from its default (text as typed, read in the field's unit). */
function useGewijzigd(namen: readonly string[], soorten: readonly Soort[], standaarden: readonly unknown[]): boolean[] {
  const { control, taal } = useInvoer();
  const waarden = useWatch({ control, name: namen.map(naamVan) }) as unknown[];
  return waarden.map((w, k) => {
    const g = leesGetal(String(w ?? ''), taal, SCHAAL[soorten[k]!]);
    return !g.ok || g.waarde !== standaarden[k];
  });
}

/** Parameters no benefit's own fields list (the welfare shares): on demand, one line while at their defaults. */
function OverigeParameters({ ids }: { ids: readonly ParameterId[] }) {
  const t = useTeksten(TEKSTEN);
  const defs = ids.map((id) => PARAMETERS.find((p) => p.id === id)!);
  const gewijzigd = useGewijzigd(
    ids.map((id) => parameterVeld(id)),
    defs.map((p) => p.eenheid),
    defs.map((p) => p.standaard),
  ).filter(Boolean).length;
  const { taal } = useInvoer();
  const welvaart = ids.every((id) => id.startsWith('welvaartsaandeel.'));
  const n = { n: formatGetal(ids.length, taal), k: formatGetal(gewijzigd, taal), soort: welvaart ? (taal === 'nl' ? ' (welvaartsaandelen)' : ' (welfare shares)') : '' };
  return (
    <OpVraag kop={t.overig} samenvatting={vulTel(gewijzigd > 0 ? t.overigGewijzigd : t.overigStandaard, n, { n: ids.length, k: gewijzigd }, taal)} gewijzigd={gewijzigd > 0} testId="overige-parameters">
      {ids.map((p) => (
        <ParameterVeld key={p} id={p} />
      ))}
    </OpVraag>
  );
}

/** Optimism bias (issue 11): an uplift on the costs of the project pathways, 0 by default. */
export const KostenopslagGroep = memo(function KostenopslagGroep() {
  const { ids, taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  return (
    <Groep id="groep-kostenopslag" kop={t.kostenopslag} uitleg="">
      <GetalVeld
        naam="instellingen.optimismeBias"
        soort="aandeel"
        standaard={standaardVoor('instellingen.optimismeBias', ids, taal)}
        kenmerk={graadKort('D', taal)}
        toelichting={`${taal === 'nl' ? 'Plausibel bereik' : 'Plausible range'}: ${formatBereik(0, GRAAD_MARGE[OPTIMISME_BIAS_GRAAD], 'aandeel', taal)} (${taal === 'nl' ? OB_REGEL : OB_REGEL_EN})`}
      />
    </Groep>
  );
});

function VerdelingRij({ c }: { c: ComponentId }) {
  const { control, taal, zetTerug } = useInvoer();
  const t = useTeksten(TEKSTEN);
  const namen = STAKEHOLDERS.map((sh) => verdelingVeld(c, sh));
  const waarden = useWatch({ control, name: namen.map(naamVan) }) as unknown[];
  const somNaam = `verdeling.${c}.som`;
  const somFout = useVeldFout(somNaam);
  const def = STANDAARD_VERDELING[c];
  const rijId = veldId(`verdeling.${c}`);
  const gelezen = waarden.map((w) => (String(w ?? '').trim() === '' ? ({ ok: true, waarde: 0 } as const) : leesGetal(String(w), taal, 100)));
  const standaard = STAKEHOLDERS.map((sh) => (def.verdeling as Record<string, number | undefined>)[sh] ?? 0);
  const gewijzigd = gelezen.some((g, k) => !g.ok || g.waarde !== standaard[k]);
  const som = gelezen.every((g) => g.ok) ? gelezen.reduce((a, g) => a + (g.ok ? g.waarde : 0), 0) : null;
  const standaardTekst = STAKEHOLDERS.filter((_, k) => standaard[k]! > 0)
    .map((sh) => `${STAKEHOLDER_LABELS[sh][taal]} ${formatAandeel(standaard[STAKEHOLDERS.indexOf(sh)]!, taal, 2)}`)
    .join(', ');
  const celFouten = namen.map((n) => n);
  return (
    <tr className={gewijzigd ? 'rij-gewijzigd' : undefined}>
      <th scope="row">
        <span id={`${rijId}-kop-naam`}>{COMPONENT_LABELS[c][taal]}</span>
        {def.aanname && (
          <span className="aanname-merk" title={t.aannameUitleg}>
            {' '}
            ({t.aanname})
          </span>
        )}
        <span id={`${rijId}-hint`} className="verdeling-hint">
          {gewijzigd ? (
            <>
              <span>
                {t.standaard.toLowerCase()} {standaardTekst}
              </span>
              <span className="veld-bron">
                {' '}
                · {t.bron}: {eigenWaardeTekst(standaardTekst, def.bron[taal], taal)}.
              </span>
            </>
          ) : (
            <span className="veld-bron">
              {t.standaard}: {standaardTekst}. {t.bron}: {def.bron[taal]}.
            </span>
          )}
        </span>
      </th>
      {STAKEHOLDERS.map((sh, k) => (
        <AandeelCel key={sh} naam={namen[k]!} somNaam={somNaam} labelledBy={`${rijId}-kop-naam verdeling-kolom-${sh}`} hintId={`${rijId}-hint`} metEenheid />
      ))}
      <td className="getal verdeling-som">
        <span className={somFout ? 'som-fout' : undefined}>{som === null ? '–' : formatAandeel(som, taal, 2)}</span>
      </td>
      <td className="verdeling-status">
        {gewijzigd && <span className="gewijzigd-merk">{t.gewijzigd}</span>}
        {gewijzigd && (
          <button
            type="button"
            className="terugzet-knop"
            aria-label={`${t.terugzetten}: ${COMPONENT_LABELS[c][taal]} → ${standaardTekst}`}
            onClick={() =>
              zetTerug(
                Object.fromEntries(namen.map((n, k) => [n, standaard[k] === 0 ? '' : naarInvoertekst(standaard[k]!, taal, 100)])),
                namen[0]!,
              )
            }
          >
            {t.terugzetten}
          </button>
        )}
        <GroepFout naam={somNaam} />
        {celFouten.map((n) => (
          <CelFout key={n} naam={n} />
        ))}
      </td>
    </tr>
  );
}

function CelFout({ naam }: { naam: string }) {
  const fout = useVeldFout(naam);
  const { taal, namen } = useInvoer();
  if (!fout) return null;
  return (
    <p id={`${veldId(naam)}-fout`} className="veld-foutmelding">
      {veldLabel(naam, taal, namen).label}: {fout}
    </p>
  );
}

export const VerdelingGroep = memo(function VerdelingGroep() {
  const { taal } = useInvoer();
  const t = useTeksten(TEKSTEN);
  return (
    <Groep id="groep-verdeling" kop={t.verdeling} uitleg={t.verdelingUitleg}>
      <div className="tabel-schuif">
        <table className="verdeling-tabel">
          <thead>
            <tr>
              <th scope="col">{t.stakeholder}</th>
              {STAKEHOLDERS.map((sh) => (
                <th scope="col" key={sh} id={`verdeling-kolom-${sh}`}>
                  {STAKEHOLDER_LABELS[sh][taal]}
                </th>
              ))}
              <th scope="col">{t.totaal}</th>
              <th scope="col">
                <span className="visueel-verborgen">Status</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {COMPONENTEN.map((c) => (
              <VerdelingRij key={c} c={c} />
            ))}
          </tbody>
        </table>
      </div>
    </Groep>
  );
});

import { useEffect } from 'react';
import {
  BAAT_COMPONENTEN,
  BAAT_FORMULES,
  BAAT_LABELS,
  BATEN,
  COMPONENT_LABELS,
  KOSTENPOST_LABELS,
  KOSTENPOSTEN,
  STAKEHOLDER_LABELS,
  STAKEHOLDERS,
  STANDAARD_VERDELING,
  UITKOMST_LABELS,
  UITKOMSTEN,
  type ComponentId,
  type Stakeholder,
} from '../../model';
import { useAansluiting, useResultaat, useScenario } from '../../store/scenarioStore';
import { formatNormalisatie } from '../../format/berekening';
import { formatAandeel, formatGetal } from '../../format/getal';
import { useTaal, useTeksten, type Teksten } from '../gedeeld/i18n';
import { NietBijgewerkt } from '../gedeeld/NietBijgewerkt';
import { vul, vulTel } from '../gedeeld/opmaak';
import { meervoud } from '../../format/meervoud';
import { TabelRol } from '../gedeeld/TabelRol';
import { Aansluiting } from './Aansluiting';
import { BEWIJS_ANKER, BewijsEnNetto, useBewijsKop } from './BewijsEnNetto';
import { VariantenVerantwoording } from './VariantenVerantwoording';
import { eigenWaardenRegels, parameterBronnen, parameterInBron, verdelingBronnen } from '../gedeeld/bronnen';
import { PmTabel } from '../gedeeld/pm/PmTabel';
import { KlanttypenVerantwoording, klanttypenKop } from './KlanttypenVerantwoording';
import { PrijspeilVerantwoording } from './PrijspeilVerantwoording';
import { TijdVerantwoording } from './TijdVerantwoording';
import { WelvaartVerantwoording } from './WelvaartVerantwoording';
import { PosteriorVerantwoording } from './PosteriorVerantwoording';
import '../gedeeld/resultaten.css';
import './verantwoording.css';

type Sleutel =
  | 'kop'
  | 'inleiding'
  | 'inhoud'
  | 'methodeKop'
  | 'mkba'
  | 'alternatieven'
  | 'nul'
  | 'project'
  | 'uitkomstenKop'
  | 'uitkomsten'
  | 'toedeling'
  | 'toedelingHeel'
  | 'toedelingVerwacht'
  | 'inAanmerking'
  | 'normalisatie'
  | 'normalisatieVoorbeeld'
  | 'onzekerheidKop'
  | 'onzekerheidMethode'
  | 'informatieMethode'
  | 'batenKop'
  | 'batenInleiding'
  | 'formule'
  | 'naar'
  | 'kostenKop'
  | 'kosten'
  | 'kostenNiet'
  | 'bronnenKop'
  | 'scenarioBronnen'
  | 'parameterBronnen'
  | 'verdelingBronnen'
  | 'eigenWaarden'
  | 'eigenWaardenUitleg'
  | 'gebruiktDoor'
  | 'aannamesKop'
  | 'aannamesInleiding'
  | 'verdelingAanname'
  | 'afronding'
  | 'afrondingAan'
  | 'afrondingUit'
  | 'notities'
  | 'pmKop'
  | 'pmInleiding'
  | 'pmCaption'
  | 'aansluitingKort'
  | 'klanten';

const TEKSTEN: Teksten<Sleutel> = {
  nl: {
    kop: 'Over dit model: verantwoording',
    inleiding:
      'Deze tool rekent de maatschappelijke kosten-batenanalyse (MKBA) van Regioplan (2020) voor de gemeente Den Haag na, met dezelfde formules en parameters, en laat u die aanpassen. Hieronder staan de methode, de bronnen, de aannames die de tool zelf toevoegt, en de aansluiting met het gepubliceerde rapport.',
    inhoud: 'Op deze pagina',
    methodeKop: 'Methode',
    mkba:
      'Een MKBA brengt de kosten en de baten van een aanpak voor alle betrokken partijen in beeld en drukt ze uit in geld. Kosten zijn de uitvoeringskosten van de schuldhulpverlening; baten zijn kosten die elders in de samenleving worden voorkomen, zoals uitkeringen, huisuitzettingen en opvang.',
    alternatieven:
      'Het nulalternatief is de werkwijze waarmee wordt vergeleken; het projectalternatief is de nieuwe aanpak. Anders dan in veel MKBA’s is het nulalternatief hier geen situatie zonder hulp, maar de reguliere werkwijze. In dit scenario:',
    nul: 'nulalternatief',
    project: 'projectalternatief',
    uitkomstenKop: 'Vier uitkomsten en de toedeling',
    uitkomsten: 'Per klant uit de dossieranalyse is de uitkomst van het traject vastgesteld:',
    toedeling:
      'Klanten die nog in de fase schulden regelen zitten, worden toegewezen: {p} krijgt alsnog een schuldregeling (Purpose, 2019), de rest valt uit.',
    toedelingHeel:
      'Dit scenario rekent met hele klanten, afgerond met de grootste-restmethode: het deel met de grootste rest na afronden naar beneden krijgt de overgebleven klant (zoals het rapport: 8 → 7 + 1 en 5 → 4 + 1).',
    toedelingVerwacht: 'Dit scenario rekent met verwachte waarden: de aantallen worden niet afgerond.',
    inAanmerking:
      'Baten worden berekend voor de klanten in aanmerking: E = oplossing + gestabiliseerd (na toedeling). Klanten zonder oplossing en zonder stabilisatie leveren geen baten op.',
    normalisatie:
      'De werkwijzen hebben cohorten van verschillende grootte. Om ze te vergelijken wordt elk bedrag omgerekend naar het referentiecohort van {n} {n:klant|klanten}: bedrag / eigen cohort × {n}.',
    normalisatieVoorbeeld: 'Bijvoorbeeld de kosten van {naam}: {som}.',
    onzekerheidKop: 'Onzekerheid en waarde van informatie',
    onzekerheidMethode:
      'De Monte Carlo-analyse rekent elke trekking met dezelfde formules als de resultaten, in binaire drijvende-kommagetallen: de formulecode wordt één keer opgenomen en daarna per trekking herhaald. De getoonde resultaten zelf rekenen exact (40 cijfers). Uit de trekkingen volgen per paar werkwijzen de kans dat de ene een hoger saldo per klant heeft dan de andere, en per werkwijze de kans de beste te zijn en de verwachte rang.',
    informatieMethode:
      'Waarde van informatie: de EVPI is wat het per klant waard is om alle onzekere invoeren precies te kennen voordat de gemeente kiest (E[max saldo] − max E[saldo] over de trekkingen); met een instroom per jaar ook per jaar. De EVPPI van één invoer volgt uit de binning-schatter van Sadatsafavi e.a. (2013, Value in Health 16(2):438–448): de trekkingen gesorteerd op die invoer, in ⌈√n⌉ bakken, per bak de werkwijze met het hoogste gemiddelde. Een groep invoeren wordt eerst samengevat met een lineair regressie-metamodel per werkwijze (Strong, Oakley & Brennan 2014, Medical Decision Making 34(3):311–326) en dan op dezelfde manier ingedeeld. Worden de uitkomsten opnieuw getrokken uit de dossiers, dan zijn de opnieuw getrokken uitkomstaantallen van elke werkwijze ook zo’n groep, en die van alle werkwijzen samen: wat het waard is de uitkomsten precies te kennen, bijvoorbeeld door ze in veel meer dossiers te meten. Het laatste aantal van een werkwijze is haar cohort min de andere en telt daarom niet apart mee. Dat is een bovengrens voor een meting van eindig veel dossiers. Het aantal bakken en het lineaire model zijn aannames van dit model. Een invoer die de rekenkern in geen enkele trekking leest, heeft aantoonbaar geen invloed op het saldo en krijgt EVPPI precies € 0. De schatter geeft ook een invoer zonder invloed een kleine positieve waarde (vertekening, groter bij meer werkwijzen en minder trekkingen); dat ruisniveau wordt gemeten als de EVPPI van de trekkingen in een willekeurige volgorde (gemiddeld over 19 volgordes) en bij de tabel genoemd. Een EVPPI die niet boven de grootste van die 19 uitkomt, is niet te onderscheiden van een invoer zonder invloed (een Monte Carlo-toets op 5%: Hope 1968, Journal of the Royal Statistical Society B 30(3):582–598); zo’n rij is in de tabel gemarkeerd met ‘binnen ruisniveau’, en de zin over wat het meten het meest waard is, noemt alleen een meting daarboven.',
    batenKop: 'De zeven baten',
    batenInleiding: 'Elke baat is een formule over E, de samenstelling van de werkwijze en de parameters. In woorden:',
    formule: 'Formule',
    naar: 'Komt ten goede aan',
    kostenKop: 'Kosten',
    kosten:
      'Alle kosten worden door de gemeente betaald. Per kostenpost telt het aantal klanten dat met het onderdeel startte, ongeacht hoe lang, maal de kosten per klant:',
    kostenNiet:
      'Niet meegenomen (zoals in het rapport): de ontwikkelkosten van beide aanpakken, de kosten van faciliteiten, kosten van andere partijen en de uitvoeringskosten voor klanten die na een eerste afspraak niet kwamen opdagen.',
    bronnenKop: 'Bronnen',
    scenarioBronnen: 'Bronnen van dit scenario',
    parameterBronnen: 'Bronnen van de parameters',
    verdelingBronnen: 'Bronnen van de verdeling over partijen',
    eigenWaarden: 'Eigen waarden in dit scenario',
    eigenWaardenUitleg: 'Deze invoer wijkt af van de standaardwaarde; de bron van de standaardwaarde geldt er niet voor.',
    gebruiktDoor: 'gebruikt voor',
    aannamesKop: 'Aannames van deze tool',
    aannamesInleiding: 'Waar het rapport iets niet vastlegt dat de berekening nodig heeft, maakt deze tool een aanname:',
    verdelingAanname: '{onderdeel}: {verdeling}. {bron}.',
    afronding:
      'Afronding van eenheidsbedragen: het rapport rekende met afgeleide bedragen afgerond op hele euro’s (€ 14.000 × 4 / 12 = € 4.667 in plaats van € 4.666,67; € 20.600 × 8 / 12 = € 13.733). ',
    afrondingAan: 'In dit scenario staat die afronding aan, zodat de uitkomsten op de euro aansluiten.',
    afrondingUit: 'In dit scenario staat die afronding uit: er wordt exact gerekend.',
    notities: 'Notities bij dit scenario',
    pmKop: 'Effecten die niet in geld zijn uitgedrukt (PM-posten)',
    pmInleiding:
      'Effecten die niet in de MKBA zijn doorgerekend, zoals klanten van de Klantreis ze in interviews noemen (rapport, hoofdstuk 4). Ze staan hier als PM-post: wel van belang, niet in geld uitgedrukt en niet in het saldo. Per werkwijze het oordeel ten opzichte van het nulalternatief en de toelichting uit het scenario; aan te passen bij Invoer.',
    pmCaption: 'PM-posten per werkwijze: oordeel en toelichting',
    aansluitingKort: 'Aansluiting met het rapport',
    klanten: '{n:klant|klanten}',
  },
  en: {
    kop: 'About this model: methodology',
    inleiding:
      'This tool reproduces the social cost-benefit analysis (MKBA) by Regioplan (2020) for the municipality of The Hague, with the same formulas and parameters, and lets you change them. Below are the method, the sources, the assumptions the tool adds, and the reconciliation with the published report.',
    inhoud: 'On this page',
    methodeKop: 'Method',
    mkba:
      'A social cost-benefit analysis shows the costs and benefits of an approach for all parties involved, expressed in money. Costs are the costs of delivering debt assistance; benefits are costs avoided elsewhere in society, such as benefits payments, evictions and shelter.',
    alternatieven:
      'The baseline (nulalternatief) is the pathway compared against; the project alternative is the new approach. Unlike many analyses, the baseline here is not “no help” but the regular pathway. In this scenario:',
    nul: 'baseline',
    project: 'project alternative',
    uitkomstenKop: 'Four outcomes and the allocation',
    uitkomsten: 'For each client in the case file analysis the outcome was established:',
    toedeling:
      'Clients still in the debt settlement phase are allocated: {p} still reach a debt arrangement (Purpose, 2019), the rest drop out.',
    toedelingHeel:
      'This scenario uses whole clients, rounded by the largest-remainder method: the share with the largest remainder after rounding down gets the remaining client (as in the report: 8 → 7 + 1 and 5 → 4 + 1).',
    toedelingVerwacht: 'This scenario uses expected values: the numbers are not rounded.',
    inAanmerking:
      'Benefits are computed for the eligible clients: E = resolved + stabilised (after allocation). Clients neither resolved nor stabilised yield no benefits.',
    normalisatie:
      'The pathways have cohorts of different sizes. To compare them, every amount is scaled to the reference cohort of {n} {n:client|clients}: amount / own cohort × {n}.',
    normalisatieVoorbeeld: 'For example the costs of {naam}: {som}.',
    onzekerheidKop: 'Uncertainty and value of information',
    onzekerheidMethode:
      'The Monte Carlo analysis computes every draw with the same formulas as the results, in binary floating point: the formula code is recorded once and replayed for each draw. The results shown themselves are computed exactly (40 digits). From the draws follow, for each pair of pathways, the probability that one has a higher net result per client than the other, and for each pathway the probability of being best and its expected rank.',
    informatieMethode:
      'Value of information: the EVPI is what it is worth per client to know every uncertain input exactly before the municipality chooses (E[max net] − max E[net] over the draws); per year too when an inflow per year is set. The EVPPI of one input follows from the binning estimator of Sadatsafavi et al. (2013, Value in Health 16(2):438–448): the draws sorted on that input, in ⌈√n⌉ bins, in each bin the pathway with the highest mean. A group of inputs is first summarised by a linear regression metamodel per pathway (Strong, Oakley & Brennan 2014, Medical Decision Making 34(3):311–326) and then binned the same way. When the outcomes are redrawn from the case files, each pathway’s redrawn outcome counts are such a group too, and all pathways’ together: what it is worth to know the outcomes exactly, for instance by measuring them in many more case files. A pathway’s last count is its cohort minus the others and so does not enter separately. That is an upper bound for a measurement in finitely many case files. The number of bins and the linear model are assumptions of this model. An input the kernel reads in no draw provably has no effect on the balance and gets an EVPPI of exactly €0. The estimator also gives an input without effect a small positive value (bias, larger with more pathways and fewer draws); that noise floor is measured as the EVPPI of the draws in a random order (averaged over 19 orders) and stated with the table. An EVPPI not above the largest of those 19 cannot be told apart from an input without effect (a Monte Carlo test at 5%: Hope 1968, Journal of the Royal Statistical Society B 30(3):582–598); such a row is marked ‘within noise floor’ in the table, and the sentence on what is worth measuring most only names a measurement above it.',
    batenKop: 'The seven benefits',
    batenInleiding: 'Each benefit is a formula over E, the composition of the pathway and the parameters. In words:',
    formule: 'Formula',
    naar: 'Accrues to',
    kostenKop: 'Costs',
    kosten:
      'The municipality pays all costs. For each cost item, the number of clients who started that part, however long, times the cost per client:',
    kostenNiet:
      'Not included (as in the report): the development costs of both approaches, facility costs, costs of other parties, and the costs for clients who did not show up after a first appointment.',
    bronnenKop: 'Sources',
    scenarioBronnen: 'Sources of this scenario',
    parameterBronnen: 'Sources of the parameters',
    verdelingBronnen: 'Sources of the split over parties',
    eigenWaarden: 'Own values in this scenario',
    eigenWaardenUitleg: 'These inputs differ from their default; the source of the default does not apply to them.',
    gebruiktDoor: 'used for',
    aannamesKop: 'Assumptions of this tool',
    aannamesInleiding: 'Where the report does not state something the calculation needs, this tool makes an assumption:',
    verdelingAanname: '{onderdeel}: {verdeling}. {bron}.',
    afronding:
      'Rounding of unit amounts: the report used derived amounts rounded to whole euros (€14,000 × 4 / 12 = €4,667 instead of €4,666.67; €20,600 × 8 / 12 = €13,733). ',
    afrondingAan: 'In this scenario that rounding is on, so the results match the report to the euro.',
    afrondingUit: 'In this scenario that rounding is off: amounts are exact.',
    notities: 'Notes on this scenario',
    pmKop: 'Effects not expressed in money (PM items)',
    pmInleiding:
      'Effects the analysis does not quantify, as Klantreis clients mention them in interviews (report, chapter 4). They are listed here as PM items: relevant, but not expressed in money and not in the balance. Per pathway the rating against the baseline and the note from the scenario (in Dutch); editable under Inputs.',
    pmCaption: 'PM items per pathway: rating and note',
    aansluitingKort: 'Reconciliation with the report',
    klanten: '{n:client|clients}',
  },
};

/** Stakeholders a benefit accrues to under the scenario's split. */
function ontvangers(verdeling: Record<ComponentId, Partial<Record<Stakeholder, number>>>, componenten: readonly ComponentId[]): Stakeholder[] {
  return STAKEHOLDERS.filter((sh) => componenten.some((c) => (verdeling[c][sh] ?? 0) > 0));
}

/** "Over dit model / Verantwoording": method, sources, the tool's assumptions, reconciliation, PM items. */
export default function Verantwoording({ anker }: { anker?: string } = {}) {
  const t = useTeksten(TEKSTEN);
  const taal = useTaal();
  const s = useScenario();
  const r = useResultaat();
  const a = useAansluiting();

  // Opened from a link elsewhere ("read why"): go to that section and put the focus there.
  useEffect(() => {
    if (!anker) return;
    const doel = document.getElementById(anker);
    doel?.scrollIntoView?.({ block: 'start' });
    doel?.focus({ preventScroll: true });
  }, [anker]);

  const p = formatAandeel(s.parameters['allocation.successShare'], taal);
  const n = formatGetal(r.referentieCohort, taal);
  const voorbeeld = r.werkwijzen.find((w) => w.cohort !== r.referentieCohort);
  const aannames = (Object.keys(STANDAARD_VERDELING) as ComponentId[]).filter((c) => STANDAARD_VERDELING[c].aanname);
  const eigen = eigenWaardenRegels(s, taal);

  const bewijsKop = useBewijsKop();
  const secties: [string, string][] = [
    ['methode', t.methodeKop],
    ['baten', t.batenKop],
    ['kosten', t.kostenKop],
    ['bronnen', t.bronnenKop],
    ['aannames', t.aannamesKop],
    [BEWIJS_ANKER, bewijsKop],
    ['aansluiting', a ? t.aansluitingKort : ''],
    ['klanttypen', klanttypenKop(s, taal)],
    ['pm-posten', t.pmKop],
  ];

  return (
    <section className="verantwoording" aria-labelledby="verantwoording-kop">
      <h1 id="verantwoording-kop">{t.kop}</h1>
      <p className="resultaten-scenario">{s.titel}</p>
      <NietBijgewerkt />
      <p>{t.inleiding}</p>
      <nav aria-label={t.inhoud} className="inhoud geen-print">
        <ul>
          {secties
            .filter(([, label]) => label)
            .map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
        </ul>
      </nav>

      <section aria-labelledby="methode">
        <h2 id="methode" tabIndex={-1}>
          {t.methodeKop}
        </h2>
        <p>{t.mkba}</p>
        <p>{t.alternatieven}</p>
        <ul>
          {s.werkwijzen.map((w) => (
            <li key={w.id}>
              <strong>{w.naam}</strong> ({w.nulalternatief ? t.nul : t.project}; {formatGetal(w.cohort, taal)} {meervoud(t.klanten, { n: w.cohort }, taal)})
              {w.toelichting && (
                <>
                  {': '}
                  <span lang="nl">{w.toelichting}</span>
                </>
              )}
            </li>
          ))}
        </ul>
        <h3>{t.uitkomstenKop}</h3>
        <p>{t.uitkomsten}</p>
        <ol>
          {UITKOMSTEN.map((u) => (
            <li key={u}>{UITKOMST_LABELS[u][taal]}</li>
          ))}
        </ol>
        <p>
          {vul(t.toedeling, { p })} {s.instellingen.toedeling === 'heleKlanten' ? t.toedelingHeel : t.toedelingVerwacht}
        </p>
        <p>{t.inAanmerking}</p>
        <p>
          {vulTel(t.normalisatie, { n }, { n: r.referentieCohort }, taal)}{' '}
          {voorbeeld &&
            vul(t.normalisatieVoorbeeld, {
              naam: voorbeeld.naam,
              som: formatNormalisatie(voorbeeld.kosten.totaal.bruto, voorbeeld.cohort, r.referentieCohort, voorbeeld.kosten.totaal.totaal, taal),
            })}
        </p>
        <h3>{t.onzekerheidKop}</h3>
        <p>{t.onzekerheidMethode}</p>
        <p>{t.informatieMethode}</p>
      </section>

      <section aria-labelledby="baten">
        <h2 id="baten" tabIndex={-1}>
          {t.batenKop}
        </h2>
        <p>{t.batenInleiding}</p>
        <ol className="baten-lijst">
          {BATEN.map((b) => (
            <li key={b} data-baat={b}>
              <strong>{BAAT_LABELS[b][taal]}</strong>
              <br />
              {t.formule}: {BAAT_FORMULES[b].formule[taal]}
              <br />
              {t.naar}: {ontvangers(s.verdeling, BAAT_COMPONENTEN[b]).map((sh) => STAKEHOLDER_LABELS[sh][taal]).join(', ') || '–'}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="kosten">
        <h2 id="kosten" tabIndex={-1}>
          {t.kostenKop}
        </h2>
        <p>{t.kosten}</p>
        <ul>
          {KOSTENPOSTEN.map((k) => (
            <li key={k}>{KOSTENPOST_LABELS[k][taal]}</li>
          ))}
        </ul>
        <p>{t.kostenNiet}</p>
      </section>

      <section aria-labelledby="bronnen">
        <h2 id="bronnen" tabIndex={-1}>
          {t.bronnenKop}
        </h2>
        {s.bronnen.length > 0 && (
          <>
            <h3>{t.scenarioBronnen}</h3>
            <ul data-testid="scenario-bronnen">
              {s.bronnen.map((b) => (
                <li key={b} lang="nl">
                  {b}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t.parameterBronnen}</h3>
        <ul data-testid="parameter-bronnen">
          {parameterBronnen().map((b) => (
            <li key={b.bron}>
              <strong lang="nl">{b.bron}</strong>, {t.gebruiktDoor}: {b.parameters.map((x) => parameterInBron(x, s, taal)).join('; ')}
            </li>
          ))}
        </ul>
        {eigen.length > 0 && (
          <>
            <h3>{t.eigenWaarden}</h3>
            <p>{t.eigenWaardenUitleg}</p>
            <ul data-testid="eigen-waarden">
              {eigen.map((e) => (
                <li key={e.veld}>
                  {e.label}: {e.tekst}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t.verdelingBronnen}</h3>
        <ul>
          {verdelingBronnen().map((b) => (
            <li key={b.bron.nl}>
              <strong>{b.bron[taal]}</strong>, {t.gebruiktDoor}: {b.componenten.map((c) => COMPONENT_LABELS[c][taal]).join('; ')}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="aannames">
        <h2 id="aannames" tabIndex={-1}>
          {t.aannamesKop}
        </h2>
        <p>{t.aannamesInleiding}</p>
        <ul data-testid="aannames">
          {aannames.map((c) => (
            <li key={c}>
              {vul(t.verdelingAanname, {
                onderdeel: COMPONENT_LABELS[c][taal],
                verdeling: STAKEHOLDERS.filter((sh) => (STANDAARD_VERDELING[c].verdeling[sh] ?? 0) > 0)
                  .map((sh) => `${STAKEHOLDER_LABELS[sh][taal]} ${formatAandeel(STANDAARD_VERDELING[c].verdeling[sh] ?? 0, taal)}`)
                  .join(', '),
                bron: STANDAARD_VERDELING[c].bron[taal],
              })}
            </li>
          ))}
          <li>
            {t.afronding}
            {s.instellingen.eenheidsbedragenAfronden ? t.afrondingAan : t.afrondingUit}
          </li>
        </ul>
        {s.notities.length > 0 && (
          <>
            <h3>{t.notities}</h3>
            <ul data-testid="notities">
              {s.notities.map((x, i) => (
                <li key={i} lang="nl">
                  {x}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Aansluiting a={a} r={r} />

      <KlanttypenVerantwoording s={s} />

      <BewijsEnNetto s={s} />
      <VariantenVerantwoording s={s} />

      <WelvaartVerantwoording s={s} />

      <section aria-labelledby="pm-posten">
        <h2 id="pm-posten" tabIndex={-1}>
          {t.pmKop}
        </h2>
        <p>{t.pmInleiding}</p>
        <PmTabel s={s} id="pm-verantwoording" caption={t.pmCaption} metToelichting metPm testId="pm-tabel" />
      </section>

      <PrijspeilVerantwoording />
      <TijdVerantwoording />
      <PosteriorVerantwoording />
    </section>
  );
}

import {
  BAAT_LABELS,
  BATEN,
  Decimal,
  KOSTENPOST_LABELS,
  KOSTENPOSTEN,
  STAKEHOLDER_LABELS,
  STAKEHOLDERS,
  UITKOMST_LABELS,
  PARAMETERS,
  berekenPerJaar,
  bestuurssamenvatting,
  bronOmschrijving,
  herkomstVan,
  pmNaam,
  toonHerkomstWaarde,
  type Resultaat,
  type SamenvattingBand,
  type Scenario,
  ACTOREN,
  ACTOR_LABELS,
  WELVAART_ZIN,
} from '../../../model';
import { CSV_NL, csvTekst as modelCsvTekst } from '../../../model/uitvoer/csv';
import type { Taal } from '../../../format/getal';
import { meervoud } from '../../../format/meervoud';
import { formatAandeel } from '../../../format/getal';
import { prijspeilZin, tijdsverloop, type Terugverdiend } from '../../../model/tijd';
import { eigenWaardenRegels } from '../bronnen';
import { bandVoor } from '../samenvattingBand';
import { useInvoerStatusStore, type WaardeInGebruik } from '../../../store/invoerStatus';
import { inGebruikZin } from '../inGebruikZin';
import { vergelijkingVan } from '../vergelijking';
import { variantenEnKbaRegels } from './kbaCsv';

/**
 * CSV export of the results tables for Dutch Excel, in the format of the model's CSV_NL options
 * (src/model/uitvoer/csv.ts): semicolon-separated, decimal comma, CRLF line ends and a UTF-8 byte
 * order mark (added by csvBlob); text cells quoted and defused by the model's csvTekst. Unlike the
 * model's long, machine-oriented CSV (one row per pathway and item, Dutch labels, unrounded), this
 * is the report's table layout for people: labels in the UI language, amounts rounded to cents
 * (half-up), counts to at most two decimals, the benefit-cost ratio to four.
 * Pure apart from downloadResultatenCsv.
 */
export const SCHEIDINGSTEKEN = CSV_NL.scheidingsteken;
export const BOM = CSV_NL.bom ? '\uFEFF' : '';
const REGELEINDE = CSV_NL.regeleinde;

const L = {
  nl: {
    app: 'MKBA Schuldhulp',
    ongeldig: 'Let op: de invoer bevat fouten; deze cijfers horen bij de laatste geldige invoer.',
    scenario: 'Scenario',
    bestuur: 'Samenvatting voor het bestuur',
    bestuurMaatschappij: 'Verschil saldo per klant voor de maatschappij: {p} − {nul}',
    bestuurGemeente: 'Verschil saldo per klant voor de gemeente: {p} − {nul}',
    referentie: 'Referentiecohort (klanten)',
    eenheid: 'Bedragen in euro, afgerond op centen',
    overzicht: 'Investering en baten per werkwijze (vergelijk tabel 3.13)',
    onderdeel: 'Onderdeel',
    voorN: 'voor {n} {n:klant|klanten}',
    perKlant: 'per klant',
    verschil: 'Verschil {p} − {nul}',
    investering: 'Investering',
    totaalBaten: 'Totaal baten',
    saldo: 'Saldo (baten − investering)',
    verhouding: 'Baten/kosten-verhouding',
    nvt: 'n.v.t.',
    kosten: 'Kosten per kostenpost, eigen cohort (vergelijk tabel 3.3)',
    kostenpost: 'Kostenpost',
    aantal: 'aantal klanten',
    bedrag: 'kosten',
    eigenCohort: 'Totaal eigen cohort',
    totaalVoorN: 'Totaal voor {n} {n:klant|klanten}',
    uitkomsten: 'Uitkomsten na toedeling (vergelijk tabel 3.5)',
    uitkomst: 'Uitkomst',
    inAanmerking: 'In aanmerking voor baten (E)',
    cohort: 'Cohort',
    partijen: 'Verdeling van de baten over partijen, voor {n} {n:klant|klanten}',
    partij: 'Partij',
    pm: 'Niet in geld uitgedrukte effecten (PM-posten), oordeel ten opzichte van het nulalternatief; niet in het saldo',
    werkwijze: 'Werkwijze',
    effect: 'Effect',
    oordeel: 'Oordeel',
    toelichting: 'Toelichting',
    oordelen: 'positief (+)|geen verschil (0)|negatief (−)',
    perJaar: 'Per jaar bij een instroom van {n} {n:klant|klanten} (per klant × instroom, onverdisconteerd; alle kosten voor de gemeente)',
    kostenKort: 'Kosten',
    batenKort: 'Baten',
    saldoKort: 'Saldo (baten − kosten)',
    saldoPartij: '{partij}: baten − kosten',
    tijdKop: 'Tijd: contante waarde en terugverdienjaar per partij, per klant, vergeleken met het nulalternatief (horizon {h} jaar; jaar 0 = start)',
    tijdContant: '{p} – contante waarde bij {v}',
    tijdTerug: '{p} – terugverdiend bij {v}',
    tijdJaar: 'jaar {j}',
    tijdNiet: 'niet binnen de horizon',
    tijdGeen: 'geen extra kosten',
    parameters: 'Parameters en hun bron; een eigen waarde zegt dat, met de standaardwaarde en de bron daarvan',
    parameter: 'Parameter',
    waarde: 'Waarde',
    bron: 'Bron',
    eigen: 'Eigen invoer van de werkwijzen en instellingen (wijkt af van het voorbeeld)',
    welvaartKop: 'Twee perspectieven: businesscase per partij en maatschappelijk welvaartssaldo, voor {n} {n:klant|klanten}',
    saldoBusiness: 'Saldo businesscase (baten − investering)',
    welvaartsbaten: 'Welvaartsbaten (zonder overdrachten)',
    welvaartssaldo: 'Maatschappelijk welvaartssaldo (welvaartsbaten − investering)',
    overdracht: 'Overdracht: {partij} (+ voordeel, − nadeel)',
    invoer: 'Invoer',
  },
  en: {
    app: 'MKBA Schuldhulp',
    ongeldig: 'Note: the inputs contain errors; these figures belong to the last valid inputs.',
    scenario: 'Scenario',
    bestuur: 'Summary for the board',
    bestuurMaatschappij: 'Difference in balance per client for society: {p} − {nul}',
    bestuurGemeente: 'Difference in balance per client for the municipality: {p} − {nul}',
    referentie: 'Reference cohort (clients)',
    eenheid: 'Amounts in euro, rounded to cents',
    overzicht: 'Investment and benefits per pathway (compare table 3.13)',
    onderdeel: 'Item',
    voorN: 'for {n} {n:client|clients}',
    perKlant: 'per client',
    verschil: 'Difference {p} − {nul}',
    investering: 'Investment',
    totaalBaten: 'Total benefits',
    saldo: 'Balance (benefits − investment)',
    verhouding: 'Benefit-cost ratio',
    nvt: 'n/a',
    kosten: 'Costs per item, own cohort (compare table 3.3)',
    kostenpost: 'Cost item',
    aantal: 'number of clients',
    bedrag: 'costs',
    eigenCohort: 'Total own cohort',
    totaalVoorN: 'Total for {n} {n:client|clients}',
    uitkomsten: 'Outcomes after allocation (compare table 3.5)',
    uitkomst: 'Outcome',
    inAanmerking: 'Eligible for benefits (E)',
    cohort: 'Cohort',
    partijen: 'Distribution of the benefits over parties, for {n} {n:client|clients}',
    partij: 'Party',
    pm: 'Effects not expressed in money (PM items), rated against the baseline; not in the balance',
    werkwijze: 'Pathway',
    effect: 'Effect',
    oordeel: 'Rating',
    toelichting: 'Note',
    oordelen: 'positive (+)|no difference (0)|negative (−)',
    perJaar: 'Per year at an inflow of {n} {n:client|clients} (per client × inflow, undiscounted; all costs borne by the municipality)',
    kostenKort: 'Costs',
    batenKort: 'Benefits',
    saldoKort: 'Balance (benefits − costs)',
    saldoPartij: '{partij}: benefits − costs',
    tijdKop: 'Time: present value and payback year per party, per client, compared with the baseline (horizon {h} years; year 0 = start)',
    tijdContant: '{p} – present value at {v}',
    tijdTerug: '{p} – paid back at {v}',
    tijdJaar: 'year {j}',
    tijdNiet: 'not within the horizon',
    tijdGeen: 'no extra costs',
    parameters: 'Parameters and their source; an own value says so, with the default and its source',
    parameter: 'Parameter',
    waarde: 'Value',
    bron: 'Source',
    eigen: 'Own inputs of the pathways and settings (differ from the example)',
    welvaartKop: 'Two perspectives: business case per party and social welfare balance, for {n} {n:client|clients}',
    saldoBusiness: 'Business-case balance (benefits − investment)',
    welvaartsbaten: 'Welfare benefits (without transfers)',
    welvaartssaldo: 'Social welfare balance (welfare benefits − investment)',
    overdracht: 'Transfer: {partij} (+ gain, − loss)',
    invoer: 'Input',
  },
} as const satisfies Record<Taal, Record<string, string>>;

const vul = (s: string, w: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => w[k] ?? m);

/** A text cell: quoted where needed, formulas defused (names come from files). */
export function csvTekst(s: string): string {
  return modelCsvTekst(s, SCHEIDINGSTEKEN);
}

/** A number with a decimal comma and no grouping; never "-0,00", NaN or Infinity. */
export function csvGetal(x: Decimal | number, decimalen: number): string {
  const d = x instanceof Decimal ? x : new Decimal(x);
  if (!d.isFinite()) return '';
  const s = d.toFixed(decimalen, Decimal.ROUND_HALF_UP);
  return (/^-0(\.0*)?$/.test(s) ? s.slice(1) : s).replace('.', CSV_NL.decimaalteken);
}

const bedrag = (x: Decimal) => csvGetal(x, 2);
const aantal = (x: Decimal | number) => {
  const d = x instanceof Decimal ? x : new Decimal(x);
  return d.isInteger() ? csvGetal(d, 0) : csvGetal(d, 2);
};

/**
 * The CSV text (without BOM) of the results tables. `vergelijking`: the user's two-pathway comparison
 * (Overzicht › Vergelijk twee werkwijzen), one more difference in table 3.13, as on screen and in the print.
 */
export function resultatenCsv(
  s: Scenario,
  r: Resultaat,
  taal: Taal,
  band: SamenvattingBand | null = null,
  vergelijking: { a: string; b: string } | null = null,
  ongeldig = false,
  /** The values in use for fields with invalid text (the store's inGebruik), named as the on-screen notice names them. */
  inGebruik: readonly WaardeInGebruik[] = [],
): string {
  // "{n:klant|klanten}" in the texts counts the reference cohort (src/format/meervoud.ts).
  const t = Object.fromEntries(Object.entries(L[taal]).map(([k, v]) => [k, meervoud(v, { n: r.referentieCohort }, taal)])) as (typeof L)[Taal];
  const n = String(r.referentieCohort);
  const regels: string[][] = [];
  const tekst = (...cellen: string[]) => regels.push(cellen.map(csvTekst));
  const rij = (label: string, ...getallen: string[]) => regels.push([csvTekst(label), ...getallen]);
  const leeg = () => regels.push([]);
  const naam = new Map(r.werkwijzen.map((w) => [w.id, w.naam]));

  tekst(t.app, s.titel);
  // A field with an error: the file says its figures are the last valid input's, as the screen does (review).
  // With the values in use, in the notice's own sentence (tester7 #6: the file said only "the last valid input").
  if (ongeldig) {
    const zin = inGebruikZin(inGebruik, taal, { bestand: true });
    tekst(t.ongeldig, ...(zin ? [zin] : []));
  }
  rij(t.referentie, n);
  tekst(t.eenheid);
  leeg();

  // The board summary first (issue 13 item 1): the same sentences as the overview and the print.
  const sam = bestuurssamenvatting(s, r, taal, band);
  if (sam) {
    tekst(t.bestuur);
    for (const z of sam.zinnen) tekst(z.kop, z.tekst);
    const namen = { p: sam.project.naam, nul: sam.nul.naam };
    rij(vul(t.bestuurMaatschappij, namen), bedrag(sam.verschilPerKlant.maatschappij));
    rij(vul(t.bestuurGemeente, namen), bedrag(sam.verschilPerKlant.partijen.gemeente));
    leeg();
  }

  // Table 3.13 with the difference columns, and the chosen comparison when it is not one of them (as Tabel313).
  const gekozen = vergelijkingVan(r, vergelijking);
  const verschillen313 = gekozen?.extra ? [...r.verschillen, gekozen.verschil] : r.verschillen;
  tekst(t.overzicht);
  tekst(
    t.onderdeel,
    ...r.werkwijzen.flatMap((w) => [`${w.naam} – ${vul(t.voorN, { n })}`, `${w.naam} – ${t.perKlant}`]),
    ...verschillen313.flatMap((v) => {
      const kop = vul(t.verschil, { p: naam.get(v.id) ?? v.id, nul: naam.get(v.tenOpzichteVan) ?? v.tenOpzichteVan });
      return [`${kop} – ${vul(t.voorN, { n })}`, `${kop} – ${t.perKlant}`];
    }),
  );
  const paar = (b: { totaal: Decimal; perKlant: Decimal }) => [bedrag(b.totaal), bedrag(b.perKlant)];
  rij(t.investering, ...r.werkwijzen.flatMap((w) => paar(w.kosten.totaal)), ...verschillen313.flatMap((v) => paar(v.kosten)));
  for (const b of BATEN) {
    rij(BAAT_LABELS[b][taal], ...r.werkwijzen.flatMap((w) => paar(w.baten.posten[b])), ...verschillen313.flatMap((v) => paar(v.posten[b])));
  }
  rij(t.totaalBaten, ...r.werkwijzen.flatMap((w) => paar(w.baten.totaal)), ...verschillen313.flatMap((v) => paar(v.baten)));
  rij(t.saldo, ...r.werkwijzen.flatMap((w) => paar(w.saldo)), ...verschillen313.flatMap((v) => paar(v.saldo)));
  rij(
    t.verhouding,
    ...r.werkwijzen.flatMap((w) => {
      const v = w.batenKostenVerhouding === null ? csvTekst(t.nvt) : csvGetal(w.batenKostenVerhouding, 4);
      return [v, v];
    }),
  );
  leeg();

  // Table 3.3: costs per item for the pathway's own cohort.
  tekst(t.kosten);
  tekst(t.kostenpost, ...r.werkwijzen.flatMap((w) => [`${w.naam} – ${t.aantal}`, `${w.naam} – ${t.bedrag}`]));
  for (const k of KOSTENPOSTEN) {
    rij(KOSTENPOST_LABELS[k][taal], ...r.werkwijzen.flatMap((w) => [aantal(w.kosten.posten[k].aantal), bedrag(w.kosten.posten[k].bruto)]));
  }
  rij(t.eigenCohort, ...r.werkwijzen.flatMap((w) => [aantal(w.cohort), bedrag(w.kosten.totaal.bruto)]));
  rij(vul(t.totaalVoorN, { n }), ...r.werkwijzen.flatMap((w) => [aantal(r.referentieCohort), bedrag(w.kosten.totaal.totaal)]));
  leeg();

  // Table 3.5: outcomes after allocation.
  tekst(t.uitkomsten);
  tekst(t.uitkomst, ...r.werkwijzen.map((w) => w.naam));
  rij(UITKOMST_LABELS.oplossing[taal], ...r.werkwijzen.map((w) => aantal(w.naToedeling.oplossing)));
  rij(UITKOMST_LABELS.gestabiliseerd[taal], ...r.werkwijzen.map((w) => aantal(w.naToedeling.gestabiliseerd)));
  rij(UITKOMST_LABELS.geenOplossing[taal], ...r.werkwijzen.map((w) => aantal(w.naToedeling.geenOplossing)));
  rij(t.cohort, ...r.werkwijzen.map((w) => aantal(w.cohort)));
  rij(t.inAanmerking, ...r.werkwijzen.map((w) => aantal(w.inAanmerking)));
  leeg();

  // Stakeholders, normalised.
  tekst(vul(t.partijen, { n }));
  tekst(t.partij, ...r.werkwijzen.map((w) => w.naam));
  for (const sh of STAKEHOLDERS) rij(STAKEHOLDER_LABELS[sh][taal], ...r.werkwijzen.map((w) => bedrag(w.stakeholders[sh])));
  rij(t.totaalBaten, ...r.werkwijzen.map((w) => bedrag(w.baten.totaal.totaal)));

  // Two perspectives (issue 11): the business case beside the welfare saldo, and the transfers per actor.
  leeg();
  tekst(vul(t.welvaartKop, { n }));
  tekst(WELVAART_ZIN[taal]);
  tekst(t.onderdeel, ...r.werkwijzen.flatMap((w) => [`${w.naam} – ${vul(t.voorN, { n })}`, `${w.naam} – ${t.perKlant}`]));
  rij(t.saldoBusiness, ...r.werkwijzen.flatMap((w) => [bedrag(w.saldo.totaal), bedrag(w.saldo.perKlant)]));
  rij(t.welvaartsbaten, ...r.werkwijzen.flatMap((w) => [bedrag(w.welvaart.baten.totaal), bedrag(w.welvaart.baten.perKlant)]));
  rij(t.welvaartssaldo, ...r.werkwijzen.flatMap((w) => [bedrag(w.welvaart.saldo.totaal), bedrag(w.welvaart.saldo.perKlant)]));
  for (const a of ACTOREN) {
    rij(vul(t.overdracht, { partij: ACTOR_LABELS[a][taal] }), ...r.werkwijzen.flatMap((w) => [bedrag(w.welvaart.overdrachten[a]), bedrag(w.welvaart.overdrachten[a].div(r.referentieCohort))]));
  }

  // Per year at the inflow (the model's berekenPerJaar), only when the scenario sets one.
  const pj = berekenPerJaar(s, r);
  if (pj) {
    const verschillen = pj.werkwijzen.filter((w) => w.verschil);
    leeg();
    tekst(vul(meervoud(L[taal].perJaar, { n: pj.instroom }, taal), { n: String(pj.instroom) }));
    tekst(
      t.onderdeel,
      ...pj.werkwijzen.map((w) => w.naam),
      ...verschillen.map((w) => vul(t.verschil, { p: w.naam, nul: naam.get(w.verschil!.tenOpzichteVan) ?? w.verschil!.tenOpzichteVan })),
    );
    for (const [label, k] of [
      [t.kostenKort, 'kosten'],
      [t.batenKort, 'baten'],
      [t.saldoKort, 'saldo'],
    ] as const) {
      rij(label, ...pj.werkwijzen.map((w) => bedrag(w.perJaar[k])), ...verschillen.map((w) => bedrag(w.verschil!.perJaar[k])));
    }
    for (const sh of STAKEHOLDERS) {
      rij(
        vul(t.saldoPartij, { partij: STAKEHOLDER_LABELS[sh][taal] }),
        ...pj.werkwijzen.map((w) => bedrag(w.perJaar.stakeholders[sh].saldo)),
        ...verschillen.map((w) => bedrag(w.verschil!.perJaar.stakeholders[sh].saldo)),
      );
    }
  }

  // Effects over time (issue 11): per project pathway and rate, present value and payback year per party.
  const tv = tijdsverloop(s, r);
  const projecten = tv.werkwijzen.filter((w) => w.verschil);
  if (projecten.length > 0) {
    const voet = (v: number) => formatAandeel(v, taal, 2);
    leeg();
    tekst(vul(t.tijdKop, { h: String(tv.horizonJaren) }));
    tekst(prijspeilZin(s, taal));
    tekst(
      t.partij,
      ...projecten.flatMap((w) => tv.voeten.map((v) => vul(t.tijdContant, { p: w.naam, v: voet(v) }))),
      ...projecten.flatMap((w) => tv.voeten.map((v) => vul(t.tijdTerug, { p: w.naam, v: voet(v) }))),
    );
    const terug = (x: Terugverdiend) => (x.status === 'terugverdiend' ? vul(t.tijdJaar, { j: String(x.jaar) }) : x.status === 'geenKosten' ? t.tijdGeen : t.tijdNiet);
    for (const sh of STAKEHOLDERS) {
      regels.push([
        csvTekst(STAKEHOLDER_LABELS[sh][taal]),
        ...projecten.flatMap((w) => w.verschil!.perVoet.map((u) => bedrag(u.partijen[sh]))),
        ...projecten.flatMap((w) => w.verschil!.perVoet.map((u) => csvTekst(terug(u.terugverdiend[sh])))),
      ]);
    }
    rij(t.saldoKort, ...projecten.flatMap((w) => w.verschil!.perVoet.map((u) => bedrag(u.saldo))));
  }

  // Parameters with their source, and the pathway inputs that are the user's own (the model's bronOmschrijving).
  leeg();
  tekst(t.parameters);
  tekst(t.parameter, t.waarde, t.bron);
  for (const p of PARAMETERS) {
    const h = herkomstVan(`parameters.${p.id}`, s)!;
    tekst(p.label[taal], toonHerkomstWaarde(h.huidig, h.eenheid, taal), bronOmschrijving(h, taal));
  }
  const eigen = eigenWaardenRegels(s, taal).filter((e) => !e.veld.startsWith('parameters.'));
  if (eigen.length > 0) {
    leeg();
    tekst(t.eigen);
    tekst(t.invoer, t.waarde);
    for (const e of eigen) tekst(e.label, e.tekst);
  }

  // Variants side by side and the KBA table (issue 11 items 5 and 6), written by kbaCsv.ts with these cell writers.
  leeg();
  regels.push(...variantenEnKbaRegels(s, taal, { tekst: csvTekst, bedrag, getal: (x) => csvGetal(x, new Decimal(x).decimalPlaces()) }));

  // PM items: one row per pathway and effect (they stand beside the euros, never in them).
  const posten = s.werkwijzen.flatMap((w) => w.pmPosten.map((p) => ({ w, p })));
  if (posten.length > 0) {
    const woord = Object.fromEntries((['+', '0', '-'] as const).map((b, k) => [b, t.oordelen.split('|')[k]!]));
    leeg();
    tekst(t.pm);
    tekst(t.werkwijze, t.effect, t.oordeel, t.toelichting);
    for (const { w, p } of posten) tekst(w.naam, pmNaam(p, taal), woord[p.beoordeling]!, p.toelichting);
  }

  return regels.map((r) => r.join(SCHEIDINGSTEKEN)).join(REGELEINDE) + REGELEINDE;
}

/** The file: UTF-8 with a byte order mark, so Excel reads "Financiële" and "€" correctly. */
export function csvBlob(tekst: string): Blob {
  return new Blob([BOM + tekst], { type: 'text/csv;charset=utf-8' });
}

/** "mkba-den-haag-klantreis-financiele-hulpverlening.csv" */
export function csvBestandsnaam(s: Scenario): string {
  const slug = s.titel
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `mkba-${slug || 'resultaten'}.csv`;
}

/** The Excel workbook's file name: the CSV's with .xlsx. */
export const werkmapBestandsnaam = (s: Scenario) => csvBestandsnaam(s).replace(/\.csv$/, '.xlsx');

/** Downloads the CSV through a Blob URL and a temporary <a download>; nothing leaves the machine. */
export function downloadResultatenCsv(s: Scenario, r: Resultaat, taal: Taal, vergelijking: { a: string; b: string } | null = null): void {
  const { ongeldig, inGebruik } = useInvoerStatusStore.getState();
  const url = URL.createObjectURL(csvBlob(resultatenCsv(s, r, taal, bandVoor(s), vergelijking, ongeldig, inGebruik)));
  const a = document.createElement('a');
  a.href = url;
  a.download = csvBestandsnaam(s);
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

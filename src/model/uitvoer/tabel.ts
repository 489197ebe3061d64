import type { Aansluiting, AansluitingRegel } from '../aansluiting';
import { BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN, UITKOMST_LABELS } from '../begrippen';
import type { Decimal } from '../decimal';
import type { Bedrag, Resultaat, VerschilBedrag, WerkwijzeResultaat } from '../engine';
import { opGrootsteInvloed } from '../onzekerheid/gevoeligheid';
import { kleineBeginletter, type OnzekereInvoer } from '../onzekerheid/invoer';
import { genoegTrekkingen, MIN_TREKKINGEN_CONCLUSIE, type MonteCarloResultaat } from '../onzekerheid/montecarlo';
import { binnenRuis, meestWaardevolleMeting, ruisniveauTeNoemen, vrijwelGelijkeMetingen, type Informatiewaarde, type WaardeVanInformatie } from '../onzekerheid/waardeVanInformatie';
import { indexeer } from '../prijspeil';
import { BEREIKREGEL } from '../parameters/bewijs';
import { WELVAART_ZIN } from '../welvaart';
import type { Scenario } from '../scenario/schema';
import type { TijdPost } from '../scenario/tijdSchema';
import { hertrekkenActief } from '../scenario/onzekerheidSchema';
import { contanteWaarde, prijspeilZin, terugverdienZin, tijdsverloop } from '../tijd';
import { formatAandeel, formatEuro, formatGetal, formatVerhouding } from '../../format/getal';
import { naamwoord } from '../../format/meervoud';
import { eenheidVanRegel } from './getallen';
import { TORNADO_AANTAL, VOI_METHODE, type GevoeligheidsAnalyse, type Onzekerheidsanalyses } from './onzekerheid';
import { perJaarRegels } from './perJaar';
import { bestuurssamenvatting } from '../samenvatting';
import { kopgroepZin, rangordeAfgerond } from '../onzekerheid/rangorde';

/**
 * The result as a Dutch, report-style text (`mkba --format table`), after Regioplan 2020 table 3.13:
 * costs and the seven benefits per pathway, for the reference cohort and per client; then the
 * clients and their allocation; then the reconciliation with the published figures.
 * Amounts in nl-NL ("€ 1.539"; Intl puts a no-break space after the euro sign).
 */
export interface TabelOpties {
  /** Terminal width in columns; tables and text are kept within it where possible (default 100). */
  breedte?: number;
  /** Sensitivity, switching values and Monte Carlo, when they were run: printed after the rest. */
  onzekerheid?: Onzekerheidsanalyses;
}

/* ---------- a small text-table renderer ---------- */

interface Kolomgroep {
  /** Group heading, e.g. the pathway name: paragraphs, each wrapped over the group's width. */
  kop: string[];
  /** Sub-headings, one per column. */
  kolommen: string[];
}

interface Rij {
  label: string;
  /** One cell per column over all groups; absent for a heading row. */
  cellen?: string[];
}

const KOLOM_TUSSENRUIMTE = 2;
const GROEP_TUSSENRUIMTE = 4;
const MIN_LABELBREEDTE = 24;
/** Group headings get at least this width (unless shorter), so that names wrap into a few lines. */
const MIN_KOPBREEDTE = 22;

/**
 * Text made safe for a terminal, character for character (so widths stay right): C0 control
 * characters and DEL become their visible Unicode pictures (ESC → "␛", NUL → "␀", a line feed inside
 * a line → "␊"); C1 controls (U+0080–U+009F, among them the one-byte CSI) and the bidirectional
 * overrides, embeddings, isolates and marks become U+FFFD. Titles and names come from a scenario file
 * that anyone can write: raw, "\u001b[2J" would clear the screen and U+202E would reverse the text.
 */
export function terminalTekst(t: string): string {
  // eslint-disable-next-line no-control-regex
  return t.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

const lengte = (s: string) => [...s].length;
const links = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - lengte(s)));
const rechts = (s: string, n: number) => ' '.repeat(Math.max(0, n - lengte(s))) + s;

/**
 * Wraps text on spaces to lines of at most `breedte` characters; over-long words are cut. A no-break
 * space (as Intl puts after the euro sign) keeps "€ 14.000" together.
 */
export function ombreken(tekst: string, breedte: number): string[] {
  const b = Math.max(1, breedte);
  const regels: string[] = [];
  let regel = '';
  for (let woord of tekst.split(/[^\S\u00a0]+/).filter(Boolean)) {
    while (lengte(woord) > b) {
      if (regel) {
        regels.push(regel);
        regel = '';
      }
      const tekens = [...woord];
      regels.push(tekens.slice(0, b).join(''));
      woord = tekens.slice(b).join('');
    }
    if (!regel) regel = woord;
    else if (lengte(regel) + 1 + lengte(woord) <= b) regel += ' ' + woord;
    else {
      regels.push(regel);
      regel = woord;
    }
  }
  if (regel || regels.length === 0) regels.push(regel);
  return regels;
}

/** Wraps with a first-line prefix and an indent for the following lines. */
function ombrekenMetInspringing(tekst: string, breedte: number, eerste: string, volgende: string): string[] {
  return ombreken(tekst, breedte - lengte(eerste)).map((r, i) => (i === 0 ? eerste : volgende) + r);
}

function tekstTabel(groepen: Kolomgroep[], rijen: Rij[], breedte: number): string[] {
  const kolomBreedte: number[] = [];
  let k = 0;
  for (const g of groepen) {
    for (const kop of g.kolommen) {
      const inhoud = rijen.map((r) => lengte(r.cellen?.[k] ?? ''));
      kolomBreedte.push(Math.max(8, lengte(kop), ...inhoud));
      k++;
    }
  }
  const groepBreedte = (gi: number, start: number) =>
    groepen[gi]!.kolommen.reduce((a, _, j) => a + kolomBreedte[start + j]!, 0) + KOLOM_TUSSENRUIMTE * (groepen[gi]!.kolommen.length - 1);
  const starts: number[] = [];
  groepen.reduce((a, g, i) => ((starts[i] = a), a + g.kolommen.length), 0);
  // Widen a group whose heading would otherwise wrap into a narrow column; spread the extra over its columns.
  groepen.forEach((g, i) => {
    const woorden = g.kop.flatMap((p) => p.split(/\s+/));
    const nodig = Math.max(...g.kop.map((p) => Math.min(lengte(p), MIN_KOPBREEDTE)), ...woorden.map(lengte));
    const tekort = nodig - groepBreedte(i, starts[i]!);
    for (let j = 0; tekort > 0 && j < g.kolommen.length; j++) {
      kolomBreedte[starts[i]! + j]! += Math.floor(tekort / g.kolommen.length) + (j < tekort % g.kolommen.length ? 1 : 0);
    }
  });
  const breedtes = groepen.map((_, i) => groepBreedte(i, starts[i]!));

  // Split the groups into blocks that fit next to a label column of at least MIN_LABELBREEDTE.
  const blokken: number[][] = [];
  let huidig: number[] = [];
  let bezet = 0;
  for (let i = 0; i < groepen.length; i++) {
    const extra = breedtes[i]! + GROEP_TUSSENRUIMTE;
    if (huidig.length > 0 && MIN_LABELBREEDTE + bezet + extra > breedte) {
      blokken.push(huidig);
      huidig = [];
      bezet = 0;
    }
    huidig.push(i);
    bezet += extra;
  }
  if (huidig.length > 0 || groepen.length === 0) blokken.push(huidig);

  const uit: string[] = [];
  for (const [bi, blok] of blokken.entries()) {
    if (bi > 0) uit.push('');
    const cijferBreedte = blok.reduce((a, i) => a + breedtes[i]! + GROEP_TUSSENRUIMTE, 0);
    const langsteLabel = Math.max(0, ...rijen.map((r) => lengte(r.label)));
    const labelBreedte = Math.max(MIN_LABELBREEDTE, Math.min(langsteLabel, breedte - cijferBreedte));

    // Group headings, wrapped and bottom-aligned, right-aligned above the numbers.
    const koppen = blok.map((i) => groepen[i]!.kop.flatMap((p) => ombreken(p, breedtes[i]!)));
    const hoogte = Math.max(0, ...koppen.map((r) => r.length));
    for (let h = 0; h < hoogte; h++) {
      let regel = ' '.repeat(labelBreedte);
      blok.forEach((i, j) => {
        const regels = koppen[j]!;
        const r = regels[h - (hoogte - regels.length)] ?? '';
        regel += ' '.repeat(GROEP_TUSSENRUIMTE) + rechts(r, breedtes[i]!);
      });
      uit.push(regel.trimEnd());
    }
    if (blok.some((i) => groepen[i]!.kolommen.some((c) => c !== ''))) {
      let regel = ' '.repeat(labelBreedte);
      for (const i of blok) {
        regel += ' '.repeat(GROEP_TUSSENRUIMTE) + groepen[i]!.kolommen.map((c, j) => rechts(c, kolomBreedte[starts[i]! + j]!)).join(' '.repeat(KOLOM_TUSSENRUIMTE));
      }
      uit.push(regel.trimEnd());
    }

    for (const r of rijen) {
      const inspringing = /^\s*/.exec(r.label)![0];
      const nummer = /^\s*(\d+\.\s+)?/.exec(r.label)![0];
      const labelRegels = ombrekenMetInspringing(r.label.slice(inspringing.length), labelBreedte, inspringing, ' '.repeat(lengte(nummer)));
      labelRegels.forEach((lr, li) => {
        if (!r.cellen || li < labelRegels.length - 1) {
          uit.push(lr.trimEnd());
          return;
        }
        let regel = links(lr, labelBreedte);
        for (const i of blok) {
          const cellen = groepen[i]!.kolommen.map((_, j) => rechts(r.cellen![starts[i]! + j] ?? '', kolomBreedte[starts[i]! + j]!));
          regel += ' '.repeat(GROEP_TUSSENRUIMTE) + cellen.join(' '.repeat(KOLOM_TUSSENRUIMTE));
        }
        uit.push(regel.trimEnd());
      });
    }
  }
  return uit;
}

/* ---------- the report ---------- */

// From the Decimal itself: a float would turn € …430.056 into € …430.100.
const euro = (x: Decimal) => formatEuro(x);
const getal = (x: Decimal | number) => formatGetal(x, 'nl', 2);

function bedragCellen(b: Bedrag | VerschilBedrag): string[] {
  return [euro(b.totaal), euro(b.perKlant)];
}

function kopVan(w: WerkwijzeResultaat): string[] {
  return [w.naam, `${w.nulalternatief ? 'nulalternatief, ' : ''}N = ${formatGetal(w.cohort)}`];
}

function kostenBatenRijen(
  investering: (w: WerkwijzeResultaat) => Bedrag | VerschilBedrag,
  baat: (w: WerkwijzeResultaat, b: (typeof BATEN)[number]) => Bedrag | VerschilBedrag,
  totaal: (w: WerkwijzeResultaat) => Bedrag | VerschilBedrag,
  saldo: (w: WerkwijzeResultaat) => Bedrag | VerschilBedrag,
  werkwijzen: WerkwijzeResultaat[],
): Rij[] {
  const cellen = (f: (w: WerkwijzeResultaat) => Bedrag | VerschilBedrag) => werkwijzen.flatMap((w) => bedragCellen(f(w)));
  return [
    { label: 'Investering', cellen: cellen(investering) },
    { label: 'Baten' },
    ...BATEN.map((b, i) => ({ label: `  ${i + 1}. ${BAAT_LABELS[b].nl}`, cellen: cellen((w) => baat(w, b)) })),
    { label: 'Totaal baten', cellen: cellen(totaal) },
    { label: 'Saldo (baten − investering)', cellen: cellen(saldo) },
  ];
}

function regelWaarde(r: AansluitingRegel, x: Decimal | number): string {
  const n = typeof x === 'number' ? x : x.toNumber();
  switch (eenheidVanRegel(r)) {
    case 'aandeel':
      return formatAandeel(n);
    case 'klanten':
      return `${getal(n)} ${naamwoord(n, 'klant', 'klanten')}`;
    default:
      return formatEuro(n);
  }
}

function aansluitingTekst(a: Aansluiting, r: Resultaat, breedte: number): string[] {
  const uit: string[] = [];
  uit.push(...ombreken(`Bron: ${a.bron}`, breedte));
  uit.push('');
  if (a.eigenInvoer) {
    uit.push(
      ...ombreken(
        `De invoer van dit scenario wijkt af van die van het gepubliceerde rapport: ${formatGetal(a.posten.nietGereproduceerd)} van de ` +
          `${formatGetal(a.posten.totaal)} gepubliceerde bedragen per kostenpost en baat komen er niet meer uit. De verschillen hieronder ` +
          'komen daardoor nu uit de eigen invoer van dit scenario, niet alleen uit het rapport.',
        breedte,
      ),
    );
    uit.push('');
  }
  const kloppend = a.regels.length - a.afwijkingen.length;
  const telling =
    a.afwijkingen.length === 0
      ? `Alle ${formatGetal(a.regels.length)} gepubliceerde cijfers kloppen met de berekening (op de euro of op het gedrukte percentage).`
      : `${formatGetal(kloppend)} van de ${formatGetal(a.regels.length)} gepubliceerde cijfers ${naamwoord(kloppend, 'klopt', 'kloppen')} met de berekening ` +
        `(op de euro of op het gedrukte percentage); ${formatGetal(a.afwijkingen.length)} ${naamwoord(a.afwijkingen.length, 'wijkt', 'wijken')} af:`;
  uit.push(...ombreken(telling, breedte));
  for (const regel of a.afwijkingen) {
    const naam = r.werkwijzen.find((w) => w.id === regel.werkwijze)?.naam ?? regel.werkwijze;
    uit.push('');
    uit.push(...ombrekenMetInspringing(`${naam}: ${regel.omschrijving}`, breedte, '• ', '  '));
    const cijfers =
      `gepubliceerd ${regelWaarde(regel, regel.gepubliceerd)}, berekend ${regelWaarde(regel, regel.berekend)}, ` +
      `verschil ${regelWaarde(regel, regel.verschil)}`;
    uit.push(...ombrekenMetInspringing(cijfers, breedte, '  ', '  '));
    if (regel.oorzaak) uit.push(...ombrekenMetInspringing(regel.oorzaak, breedte, '  oorzaak: ', '           '));
  }
  return uit;
}

export function naarTabel(scenario: Scenario, resultaat: Resultaat, aansluiting: Aansluiting | null = null, opties: TabelOpties = {}): string {
  const breedte = Math.max(60, Math.floor(opties.breedte ?? 100));
  const ww = resultaat.werkwijzen;
  const ref = formatGetal(resultaat.referentieCohort);
  const uit: string[] = [];
  const sectie = (titel: string) => {
    if (uit.length > 0) uit.push('');
    uit.push(titel, '='.repeat(Math.min(lengte(titel), breedte)));
  };

  uit.push(...ombreken(`MKBA Schuldhulp: ${scenario.titel}`, breedte));
  uit.push(...ombreken(`Bedragen in euro's, omgerekend naar een cohort van ${ref} ${naamwoord(resultaat.referentieCohort, 'klant', 'klanten')}; per klant = totaal / ${ref}.`, breedte));
  if (scenario.prijspeil.doeljaar !== null) {
    uit.push(...ombreken(`Alle bedragen op prijspeil ${scenario.prijspeil.doeljaar} (zie Prijspeil).`, breedte));
  }

  // The bottom line first (issue 13 item 1): the same sentences as the app's overview, print and CSV.
  const samenvatting = bestuurssamenvatting(scenario, resultaat, 'nl', opties.onzekerheid?.monteCarlo ?? null);
  if (samenvatting) {
    sectie('Samenvatting voor het bestuur');
    for (const z of samenvatting.zinnen) uit.push(...ombreken(`${z.kop}: ${z.tekst}`, breedte));
  }

  sectie('Kosten en baten');
  const groepen = ww.map((w) => ({ kop: kopVan(w), kolommen: ['Totaal', 'Per klant'] }));
  const rijen = kostenBatenRijen(
    (w) => w.kosten.totaal,
    (w, b) => w.baten.posten[b],
    (w) => w.baten.totaal,
    (w) => w.saldo,
    ww,
  );
  rijen.push({
    label: 'Baten/kosten-verhouding',
    cellen: ww.flatMap((w) => [w.batenKostenVerhouding === null ? 'n.v.t.' : formatVerhouding(w.batenKostenVerhouding), '']),
  });
  // The second perspective (issue 11): benefits without transfers, and the welfare saldo.
  rijen.push({ label: 'Welvaartsbaten (zonder overdrachten)', cellen: ww.flatMap((w) => bedragCellen(w.welvaart.baten)) });
  rijen.push({ label: 'Maatschappelijk welvaartssaldo', cellen: ww.flatMap((w) => bedragCellen(w.welvaart.saldo)) });
  uit.push(...tekstTabel(groepen, rijen, breedte));
  uit.push('', ...ombreken(WELVAART_ZIN.nl, breedte));
  if (ww.some((w) => w.batenKostenVerhouding === null)) {
    uit.push('', ...ombreken('n.v.t.: de kosten zijn nul, dus er is geen baten/kosten-verhouding.', breedte));
  }

  if (resultaat.verschillen.length > 0) {
    const nul = resultaat.nulalternatief;
    sectie(`Verschil met het nulalternatief: ${nul.naam}`);
    const anderen = resultaat.verschillen.map((v) => ({ v, w: ww.find((w) => w.id === v.id)! }));
    const verschil = (w: WerkwijzeResultaat) => anderen.find((a) => a.w === w)!.v;
    uit.push(
      ...tekstTabel(
        anderen.map(({ w }) => ({ kop: [w.naam, '− nulalternatief'], kolommen: ['Totaal', 'Per klant'] })),
        kostenBatenRijen(
          (w) => verschil(w).kosten,
          (w, b) => verschil(w).posten[b],
          (w) => verschil(w).baten,
          (w) => verschil(w).saldo,
          anderen.map((a) => a.w),
        ),
        breedte,
      ),
    );
  }

  if (scenario.tijd.discontovoet > 0) {
    sectie('Contante waarde');
    uit.push(...contanteWaardeTekst(scenario, resultaat, breedte));
  }
  if (scenario.prijspeil.doeljaar !== null) {
    sectie('Prijspeil');
    uit.push(...prijspeilTekst(scenario, breedte));
  }
  const perJaar = perJaarRegels(scenario, resultaat, (t) => ombreken(t, breedte));
  if (perJaar) {
    sectie(perJaar.titel);
    uit.push(...perJaar.regels);
  }
  // Effects over time (issue 11): the payback sentence per project pathway; the figures are in the JSON (pathways[].time).
  const tv = tijdsverloop(scenario, resultaat);
  if (tv.werkwijzen.some((w) => w.verschil)) {
    sectie('Terugverdienen');
    for (const w of tv.werkwijzen.filter((x) => x.verschil)) uit.push(...ombreken(terugverdienZin(w, tv.voeten, tv.horizonJaren), breedte));
    uit.push(...ombreken(prijspeilZin(scenario), breedte));
  }

  sectie('Klanten en toedeling');
  const invoer = (w: WerkwijzeResultaat) => scenario.werkwijzen.find((x) => x.id === w.id)!.uitkomsten;
  const klantRij = (label: string, f: (w: WerkwijzeResultaat) => Decimal | number): Rij => ({ label, cellen: ww.map((w) => getal(f(w))) });
  uit.push(
    ...tekstTabel(
      ww.map((w) => ({ kop: [w.naam], kolommen: [''] })),
      [
        klantRij('Klanten in de dossieranalyse (N)', (w) => w.cohort),
        klantRij(UITKOMST_LABELS.oplossing.nl, (w) => invoer(w).oplossing),
        klantRij(UITKOMST_LABELS.gestabiliseerd.nl, (w) => invoer(w).gestabiliseerd),
        klantRij(UITKOMST_LABELS.geenOplossing.nl, (w) => invoer(w).geenOplossing),
        klantRij(UITKOMST_LABELS.inSchuldregelfase.nl, (w) => invoer(w).inSchuldregelfase),
        klantRij('  toegewezen aan oplossing', (w) => w.toedeling.naarOplossing),
        klantRij('  toegewezen aan geen oplossing', (w) => w.toedeling.naarGeenOplossing),
        klantRij('Oplossing na toedeling', (w) => w.naToedeling.oplossing),
        klantRij('Geen oplossing na toedeling', (w) => w.naToedeling.geenOplossing),
        klantRij('In aanmerking voor de baten (E)', (w) => w.inAanmerking),
      ],
      breedte,
    ),
  );
  const p = formatAandeel(scenario.parameters['allocation.successShare']);
  const methode =
    scenario.instellingen.toedeling === 'heleKlanten'
      ? 'afgerond op hele klanten met de grootste-restmethode, zoals het rapport'
      : 'als verwachte waarden, dus met fracties van klanten';
  uit.push(
    '',
    ...ombreken(
      `E = oplossing + gestabiliseerd, na toedeling. Van de klanten die nog in de fase schulden regelen zitten, telt ${p} ` +
        `als oplossing en de rest als geen oplossing, ${methode}.`,
      breedte,
    ),
  );

  if (aansluiting) {
    sectie('Aansluiting met de publicatie');
    uit.push(...aansluitingTekst(aansluiting, resultaat, breedte));
  }

  const g = opties.onzekerheid?.gevoeligheid;
  if (g && resultaat.verschillen.length > 0) {
    sectie('Gevoeligheid per invoer (tornado)');
    uit.push(...tornadoTekst(scenario, resultaat, g, breedte));
    if (g.omslagwaarden.length > 0) {
      sectie('Omslagwaarden');
      uit.push(...omslagTekst(resultaat, g, breedte));
    }
  }
  const mc = opties.onzekerheid?.monteCarlo;
  if (mc) {
    sectie('Monte Carlo-analyse');
    uit.push(...monteCarloTekst(scenario, resultaat, mc, breedte));
  }
  const voi = opties.onzekerheid?.waardeVanInformatie;
  if (voi) {
    sectie('Waarde van informatie');
    uit.push(...informatieTekst(voi, breedte));
  }
  // Every line through terminalTekst: titles, names and claims from the file never reach the terminal raw.
  return uit.map(terminalTekst).join('\n') + '\n';
}

/* ---------- present value and price level ---------- */

/** Note under the uncertainty sections when the scenario discounts: they work on undiscounted amounts. */
const ONVERDISCONTEERD = 'De saldi hier zijn niet verdisconteerd: de gevoeligheid en de Monte Carlo rekenen met de bedragen zonder contante waarde.';

const POST_LABEL = (p: TijdPost) => ((KOSTENPOSTEN as readonly string[]).includes(p) ? KOSTENPOST_LABELS[p as (typeof KOSTENPOSTEN)[number]] : BAAT_LABELS[p as (typeof BATEN)[number]]).nl;

function contanteWaardeTekst(s: Scenario, r: Resultaat, breedte: number): string[] {
  const cw = contanteWaarde(r, s.tijd);
  const nul = cw.find((c) => c.id === r.nulalternatief.id)!;
  const ww = r.werkwijzen;
  const perKlant = (x: Decimal, w: WerkwijzeResultaat) => x.div(r.referentieCohort);
  const cellen = (f: (c: (typeof cw)[number], w: WerkwijzeResultaat) => [Decimal, Decimal] | null) =>
    ww.flatMap((w, i) => {
      const x = f(cw[i]!, w);
      return x ? [euro(x[0]), euro(x[1])] : ['', ''];
    });
  const rijen: Rij[] = [
    { label: 'Investering', cellen: cellen((c, w) => [c.kostenTotaal, perKlant(c.kostenTotaal, w)]) },
    { label: 'Totaal baten', cellen: cellen((c, w) => [c.batenTotaal, perKlant(c.batenTotaal, w)]) },
    { label: 'Saldo (baten − investering)', cellen: cellen((c) => [c.saldo, c.saldoPerKlant]) },
  ];
  if (cw.length > 1) {
    rijen.push({
      label: 'Verschil saldo met het nulalternatief',
      cellen: cellen((c) => (c === nul ? null : [c.saldo.minus(nul.saldo), c.saldoPerKlant.minus(nul.saldoPerKlant)])),
    });
  }
  const gespreid = Object.entries(s.tijd.spreiding)
    .filter(([, a]) => a && a.length > 1)
    .map(([post, a]) => `${kleineBeginletter(POST_LABEL(post as TijdPost))} over ${a!.length} jaar`);
  const uitleg =
    `Discontovoet ${formatAandeel(s.tijd.discontovoet, 'nl', 2)}, tijdshorizon ${formatGetal(s.tijd.horizonJaren)} jaar. ` +
    `Kosten en baten zijn naar jaar 0 verdisconteerd volgens hun spreiding over de jaren` +
    (gespreid.length > 0 ? ` (${gespreid.join('; ')}); de andere posten vallen in jaar 0.` : '; alle posten vallen in jaar 0.');
  return [
    ...ombreken(uitleg, breedte),
    '',
    ...tekstTabel(
      ww.map((w) => ({ kop: kopVan(w), kolommen: ['Totaal', 'Per klant'] })),
      rijen,
      breedte,
    ),
  ];
}

function prijspeilTekst(s: Scenario, breedte: number): string[] {
  const doel = s.prijspeil.doeljaar!;
  const r = indexeer(s, s.prijspeil);
  if (!r.ok) throw new Error(`interne fout: ${r.fout}`);
  const factoren = Object.entries(r.indexering?.factoren ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const uit = ombreken(
    `Alle bedragen zijn omgerekend naar prijspeil ${doel}, vanaf het prijsjaar van hun bron ` +
      `(de kosten van de werkwijzen: ${s.prijspeil.prijsjaarKosten}). Indexfactoren:`,
    breedte,
  );
  for (const [jaar, f] of factoren) uit.push(`  prijspeil ${jaar} naar ${doel}: ${formatGetal(f.toNumber(), 'nl', 4)}`);
  return uit;
}

/* ---------- uncertainty ---------- */

/** An input value for people: shares as percentages, euros, months. */
function invoerWaarde(i: OnzekereInvoer, x: number): string {
  switch (i.eenheid) {
    case 'aandeel':
      return formatAandeel(x, 'nl', 1);
    case 'euro':
      return formatEuro(x, 'nl', Math.abs(x) < 100 && !Number.isInteger(x) ? 2 : 0);
    case 'maanden':
      return `${formatGetal(x, 'nl', 1)} mnd`;
    case 'klanten':
      return formatGetal(x, 'nl', 1);
  }
}

/** A probability as a whole percentage; never rounds a non-certain outcome to 0% or 100%. */
export function formatKans(x: number): string {
  return formatKansAfgerond(x, x);
}

/** formatKans, with `afgerond` the whole percentage x got among chances that add up to 100% (rangordeAfgerond). */
function formatKansAfgerond(x: number, afgerond: number): string {
  const p = Math.round(afgerond * 100);
  if (p === 0 && x > 0) return '< 1%';
  if (p === 100 && x < 1) return '> 99%';
  return formatAandeel(afgerond, 'nl', 0);
}

/** A tornado bar: the range around the baseline (│), on a common scale. */
function balk(laag: number, hoog: number, schaal: number, breedte: number): string {
  const half = (breedte - 1) / 2;
  const deel = (x: number) => (schaal > 0 ? Math.min(half, Math.round((Math.max(0, x) / schaal) * half)) : 0);
  const links = deel(-Math.min(laag, hoog));
  const rechts = deel(Math.max(laag, hoog));
  return ' '.repeat(half - links) + '█'.repeat(links) + '│' + '█'.repeat(rechts) + ' '.repeat(half - rechts);
}

function tornadoTekst(s: Scenario, r: Resultaat, g: GevoeligheidsAnalyse, breedte: number): string[] {
  const projecten = r.verschillen.map((v) => ({ v, w: r.werkwijzen.find((w) => w.id === v.id)! }));
  // With several project pathways: the inputs with the largest influence on any of them.
  const regels = opGrootsteInvloed(g.regels).slice(0, TORNADO_AANTAL);
  // Bars on one scale over all rows and project pathways: the swing from the scenario's difference.
  const uitslag = (regel: (typeof regels)[number], v: (typeof projecten)[number]['v']) => {
    const x = regel.verschil[v.id]!;
    return [x.laag.minus(v.saldo.perKlant).toNumber(), x.hoog.minus(v.saldo.perKlant).toNumber()] as const;
  };
  const schaal = Math.max(0, ...regels.flatMap((regel) => projecten.flatMap(({ v }) => uitslag(regel, v).map(Math.abs))));
  const balkBreedte = breedte >= 90 ? 31 : 21;
  const inspringing = '    ';

  const basisTekst = projecten.map(({ v, w }) => `${w.naam} ${euro(v.saldo.perKlant)} per klant`).join('; ');
  const uit = [
    ...ombreken(
      `Het saldo per klant ten opzichte van het nulalternatief, met één invoer op de lage en op de hoge waarde ` +
        `van zijn bereik en alle andere op de scenariowaarde. In het scenario zelf: ${basisTekst}. ` +
        `De balk toont hoe ver het saldo van dat van het scenario (│) afwijkt: links lager, rechts hoger. ` +
        `De ${formatGetal(regels.length)} invoeren met de meeste invloed${projecten.length > 1 ? ' op een van de projectwerkwijzen' : ''}` +
        (g.regels.length > regels.length ? ` (van ${formatGetal(g.regels.length)})` : '') +
        `, de grootste eerst.`,
      breedte,
    ),
  ];
  regels.forEach((regel, n) => {
    const i = regel.invoer;
    const nummer = `${String(n + 1).padStart(2)}. `;
    if (n === 0) uit.push('');
    uit.push(
      ...ombrekenMetInspringing(
        `${i.label.nl} (${invoerWaarde(i, i.laag)} tot ${invoerWaarde(i, i.hoog)}${'aanname' in i.herkomst ? ', aanname' : ''}; in het scenario ${invoerWaarde(i, i.basis)}; graad ${i.graad})`,
        breedte,
        nummer,
        ' '.repeat(nummer.length),
      ),
    );
    for (const p of projecten) {
      const x = regel.verschil[p.v.id]!;
      const [laag, hoog] = uitslag(regel, p.v);
      const wie = projecten.length > 1 ? `${p.w.naam}: ` : '';
      const tekst = `${wie}${euro(x.laag)} bij laag, ${euro(x.hoog)} bij hoog`;
      uit.push(...ombrekenMetInspringing(tekst, breedte, `${inspringing}${balk(laag, hoog, schaal, balkBreedte)}  `, ' '.repeat(inspringing.length + balkBreedte + 2)));
    }
  });
  uit.push(
    '',
    ...ombreken(
      'Bereik: uit het scenario (onzekerheid.bereiken), anders de standaard: voor parameters het bereik uit de parametercatalogus, ' +
        'voor aandelen uit de dossiers het 90%-interval van Beta(k+1, n−k+1) (een getypt of gewijzigd aandeel, zonder de telling uit het bestand: ±50%, graad D), voor kosten per klant ±10% (graad A), voor de optimism bias 0–10%. ' +
        'Graad: A lokaal gemeten, B landelijke statistiek of meerdere studies, C één studie, D aanname. ' +
        BEREIKREGEL.nl +
        ' Alle invoeren met bron en graad: npm run -s mkba -- --parameters.',
      breedte,
    ),
  );
  if (s.prijspeil.doeljaar !== null) {
    uit.push(...ombreken(`Invoer in euro's staat op het prijspeil van zijn bron; de saldi op prijspeil ${s.prijspeil.doeljaar}.`, breedte));
  }
  if (s.tijd.discontovoet > 0) uit.push(...ombreken(ONVERDISCONTEERD, breedte));
  return uit;
}

function omslagTekst(r: Resultaat, g: GevoeligheidsAnalyse, breedte: number): string[] {
  const invoerenVan = (id: string) => [...new Set(g.omslagwaarden.filter((o) => o.omslag.werkwijze === id).map((o) => o.invoer))];
  const aantal = Math.max(0, ...r.verschillen.map((v) => invoerenVan(v.id).length));
  const uit = ombreken(
    `Bij welke waarde van één invoer slaat de uitkomst om, als de rest op de scenariowaarde blijft? Voor de ` +
      `${formatGetal(aantal)} invoeren met de meeste invloed` +
      (r.verschillen.length > 1 ? ' op het verschil van elke projectwerkwijze met het nulalternatief' : '') +
      `: waar het saldo per klant nul wordt, en waar het gelijk wordt aan dat van het nulalternatief.`,
    breedte,
  );
  for (const v of r.verschillen) {
    const invoeren = invoerenVan(v.id);
    const w = r.werkwijzen.find((x) => x.id === v.id)!;
    uit.push('');
    uit.push(
      ...ombreken(
        `${w.naam} (in het scenario: saldo ${euro(w.saldo.perKlant)} per klant, ${euro(v.saldo.perKlant)} per klant ten opzichte van het nulalternatief)`,
        breedte,
      ),
    );
    invoeren.forEach((invoer, n) => {
      const eigen = g.omslagwaarden.filter((o) => o.invoer === invoer && o.omslag.werkwijze === v.id);
      if (eigen.length === 0) return;
      const nummer = `${String(n + 1).padStart(2)}. `;
      uit.push(...ombrekenMetInspringing(`${invoer.label.nl} (in het scenario ${invoerWaarde(invoer, invoer.basis)})`, breedte, nummer, ' '.repeat(nummer.length)));
      for (const { omslag } of eigen) {
        const doel = omslag.doel === 'saldoNul' ? 'saldo nul: ' : 'gelijk aan nulalternatief: ';
        const inspringing = ' '.repeat(nummer.length);
        uit.push(...ombrekenMetInspringing(omslag.uitleg, breedte, inspringing + doel, inspringing + '  '));
      }
    });
  }
  return uit;
}

/** EVPI and the EVPPI ranking, with the plain sentence on what is worth measuring locally. */
function informatieTekst(w: WaardeVanInformatie, breedte: number): string[] {
  const jaar = w.instroomPerJaar !== null;
  const bedrag = (perKlant: number, perJaar: number | null) => (jaar && perJaar !== null ? `${formatEuro(perJaar)} per jaar` : `${formatEuro(perKlant)} per klant`);
  const uit = ombreken(
    `Verwachte waarde van volledige informatie (EVPI) voor de keuze tussen de werkwijzen: ${formatEuro(w.evpi)} per klant` +
      (jaar ? ` (${formatEuro(w.evpiPerJaar!)} per jaar bij een instroom van ${formatGetal(w.instroomPerJaar!)} klanten per jaar).` : '.') +
      ' Dat is wat het waard is om alle onzekere invoeren precies te kennen voordat de gemeente kiest.',
    breedte,
  );
  const top = meestWaardevolleMeting(w);
  const gelijk = vrijwelGelijkeMetingen(w);
  // Too few draws (tester5 #6): the EVPI and the table stay as raw figures, no sentence on what to measure.
  if (!genoegTrekkingen(w.trekkingen)) uit.unshift(`Te weinig trekkingen voor een conclusie; alleen de ruwe getallen:`);
  else if (top && gelijk.length > 0) {
    // A runner-up within the noise of the top is named with it (defect 15), as in the app.
    const alle = [top, ...gelijk];
    const lijst = (xs: string[], en = 'en') => `${xs.slice(0, -1).join(', ')} ${en} ${xs.at(-1)}`;
    uit.push(
      '',
      ...ombreken(
        `Als de gemeente één ding lokaal meet, leveren het meten van ${lijst(alle.map((x) => x.inZin.nl), 'en van')} vrijwel evenveel beslisinformatie op: tot ${lijst(alle.map((x) => bedrag(x.evppi, x.evppiPerJaar)))}. ` +
          `Het verschil is kleiner dan het ruisniveau van de schatter (${formatEuro(w.ruisgrens ?? w.ruisniveau!)}), dus toeval in de trekkingen.`,
        breedte,
      ),
    );
  } else if (top) {
    uit.push('', ...ombreken(`Als de gemeente één ding lokaal meet, levert het meten van ${top.inZin.nl} de meeste beslisinformatie op: tot ${bedrag(top.evppi, top.evppiPerJaar)}.`, breedte));
  } else {
    const groep = [...w.perGroep].sort((a, b) => b.evppi - a.evppi)[0];
    uit.push(
      '',
      ...ombreken(
        groep && groep.evppi > 0
          ? `Geen enkele invoer apart verandert de keuze; samen wel: het meten van ${groep.inZin.nl} levert tot ${bedrag(groep.evppi, groep.evppiPerJaar)} aan beslisinformatie op.`
          : 'Geen enkele invoer apart verandert de keuze: lokaal meten levert hier geen beslisinformatie op.',
        breedte,
      ),
    );
  }
  const cellen = (x: Informatiewaarde) => [formatEuro(x.evppi), ...(jaar ? [formatEuro(x.evppiPerJaar!)] : [])];
  // Inputs whose every cell shows € 0 say nothing in the table (the JSON keeps them all); a line counts them.
  const nul = formatEuro(0);
  const metWaarde = w.perInvoer.filter((x) => cellen(x).some((c) => c !== nul));
  const getoond = metWaarde.slice(0, 10);
  const aantalNul = w.perInvoer.length - metWaarde.length;
  const kleiner = metWaarde.length - getoond.length;
  const weggelaten = [
    ...(aantalNul > 0 ? [`${formatGetal(aantalNul)} ${naamwoord(aantalNul, 'invoer', 'invoeren')} met een EVPPI van ${nul} (afgerond)`] : []),
    ...(kleiner > 0 ? [`${formatGetal(kleiner)} met een kleinere EVPPI dan de ${formatGetal(getoond.length)} getoonde`] : []),
  ];
  uit.push(
    '',
    ...tekstTabel(
      [{ kop: ['EVPPI'], kolommen: [jaar ? 'per klant' : ''] }, ...(jaar ? [{ kop: [''], kolommen: ['per jaar'] }] : [])],
      [...getoond.map((x) => ({ label: x.label.nl, x })), ...w.perGroep.map((x) => ({ label: `Groep: ${x.label.nl}`, x }))].map(({ label, x }) => ({
        label: binnenRuis(w, x.evppi) ? `${label} (binnen ruisniveau)` : label,
        cellen: cellen(x),
      })),
      breedte,
    ),
    // The noise floor as in the app (review: the CLI table did not mention it).
    ...(ruisniveauTeNoemen(w)
      ? [
          '',
          ...ombreken(
            `Ruisniveau van de schatter: een invoer zonder enige invloed komt bij ${formatGetal(w.trekkingen)} ${naamwoord(w.trekkingen, 'trekking', 'trekkingen')} rond ${formatEuro(w.ruisniveau!)} per klant uit, ` +
              `en in 19 willekeurige volgordes tot ${formatEuro(w.ruisgrens ?? w.ruisniveau!)}. Een EVPPI tot dat bedrag is niet te onderscheiden van ruis (toets op 5%) ` +
              'en dus geen beslisinformatie (in de tabel: "binnen ruisniveau"); meer trekkingen verlagen het ruisniveau.',
            breedte,
          ),
        ]
      : []),
    ...(weggelaten.length > 0
      ? ['', ...ombreken(`Niet in de tabel: ${weggelaten.join(' en ')}; de JSON-uitvoer (--format json) noemt alle ${formatGetal(w.perInvoer.length)} invoeren.`, breedte)]
      : []),
    '',
    ...(w.uitkomstenHertrokken === false
      ? [
          ...ombreken(
            'De uitkomsten per werkwijze zijn in deze trekkingen niet opnieuw getrokken uit de dossiers, dus als zeker behandeld: wat het meten van de uitkomsten in meer dossiers waard is, staat niet in de rangorde.',
            breedte,
          ),
          '',
        ]
      : []),
    ...ombreken(VOI_METHODE, breedte),
  );
  return uit;
}

/** Every pathway against every other: a matrix of P(row beats column), P(best), expected rank, one sentence. */
function rangordeTekst(mc: MonteCarloResultaat, ww: Resultaat['werkwijzen'], breedte: number): string[] {
  // Shown rounded so that complementary chances add up to 100% (defect 9); the order from the unrounded ones.
  const r = rangordeAfgerond(mc.rangorde, 0);
  const beste = [...ww].sort((a, b) => mc.rangorde.kansBeste[b.id]! - mc.rangorde.kansBeste[a.id]!)[0]!;
  const gelijk = kopgroepZin(mc.rangorde.kansBeste, mc.trekkingen, (id) => ww.find((w) => w.id === id)?.naam ?? id, 'nl');
  return [
    '',
    ...ombreken('Elke werkwijze tegen elke andere: de kans dat de werkwijze in de rij een hoger saldo per klant heeft dan die in de kolom.', breedte),
    '',
    ...tekstTabel(
      ww.map((w) => ({ kop: kopVan(w), kolommen: [''] })),
      [
        ...ww.map((a) => ({ label: `${a.naam} beter dan …`, cellen: ww.map((b) => (a.id === b.id ? '–' : formatKansAfgerond(mc.rangorde.paarsgewijs[a.id]![b.id]!, r.paarsgewijs[a.id]![b.id]!))) })),
        { label: 'Kans de beste te zijn', cellen: ww.map((w) => formatKansAfgerond(mc.rangorde.kansBeste[w.id]!, r.kansBeste[w.id]!)) },
        { label: 'Verwachte rang (1 = beste)', cellen: ww.map((w) => formatGetal(Math.round(r.verwachteRang[w.id]! * 100) / 100)) },
      ],
      breedte,
    ),
    '',
    ...(!genoegTrekkingen(mc.trekkingen) ? [] : ombreken(gelijk ?? `De ${beste.naam} heeft de grootste kans de beste te zijn: ${formatKansAfgerond(mc.rangorde.kansBeste[beste.id]!, r.kansBeste[beste.id]!)} van de trekkingen.`, breedte)),
  ];
}

function monteCarloTekst(s: Scenario, r: Resultaat, mc: MonteCarloResultaat, breedte: number): string[] {
  const ww = r.werkwijzen;
  const perKlant = (f: (x: MonteCarloResultaat['saldoPerKlant'][string]) => number) => ww.map((w) => formatEuro(f(mc.saldoPerKlant[w.id]!)));
  const uit = ombreken(
    `${formatGetal(mc.trekkingen)} ${naamwoord(mc.trekkingen, 'trekking', 'trekkingen')} met seed ${mc.seed}: in elke trekking krijgen alle onzekere invoeren ` +
      `tegelijk een waarde uit hun verdeling` +
      (hertrekkenActief(s, s.onzekerheid) ? ', en worden ook de uitkomsten per werkwijze opnieuw getrokken.' : '.'),
    breedte,
  );
  if (!genoegTrekkingen(mc.trekkingen))
    uit.push(
      '',
      ...ombreken(
        `Te weinig trekkingen voor een conclusie: minder dan ${formatGetal(MIN_TREKKINGEN_CONCLUSIE)}. De getallen hieronder zijn ruw en zeggen nog niets over welke werkwijze het best is of wat meten waard is.`,
        breedte,
      ),
    );
  uit.push(
    '',
    ...tekstTabel(
      ww.map((w) => ({ kop: kopVan(w), kolommen: [''] })),
      [
        { label: 'Saldo per klant in het scenario', cellen: ww.map((w) => euro(w.saldo.perKlant)) },
        { label: 'Gemiddeld saldo per klant', cellen: perKlant((x) => x.gemiddelde) },
        { label: '5e percentiel (p5)', cellen: perKlant((x) => x.p5) },
        { label: '95e percentiel (p95)', cellen: perKlant((x) => x.p95) },
        { label: 'Kans op een positief saldo', cellen: ww.map((w) => formatKans(mc.saldoPerKlant[w.id]!.kansPositief)) },
      ],
      breedte,
    ),
  );
  for (const v of r.verschillen) {
    const w = ww.find((x) => x.id === v.id)!;
    const d = mc.verschil[v.id];
    if (!d) continue;
    uit.push('');
    uit.push(...ombreken(`Kans dat de ${w.naam} beter is dan het nulalternatief: ${formatKans(d.kansPositief)}`, breedte));
    uit.push(
      ...ombreken(
        `Verschil in saldo per klant met het nulalternatief: gemiddeld ${formatEuro(d.gemiddelde)}, ` +
          `90%-interval (p5–p95) van ${formatEuro(d.p5)} tot ${formatEuro(d.p95)} per klant.`,
        breedte,
      ),
    );
  }
  uit.push(...rangordeTekst(mc, ww, breedte));
  uit.push(
    '',
    ...ombreken(
      'Het gemiddelde kan afwijken van het saldo in het scenario: niet elk bereik ligt symmetrisch rond de scenariowaarde, ' +
        'en een aandeel uit de dossiers (k van n) wordt getrokken uit Beta(k+1, n−k+1), met gemiddelde (k+1)/(n+2).',
      breedte,
    ),
  );
  if (s.tijd.discontovoet > 0) uit.push(...ombreken(ONVERDISCONTEERD, breedte));
  return uit;
}

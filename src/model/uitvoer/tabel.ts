import type { Aansluiting, AansluitingRegel } from '../aansluiting';
import { BAAT_LABELS, BATEN, UITKOMST_LABELS } from '../begrippen';
import type { Decimal } from '../decimal';
import type { Bedrag, Resultaat, VerschilBedrag, WerkwijzeResultaat } from '../engine';
import type { Scenario } from '../scenario/schema';
import { formatAandeel, formatEuro, formatGetal } from '../../format/getal';
import { eenheidVanRegel } from './getallen';

/**
 * The result as a Dutch, report-style text (`mkba --format table`), after Regioplan 2020 table 3.13:
 * costs and the seven benefits per pathway, for the reference cohort and per client; then the
 * clients and their allocation; then the reconciliation with the published figures.
 * Amounts in nl-NL ("€ 1.539"; Intl puts a no-break space after the euro sign).
 */
export interface TabelOpties {
  /** Terminal width in columns; tables and text are kept within it where possible (default 100). */
  breedte?: number;
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

const lengte = (s: string) => [...s].length;
const links = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - lengte(s)));
const rechts = (s: string, n: number) => ' '.repeat(Math.max(0, n - lengte(s))) + s;

/** Wraps text on spaces to lines of at most `breedte` characters; over-long words are cut. */
export function ombreken(tekst: string, breedte: number): string[] {
  const b = Math.max(1, breedte);
  const regels: string[] = [];
  let regel = '';
  for (let woord of tekst.split(/\s+/).filter(Boolean)) {
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

const euro = (x: Decimal) => formatEuro(x.toNumber());
const getal = (x: Decimal | number) => formatGetal(typeof x === 'number' ? x : x.toNumber(), 'nl', 2);

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
      return `${getal(n)} klanten`;
    default:
      return formatEuro(n);
  }
}

function aansluitingTekst(a: Aansluiting, r: Resultaat, breedte: number): string[] {
  const uit: string[] = [];
  uit.push(...ombreken(`Bron: ${a.bron}`, breedte));
  uit.push('');
  const kloppend = a.regels.length - a.afwijkingen.length;
  const telling =
    a.afwijkingen.length === 0
      ? `Alle ${formatGetal(a.regels.length)} gepubliceerde cijfers kloppen met de berekening (op de euro of op het gedrukte percentage).`
      : `${formatGetal(kloppend)} van de ${formatGetal(a.regels.length)} gepubliceerde cijfers kloppen met de berekening ` +
        `(op de euro of op het gedrukte percentage); ${formatGetal(a.afwijkingen.length)} ${a.afwijkingen.length === 1 ? 'wijkt' : 'wijken'} af:`;
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
  uit.push(...ombreken(`Bedragen in euro's, omgerekend naar een cohort van ${ref} klanten; per klant = totaal / ${ref}.`, breedte));

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
    cellen: ww.flatMap((w) => [w.batenKostenVerhouding === null ? 'n.v.t.' : getal(w.batenKostenVerhouding), '']),
  });
  uit.push(...tekstTabel(groepen, rijen, breedte));
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
  return uit.join('\n') + '\n';
}

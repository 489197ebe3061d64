import { BAAT_COMPONENTEN, BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN, STAKEHOLDER_LABELS, type BaatId, type ComponentId } from './begrippen';
import { Decimal, ZERO, sum, wholeEuros } from './decimal';
import type { Resultaat, WerkwijzeResultaat } from './engine';
import type { Publicatie, Scenario, Tekstclaim } from './scenario/schema';
import { formatAandeel, formatEuro, type Taal } from '../format/getal';
import { naamwoord } from '../format/meervoud';
import type { Label } from './parameters/types';

/**
 * Reconciliation with a published report: every printed figure the scenario carries, against what the
 * engine computes, with the difference and, where it can be found, its cause.
 */
export interface AansluitingRegel {
  werkwijze: string;
  onderdeel: string;
  omschrijving: string;
  eenheid: 'euro' | 'aandeel' | 'klanten';
  gepubliceerd: number;
  berekend: Decimal;
  /** berekend − gepubliceerd */
  verschil: Decimal;
  /** Equal to the printed precision (whole euros, or the printed percentage). */
  klopt: boolean;
  /** The cause, in Dutch (CLI, JSON) and in English (the English UI). */
  oorzaak?: string;
  oorzaakEn?: string;
}

/**
 * A published total that leaves out one or two published items, found from the published figures
 * alone: somPosten − weggelaten = zonder, and zonder equals totaal up to the report's rounding.
 */
export interface Weglating {
  werkwijze: string;
  veld: 'totaal' | 'perKlant';
  baten: BaatId[];
  /** Sum of all published benefit items. */
  somPosten: number;
  /** Sum of the published items that the total leaves out. */
  weggelaten: number;
  /** somPosten − weggelaten */
  zonder: number;
  /** The published total. */
  totaal: number;
}

/**
 * A text claim on the difference of one benefit between two pathways, against the report's own
 * table: a − b = tabel (all published), and the same difference as computed from this scenario's
 * inputs: berekendA − berekendB = berekend (whole euros, as printed).
 */
export interface TekstVerschil {
  werkwijze: string;
  tenOpzichteVan: string;
  baat: BaatId;
  /** The amount the text names. */
  tekst: number;
  a: number;
  b: number;
  tabel: number;
  /** The text and the table differ in one digit: probably a typo. */
  eenCijferAnders: boolean;
  berekendA: Decimal;
  berekendB: Decimal;
  berekend: Decimal;
}

export interface Aansluiting {
  bron: string;
  regels: AansluitingRegel[];
  /** Rows that do not match. */
  afwijkingen: AansluitingRegel[];
  /**
   * The scenario's inputs differ from the published ones: not every published amount per cost item
   * and benefit comes out of this scenario any more. Differences then (also) come from those inputs.
   */
  eigenInvoer: boolean;
  /** Published amounts per cost item and benefit, and how many of them this scenario does not reproduce. */
  posten: { totaal: number; nietGereproduceerd: number };
  /** Published totals that leave out items (published against published). */
  weglatingen: Weglating[];
  /** Text claims that differ from the report's own table (published against published). */
  tekstVerschillen: TekstVerschil[];
}

const HALVE_EURO = new Decimal('0.5000000001');

function kloptOpDeEuro(berekend: Decimal, gepubliceerd: number): boolean {
  return berekend.minus(gepubliceerd).abs().lte(HALVE_EURO);
}

/**
 * The published items whose omission explains a published total, from the published figures only:
 * one or two benefits, within the rounding of the printed items. Null when the total adds up, or
 * when not every benefit is published.
 */
function weglating(werkwijze: string, p: Publicatie['werkwijzen'][string], veld: 'totaal' | 'perKlant'): Weglating | null {
  const totaal = p.totaalBaten?.[veld];
  if (totaal === undefined) return null;
  const posten = BATEN.map((b) => p.baten?.[b]?.[veld]);
  if (posten.some((x) => x === undefined)) return null;
  const waarde = (b: BaatId) => p.baten![b]![veld]!;
  const somPosten = BATEN.reduce((acc, b) => acc + waarde(b), 0);
  // Each printed figure is rounded to whole euros: half a euro each, items and total.
  const marge = 0.5 * (BATEN.length + 1);
  if (Math.abs(somPosten - totaal) <= marge) return null;
  const kandidaten: BaatId[][] = [...BATEN.map((a) => [a]), ...BATEN.flatMap((a, i) => BATEN.slice(i + 1).map((b) => [a, b]))];
  let beste: { baten: BaatId[]; fout: number } | null = null;
  for (const baten of kandidaten) {
    const fout = Math.abs(somPosten - baten.reduce((acc, b) => acc + waarde(b), 0) - totaal);
    if (fout <= marge && (!beste || fout < beste.fout)) beste = { baten, fout };
  }
  if (!beste) return null;
  const weggelaten = beste.baten.reduce((acc, b) => acc + waarde(b), 0);
  return { werkwijze, veld, baten: beste.baten, somPosten, weggelaten, zonder: somPosten - weggelaten, totaal };
}

function eenCijferAnders(a: number, b: number): boolean {
  const x = String(Math.round(Math.abs(a)));
  const y = String(Math.round(Math.abs(b)));
  if (x.length !== y.length) return false;
  let anders = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) anders++;
  return anders === 1;
}

/** The omitted items with their published amounts: "Voorkomen kosten van re-integratie (€ 509)". */
function noemBaten(w: Weglating, p: Publicatie['werkwijzen'][string], taal: Taal = 'nl'): string {
  return w.baten.map((id) => `${BAAT_LABELS[id][taal]} (${formatEuro(p.baten![id]![w.veld]!, taal)})`).join(taal === 'nl' ? ' en ' : ' and ');
}

/** A cause in both languages, built by one function of the language. */
const tweetalig = (f: (taal: Taal) => string): Label => ({ nl: f('nl'), en: f('en') });

function zetOorzaak(r: AansluitingRegel, o: Label): void {
  r.oorzaak = o.nl;
  r.oorzaakEn = o.en;
}

export function sluitAan(scenario: Scenario, resultaat: Resultaat): Aansluiting | null {
  const pub = scenario.publicatie;
  if (!pub) return null;
  const regels: AansluitingRegel[] = [];
  const weglatingen: Weglating[] = [];
  const refGelijk = pub.referentieCohort === resultaat.referentieCohort;
  const algemeneOorzaak = (): Label =>
    !refGelijk
      ? {
          nl: `het rapport rekent om naar ${pub.referentieCohort} ${naamwoord(pub.referentieCohort, 'klant', 'klanten')}, dit scenario naar ${resultaat.referentieCohort}`,
          en: `the report scales to ${pub.referentieCohort} ${naamwoord(pub.referentieCohort, 'client', 'clients', 'en')}, this scenario to ${resultaat.referentieCohort}`,
        }
      : !scenario.instellingen.eenheidsbedragenAfronden
        ? {
            nl: "het rapport rekende met eenheidsbedragen afgerond op hele euro's (€ 4.667, € 13.733); die afronding staat in dit scenario uit",
            en: 'the report computed with unit amounts rounded to whole euros (€4,667, €13,733); that rounding is off in this scenario',
          }
        : { nl: 'de invoer van dit scenario wijkt af van die van het rapport', en: 'the inputs of this scenario differ from those of the report' };

  // Published against computed per cost item and benefit: do this scenario's inputs still give them?
  const posten = { totaal: 0, nietGereproduceerd: 0 };
  for (const w of resultaat.werkwijzen) {
    const p = pub.werkwijzen[w.id];
    if (!p) continue;
    const tel = (gepubliceerd: number | undefined, berekend: Decimal) => {
      if (gepubliceerd === undefined) return;
      posten.totaal++;
      if (!kloptOpDeEuro(berekend, gepubliceerd)) posten.nietGereproduceerd++;
    };
    for (const k of KOSTENPOSTEN) {
      tel(p.kostenposten?.[k]?.aantal, w.kosten.posten[k].aantal);
      tel(p.kostenposten?.[k]?.bruto, w.kosten.posten[k].bruto);
    }
    for (const b of BATEN) {
      tel(p.baten?.[b]?.bruto, w.baten.posten[b].bruto);
      tel(p.baten?.[b]?.totaal, w.baten.posten[b].totaal);
      tel(p.baten?.[b]?.perKlant, w.baten.posten[b].perKlant);
    }
  }
  const naEigenInvoer = (taal: Taal) =>
    posten.nietGereproduceerd > 0 || !refGelijk
      ? taal === 'nl'
        ? '; de rest van het verschil komt uit de invoer van dit scenario, die afwijkt van die van het rapport'
        : '; the rest of the difference comes from the inputs of this scenario, which differ from those of the report'
      : '';

  const regel = (
    w: WerkwijzeResultaat,
    onderdeel: string,
    omschrijving: string,
    gepubliceerd: number,
    berekend: Decimal,
    oorzaak?: (klopt: boolean) => Label | undefined,
  ) => {
    const eenheid = onderdeel.endsWith('.aantal') ? 'klanten' : 'euro';
    const klopt = kloptOpDeEuro(berekend, gepubliceerd);
    const r: AansluitingRegel = { werkwijze: w.id, onderdeel, omschrijving, eenheid, gepubliceerd, berekend, verschil: berekend.minus(gepubliceerd), klopt };
    const o = oorzaak?.(klopt) ?? (klopt ? undefined : algemeneOorzaak());
    if (o) zetOorzaak(r, o);
    regels.push(r);
  };

  for (const w of resultaat.werkwijzen) {
    const p = pub.werkwijzen[w.id];
    if (!p) continue;
    for (const k of KOSTENPOSTEN) {
      const pk = p.kostenposten?.[k];
      if (!pk) continue;
      if (pk.aantal !== undefined) regel(w, `kosten.${k}.aantal`, `${KOSTENPOST_LABELS[k].nl}: aantal klanten`, pk.aantal, w.kosten.posten[k].aantal);
      regel(w, `kosten.${k}.bruto`, `${KOSTENPOST_LABELS[k].nl}: kosten voor ${w.cohort} ${naamwoord(w.cohort, 'klant', 'klanten')}`, pk.bruto, w.kosten.posten[k].bruto);
    }
    if (p.kosten) {
      regel(w, 'kosten.totaal', 'Investering', p.kosten.totaal, w.kosten.totaal.totaal);
      if (p.kosten.perKlant !== undefined) regel(w, 'kosten.perKlant', 'Investering per klant', p.kosten.perKlant, w.kosten.totaal.perKlant);
    }
    for (const b of BATEN) {
      const pb = p.baten?.[b];
      if (!pb) continue;
      if (pb.bruto !== undefined) regel(w, `baten.${b}.bruto`, `${BAAT_LABELS[b].nl}: voor ${w.cohort} ${naamwoord(w.cohort, 'klant', 'klanten')}`, pb.bruto, w.baten.posten[b].bruto);
      regel(w, `baten.${b}.totaal`, BAAT_LABELS[b].nl, pb.totaal, w.baten.posten[b].totaal);
      if (pb.perKlant !== undefined) regel(w, `baten.${b}.perKlant`, `${BAAT_LABELS[b].nl} per klant`, pb.perKlant, w.baten.posten[b].perKlant);
    }
    for (const veld of ['totaal', 'perKlant'] as const) {
      const pt = p.totaalBaten?.[veld];
      const ps = p.saldo?.[veld];
      // Published against published: which items the published total leaves out.
      const weg = weglating(w.id, p, veld);
      if (weg) weglatingen.push(weg);
      const perKlant = veld === 'perKlant' ? ' per klant' : '';
      if (pt !== undefined) {
        regel(w, `totaalBaten.${veld}`, `Totaal baten${perKlant}`, pt, w.baten.totaal[veld], (klopt) =>
          klopt || !weg
            ? undefined
            : tweetalig((taal) =>
                taal === 'nl'
                  ? `het gepubliceerde totaal telt ${BATEN.length - weg.baten.length} van de ${BATEN.length} baten op: het laat ${noemBaten(weg, p)} weg` + naEigenInvoer('nl')
                  : `the published total adds up ${BATEN.length - weg.baten.length} of the ${BATEN.length} benefits: it leaves out ${noemBaten(weg, p, 'en')}` + naEigenInvoer('en'),
              ),
        );
      }
      if (ps !== undefined) {
        const pk = p.kosten?.[veld];
        // The published balance follows from the published total and costs.
        const volgt = weg && pt !== undefined && pk !== undefined && Math.abs(pt - pk - ps) <= 1;
        regel(w, `saldo.${veld}`, `Verschil investering-baten${perKlant}`, ps, w.saldo[veld], (klopt) =>
          klopt || !volgt
            ? undefined
            : tweetalig((taal) =>
                taal === 'nl'
                  ? `volgt uit het totaal baten: het rapport laat ${noemBaten(weg, p)} weg` + naEigenInvoer('nl')
                  : `follows from the total benefits: the report leaves out ${noemBaten(weg, p, 'en')}` + naEigenInvoer('en'),
              ),
        );
      }
    }
  }

  const tekstVerschillen: TekstVerschil[] = [];
  for (const c of pub.claims) regels.push(claimRegel(c, pub, resultaat, algemeneOorzaak, tekstVerschillen));
  return {
    bron: pub.bron,
    regels,
    afwijkingen: regels.filter((r) => !r.klopt),
    eigenInvoer: posten.nietGereproduceerd > 0 || !refGelijk,
    posten,
    weglatingen,
    tekstVerschillen,
  };
}

function claimRegel(c: Tekstclaim, pub: Publicatie, r: Resultaat, algemeneOorzaak: () => Label, tekstVerschillen: TekstVerschil[]): AansluitingRegel {
  const w = r.werkwijzen.find((x) => x.id === c.werkwijze)!;
  if (c.soort === 'verschilBaat') {
    const t = r.werkwijzen.find((x) => x.id === c.tenOpzichteVan)!;
    // A reader compares the printed (rounded) figures, so the claim is checked against those.
    const a = wholeEuros(w.baten.posten[c.baat].totaal);
    const b = wholeEuros(t.baten.posten[c.baat].totaal);
    const berekend = a.minus(b);
    const klopt = berekend.eq(c.bedrag);
    const regel: AansluitingRegel = {
      werkwijze: c.werkwijze,
      onderdeel: `claim.verschil.${c.baat}`,
      omschrijving: `${c.omschrijving} (${c.bron})`,
      eenheid: 'euro',
      gepubliceerd: c.bedrag,
      berekend,
      verschil: berekend.minus(c.bedrag),
      klopt,
    };
    // Published against published: the text against the report's own table.
    const pa = pub.werkwijzen[c.werkwijze]?.baten?.[c.baat]?.totaal;
    const pb = pub.werkwijzen[c.tenOpzichteVan]?.baten?.[c.baat]?.totaal;
    const tabel = pa !== undefined && pb !== undefined ? pa - pb : null;
    const tikfout = tabel !== null && eenCijferAnders(tabel, c.bedrag);
    if (tabel !== null && tabel !== c.bedrag) {
      tekstVerschillen.push({
        werkwijze: c.werkwijze,
        tenOpzichteVan: c.tenOpzichteVan,
        baat: c.baat,
        tekst: c.bedrag,
        a: pa!,
        b: pb!,
        tabel,
        eenCijferAnders: tikfout,
        berekendA: a,
        berekendB: b,
        berekend,
      });
    }
    if (!klopt) {
      if (tabel !== null && tabel !== c.bedrag) {
        zetOorzaak(
          regel,
          tweetalig((taal) =>
            taal === 'nl'
              ? `de tabel geeft ${formatEuro(pa!)} − ${formatEuro(pb!)} = ${formatEuro(tabel)}; de tekst noemt ${formatEuro(c.bedrag)}` +
                (tikfout ? ', één cijfer anders: vermoedelijk een tikfout in de tekst' : '') +
                (berekend.eq(tabel) ? '' : `; met de invoer van dit scenario geeft de berekening ${formatEuro(a.toNumber())} − ${formatEuro(b.toNumber())} = ${formatEuro(berekend.toNumber())}`)
              : `the table gives ${formatEuro(pa!, 'en')} − ${formatEuro(pb!, 'en')} = ${formatEuro(tabel, 'en')}; the text says ${formatEuro(c.bedrag, 'en')}` +
                (tikfout ? ', one digit differs: probably a typo in the text' : '') +
                (berekend.eq(tabel) ? '' : `; with this scenario's inputs the calculation gives ${formatEuro(a.toNumber(), 'en')} − ${formatEuro(b.toNumber(), 'en')} = ${formatEuro(berekend.toNumber(), 'en')}`),
          ),
        );
      } else {
        zetOorzaak(regel, algemeneOorzaak());
      }
    }
    return regel;
  }
  // Share of the benefits in items that (partly) accrue to the stakeholder, measured as the report did.
  const deels = BATEN.filter((b) => (BAAT_COMPONENTEN[b] as readonly ComponentId[]).some((comp) => (w.componenten[comp].verdeling[c.stakeholder] ?? ZERO).gt(0)));
  const teller = sum(deels.map((b) => w.baten.posten[b].totaal));
  const gepubliceerdTotaal = pub.werkwijzen[c.werkwijze]?.totaalBaten?.totaal;
  const noemer = gepubliceerdTotaal !== undefined ? new Decimal(gepubliceerdTotaal) : w.baten.totaal.totaal;
  const berekend = noemer.isZero() ? ZERO : teller.div(noemer);
  const klopt = berekend.toDecimalPlaces(2).eq(new Decimal(c.aandeel).toDecimalPlaces(2));
  const echt = w.baten.totaal.totaal.isZero() ? ZERO : w.stakeholders[c.stakeholder].div(w.baten.totaal.totaal);
  const tegenAlleZeven = w.baten.totaal.totaal.isZero() ? ZERO : teller.div(w.baten.totaal.totaal);
  const naam = STAKEHOLDER_LABELS[c.stakeholder].nl.toLowerCase();
  const name = STAKEHOLDER_LABELS[c.stakeholder].en.toLowerCase();
  const gepubliceerdOf = (taal: Taal) =>
    gepubliceerdTotaal !== undefined ? (taal === 'nl' ? 'het gepubliceerde totaal' : 'the published total') : taal === 'nl' ? 'het totaal' : 'the total';
  return {
    werkwijze: c.werkwijze,
    onderdeel: `claim.aandeel.${c.stakeholder}`,
    omschrijving: `${c.omschrijving} (${c.bron})`,
    eenheid: 'aandeel',
    gepubliceerd: c.aandeel,
    berekend,
    verschil: berekend.minus(c.aandeel),
    klopt,
    oorzaak:
      `baten die (deels) bij de ${naam} neerslaan: ${deels.map((b) => BAAT_LABELS[b].nl).join(', ')}; ` +
      `samen ${formatEuro(teller.toNumber())}, ${formatAandeel(berekend.toNumber())} van ${gepubliceerdTotaal !== undefined ? 'het gepubliceerde totaal' : 'het totaal'} ` +
      `(${formatEuro(noemer.toNumber())}) en ${formatAandeel(tegenAlleZeven.toNumber())} van het totaal van alle zeven baten. ` +
      `Het deel dat volgens de stakeholderverdeling werkelijk bij de ${naam} neerslaat is ${formatAandeel(echt.toNumber())}.`,
    oorzaakEn:
      `benefits that (partly) accrue to the ${name}: ${deels.map((b) => BAAT_LABELS[b].en).join(', ')}; ` +
      `together ${formatEuro(teller.toNumber(), 'en')}, ${formatAandeel(berekend.toNumber(), 'en')} of ${gepubliceerdOf('en')} ` +
      `(${formatEuro(noemer.toNumber(), 'en')}) and ${formatAandeel(tegenAlleZeven.toNumber(), 'en')} of the total of all seven benefits. ` +
      `The share that by the stakeholder split actually accrues to the ${name} is ${formatAandeel(echt.toNumber(), 'en')}.`,
  };
}

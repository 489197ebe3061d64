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

export interface Aansluiting {
  bron: string;
  regels: AansluitingRegel[];
  /** Rows that do not match. */
  afwijkingen: AansluitingRegel[];
}

const HALVE_EURO = new Decimal('0.5000000001');

function kloptOpDeEuro(berekend: Decimal, gepubliceerd: number): boolean {
  return berekend.minus(gepubliceerd).abs().lte(HALVE_EURO);
}

/** Subsets of one or two benefits whose omission explains a published total. */
function weggelatenBaten(w: WerkwijzeResultaat, berekend: Decimal, gepubliceerd: number, veld: 'totaal' | 'perKlant'): BaatId[] | null {
  for (const a of BATEN) {
    if (kloptOpDeEuro(berekend.minus(w.baten.posten[a][veld]), gepubliceerd)) return [a];
  }
  for (const [i, a] of BATEN.entries()) {
    for (const b of BATEN.slice(i + 1)) {
      if (kloptOpDeEuro(berekend.minus(w.baten.posten[a][veld]).minus(w.baten.posten[b][veld]), gepubliceerd)) return [a, b];
    }
  }
  return null;
}

function eenCijferAnders(a: number, b: number): boolean {
  const x = String(Math.round(Math.abs(a)));
  const y = String(Math.round(Math.abs(b)));
  if (x.length !== y.length) return false;
  let anders = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) anders++;
  return anders === 1;
}

function noemBaten(ids: BaatId[], w: WerkwijzeResultaat, veld: 'totaal' | 'perKlant', taal: Taal = 'nl'): string {
  return ids.map((id) => `${BAAT_LABELS[id][taal]} (${formatEuro(w.baten.posten[id][veld].toNumber(), taal)})`).join(taal === 'nl' ? ' en ' : ' and ');
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
      const weg = pt !== undefined ? weggelatenBaten(w, w.baten.totaal[veld], pt, veld) : null;
      const uitleg = (klopt: boolean) =>
        klopt
          ? undefined
          : weg
            ? {
                nl: `het gepubliceerde totaal telt ${BATEN.length - weg.length} van de ${BATEN.length} baten op: het laat ${noemBaten(weg, w, veld)} weg`,
                en: `the published total adds up ${BATEN.length - weg.length} of the ${BATEN.length} benefits: it leaves out ${noemBaten(weg, w, veld, 'en')}`,
              }
            : undefined;
      const perKlant = veld === 'perKlant' ? ' per klant' : '';
      if (pt !== undefined) regel(w, `totaalBaten.${veld}`, `Totaal baten${perKlant}`, pt, w.baten.totaal[veld], uitleg);
      if (ps !== undefined) {
        regel(w, `saldo.${veld}`, `Verschil investering-baten${perKlant}`, ps, w.saldo[veld], (klopt) => {
          if (klopt) return undefined;
          if (weg) {
            const zonder = w.saldo[veld].minus(sum(weg.map((id) => w.baten.posten[id][veld])));
            if (kloptOpDeEuro(zonder, ps)) {
              return {
                nl: `volgt uit het totaal baten: het rapport laat ${noemBaten(weg, w, veld)} weg`,
                en: `follows from the total benefits: the report leaves out ${noemBaten(weg, w, veld, 'en')}`,
              };
            }
          }
          return undefined;
        });
      }
    }
  }

  for (const c of pub.claims) regels.push(claimRegel(c, pub, resultaat, algemeneOorzaak));
  return { bron: pub.bron, regels, afwijkingen: regels.filter((r) => !r.klopt) };
}

function claimRegel(c: Tekstclaim, pub: Publicatie, r: Resultaat, algemeneOorzaak: () => Label): AansluitingRegel {
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
    if (!klopt) {
      const pa = pub.werkwijzen[c.werkwijze]?.baten?.[c.baat]?.totaal;
      const pb = pub.werkwijzen[c.tenOpzichteVan]?.baten?.[c.baat]?.totaal;
      const tabel = pa !== undefined && pb !== undefined ? pa - pb : null;
      if (tabel !== null && berekend.eq(tabel)) {
        const tikfout = eenCijferAnders(tabel, c.bedrag);
        zetOorzaak(
          regel,
          tweetalig((taal) =>
            taal === 'nl'
              ? `de tabel geeft ${formatEuro(pa!)} − ${formatEuro(pb!)} = ${formatEuro(tabel)}; de tekst noemt ${formatEuro(c.bedrag)}` +
                (tikfout ? ', één cijfer anders: vermoedelijk een tikfout in de tekst' : '')
              : `the table gives ${formatEuro(pa!, 'en')} − ${formatEuro(pb!, 'en')} = ${formatEuro(tabel, 'en')}; the text says ${formatEuro(c.bedrag, 'en')}` +
                (tikfout ? ', one digit differs: probably a typo in the text' : ''),
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

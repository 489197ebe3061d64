import { BAAT_LABELS, BATEN, KOSTENPOST_LABELS, KOSTENPOSTEN, STAKEHOLDER_LABELS, STAKEHOLDERS } from '../begrippen';
import { Decimal } from '../decimal';
import type { JsonUitvoer } from './json';
import type { JsonTijd, JsonTijdVoet } from './tijd';
import { naarGetal } from './getallen';
import { formatAandeel } from '../../format/getal';
import { ACTOREN, ACTOR_LABELS } from '../welvaart';

/**
 * The result as CSV (RFC 4180): one row per pathway and item, built from the JSON output so both
 * carry the same figures. Numbers are unrounded and without thousands separators.
 */
export interface CsvOpties {
  scheidingsteken: ',' | ';' | '\t';
  decimaalteken: '.' | ',';
  /** RFC 4180 says CRLF. */
  regeleinde: '\r\n' | '\n';
  /** A UTF-8 byte order mark, so that Excel reads "Financiële" correctly. */
  bom: boolean;
}

/** For programs: comma-separated, decimal point. */
export const CSV_MACHINE: CsvOpties = { scheidingsteken: ',', decimaalteken: '.', regeleinde: '\r\n', bom: false };
/** For Dutch Excel: semicolon-separated, decimal comma, with a BOM. */
export const CSV_NL: CsvOpties = { scheidingsteken: ';', decimaalteken: ',', regeleinde: '\r\n', bom: true };

/** Gross → net rows in the order of the SROI guide; the deductions are positive amounts taken off. */
const BRUTO_NETTO_LABELS = [
  ['gross', 'bruto'],
  ['deadweight', 'af: deadweight'],
  ['displacement', 'af: verdringing'],
  ['attribution', 'af: attributie'],
  ['net', 'netto'],
] as const;

export const CSV_KOLOMMEN = ['pathway', 'pathwayName', 'category', 'item', 'label', 'total', 'perClient'] as const;

export type CsvCategorie =
  | 'costs'
  | 'benefits'
  | 'grossToNet'
  | 'net'
  | 'stakeholders'
  | 'welfare'
  | 'ratio'
  | 'differenceFromBaseline'
  | 'presentValue'
  | 'time'
  | 'priceLevel'
  | 'sensitivityInput'
  | 'sensitivity'
  | 'sensitivityDifference'
  | 'switchingValue'
  | 'monteCarlo'
  | 'ownValue'
  | 'variant';

export interface CsvRij {
  /** Empty for rows that belong to no pathway (an input's range, a price index, the draw count). */
  pathway: string;
  pathwayName: string;
  category: CsvCategorie;
  item: string;
  /** Dutch label of the item. */
  label: string;
  total: number | null;
  perClient: number | null;
}

/**
 * The rows, typed, in output order. Values that are no amount for the reference cohort (a ratio, a
 * probability, an input value, a switching value, an index factor, a count) go under `total`, with
 * no perClient; amounts per client only (sensitivity, Monte Carlo) go under `perClient`, with no total.
 * Sensitivity and switching-value rows carry the input's key in `item`, with ".low", ".high",
 * ".base", ".netZero" or ".equalsBaseline" after it.
 */
export function csvRijen(json: JsonUitvoer): CsvRij[] {
  const ref = json.referenceCohort;
  const rijen: CsvRij[] = [];
  const metAftrek = json.pathways.some((w) => BATEN.some((b) => w.benefits.grossToNet[b].gross !== w.benefits.grossToNet[b].net));
  for (const w of json.pathways) {
    const rij = (category: CsvCategorie, item: string, label: string, total: number | null, perClient: number | null) =>
      rijen.push({ pathway: w.id, pathwayName: w.name, category, item, label, total, perClient });
    // perClient = total / referenceCohort, as in the JSON output (IEEE division is correctly rounded).
    const perKlant = (x: number, waar: string) => naarGetal(x / ref, `${w.id}.${waar}`);
    for (const k of KOSTENPOSTEN) rij('costs', k, KOSTENPOST_LABELS[k].nl, w.costs.items[k], perKlant(w.costs.items[k], `costs.${k}`));
    rij('costs', 'total', 'Investering', w.costs.total, w.costs.perClient);
    for (const b of BATEN) rij('benefits', b, BAAT_LABELS[b].nl, w.benefits.items[b], perKlant(w.benefits.items[b], `benefits.${b}`));
    rij('benefits', 'total', 'Totaal baten', w.benefits.total, w.benefits.perClient);
    // Gross → net only when a deduction is set somewhere: at the defaults gross = net (as the report).
    for (const b of metAftrek ? BATEN : []) {
      const bn = w.benefits.grossToNet[b];
      for (const [k, label] of BRUTO_NETTO_LABELS) rij('grossToNet', `${b}.${k}`, `${BAAT_LABELS[b].nl}: ${label}`, bn[k], perKlant(bn[k], `grossToNet.${b}.${k}`));
    }
    rij('net', 'net', 'Saldo (baten − investering)', w.net, w.netPerClient);
    for (const sh of STAKEHOLDERS) rij('stakeholders', sh, STAKEHOLDER_LABELS[sh].nl, w.stakeholders[sh], perKlant(w.stakeholders[sh], `stakeholders.${sh}`));
    // The maatschappelijk welvaartssaldo beside the business case, and the transfers per actor (they add up to 0).
    rij('welfare', 'benefits', 'Welvaartsbaten (reële besparing, zonder overdrachten)', w.welfare.benefits, perKlant(w.welfare.benefits, 'welfare.benefits'));
    rij('welfare', 'net', 'Maatschappelijk welvaartssaldo (welvaartsbaten − investering)', w.welfare.net, w.welfare.netPerClient);
    for (const a of ACTOREN) rij('welfare', `transfers.${a}`, `Overdracht: ${ACTOR_LABELS[a].nl} (+ voordeel, − nadeel)`, w.welfare.transfers[a], perKlant(w.welfare.transfers[a], `welfare.transfers.${a}`));
    rij('ratio', 'benefitCostRatio', 'Baten/kosten-verhouding', w.benefitCostRatio, null);
    const v = w.differenceFromBaseline;
    if (v) {
      rij('differenceFromBaseline', 'costs', 'Verschil investering met nulalternatief', v.costs, perKlant(v.costs, 'differenceFromBaseline.costs'));
      rij('differenceFromBaseline', 'benefits', 'Verschil baten met nulalternatief', v.benefits, perKlant(v.benefits, 'differenceFromBaseline.benefits'));
      rij('differenceFromBaseline', 'net', 'Verschil saldo met nulalternatief', v.net, v.netPerClient);
    }
    const cw = json.presentValue?.pathways[w.id];
    if (cw) {
      rij('presentValue', 'costs', 'Contante waarde investering', cw.costs, perKlant(cw.costs, 'presentValue.costs'));
      rij('presentValue', 'benefits', 'Contante waarde baten', cw.benefits, perKlant(cw.benefits, 'presentValue.benefits'));
      rij('presentValue', 'net', 'Contante waarde saldo', cw.net, cw.netPerClient);
      if (cw.differenceFromBaseline) {
        const d = cw.differenceFromBaseline;
        rij('presentValue', 'differenceFromBaseline', 'Verschil contante waarde saldo met nulalternatief', d.net, d.netPerClient);
      }
    }
    if (w.time) tijdRijen(w.time, (item, label, total, perClient) => rij('time', item, label, total, perClient));
  }
  rijen.push(...onzekerheidRijen(json));
  // Variants: the saldo per pathway in each variant, item "<variant>.net".
  for (const v of json.variants ?? []) {
    for (const w of v.pathways) {
      rijen.push({ pathway: w.id, pathwayName: json.pathways.find((x) => x.id === w.id)?.name ?? w.id, category: 'variant', item: `${v.id}.net`, label: `Saldo in variant ${v.name}`, total: w.net, perClient: w.netPerClient });
    }
  }
  return rijen;
}

/**
 * Effects over time (pathways[].time): present value per party and the payback year per party at each
 * rate, for a project pathway's difference from the baseline. A payback year goes under `total`
 * (empty when not within the horizon or without costs; the label says which).
 */
function tijdRijen(t: JsonTijd, rij: (item: string, label: string, total: number | null, perClient: number | null) => void): void {
  const blok = (pre: string, labelPre: string, voeten: JsonTijdVoet[]) => {
    for (const v of voeten) {
      const bij = `bij ${formatAandeel(v.discountRate, 'nl', 2)}, horizon ${t.horizonYears} jaar`;
      const pv = v.presentValue;
      rij(`${pre}presentValue.${v.discountRate}.net`, `${labelPre}Contante waarde saldo ${bij}`, pv.net, pv.netPerClient);
      for (const sh of STAKEHOLDERS) {
        rij(`${pre}presentValue.${v.discountRate}.${sh}`, `${labelPre}Contante waarde ${STAKEHOLDER_LABELS[sh].nl} ${bij}`, pv.stakeholders[sh], null);
        const p = v.payback[sh];
        const uitleg = p.status === 'paidBack' ? `in jaar ${p.year} (jaar 0 = start)` : p.status === 'noCosts' ? 'geen (extra) kosten' : 'niet binnen de horizon';
        rij(`${pre}payback.${v.discountRate}.${sh}`, `${labelPre}${STAKEHOLDER_LABELS[sh].nl} verdient de kosten terug ${bij}: ${uitleg}`, p.status === 'paidBack' ? p.year : null, null);
      }
    }
  };
  // The council's question is about the extra costs: only the difference from the baseline (the JSON has both).
  if (t.differenceFromBaseline) blok('differenceFromBaseline.', 'Verschil met nulalternatief: ', t.differenceFromBaseline.discountRates);
}

function onzekerheidRijen(json: JsonUitvoer): CsvRij[] {
  const rijen: CsvRij[] = [];
  const naam = new Map(json.pathways.map((w) => [w.id, w.name]));
  const rij = (pathway: string, category: CsvCategorie, item: string, label: string, total: number | null, perClient: number | null) =>
    rijen.push({ pathway, pathwayName: pathway ? (naam.get(pathway) ?? pathway) : '', category, item, label, total, perClient });

  if (json.presentValue) rij('', 'presentValue', 'discountRate', 'Discontovoet', json.presentValue.discountRate, null);
  if (json.priceLevel) {
    const { targetYear, factors } = json.priceLevel;
    for (const [jaar, f] of Object.entries(factors)) rij('', 'priceLevel', `factor.${jaar}`, `Indexfactor van prijspeil ${jaar} naar ${targetYear}`, f, null);
  }
  for (const g of json.sensitivity ?? []) {
    const herkomst = g.rangeSource ? `bron bereik: ${g.rangeSource}` : `${g.rangeAssumption ?? 'aanname'}`;
    rij('', 'sensitivityInput', `${g.key}.base`, `${g.label}: scenariowaarde (graad ${g.grade})`, g.base, null);
    rij('', 'sensitivityInput', `${g.key}.low`, `${g.label}: laag (${herkomst})`, g.low, null);
    rij('', 'sensitivityInput', `${g.key}.high`, `${g.label}: hoog (${herkomst})`, g.high, null);
    for (const [id, x] of Object.entries(g.netPerClient)) {
      rij(id, 'sensitivity', `${g.key}.low`, `Saldo per klant met ${g.label} laag`, null, x.low);
      rij(id, 'sensitivity', `${g.key}.high`, `Saldo per klant met ${g.label} hoog`, null, x.high);
    }
    for (const [id, x] of Object.entries(g.differenceFromBaseline)) {
      rij(id, 'sensitivityDifference', `${g.key}.low`, `Verschil saldo per klant met nulalternatief, ${g.label} laag`, null, x.low);
      rij(id, 'sensitivityDifference', `${g.key}.high`, `Verschil saldo per klant met nulalternatief, ${g.label} hoog`, null, x.high);
    }
  }
  for (const o of json.switchingValues ?? []) rij(o.pathway, 'switchingValue', `${o.key}.${o.target}`, o.explanation, o.value, null);
  // An own value says so, with its default and that default's source.
  for (const e of json.ownValues ?? []) rij('', 'ownValue', e.key, `${e.label}: ${e.source}`, e.value, null);
  const mc = json.monteCarlo;
  if (mc) {
    rij('', 'monteCarlo', 'draws', 'Aantal trekkingen', mc.draws, null);
    rij('', 'monteCarlo', 'seed', 'Seed', mc.seed, null);
    for (const [id, x] of Object.entries(mc.pathways)) {
      rij(id, 'monteCarlo', 'mean', 'Gemiddeld saldo per klant', null, x.mean);
      rij(id, 'monteCarlo', 'p5', 'Saldo per klant, 5e percentiel', null, x.p5);
      rij(id, 'monteCarlo', 'p95', 'Saldo per klant, 95e percentiel', null, x.p95);
      rij(id, 'monteCarlo', 'probPositive', 'Kans op een positief saldo', x.probPositive, null);
      if (x.probBeatsBaseline !== undefined) rij(id, 'monteCarlo', 'probBeatsBaseline', 'Kans op een beter saldo dan het nulalternatief', x.probBeatsBaseline, null);
      const d = x.differenceFromBaseline;
      if (d) {
        rij(id, 'monteCarlo', 'differenceFromBaseline.mean', 'Gemiddeld verschil saldo per klant met nulalternatief', null, d.mean);
        rij(id, 'monteCarlo', 'differenceFromBaseline.p5', 'Verschil saldo per klant met nulalternatief, 5e percentiel', null, d.p5);
        rij(id, 'monteCarlo', 'differenceFromBaseline.p95', 'Verschil saldo per klant met nulalternatief, 95e percentiel', null, d.p95);
      }
    }
  }
  return rijen;
}

/** A number as CSV text: shortest round-trip digits, never in exponent notation. */
export function csvGetal(x: number | null, decimaalteken: CsvOpties['decimaalteken']): string {
  if (x === null) return '';
  const n = naarGetal(x, 'csv');
  let s = String(n);
  if (/e/i.test(s)) s = new Decimal(n).toFixed();
  return decimaalteken === ',' ? s.replace('.', ',') : s;
}

/**
 * What a CSV text cell must never carry raw: C0 and C1 control characters, DEL, and the
 * bidirectional controls (marks, embeddings, overrides, isolates). An ESC sequence in a name would
 * set a terminal's title or clear its screen when the CSV is shown with `cat`; an override flips the
 * text a reviewer reads.
 */
// eslint-disable-next-line no-control-regex
export const CSV_STUURTEKEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Line breaks and tabs inside a text: one space in a cell (a cell is one line; a tab is a separator). */
const REGELBREUK = /\r\n|[\t\n\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const STUURTEKENS = new RegExp(CSV_STUURTEKEN.source, 'g');
/**
 * A cell a spreadsheet would run as a formula: = + - @ at the start, also after spaces, and their
 * full-width forms (some Excel versions accept those too). A leading tab or carriage return, the
 * other triggers, never reaches a cell: csvCelInhoud turns them into a space first.
 */
export const CSV_FORMULE_BEGIN = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * The content of a CSV text cell, before quoting: a line break (CRLF counts as one) or tab becomes
 * one space, another control character its visible picture ("␛" for ESC, as the CLI table shows
 * them), a C1 or bidirectional control U+FFFD. A text that would start a formula (also after leading
 * spaces) gets a leading apostrophe ("'=1+1"): Excel and LibreOffice then show it as text, and a
 * reader sees exactly what was defused; the apostrophe is OWASP's advice for CSV injection, and what
 * papaparse's escapeFormulae does. Numbers are written by csvGetal, never through here.
 */
export function csvCelInhoud(s: string): string {
  const schoon = s.replace(REGELBREUK, ' ').replace(STUURTEKENS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
  return CSV_FORMULE_BEGIN.test(schoon) ? `'${schoon}` : schoon;
}

/**
 * A text cell (every CSV the project writes: CLI, browser export, dossier template): the content of
 * csvCelInhoud, quoted per RFC 4180 when it holds a quote or any of the separators , ; and tab,
 * whichever this file uses: a file read with the other separator (Dutch Excel splits on ";", a
 * program on ",") still keeps the cell whole.
 */
export function csvTekst(s: string, scheidingsteken: CsvOpties['scheidingsteken']): string {
  const v = csvCelInhoud(s);
  return /[",;\t]/.test(v) || v.includes(scheidingsteken) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function naarCsv(json: JsonUitvoer, opties: CsvOpties = CSV_MACHINE): string {
  const { scheidingsteken: sep, decimaalteken: dec, regeleinde: eol } = opties;
  if ((sep as string) === dec) throw new Error('interne fout: scheidingsteken en decimaalteken zijn gelijk');
  const regels = [CSV_KOLOMMEN.join(sep)];
  for (const r of csvRijen(json)) {
    regels.push(
      [
        csvTekst(r.pathway, sep),
        csvTekst(r.pathwayName, sep),
        r.category,
        csvTekst(r.item, sep),
        csvTekst(r.label, sep),
        csvGetal(r.total, dec),
        csvGetal(r.perClient, dec),
      ].join(sep),
    );
  }
  return (opties.bom ? '\uFEFF' : '') + regels.join(eol) + eol;
}

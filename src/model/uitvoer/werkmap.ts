import ExcelJS from 'exceljs';
import { version as TOOL_VERSIE } from '../../../package.json';
// From the model's public face (src/model/index.ts), like the app: the app's lazy workbook chunk then
// shares the start-up chunks whole instead of splitting them (the initial JS stays the same).
import {
  BAAT_COMPONENTEN,
  BAAT_FORMULES,
  BAAT_LABELS,
  BATEN,
  BUDGETBEHEER_VARIANTEN,
  COMPONENTEN,
  COMPONENT_LABELS,
  KOSTENDRAGER,
  KOSTENPOST_LABELS,
  KOSTENPOSTEN,
  PARAMETERS,
  STAKEHOLDER_LABELS,
  STAKEHOLDERS,
  berekenPerJaar,
  bronOmschrijving,
  herkomstVan,
  berekenScenario,
  pmNaam,
  vergelijk,
  welvaartsaandeelParameter,
  referentieCohort,
  type BaatId,
  type ComponentId,
  Decimal,
  type KostenpostId,
  type ParameterId,
  type Resultaat,
  type Scenario,
  type Verschil,
  type Werkwijze,
  type WerkwijzeResultaat,
} from '../index';
import { AFTREKKEN, type Aftrek } from '../baten/brutoNetto';
import { GRAAD_UITLEG } from '../parameters/bewijs';
import { aftrekAandelen, BRUTO_NETTO_SLEUTEL } from '../scenario/brutoNettoSchema';
import { indexfactor } from '../prijsindex';
import { parameterOnzekerheid } from '../onzekerheid/invoer';
import { QUOTA_DECIMALEN } from '../toedeling';
import { contanteWaarde, factorVan, jaarProfiel, neutraal } from '../tijd';
import { TIJD_POSTEN, type TijdPost } from '../scenario/tijdSchema';
import type { JsonUitvoer } from './json';
import { MINTEKEN } from '../../format/getal';

/**
 * The Excel workbook (issue 14): the whole MKBA as live spreadsheet formulas, so that a controller
 * can trace every amount to its inputs and try other values, next to the app's own figures.
 *
 * One generator for the CLI (`--format xlsx`) and the app's "Excel-werkmap" button. It builds an
 * exceljs Workbook in memory (no I/O; `werkmapBytes` serialises it to a buffer). The formulas mirror
 * src/model exactly: allocation with largest-remainder whole clients (toedeling.ts), the cost items
 * (kosten.ts) with the optimism bias on project pathways, the seven benefits with the report's rounding
 * of unit amounts (baten/*.ts) and then gross → net (baten/brutoNetto.ts),
 * normalisation to the reference cohort (engine.ts), the stakeholder split, price level (prijspeil.ts)
 * and present value (tijd.ts). Only functions that Excel, LibreOffice and Google Sheets share:
 * SUM, SUMPRODUCT, IF, INT, ROUND, MAX, MIN, ABS.
 *
 * Every formula cell whose value the engine also computes is registered in the Controle sheet
 * (formula result beside the app's value and their difference), and returned as `controle`, so a
 * test can recalculate the file with a real spreadsheet engine and compare cell by cell.
 */

export interface WerkmapOpties {
  /**
   * Sensitivity, switching values and Monte Carlo summary to add as values (when they were run), as
   * in the JSON output (naarJson): passed in, so the app's workbook chunk need not carry the analyses.
   */
  onzekerheid?: Pick<JsonUitvoer, 'sensitivity' | 'switchingValues' | 'monteCarlo'>;
  /** For a reproducible file (tests); default now. */
  aangemaakt?: Date;
  /**
   * The user's two-pathway comparison (a − b, Overzicht › Vergelijk twee werkwijzen): on Uitkomsten as
   * formulas in a's column, as the results table and the print show it. Ignored when b is the
   * baseline (already there), a = b or an id is unknown.
   */
  vergelijking?: { a: string; b: string } | null;
  /** The app held a field with an error: the workbook is the last valid input's, and Lees mij says so. */
  ongeldig?: boolean;
  /**
   * With `ongeldig`: the app's sentence naming the values in use ("De resultaten rekenen nog met € 2.000 voor …,
   * de waarde van vóór deze bewerking."), added to that Lees mij row as written.
   */
  inGebruik?: string;
}

/** One formula cell with the engine's value for it. */
export interface ControleRegel {
  blad: string;
  /** A1 address on `blad`. */
  adres: string;
  omschrijving: string;
  waarde: number;
}

export interface Werkmap {
  workbook: ExcelJS.Workbook;
  controle: ControleRegel[];
}

/**
 * Excel names allow letters, digits, _ and . but a name with '.' reads badly and '-' is not allowed:
 * every character other than a letter, digit or _ becomes _. Parameter ids contain '.', pathway ids
 * '-' (never '_', so the mapping stays one-to-one): `klantreis-nazorg` → `klantreis_nazorg`.
 */
export function excelNaam(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

export const parameterNaam = (id: string) => `P_${excelNaam(id)}`;
export const werkwijzeNaam = (werkwijzeId: string, veld: string) => `W_${excelNaam(werkwijzeId)}_${excelNaam(veld)}`;
/** The input cell of one gross → net share: BN_<baatId>_<deadweight|attributie|verdringing>. */
export const brutoNettoNaam = (baat: BaatId, aftrek: Aftrek) => `BN_${excelNaam(baat)}_${aftrek}`;

/** The input cell a variant's override key is typed into (see VARIANT_SLEUTELS). */
function variantCel(sleutel: string): string {
  if (sleutel === 'instellingen.optimismeBias') return 'Instelling_OptimismeBias';
  const bn = BRUTO_NETTO_SLEUTEL.exec(sleutel);
  if (bn) return brutoNettoNaam(bn[1] as BaatId, bn[2] as Aftrek);
  return parameterNaam(sleutel);
}

/** The factor net/gross of a benefit as a formula: (1 − deadweight) × (1 − verdringing) × (1 − attributie). */
const nettoFactor = (baat: BaatId) => AFTREKKEN.map((k) => `(1-${brutoNettoNaam(baat, k)})`).join('*');

const AFTREK_LABEL: Record<Aftrek, string> = { deadweight: 'deadweight', verdringing: 'verdringing', attributie: 'attributie' };

/* ---------- formats (codes are locale-neutral; Excel shows them with the user's separators) ---------- */

// A negative amount with the app's minus sign U+2212 (format/getal.ts MINTEKEN), not a hyphen: a quoted
// literal in the negative section, which Excel and LibreOffice both show ("€ −440").
const MIN = `"${MINTEKEN}"`;
const EURO = `[$€-413] #,##0;[$€-413] ${MIN}#,##0`;
const EURO_CENTEN = `[$€-413] #,##0.00;[$€-413] ${MIN}#,##0.00`;
const EURO_CENT = `#,##0.00;${MIN}#,##0.00`;
const PROCENT = '0.0##%';
const AANTAL = '#,##0';
const AANTAL_FRACTIE = '#,##0.00';
const FACTOR = '0.0000';

const VET = { bold: true } as const;
const KOP = { bold: true, size: 14 } as const;
const INVOER_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

type Getal = Decimal | number;
const getal = (x: Getal): number => (typeof x === 'number' ? x : x.toNumber());

/**
 * Whether a spreadsheet's = sees two numbers as equal: LibreOffice (rtl::math::approxEqual) and Excel
 * compare to about 15 significant digits, so 0,9999999999999993 = 1 there. A formula's cached result
 * follows the spreadsheet, or a viewer would show "gewijzigd" where the recalculated file shows nothing.
 */
function spreadsheetGelijk(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 2 ** -48;
}

/** Excel's limit for a sheet name (UTF-16 code units). */
const BLAD_MAX = 31;
/** A sheet name's text: none of []:*?/\ and no apostrophe (keeps references simple), single spaces. */
const bladTekst = (naam: string) => naam.replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim();
/** The first characters of `s` within `max` UTF-16 units, never half a surrogate pair. */
function kop(s: string, max: number): string {
  let uit = '';
  for (const c of s) {
    if (uit.length + c.length > max) break;
    uit += c;
  }
  return uit;
}
/** The last characters of `s` within `max` UTF-16 units, never half a surrogate pair. */
function staart(s: string, max: number): string {
  let uit = '';
  for (const c of [...s].reverse()) {
    if (uit.length + c.length > max) break;
    uit = c + uit;
  }
  return uit;
}

/** Sheet names: at most 31 characters, none of []:*?/\ and no apostrophe (keeps references simple). */
function bladNaam(naam: string, gebruikt: Set<string>): string {
  const schoon = bladTekst(naam);
  let kandidaat = kop(schoon, BLAD_MAX).trim();
  for (let i = 2; gebruikt.has(kandidaat.toLowerCase()); i++) kandidaat = `${kop(schoon, BLAD_MAX - String(i).length - 1).trim()} ${i}`;
  gebruikt.add(kandidaat.toLowerCase());
  return kandidaat;
}

/**
 * The pathways' sheet names, "W<n> <name>", within Excel's 31 characters. A long name is cut at the end;
 * but when two names cut alike ("W2 Klantreis Financiële Hulpver" and "W3 …", a copy named "… (kopie)"),
 * those names keep their start and their end with "…" in the middle, at the split that tells them apart
 * ("W3 Klantreis Fin…lening (kopie)"; tester7 #7). Unique (also against `gebruikt`, lower case), ≤ 31.
 */
export function werkwijzeBladNamen(namen: readonly string[], gebruikt: Set<string> = new Set()): string[] {
  const delen = namen.map((naam, i) => {
    const voor = `W${i + 1} `;
    const tekst = bladTekst(naam);
    const ruimte = BLAD_MAX - voor.length;
    return { voor, tekst, ruimte, kort: kop(tekst, ruimte).trim() };
  });
  const groepen = new Map<string, number[]>();
  delen.forEach((d, i) => {
    const k = d.kort.toLowerCase();
    groepen.set(k, [...(groepen.get(k) ?? []), i]);
  });
  const teLang = (d: (typeof delen)[number]) => d.tekst.length > d.ruimte;
  // A name that fits stays whole; a cut one keeps its start and its end around "…".
  const midden = (d: (typeof delen)[number], eind: number) => (teLang(d) ? `${kop(d.tekst, d.ruimte - 1 - eind).trimEnd()}…${staart(d.tekst, eind).trimStart()}` : d.kort);
  const namenVoor = delen.map((d) => d.kort);
  for (const leden of groepen.values()) {
    const verschillend = new Set(leden.map((i) => delen[i]!.tekst.toLowerCase()));
    if (leden.length < 2 || verschillend.size < 2 || !leden.some((i) => teLang(delen[i]!))) continue;
    // The shortest end that tells the group's names apart (at least a third of the room, so the start stays readable
    // as well), else the longest end that leaves four characters of the start.
    const ruimte = Math.min(...leden.map((i) => delen[i]!.ruimte));
    let gekozen = Math.max(1, ruimte - 5);
    for (let eind = Math.floor(ruimte / 3); eind <= ruimte - 5; eind++) {
      if (new Set(leden.map((i) => midden(delen[i]!, eind).toLowerCase())).size === verschillend.size) {
        gekozen = eind;
        break;
      }
    }
    for (const i of leden) namenVoor[i] = midden(delen[i]!, gekozen);
  }
  return delen.map((d, i) => bladNaam(d.voor + namenVoor[i]!, gebruikt));
}

const bladRef = (blad: string) => `'${blad}'`;

type Celinhoud = number | string | boolean | null | { f: string; v: number | string | boolean };

class Bouwer {
  readonly controle: ControleRegel[] = [];
  constructor(readonly wb: ExcelJS.Workbook) {}

  /** Writes a cell; a formula gets the engine's value as its cached result. */
  zet(ws: ExcelJS.Worksheet, adres: string, inhoud: Celinhoud, fmt?: string): ExcelJS.Cell {
    const cel = ws.getCell(adres);
    if (inhoud !== null && typeof inhoud === 'object') cel.value = { formula: inhoud.f, result: inhoud.v } as ExcelJS.CellFormulaValue;
    else cel.value = inhoud;
    if (fmt) cel.numFmt = fmt;
    return cel;
  }

  naam(ws: ExcelJS.Worksheet, adres: string, naam: string): void {
    const m = /^([A-Z]+)(\d+)$/.exec(adres)!;
    this.wb.definedNames.add(`${bladRef(ws.name)}!$${m[1]}$${m[2]}`, naam);
  }

  /** A formula cell that the Controle sheet checks against the engine's value. */
  uitkomst(ws: ExcelJS.Worksheet, adres: string, formule: string, waarde: Getal, omschrijving: string, fmt: string): void {
    const v = getal(waarde);
    this.zet(ws, adres, { f: formule, v }, fmt);
    this.controle.push({ blad: ws.name, adres, omschrijving, waarde: v });
  }
}

function kolomBreedtes(ws: ExcelJS.Worksheet, breedtes: number[]): void {
  breedtes.forEach((b, i) => (ws.getColumn(i + 1).width = b));
}

function bevries(ws: ExcelJS.Worksheet, rijen: number, kolommen = 0): void {
  ws.views = [{ state: 'frozen', ySplit: rijen, xSplit: kolommen }];
}

function kopRij(ws: ExcelJS.Worksheet, rij: number, teksten: string[]): void {
  teksten.forEach((t, i) => {
    const c = ws.getCell(rij, i + 1);
    c.value = t;
    c.font = VET;
    c.border = { bottom: { style: 'thin' } };
  });
}

const kolom = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/* ---------- the names the formulas use ---------- */

interface Context {
  s: Scenario;
  r: Resultaat;
  /** Indexing to a target price level is on. */
  indexeren: boolean;
  /** Expression for a parameter at the scenario's price level. */
  p: (id: ParameterId) => string;
  /** Expression for a pathway's own cost amount at the price level. */
  kostenBedrag: (w: Werkwijze, veld: string) => string;
}

const EENHEID_TEKST = { euro: '€', aandeel: 'aandeel', maanden: 'maanden', klanten: 'klanten' } as const;
/** An input's format: whole amounts without decimals ("€ 14.000", "4"), others with two. */
function invoerFmt(eenheid: keyof typeof EENHEID_TEKST, x: number): string {
  if (eenheid === 'aandeel') return PROCENT;
  const heel = Number.isInteger(x);
  if (eenheid === 'euro') return heel ? EURO : EURO_CENTEN;
  return heel ? AANTAL : AANTAL_FRACTIE;
}

/* ---------- Lees mij ---------- */

function leesMij(b: Bouwer, ws: ExcelJS.Worksheet, s: Scenario, bladen: { naam: string; wat: string }[], aangemaakt: Date, ongeldig: boolean, inGebruik?: string): void {
  kolomBreedtes(ws, [28, 110]);
  b.zet(ws, 'A1', 'MKBA Schuldhulp: Excel-werkmap').font = KOP;
  const g = s.gebaseerdOp;
  const gebaseerdOp = g ? [g.titel, g.auteur, g.datum].filter((x) => x).join(', ') : '–';
  const regels: [string, string][] = [
    ['Wat is dit', 'De maatschappelijke kosten-batenanalyse (MKBA) van dit scenario, met de hele berekening als werkende formules. Verander een invoerwaarde (gele cellen) en de uitkomsten rekenen mee.'],
    ['Scenario', s.titel],
    ['Auteur', s.auteur || '–'],
    ['Datum', s.datum ?? '–'],
    ['Gebaseerd op', gebaseerdOp],
    ['Gemaakt met', `MKBA Schuldhulp ${TOOL_VERSIE}`],
    ['Aangemaakt op', aangemaakt.toISOString().slice(0, 10)],
    ['', ''],
    ['Gebruik', 'Gele cellen zijn invoer: de parameters (blad Invoer) en per werkwijze het cohort, de uitkomsten, de samenstelling en de kosten. Alle andere getallen zijn formules.'],
    ['', 'Elke invoercel heeft een naam: P_<parameter> (bijv. P_welfareExit_monthsEarlier), W_<werkwijze>_<veld> (bijv. W_klantreis_cohort), V_<component>_<partij> voor de verdeling over partijen. In een naam wordt elk teken dat geen letter, cijfer of _ is een _ (dus . en - worden _).'],
    ['', 'Van bruto naar netto: per baat de aandelen deadweight, verdringing en attributie (blad Invoer, namen BN_<baat>_deadweight, BN_<baat>_verdringing, BN_<baat>_attributie); netto = bruto × (1 − deadweight) × (1 − verdringing) × (1 − attributie), na de afronding van de eenheidsbedragen. Instelling_OptimismeBias verhoogt de kosten van elke projectwerkwijze (niet het nulalternatief) met dat aandeel.'],
    ['', 'De uitkomsten hebben namen als KostenPerKlant_<werkwijze>, BatenPerKlant_<werkwijze> en SaldoPerKlant_<werkwijze> (blad Uitkomsten).'],
    ['', 'Blad Controle zet de formule-uitkomsten naast de getallen van de app; het verschil is 0 zolang u niets wijzigt. Na een wijziging ziet u daar wat er veranderde.'],
    ['', 'Het maatschappelijk welvaartssaldo telt van elke besparing alleen het welvaartsaandeel (P_welvaartsaandeel_<component>, blad Invoer); de rest is een overdracht. Het staat onderaan elk werkwijzeblad en op blad Uitkomsten.'],
    ['', 'De formules gebruiken alleen functies die Excel, LibreOffice en Google Sheets alle drie kennen (SUM, SUMPRODUCT, IF, INT, ROUND, MAX, MIN).'],
    ['', 'Afronding: de toedeling met hele klanten rondt volgens de grootste-restmethode (zoals het rapport: 8 → 7 + 1), met gelijke resten voor oplossing; de quota worden eerst op 10 decimalen afgerond zodat rekenfouten van het spreadsheet (0,85 × 10 = 8,4999…) de uitkomst niet veranderen. Eenheidsbedragen worden op hele euro’s afgerond als Instelling_Afronden WAAR is.'],
    ['', ''],
    ['Bladen', ''],
    ...bladen.map((x): [string, string] => [x.naam, x.wat]),
    ['', ''],
    ['Bronnen', s.bronnen.length ? s.bronnen[0]! : 'Regioplan (2020), MKBA Klantreis Financiële Hulpverlening Den Haag; de bron van elke parameter staat op blad Invoer.'],
    ...s.bronnen.slice(1).map((x): [string, string] => ['', x]),
    ['', 'De bron van elke parameter staat op blad Invoer, kolom Bron.'],
  ];
  // The variants are not computed in the workbook (it computes the scenario itself); each override is named here
  // with its input cell and source, so that a variant can be recalculated by typing it in.
  const varianten = s.varianten ?? [];
  if (varianten.length > 0) {
    const eerste = regels.findIndex(([a]) => a === 'Bladen') - 1;
    regels.splice(
      eerste,
      0,
      ['', ''],
      ['Varianten', `Dit scenario heeft ${varianten.length === 1 ? 'één variant' : `${varianten.length} varianten`}. Deze werkmap rekent het scenario zelf, niet de varianten. Een variant is dit scenario met de aannames hieronder: typ die in de genoemde gele cellen om haar na te rekenen (aandelen als breuk: 0,5 = 50%).`],
      ...varianten.flatMap((v): [string, string][] =>
        Object.entries(v.parameters).map(([k, o], i): [string, string] => [i === 0 ? v.naam : '', `${variantCel(k)} = ${String(o.waarde).replace('.', ',')} (bron: ${o.bron})`]),
      ),
    );
  }
  if (s.beschrijving) regels.splice(2, 0, ['Beschrijving', s.beschrijving]);
  if (ongeldig) regels.splice(1, 0, ['Let op', ['De invoer in de app bevatte fouten; deze werkmap hoort bij de laatste geldige invoer.', inGebruik].filter(Boolean).join(' ')]);
  regels.forEach(([a, t], i) => {
    b.zet(ws, `A${i + 3}`, a).font = VET;
    const c = b.zet(ws, `B${i + 3}`, t);
    c.alignment = { wrapText: true, vertical: 'top' };
  });
}

/* ---------- Invoer ---------- */

function invoer(b: Bouwer, ws: ExcelJS.Worksheet, ctx: Context): void {
  const { s } = ctx;
  const kop = ['Parameter', 'Omschrijving', 'Eenheid', 'Waarde', 'Standaard', 'Gewijzigd', 'Bewijsgraad', 'Bron', 'Prijsjaar', 'Laag', 'Hoog', 'Herkomst bereik', 'Naam'];
  if (ctx.indexeren) kop.push('Indexfactor', 'Op prijspeil');
  kolomBreedtes(ws, [32, 60, 10, 14, 14, 11, 30, 48, 10, 12, 12, 60, 36, 12, 14]);
  b.zet(ws, 'A1', 'Invoer: parameters en instellingen').font = KOP;
  b.zet(ws, 'A2', 'Gele cellen zijn invoer. "Gewijzigd" vergelijkt de waarde met de standaardwaarde (een formule). Bewijsgraad, bron en bereik horen bij de waarde uit de app: een in de app gewijzigde waarde heeft niet de bron van de standaard (een eigen waarde, graad D), zoals in de app. Wijzigt u hier een waarde, dan veranderen die kolommen niet mee.');
  kopRij(ws, 4, kop);
  bevries(ws, 4, 1);
  let rij = 5;

  // Price level factors first (names used by the parameter rows).
  const factorRijen: { jaar: number; factor: number }[] = [];
  if (ctx.indexeren) {
    const jaren = new Set<number>([s.prijspeil.prijsjaarKosten, ...PARAMETERS.flatMap((p) => ('prijsjaar' in p ? [p.prijsjaar] : []))]);
    for (const jaar of [...jaren].sort()) {
      const f = indexfactor(s.prijspeil, jaar);
      if (!f.ok) throw new Error(f.fout);
      factorRijen.push({ jaar, factor: f.factor.toNumber() });
    }
  }

  for (const p of PARAMETERS) {
    const waarde = s.parameters[p.id];
    const fmt = (x: number) => invoerFmt(p.eenheid, x);
    b.zet(ws, `A${rij}`, p.id);
    b.zet(ws, `B${rij}`, p.label.nl);
    b.zet(ws, `C${rij}`, EENHEID_TEKST[p.eenheid]);
    const c = b.zet(ws, `D${rij}`, waarde, fmt(waarde));
    c.fill = INVOER_VULLING;
    b.naam(ws, `D${rij}`, parameterNaam(p.id));
    b.zet(ws, `E${rij}`, p.standaard, fmt(p.standaard));
    b.zet(ws, `F${rij}`, { f: `IF(D${rij}<>E${rij},"gewijzigd","")`, v: spreadsheetGelijk(waarde, p.standaard) ? '' : 'gewijzigd' });
    // Grade, source and range of the value in the scenario, as the app, print, CSV and CLI show them (tester5 #3):
    // an edited value is the user's own, not the default's source and grade.
    const o = parameterOnzekerheid(s, p.id, s.onzekerheid);
    const h = herkomstVan(`parameters.${p.id}`, s);
    b.zet(ws, `G${rij}`, `${o.graad} (${GRAAD_UITLEG[o.graad].nl})`);
    b.zet(ws, `H${rij}`, h?.eigen ? bronOmschrijving(h, 'nl') : 'toelichting' in p ? `${p.bron}. ${p.toelichting.nl}` : p.bron);
    if ('prijsjaar' in p) b.zet(ws, `I${rij}`, p.prijsjaar);
    b.zet(ws, `J${rij}`, o.laag, fmt(o.laag));
    b.zet(ws, `K${rij}`, o.hoog, fmt(o.hoog));
    b.zet(ws, `L${rij}`, 'bron' in o.herkomst ? `Bron: ${o.herkomst.bron}` : o.herkomst.aanname);
    b.zet(ws, `M${rij}`, parameterNaam(p.id));
    if (ctx.indexeren && 'prijsjaar' in p) {
      b.zet(ws, `N${rij}`, { f: `Prijsindex_${p.prijsjaar}`, v: factorRijen.find((x) => x.jaar === p.prijsjaar)!.factor }, FACTOR);
      const f = indexfactor(s.prijspeil, p.prijsjaar);
      const naar = f.ok ? f.factor.times(waarde).toNumber() : waarde;
      b.uitkomst(ws, `O${rij}`, `D${rij}*N${rij}`, naar, `${p.id} op prijspeil ${s.prijspeil.doeljaar}`, EURO_CENTEN);
      b.naam(ws, `O${rij}`, `PP_${excelNaam(p.id)}`);
    }
    rij++;
  }

  rij++;
  b.zet(ws, `A${rij}`, 'Instellingen').font = VET;
  rij++;
  const instelling = (label: string, naam: string, waarde: number | boolean | string | null, fmt: string | undefined, uitleg: string) => {
    b.zet(ws, `A${rij}`, naam);
    b.zet(ws, `B${rij}`, label);
    const c = b.zet(ws, `D${rij}`, waarde, fmt);
    c.fill = INVOER_VULLING;
    b.naam(ws, `D${rij}`, naam);
    b.zet(ws, `H${rij}`, uitleg);
    b.zet(ws, `M${rij}`, naam);
    rij++;
  };
  instelling(
    'Toedeling met hele klanten',
    'Instelling_HeleKlanten',
    s.instellingen.toedeling === 'heleKlanten',
    undefined,
    'WAAR: klanten in de fase schulden regelen worden als hele klanten toegedeeld (grootste-restmethode, zoals het rapport); ONWAAR: verwachte waarden (fracties).',
  );
  instelling(
    'Eenheidsbedragen afronden op hele euro’s',
    'Instelling_Afronden',
    s.instellingen.eenheidsbedragenAfronden,
    undefined,
    'WAAR: afgeleide eenheidsbedragen (bijv. € 14.000 × 4 / 12) worden op hele euro’s afgerond, zoals het rapport deed.',
  );
  instelling(
    'Referentiecohort (instelling)',
    'Instelling_ReferentieCohort',
    s.instellingen.referentieCohort,
    AANTAL,
    'Leeg: het cohort van de eerste projectwerkwijze (de eerste werkwijze die niet het nulalternatief is).',
  );
  const eerste = s.werkwijzen.find((w) => !w.nulalternatief) ?? s.werkwijzen[0]!;
  b.zet(ws, `A${rij}`, 'ReferentieCohort');
  b.zet(ws, `B${rij}`, 'Referentiecohort (gebruikt)');
  b.uitkomst(
    ws,
    `D${rij}`,
    `IF(Instelling_ReferentieCohort="",${werkwijzeNaam(eerste.id, 'cohort')},Instelling_ReferentieCohort)`,
    referentieCohort(s),
    'Referentiecohort',
    AANTAL,
  );
  b.naam(ws, `D${rij}`, 'ReferentieCohort');
  b.zet(ws, `H${rij}`, 'Alle werkwijzen worden naar dit aantal klanten omgerekend.');
  b.zet(ws, `M${rij}`, 'ReferentieCohort');
  rij++;
  instelling(
    'Optimism bias: opslag op de kosten van de projectwerkwijzen',
    'Instelling_OptimismeBias',
    s.instellingen.optimismeBias ?? 0,
    PROCENT,
    'De kosten van elke projectwerkwijze (niet het nulalternatief) × (1 + opslag); 0% = de kosten zoals opgegeven (het rapport).',
  );
  if (s.instellingen.instroomPerJaar !== null) {
    instelling('Instroom per jaar', 'Instelling_InstroomPerJaar', s.instellingen.instroomPerJaar, AANTAL, 'Nieuwe klanten per jaar; bedragen per jaar = per klant × instroom (onverdisconteerd).');
  }

  // Gross → net per benefit: the three shares as inputs (0 = the report).
  rij++;
  b.zet(ws, `A${rij}`, 'Van bruto naar netto per baat (aandelen; 0% = zoals het rapport)').font = VET;
  rij++;
  b.zet(ws, `A${rij}`, 'Netto = bruto × (1 − deadweight) × (1 − verdringing) × (1 − attributie), in die volgorde (SROI-gids); de componenten en de verdeling over partijen schalen mee.');
  rij++;
  const aftrekUitleg: Record<Aftrek, string> = {
    deadweight: 'Deel van de baat dat ook zonder hulp was bereikt.',
    verdringing: 'Deel van de baat dat elders verloren gaat (verdringing).',
    attributie: 'Deel van de baat dat aan anderen dan de werkwijze toe te schrijven is.',
  };
  for (const baat of BATEN) {
    const a = aftrekAandelen(s.brutoNetto, baat);
    for (const k of AFTREKKEN) {
      instelling(`${BAAT_LABELS[baat].nl}: ${AFTREK_LABEL[k]}`, brutoNettoNaam(baat, k), a[k], PROCENT, `${aftrekUitleg[k]} Scenario: brutoNetto.${baat}.${k}.`);
    }
  }

  if (ctx.indexeren) {
    rij++;
    b.zet(ws, `A${rij}`, `Prijspeil: bedragen omgerekend naar ${s.prijspeil.doeljaar}`).font = VET;
    rij++;
    b.zet(ws, `A${rij}`, 'De indexfactoren zijn waarden, door de app berekend uit de inflatiecijfers of opgegeven factoren van het scenario; de omrekening van elk bedrag (kolom Op prijspeil) is een formule.');
    rij++;
    for (const { jaar, factor } of factorRijen) {
      const naam = `Prijsindex_${jaar}`;
      instelling(`Indexfactor van prijspeil ${jaar} naar ${s.prijspeil.doeljaar}`, naam, factor, FACTOR, 'Waarde uit de app.');
    }
    b.zet(ws, `A${rij}`, 'Prijsindex_Kosten');
    b.zet(ws, `B${rij}`, `Indexfactor voor de kosten van de werkwijzen (prijspeil ${s.prijspeil.prijsjaarKosten})`);
    b.zet(ws, `D${rij}`, { f: `Prijsindex_${s.prijspeil.prijsjaarKosten}`, v: factorRijen.find((x) => x.jaar === s.prijspeil.prijsjaarKosten)!.factor }, FACTOR);
    b.naam(ws, `D${rij}`, 'Prijsindex_Kosten');
    b.zet(ws, `M${rij}`, 'Prijsindex_Kosten');
    rij++;
  }

  // The stakeholder split per benefit component.
  rij++;
  b.zet(ws, `A${rij}`, 'Verdeling van de baten over partijen (aandeel per component)').font = VET;
  rij++;
  ['Component', 'Omschrijving', ...STAKEHOLDERS.map((sh) => STAKEHOLDER_LABELS[sh].nl), 'Som'].forEach((t, i) => {
    const c = ws.getCell(rij, i + 1);
    c.value = t;
    c.font = VET;
  });
  rij++;
  for (const c of COMPONENTEN) {
    b.zet(ws, `A${rij}`, c);
    b.zet(ws, `B${rij}`, COMPONENT_LABELS[c].nl);
    STAKEHOLDERS.forEach((sh, i) => {
      const adres = `${kolom(3 + i)}${rij}`;
      const cel = b.zet(ws, adres, s.verdeling[c][sh] ?? 0, PROCENT);
      cel.fill = INVOER_VULLING;
      b.naam(ws, adres, `V_${excelNaam(c)}_${sh}`);
    });
    const som = STAKEHOLDERS.reduce((x, sh) => x + (s.verdeling[c][sh] ?? 0), 0);
    b.zet(ws, `${kolom(3 + STAKEHOLDERS.length)}${rij}`, { f: `SUM(C${rij}:${kolom(2 + STAKEHOLDERS.length)}${rij})`, v: som }, PROCENT);
    rij++;
  }
  b.zet(ws, `A${rij}`, `Alle kosten komen voor rekening van de ${STAKEHOLDER_LABELS[KOSTENDRAGER].nl.toLowerCase()} (Regioplan 2020, par. 3.3).`);
}

/* ---------- one sheet per pathway ---------- */

function werkwijzeBlad(b: Bouwer, ws: ExcelJS.Worksheet, ctx: Context, w: Werkwijze, res: WerkwijzeResultaat): void {
  const { s } = ctx;
  const n = (veld: string) => werkwijzeNaam(w.id, veld);
  kolomBreedtes(ws, [52, 16, 16, 10, 34, 90]);
  b.zet(ws, 'A1', `${w.naam}${w.nulalternatief ? ' (nulalternatief)' : ''}`).font = KOP;
  b.zet(ws, 'A2', `Werkwijze-id: ${w.id}; namen op dit blad: W_${excelNaam(w.id)}_<veld>. Gele cellen zijn invoer, de rest zijn formules.`);
  kopRij(ws, 4, ['Onderdeel', 'Waarde', '', 'Eenheid', 'Naam', 'Formule in woorden']);
  bevries(ws, 4, 1);
  let rij = 5;
  const sectie = (titel: string) => {
    rij++;
    b.zet(ws, `A${rij}`, titel).font = VET;
    rij++;
  };
  const invoerCel = (label: string, veld: string, waarde: number | { f: string; v: number }, fmt: string, eenheid: string, uitleg = '') => {
    b.zet(ws, `A${rij}`, label);
    const c = b.zet(ws, `B${rij}`, waarde, fmt);
    c.fill = INVOER_VULLING;
    b.zet(ws, `D${rij}`, eenheid);
    b.naam(ws, `B${rij}`, n(veld));
    b.zet(ws, `E${rij}`, n(veld));
    if (uitleg) b.zet(ws, `F${rij}`, uitleg);
    rij++;
  };
  /**
   * A calculated cell with a name. Its cached result is the formula's value from the model (a viewer that
   * does not recalculate shows it); checked on Controle unless `controleren` is false (an intermediate
   * step the engine has no figure of its own for, computed here the way the formula does).
   */
  const reken = (label: string, veld: string, formule: string, waarde: Getal, fmt: string, eenheid: string, uitleg = '', controleren = true) => {
    b.zet(ws, `A${rij}`, label);
    if (!controleren) b.zet(ws, `B${rij}`, { f: formule, v: getal(waarde) }, fmt);
    else b.uitkomst(ws, `B${rij}`, formule, waarde, `${w.naam}: ${label}`, fmt);
    b.zet(ws, `D${rij}`, eenheid);
    b.naam(ws, `B${rij}`, n(veld));
    b.zet(ws, `E${rij}`, n(veld));
    if (uitleg) b.zet(ws, `F${rij}`, uitleg);
    rij++;
  };
  const telFmt = (x: Getal) => (getal(x) % 1 === 0 ? AANTAL : AANTAL_FRACTIE);

  sectie('Invoer: cohort en uitkomsten (dossieranalyse)');
  invoerCel('Cohort (N)', 'cohort', w.cohort, AANTAL, 'klanten');
  invoerCel('Oplossing voor de schulden', 'oplossing', w.uitkomsten.oplossing, AANTAL, 'klanten');
  invoerCel('Situatie gestabiliseerd', 'gestabiliseerd', w.uitkomsten.gestabiliseerd, AANTAL, 'klanten');
  invoerCel('Geen oplossing en geen stabilisatie', 'geenOplossing', w.uitkomsten.geenOplossing, AANTAL, 'klanten');
  invoerCel('Nog in de fase schulden regelen', 'inSchuldregelfase', w.uitkomsten.inSchuldregelfase, AANTAL, 'klanten');
  b.zet(ws, `A${rij}`, 'Controle: som van de uitkomsten − cohort (hoort 0 te zijn)');
  b.zet(ws, `B${rij}`, { f: `${n('oplossing')}+${n('gestabiliseerd')}+${n('geenOplossing')}+${n('inSchuldregelfase')}-${n('cohort')}`, v: 0 }, AANTAL);
  rij++;
  if (w.uitkomstModel) {
    b.zet(ws, `A${rij}`, 'De uitkomsten zijn in de app afgeleid uit het klanttypemodel (mix × kans per klanttype, grootste-restmethode); hier staan de afgeleide aantallen als invoer.');
    rij++;
  }
  invoerCel('Aandeel met een PW-uitkering', 'aandeelPW', w.samenstelling.aandeelPW, PROCENT, 'aandeel');
  invoerCel('Aandeel met werk', 'aandeelWerkend', w.samenstelling.aandeelWerkend, PROCENT, 'aandeel');

  sectie('Invoer: kosten per klant en aantallen');
  const k = w.kosten;
  invoerCel(`${KOSTENPOST_LABELS.preparation.nl}: kosten per klant`, 'preparation_bedrag', k.preparation.bedrag, invoerFmt('euro', k.preparation.bedrag), '€', 'Geldt voor het hele cohort.');
  invoerCel(`${KOSTENPOST_LABELS.settlementPhase.nl}: kosten per klant`, 'settlementPhase_bedrag', k.settlementPhase.bedrag, invoerFmt('euro', k.settlementPhase.bedrag), '€');
  invoerCel(`${KOSTENPOST_LABELS.settlementPhase.nl}: aantal klanten`, 'settlementPhase_aantal', k.settlementPhase.aantal, AANTAL, 'klanten');
  invoerCel(`${KOSTENPOST_LABELS.debtArrangement.nl}: kosten per klant`, 'debtArrangement_bedrag', k.debtArrangement.bedrag, invoerFmt('euro', k.debtArrangement.bedrag), '€');
  if (k.debtArrangement.aantal === 'oplossingen') {
    invoerCel(
      `${KOSTENPOST_LABELS.debtArrangement.nl}: aantal klanten`,
      'debtArrangement_aantal',
      { f: n('naOplossing'), v: getal(res.naToedeling.oplossing) },
      telFmt(res.naToedeling.oplossing),
      'klanten',
      'In het scenario: "oplossingen", het aantal oplossingen na toedeling (een formule; vervang die door een getal voor een vast aantal).',
    );
  } else {
    invoerCel(`${KOSTENPOST_LABELS.debtArrangement.nl}: aantal klanten`, 'debtArrangement_aantal', k.debtArrangement.aantal, AANTAL, 'klanten');
  }
  for (const v of BUDGETBEHEER_VARIANTEN) {
    invoerCel(`Budgetbeheer ${v}: kosten per klant`, `budgetManagement_${v}_bedrag`, k.budgetManagement[v].bedrag, invoerFmt('euro', k.budgetManagement[v].bedrag), '€');
    invoerCel(`Budgetbeheer ${v}: aantal klanten`, `budgetManagement_${v}_aantal`, k.budgetManagement[v].aantal, AANTAL, 'klanten');
  }

  sectie('Toedeling van de klanten in de fase schulden regelen (vergelijk tabel 3.5)');
  const p = ctx.p('allocation.successShare');
  const N = n('inSchuldregelfase');
  const t = res.toedeling;
  // The intermediate steps of the largest-remainder rounding (toedeling.ts), as the formulas compute them.
  const kans = new Decimal(s.parameters['allocation.successShare']);
  const quotumOpl = kans.times(w.uitkomsten.inSchuldregelfase).toDecimalPlaces(QUOTA_DECIMALEN);
  const quotumGeen = new Decimal(w.uitkomsten.inSchuldregelfase).minus(quotumOpl);
  const heelOpl = quotumOpl.floor();
  const heelGeen = quotumGeen.floor();
  const restOpl = quotumOpl.minus(heelOpl);
  const restGeen = quotumGeen.minus(heelGeen);
  reken('Quotum naar oplossing (op 10 decimalen)', 'quotumOplossing', `ROUND(${N}*${p},10)`, quotumOpl, AANTAL_FRACTIE, 'klanten', 'klanten in de fase schulden regelen × kans op schuldregeling', false);
  reken('Quotum naar geen oplossing', 'quotumGeen', `${N}-${n('quotumOplossing')}`, quotumGeen, AANTAL_FRACTIE, 'klanten', 'klanten in de fase schulden regelen − quotum naar oplossing', false);
  reken('Heel deel naar oplossing', 'heelOplossing', `INT(${n('quotumOplossing')})`, heelOpl, AANTAL, 'klanten', '', false);
  reken('Heel deel naar geen oplossing', 'heelGeen', `INT(${n('quotumGeen')})`, heelGeen, AANTAL, 'klanten', '', false);
  reken('Nog te verdelen klanten', 'restAantal', `${N}-${n('heelOplossing')}-${n('heelGeen')}`, new Decimal(w.uitkomsten.inSchuldregelfase).minus(heelOpl).minus(heelGeen), AANTAL, 'klanten', 'grootste-restmethode: de resterende klanten gaan naar de grootste resten', false);
  reken('Rest oplossing', 'restOplossing', `${n('quotumOplossing')}-${n('heelOplossing')}`, restOpl, FACTOR, '', '', false);
  reken('Rest geen oplossing', 'restGeen', `${n('quotumGeen')}-${n('heelGeen')}`, restGeen, FACTOR, '', '', false);
  reken('Rang rest oplossing', 'rangOplossing', `1+IF(${n('restGeen')}>${n('restOplossing')},1,0)`, restGeen.gt(restOpl) ? 2 : 1, AANTAL, '', 'bij gelijke resten gaat oplossing voor', false);
  reken('Rang rest geen oplossing', 'rangGeen', `1+IF(${n('restOplossing')}>=${n('restGeen')},1,0)`, restOpl.gte(restGeen) ? 2 : 1, AANTAL, '', '', false);
  reken(
    'Toegedeeld aan oplossing',
    'naarOplossing',
    `IF(Instelling_HeleKlanten,${n('heelOplossing')}+IF(${n('rangOplossing')}<=${n('restAantal')},1,0),${N}*${p})`,
    t.naarOplossing,
    telFmt(t.naarOplossing),
    'klanten',
    'hele klanten: heel deel + 1 als de rest bij de grootste hoort; anders: klanten × kans',
  );
  reken(
    'Toegedeeld aan geen oplossing',
    'naarGeenOplossing',
    `IF(Instelling_HeleKlanten,${n('heelGeen')}+IF(${n('rangGeen')}<=${n('restAantal')},1,0),${N}*(1-${p}))`,
    t.naarGeenOplossing,
    telFmt(t.naarGeenOplossing),
    'klanten',
    'hele klanten: heel deel + 1 als de rest bij de grootste hoort; anders: klanten × (1 − kans)',
  );
  const na = res.naToedeling;
  reken('Oplossing na toedeling', 'naOplossing', `${n('oplossing')}+${n('naarOplossing')}`, na.oplossing, telFmt(na.oplossing), 'klanten');
  reken('Gestabiliseerd', 'naGestabiliseerd', n('gestabiliseerd'), na.gestabiliseerd, AANTAL, 'klanten');
  reken('Geen oplossing na toedeling', 'naGeenOplossing', `${n('geenOplossing')}+${n('naarGeenOplossing')}`, na.geenOplossing, telFmt(na.geenOplossing), 'klanten');
  reken('In aanmerking voor baten (E)', 'E', `${n('naOplossing')}+${n('naGestabiliseerd')}`, res.inAanmerking, telFmt(res.inAanmerking), 'klanten', 'E = oplossing + gestabiliseerd, na toedeling');

  sectie('Kosten voor het eigen cohort (vergelijk tabel 3.3)');
  const kb = (veld: string) => ctx.kostenBedrag(w, veld);
  const kostenFormule: Record<KostenpostId, string> = {
    preparation: `${n('cohort')}*${kb('preparation_bedrag')}`,
    settlementPhase: `${n('settlementPhase_aantal')}*${kb('settlementPhase_bedrag')}`,
    debtArrangement: `${n('debtArrangement_aantal')}*${kb('debtArrangement_bedrag')}`,
    budgetManagement: BUDGETBEHEER_VARIANTEN.map((v) => `${n(`budgetManagement_${v}_aantal`)}*${kb(`budgetManagement_${v}_bedrag`)}`).join('+'),
  };
  const kostenUitleg: Record<KostenpostId, string> = {
    preparation: 'cohort × kosten per klant',
    settlementPhase: 'aantal × kosten per klant',
    debtArrangement: 'aantal schuldregelingen × kosten per klant',
    budgetManagement: 'Σ per variant: aantal × kosten per klant',
  };
  // Optimism bias raises a project pathway's costs (engine.ts, metOptimismeBias); never the baseline's.
  const bias = (f: string) => (w.nulalternatief ? f : `(${f})*(1+Instelling_OptimismeBias)`);
  for (const kp of KOSTENPOSTEN) {
    reken(
      KOSTENPOST_LABELS[kp].nl,
      `kosten_${kp}`,
      bias(kostenFormule[kp]),
      res.kosten.posten[kp].bruto,
      EURO,
      '€',
      kostenUitleg[kp] + (ctx.indexeren ? ' × indexfactor kosten' : '') + (w.nulalternatief ? '' : ' × (1 + optimism bias)'),
    );
  }
  reken('Totaal kosten eigen cohort', 'kostenEigenCohort', KOSTENPOSTEN.map((kp) => n(`kosten_${kp}`)).join('+'), res.kosten.totaal.bruto, EURO, '€');

  sectie('Baten voor het eigen cohort (vergelijk tabellen 3.6–3.12)');
  const E = n('E');
  const P = ctx.p;
  const afgeleid = (baat: BaatId, i: number) => res.baten.posten[baat].afgeleid[i]!.berekening.uitkomst;
  const rond = (x: string) => `IF(Instelling_Afronden,ROUND(${x},0),${x})`;
  reken('Eenheidsbedrag: besparing per uitgestroomde klant', 'welfareExit_perKlant', rond(`${P('welfare.pwAnnualCost')}*${P('welfareExit.monthsEarlier')}/12`), afgeleid('welfareExit', 0), EURO_CENTEN, '€', 'PW-uitkering per jaar × maanden eerder / 12 (afgerond als Instelling_Afronden)');
  reken('Eenheidsbedrag: per voorkomen WW-uitkering', 'jobRetention_wwPerGeval', rond(`${P('jobRetention.wwAnnualCost')}*${P('jobRetention.wwMonths')}/12`), afgeleid('jobRetention', 0), EURO_CENTEN, '€', 'WW-uitkering per jaar × duur in maanden / 12');
  reken('Eenheidsbedrag: per voorkomen PW-uitkering', 'jobRetention_pwPerGeval', rond(`${P('welfare.pwAnnualCost')}*${P('jobRetention.pwMonths')}/12`), afgeleid('jobRetention', 1), EURO_CENTEN, '€', 'PW-uitkering per jaar × duur in maanden / 12');
  reken('Eenheidsbedrag: per voorkomen dakloosheid', 'homelessness_perGeval', rond(`${P('homelessness.shelterCost')}+${P('homelessness.careSafetyCost')}`), afgeleid('homelessness', 0), EURO_CENTEN, '€', 'crisisopvang + zorg en veiligheid');
  const gevallen = (['eviction.threatShare', 'escalation.withoutHelp', 'homelessness.share'] as const).reduce((x, id) => x.times(s.parameters[id]), res.inAanmerking);
  reken('Aantal voorkomen gevallen van dakloosheid', 'homelessness_gevallen', `${E}*${P('eviction.threatShare')}*${P('escalation.withoutHelp')}*${P('homelessness.share')}`, gevallen, AANTAL_FRACTIE, 'klanten', '', false);
  const basisBaan = `${E}*${n('aandeelWerkend')}*${P('jobRetention.escalationJobLoss')}`;
  const componentFormule: Record<ComponentId, string> = {
    welfareExit: `${E}*${n('aandeelPW')}*${P('welfareExit.exitShare')}*${n('welfareExit_perKlant')}`,
    'jobRetention.ww': `${basisBaan}*${P('jobRetention.wwShare')}*${n('jobRetention_wwPerGeval')}`,
    'jobRetention.pw': `${basisBaan}*${P('jobRetention.pwShare')}*${n('jobRetention_pwPerGeval')}`,
    'reintegration.ww': `${basisBaan}*${P('jobRetention.wwShare')}*${P('reintegration.wwShare')}*${P('reintegration.programmeCost')}`,
    'reintegration.pw': `${basisBaan}*${P('jobRetention.pwShare')}*${P('reintegration.pwShare')}*${P('reintegration.programmeCost')}`,
    eviction: `${E}*${P('eviction.threatShare')}*${P('escalation.withoutHelp')}*${P('eviction.cost')}`,
    'homelessness.shelter': `${n('homelessness_gevallen')}*${P('homelessness.shelterCost')}`,
    'homelessness.careSafety': `${n('homelessness_gevallen')}*${n('homelessness_perGeval')}-${n('c_homelessness_shelter')}`,
    utilityCutoff: `${E}*${P('utilityCutoff.debtShare')}*${P('escalation.withoutHelp')}*${P('utilityCutoff.cost')}`,
    'socialSupport.mo': `${E}*${P('socialSupport.moShare')}*${P('socialSupport.moCost')}`,
    'socialSupport.ggz': `${E}*${P('socialSupport.ggzShare')}*${P('socialSupport.ggzCost')}`,
  };
  // Per benefit: the gross amount (the report's formula, with its rounded unit amounts), the three
  // deductions in the engine's order (baten/brutoNetto.ts: each takes its share of what is left) and
  // the net benefit; the components are net too (gross component × the net factor), so the split over
  // the parties scales with the benefit. No rounding after the deductions, as in the engine.
  for (const baat of BATEN) {
    const post = res.baten.posten[baat];
    const bn = post.brutoNetto;
    const comps = BAAT_COMPONENTEN[baat] as readonly ComponentId[];
    const F = nettoFactor(baat);
    const brutoFormule = baat === 'homelessness' ? `${n('homelessness_gevallen')}*${n('homelessness_perGeval')}` : comps.map((c) => componentFormule[c]).join('+');
    const label = BAAT_LABELS[baat].nl;
    reken(`${label}: bruto`, `baatBruto_${baat}`, brutoFormule, bn.bruto, EURO, '€', BAAT_FORMULES[baat].formule.nl);
    let rest = n(`baatBruto_${baat}`);
    for (const k of AFTREKKEN) {
      reken(`${label}: − ${AFTREK_LABEL[k]}`, `baat${k[0]!.toUpperCase()}${k.slice(1)}_${baat}`, `(${rest})*${brutoNettoNaam(baat, k)}`, bn[k], EURO, '€', `wat er nog over is × aandeel ${AFTREK_LABEL[k]} (${brutoNettoNaam(baat, k)})`);
      rest = `${rest}-${n(`baat${k[0]!.toUpperCase()}${k.slice(1)}_${baat}`)}`;
    }
    if (comps.length > 1) {
      for (const c of comps) {
        // Care and safety is the remainder of the total (homelessness.ts), net like the rest.
        const bruto = c === 'homelessness.careSafety' ? `${n('homelessness_gevallen')}*${n('homelessness_perGeval')}*${F}-${n('c_homelessness_shelter')}` : `${componentFormule[c]}*${F}`;
        reken(`${label}: ${COMPONENT_LABELS[c].nl.toLowerCase()} (netto)`, `c_${c}`, bruto, post.componenten[c]!, EURO, '€');
      }
    }
    reken(`${label} (netto)`, `baat_${baat}`, rest, post.bruto, EURO, '€', 'bruto − deadweight − verdringing − attributie');
    if (comps.length === 1) {
      // A one-component benefit is its own component (named too, for the split over parties).
      b.naam(ws, `B${rij - 1}`, n(`c_${comps[0]!}`));
    }
  }
  reken('Totaal baten eigen cohort', 'batenEigenCohort', BATEN.map((x) => n(`baat_${x}`)).join('+'), res.baten.totaal.bruto, EURO, '€');
  reken('Saldo eigen cohort (baten − kosten)', 'saldoEigenCohort', `${n('batenEigenCohort')}-${n('kostenEigenCohort')}`, res.saldo.bruto, EURO, '€');

  sectie('Omgerekend naar het referentiecohort en per klant');
  b.zet(ws, `A${rij}`, 'Onderdeel').font = VET;
  b.zet(ws, `B${rij}`, 'Referentiecohort').font = VET;
  b.zet(ws, `C${rij}`, 'Per klant').font = VET;
  b.zet(ws, `F${rij}`, 'referentiecohort: eigen cohort × referentiecohort / N; per klant: eigen cohort / N');
  rij++;
  reken('Schaal (referentiecohort / N)', 'schaal', `ReferentieCohort/${n('cohort')}`, res.schaal, FACTOR, '');
  const genormaliseerd = (label: string, veld: string, bron: string, totaal: Getal, perKlant: Getal) => {
    b.zet(ws, `A${rij}`, label);
    b.uitkomst(ws, `B${rij}`, `${n(bron)}*ReferentieCohort/${n('cohort')}`, totaal, `${w.naam}: ${label} (referentiecohort)`, EURO);
    b.uitkomst(ws, `C${rij}`, `${n(bron)}/${n('cohort')}`, perKlant, `${w.naam}: ${label} (per klant)`, EURO);
    b.naam(ws, `B${rij}`, n(`${veld}Totaal`));
    b.naam(ws, `C${rij}`, n(`${veld}PerKlant`));
    b.zet(ws, `D${rij}`, '€');
    b.zet(ws, `E${rij}`, `${n(`${veld}Totaal`)}, ${n(`${veld}PerKlant`)}`);
    rij++;
  };
  for (const kp of KOSTENPOSTEN) genormaliseerd(KOSTENPOST_LABELS[kp].nl, `kosten_${kp}`, `kosten_${kp}`, res.kosten.posten[kp].totaal, res.kosten.posten[kp].perKlant);
  genormaliseerd('Investering (totaal kosten)', 'kosten', 'kostenEigenCohort', res.kosten.totaal.totaal, res.kosten.totaal.perKlant);
  for (const baat of BATEN) genormaliseerd(BAAT_LABELS[baat].nl, `baat_${baat}`, `baat_${baat}`, res.baten.posten[baat].totaal, res.baten.posten[baat].perKlant);
  genormaliseerd('Totaal baten', 'baten', 'batenEigenCohort', res.baten.totaal.totaal, res.baten.totaal.perKlant);
  genormaliseerd('Saldo (baten − kosten)', 'saldo', 'saldoEigenCohort', res.saldo.totaal, res.saldo.perKlant);
  const bk = `IF(${n('kostenEigenCohort')}=0,"n.v.t.",${n('batenEigenCohort')}/${n('kostenEigenCohort')})`;
  reken('Baten/kosten-verhouding', 'bkVerhouding', bk, res.batenKostenVerhouding ?? 0, '0.00', '', '', res.batenKostenVerhouding !== null);
  // Without costs the ratio is text ("n.v.t."), not a number to check.
  if (res.batenKostenVerhouding === null) b.zet(ws, `B${rij - 1}`, { f: bk, v: 'n.v.t.' });

  sectie('Verdeling van de baten over partijen (referentiecohort)');
  const compEerste = rij;
  for (const c of COMPONENTEN) {
    b.zet(ws, `A${rij}`, `Component ${COMPONENT_LABELS[c].nl.toLowerCase()}`);
    b.uitkomst(ws, `B${rij}`, `${n(`c_${c}`)}/${n('cohort')}*ReferentieCohort`, res.componenten[c].totaal, `${w.naam}: component ${c} (referentiecohort)`, EURO);
    b.zet(ws, `D${rij}`, '€');
    rij++;
  }
  const compLaatste = rij - 1;
  for (const sh of STAKEHOLDERS) {
    // Σ over the components of (component for the reference cohort × share of this party).
    const formule = COMPONENTEN.map((c, i) => `B${compEerste + i}*V_${excelNaam(c)}_${sh}`).join('+');
    reken(`Baten voor ${STAKEHOLDER_LABELS[sh].nl.toLowerCase()}`, `partij_${sh}`, formule, res.stakeholders[sh], EURO, '€', 'Σ component × aandeel van deze partij (blad Invoer, verdeling)');
  }
  reken('Totaal over de partijen', 'partijenTotaal', `SUM(B${compEerste}:B${compLaatste})`, res.baten.totaal.totaal, EURO, '€');

  // The welfare view (welvaart.ts): of each component only its welvaartsaandeel is a real saving; the rest
  // is a transfer (the paying parties gain what a household or the creditors lose), taken out of the benefits.
  sectie('Maatschappelijk welvaartsperspectief (referentiecohort)');
  COMPONENTEN.forEach((c, i) => {
    const betalers = STAKEHOLDERS.map((sh) => `B${compEerste + i}*V_${excelNaam(c)}_${sh}`).join('+');
    reken(
      `Overdracht ${COMPONENT_LABELS[c].nl.toLowerCase()}`,
      `overdracht_${c}`,
      `(${betalers})*(1-${P(welvaartsaandeelParameter(c))})`,
      res.welvaart.componenten[c].overdracht,
      EURO,
      '€',
      `component × (1 − welvaartsaandeel, ${P(welvaartsaandeelParameter(c))}): het deel dat een overdracht is`,
    );
  });
  reken(
    'Overdrachten samen',
    'overdrachtTotaal',
    COMPONENTEN.map((c) => n(`overdracht_${c}`)).join('+'),
    COMPONENTEN.reduce((x, c) => x.plus(res.welvaart.componenten[c].overdracht), new Decimal(0)),
    EURO,
    '€',
    'tellen over alle actoren op tot 0: de betalende partijen winnen wat huishoudens of schuldeisers verliezen',
  );
  reken('Welvaartsbaten (zonder overdrachten)', 'welvaartsbatenTotaal', `${n('batenTotaal')}-${n('overdrachtTotaal')}`, res.welvaart.baten.totaal, EURO, '€', 'totaal baten − overdrachten');
  reken('Maatschappelijk welvaartssaldo', 'welvaartssaldoTotaal', `${n('saldoTotaal')}-${n('overdrachtTotaal')}`, res.welvaart.saldo.totaal, EURO, '€', 'saldo (baten − kosten) − overdrachten');
  reken('Maatschappelijk welvaartssaldo per klant', 'welvaartssaldoPerKlant', `${n('saldoPerKlant')}-${n('overdrachtTotaal')}/ReferentieCohort`, res.welvaart.saldo.perKlant, EURO, '€', 'saldo per klant − overdrachten / referentiecohort');
}

/* ---------- Uitkomsten ---------- */

function uitkomsten(b: Bouwer, ws: ExcelJS.Worksheet, ctx: Context, vergelijking: WerkmapOpties['vergelijking']): void {
  const { s, r } = ctx;
  const werkwijzen = r.werkwijzen;
  const nul = r.nulalternatief;
  kolomBreedtes(ws, [52, ...werkwijzen.map(() => 20)]);
  b.zet(ws, 'A1', 'Uitkomsten per werkwijze').font = KOP;
  b.zet(ws, 'A2', `Alle bedragen zijn formules, omgerekend naar het referentiecohort (blad Invoer, ReferentieCohort). Verschillen zijn ten opzichte van het nulalternatief: ${nul.naam}.`);
  kopRij(ws, 4, ['Onderdeel', ...werkwijzen.map((w) => w.naam)]);
  bevries(ws, 4, 1);
  let rij = 5;
  const col = (i: number) => kolom(i + 2);
  const n = (w: WerkwijzeResultaat, veld: string) => werkwijzeNaam(w.id, veld);
  const sectie = (titel: string) => {
    rij++;
    b.zet(ws, `A${rij}`, titel).font = VET;
    rij++;
  };
  const regel = (label: string, per: (w: WerkwijzeResultaat, i: number) => { f: string; v: Getal | string; naam?: string } | null, fmt = EURO) => {
    b.zet(ws, `A${rij}`, label);
    werkwijzen.forEach((w, i) => {
      const x = per(w, i);
      if (!x) return;
      const adres = `${col(i)}${rij}`;
      if (typeof x.v === 'string') b.zet(ws, adres, { f: x.f, v: x.v }, fmt);
      else b.uitkomst(ws, adres, x.f, x.v, `${w.naam}: ${label}`, fmt);
      if (x.naam) b.naam(ws, adres, x.naam);
    });
    rij++;
  };
  regel('Cohort (N)', (w) => ({ f: n(w, 'cohort'), v: w.cohort }), AANTAL);
  regel('Referentiecohort', () => ({ f: 'ReferentieCohort', v: r.referentieCohort }), AANTAL);
  regel('In aanmerking voor baten (E, eigen cohort)', (w) => ({ f: n(w, 'E'), v: w.inAanmerking }), AANTAL_FRACTIE);

  sectie(`Kosten en baten voor het referentiecohort (vergelijk tabel 3.13)`);
  for (const kp of KOSTENPOSTEN) regel(KOSTENPOST_LABELS[kp].nl, (w) => ({ f: n(w, `kosten_${kp}Totaal`), v: w.kosten.posten[kp].totaal }));
  regel('Investering (totaal kosten)', (w) => ({ f: n(w, 'kostenTotaal'), v: w.kosten.totaal.totaal, naam: `Kosten_${excelNaam(w.id)}` }));
  for (const baat of BATEN) regel(BAAT_LABELS[baat].nl, (w) => ({ f: n(w, `baat_${baat}Totaal`), v: w.baten.posten[baat].totaal }));
  regel('Totaal baten', (w) => ({ f: n(w, 'batenTotaal'), v: w.baten.totaal.totaal, naam: `Baten_${excelNaam(w.id)}` }));
  regel('Saldo (baten − kosten)', (w) => ({ f: n(w, 'saldoTotaal'), v: w.saldo.totaal, naam: `Saldo_${excelNaam(w.id)}` }));

  sectie('Per klant');
  regel('Kosten per klant', (w) => ({ f: n(w, 'kostenPerKlant'), v: w.kosten.totaal.perKlant, naam: `KostenPerKlant_${excelNaam(w.id)}` }));
  regel('Baten per klant', (w) => ({ f: n(w, 'batenPerKlant'), v: w.baten.totaal.perKlant, naam: `BatenPerKlant_${excelNaam(w.id)}` }));
  regel('Saldo per klant', (w) => ({ f: n(w, 'saldoPerKlant'), v: w.saldo.perKlant, naam: `SaldoPerKlant_${excelNaam(w.id)}` }));
  regel(
    'Baten/kosten-verhouding',
    (w) => ({
      f: `IF(Kosten_${excelNaam(w.id)}=0,"n.v.t.",Baten_${excelNaam(w.id)}/Kosten_${excelNaam(w.id)})`,
      v: w.batenKostenVerhouding ?? 'n.v.t.',
      naam: `BKVerhouding_${excelNaam(w.id)}`,
    }),
    '0.00',
  );

  const verschil = (label: string, veld: string, waarde: (v: Resultaat['verschillen'][number]) => Getal) =>
    regel(label, (w) => {
      const v = r.verschillen.find((x) => x.id === w.id);
      if (!v) return null;
      return { f: `${n(w, veld)}-${n(nul, veld)}`, v: waarde(v) };
    });
  sectie(`Verschil met het nulalternatief (${nul.naam})`);
  verschil('Investering', 'kostenTotaal', (v) => v.kosten.totaal);
  for (const baat of BATEN) verschil(BAAT_LABELS[baat].nl, `baat_${baat}Totaal`, (v) => v.posten[baat].totaal);
  verschil('Totaal baten', 'batenTotaal', (v) => v.baten.totaal);
  verschil('Saldo', 'saldoTotaal', (v) => v.saldo.totaal);
  verschil('Kosten per klant', 'kostenPerKlant', (v) => v.kosten.perKlant);
  verschil('Baten per klant', 'batenPerKlant', (v) => v.baten.perKlant);
  verschil('Saldo per klant', 'saldoPerKlant', (v) => v.saldo.perKlant);

  // The chosen comparison a − b, when it is not already a difference with the baseline (as Tabel313).
  const keuze = vergelijking && vergelijking.b !== nul.id ? vergelijk(r, vergelijking.a, vergelijking.b) : null;
  const wa = keuze && werkwijzen.find((w) => w.id === keuze.id)!;
  const wb = keuze && werkwijzen.find((w) => w.id === keuze.tenOpzichteVan)!;
  if (keuze && wa && wb) {
    const paar = (label: string, veld: string, waarde: (v: Verschil) => Getal) =>
      regel(label, (w) => (w === wa ? { f: `${n(wa, veld)}-${n(wb, veld)}`, v: waarde(keuze) } : null));
    sectie(`Verschil ${wa.naam} − ${wb.naam} (gekozen vergelijking, in de kolom van ${wa.naam})`);
    paar('Investering', 'kostenTotaal', (v) => v.kosten.totaal);
    for (const baat of BATEN) paar(BAAT_LABELS[baat].nl, `baat_${baat}Totaal`, (v) => v.posten[baat].totaal);
    paar('Totaal baten', 'batenTotaal', (v) => v.baten.totaal);
    paar('Saldo', 'saldoTotaal', (v) => v.saldo.totaal);
    paar('Kosten per klant', 'kostenPerKlant', (v) => v.kosten.perKlant);
    paar('Baten per klant', 'batenPerKlant', (v) => v.baten.perKlant);
    paar('Saldo per klant', 'saldoPerKlant', (v) => v.saldo.perKlant);
  }

  sectie('Maatschappelijk welvaartsperspectief (alleen de reële besparing; overdrachten tellen niet)');
  regel('Welvaartsbaten (zonder overdrachten)', (w) => ({ f: n(w, 'welvaartsbatenTotaal'), v: w.welvaart.baten.totaal }));
  regel('Maatschappelijk welvaartssaldo', (w) => ({ f: n(w, 'welvaartssaldoTotaal'), v: w.welvaart.saldo.totaal }));
  regel('Maatschappelijk welvaartssaldo per klant', (w) => ({ f: n(w, 'welvaartssaldoPerKlant'), v: w.welvaart.saldo.perKlant }));

  sectie('Verdeling van de baten over partijen (referentiecohort)');
  for (const sh of STAKEHOLDERS) regel(STAKEHOLDER_LABELS[sh].nl, (w) => ({ f: n(w, `partij_${sh}`), v: w.stakeholders[sh] }));
  regel('Totaal baten', (w) => ({ f: n(w, 'partijenTotaal'), v: w.baten.totaal.totaal }));

  sectie(`Saldo per partij per klant (baten − kosten; alle kosten voor de ${STAKEHOLDER_LABELS[KOSTENDRAGER].nl.toLowerCase()})`);
  const pjPerKlant = berekenPerJaar(s, r, 1)!;
  for (const sh of STAKEHOLDERS) {
    regel(STAKEHOLDER_LABELS[sh].nl, (w, i) => ({
      f: `${n(w, `partij_${sh}`)}/ReferentieCohort${sh === KOSTENDRAGER ? `-${n(w, 'kostenPerKlant')}` : ''}`,
      v: pjPerKlant.werkwijzen[i]!.perKlant.stakeholders[sh].saldo,
    }));
  }

  const pj = berekenPerJaar(s, r);
  if (pj) {
    sectie(`Per jaar bij een instroom van ${pj.instroom.toLocaleString('nl-NL')} klanten (Instelling_InstroomPerJaar; per klant × instroom, onverdisconteerd)`);
    regel('Kosten per jaar', (w, i) => ({ f: `KostenPerKlant_${excelNaam(w.id)}*Instelling_InstroomPerJaar`, v: pj.werkwijzen[i]!.perJaar.kosten }));
    regel('Baten per jaar', (w, i) => ({ f: `BatenPerKlant_${excelNaam(w.id)}*Instelling_InstroomPerJaar`, v: pj.werkwijzen[i]!.perJaar.baten }));
    regel('Saldo per jaar', (w, i) => ({ f: `SaldoPerKlant_${excelNaam(w.id)}*Instelling_InstroomPerJaar`, v: pj.werkwijzen[i]!.perJaar.saldo }));
    regel('Verschil saldo per jaar met het nulalternatief', (w, i) => {
      const v = pj.werkwijzen[i]!.verschil;
      if (!v) return null;
      return { f: `(SaldoPerKlant_${excelNaam(w.id)}-SaldoPerKlant_${excelNaam(nul.id)})*Instelling_InstroomPerJaar`, v: v.perJaar.saldo };
    });
  }

  if (s.tijd.discontovoet > 0) contanteWaardeSectie(b, ws, ctx, () => rij, (x) => (rij = x));
}

/** Present value: the discount factor of each item is a formula of the rate and its spread. */
function contanteWaardeSectie(b: Bouwer, ws: ExcelJS.Worksheet, ctx: Context, rijNu: () => number, zetRij: (r: number) => void): void {
  const { s, r } = ctx;
  let rij = rijNu() + 1;
  b.zet(ws, `A${rij}`, `Contante waarde bij een discontovoet van ${(s.tijd.discontovoet * 100).toLocaleString('nl-NL')}% (formules)`).font = VET;
  rij++;
  b.zet(ws, `A${rij}`, 'Discontovoet');
  const c = b.zet(ws, `B${rij}`, s.tijd.discontovoet, PROCENT);
  c.fill = INVOER_VULLING;
  b.naam(ws, `B${rij}`, 'Tijd_Discontovoet');
  rij++;
  b.zet(ws, `A${rij}`, 'Per post: de contantewaardefactor Σ jaaraandeel / (1 + discontovoet)^jaar (jaar 0 = nu); een post zonder spreiding valt in jaar 0.');
  rij++;
  for (const post of TIJD_POSTEN) {
    const spreiding = s.tijd.spreiding[post as TijdPost];
    const label = (KOSTENPOSTEN as readonly string[]).includes(post) ? KOSTENPOST_LABELS[post as KostenpostId].nl : BAAT_LABELS[post as BaatId].nl;
    b.zet(ws, `A${rij}`, `Factor: ${label}`);
    // With a benefit's own duration, drop-off or relapse (tijd.effecten, tijd.terugval) the year shares are its profile (tijd.ts, jaarProfiel).
    const eigen = (BATEN as readonly string[]).includes(post) && !neutraal(s.tijd, post as BaatId);
    const aandelen = eigen ? jaarProfiel(s.tijd, post as TijdPost).map((x) => x.toNumber()) : spreiding;
    const f = aandelen ? aandelen.map((a, t) => `${a}/(1+Tijd_Discontovoet)^${t}`).join('+') : '1';
    b.uitkomst(ws, `B${rij}`, f, factorVan(s.tijd, post as TijdPost, s.tijd.discontovoet), `Contantewaardefactor ${post}`, FACTOR);
    b.naam(ws, `B${rij}`, `CW_${post}`);
    rij++;
  }
  const cw = contanteWaarde(r, s.tijd);
  const som = (w: WerkwijzeResultaat, posten: readonly string[], soort: 'kosten' | 'baat') => posten.map((p) => `${werkwijzeNaam(w.id, `${soort}_${p}`)}*CW_${p}`).join('+');
  const regel = (label: string, f: (w: WerkwijzeResultaat) => string, v: (i: number) => Decimal) => {
    b.zet(ws, `A${rij}`, label);
    r.werkwijzen.forEach((w, i) => b.uitkomst(ws, `${kolom(i + 2)}${rij}`, f(w), v(i), `${w.naam}: ${label}`, EURO));
    rij++;
  };
  const norm = (w: WerkwijzeResultaat, x: string) => `(${x})*ReferentieCohort/${werkwijzeNaam(w.id, 'cohort')}`;
  regel('Contante waarde kosten', (w) => norm(w, som(w, KOSTENPOSTEN, 'kosten')), (i) => cw[i]!.kostenTotaal);
  regel('Contante waarde baten', (w) => norm(w, som(w, BATEN, 'baat')), (i) => cw[i]!.batenTotaal);
  regel('Contante waarde saldo', (w) => norm(w, `${som(w, BATEN, 'baat')}-(${som(w, KOSTENPOSTEN, 'kosten')})`), (i) => cw[i]!.saldo);
  regel('Contante waarde saldo per klant', (w) => `(${som(w, BATEN, 'baat')}-(${som(w, KOSTENPOSTEN, 'kosten')}))/${werkwijzeNaam(w.id, 'cohort')}`, (i) => cw[i]!.saldoPerKlant);
  zetRij(rij);
}

/* ---------- Controle ---------- */

function controleBlad(b: Bouwer, ws: ExcelJS.Worksheet): void {
  kolomBreedtes(ws, [22, 8, 70, 18, 18, 14]);
  b.zet(ws, 'A1', 'Controle: de formules van deze werkmap naast de uitkomsten van de app').font = KOP;
  b.zet(ws, 'A2', 'Werkmap: de formule-uitkomst (een verwijzing naar de cel). App: het getal dat MKBA Schuldhulp berekende, als waarde. Verschil = werkmap − app; 0,00 zolang u niets wijzigt.');
  const regels = [...b.controle];
  const eerste = 6;
  const laatste = eerste + regels.length - 1;
  b.zet(ws, 'A3', 'Grootste verschil (absoluut)').font = VET;
  b.zet(ws, 'C3', { f: `MAX(MAX(F${eerste}:F${laatste}),-MIN(F${eerste}:F${laatste}))`, v: 0 }, EURO_CENT).font = VET;
  kopRij(ws, 5, ['Blad', 'Cel', 'Onderdeel', 'Werkmap', 'App', 'Verschil']);
  bevries(ws, 5);
  regels.forEach((x, i) => {
    const rij = eerste + i;
    b.zet(ws, `A${rij}`, x.blad);
    b.zet(ws, `B${rij}`, x.adres);
    b.zet(ws, `C${rij}`, x.omschrijving);
    b.zet(ws, `D${rij}`, { f: `${bladRef(x.blad)}!${x.adres}`, v: x.waarde }, EURO_CENT);
    b.zet(ws, `E${rij}`, x.waarde, EURO_CENT);
    b.zet(ws, `F${rij}`, { f: `D${rij}-E${rij}`, v: 0 }, EURO_CENT);
  });
}

/* ---------- values: PM items, uncertainty ---------- */

function pmBlad(b: Bouwer, ws: ExcelJS.Worksheet, s: Scenario): void {
  kolomBreedtes(ws, [30, 34, 12, 100]);
  b.zet(ws, 'A1', 'Niet in geld uitgedrukte effecten (PM-posten)').font = KOP;
  b.zet(ws, 'A2', 'Waarden (tekst), geen formules: oordelen ten opzichte van het nulalternatief. Ze tellen niet mee in het saldo.');
  kopRij(ws, 4, ['Werkwijze', 'Effect', 'Oordeel', 'Toelichting']);
  bevries(ws, 4);
  let rij = 5;
  for (const w of s.werkwijzen) {
    for (const p of w.pmPosten) {
      b.zet(ws, `A${rij}`, w.naam);
      b.zet(ws, `B${rij}`, pmNaam(p, 'nl'));
      b.zet(ws, `C${rij}`, p.beoordeling === '-' ? '−' : p.beoordeling);
      b.zet(ws, `D${rij}`, p.toelichting).alignment = { wrapText: true, vertical: 'top' };
      rij++;
    }
  }
}

function onzekerheidBlad(b: Bouwer, ws: ExcelJS.Worksheet, r: Resultaat, j: NonNullable<WerkmapOpties['onzekerheid']>): void {
  const naam = new Map(r.werkwijzen.map((w) => [w.id, w.naam]));
  kolomBreedtes(ws, [50, 18, 18, 18, 18, 18, 18]);
  b.zet(ws, 'A1', 'Onzekerheid: gevoeligheid, omslagwaarden en Monte Carlo').font = KOP;
  b.zet(ws, 'A2', 'Waarden uit de app, geen formules: elke regel is een volledige herberekening van het model met een andere invoer (of een trekking). Ze rekenen niet mee als u de invoer wijzigt.');
  let rij = 4;
  if (j.monteCarlo) {
    const mc = j.monteCarlo;
    b.zet(ws, `A${rij}`, `Monte Carlo: ${mc.draws.toLocaleString('nl-NL')} trekkingen, seed ${mc.seed}; saldo per klant`).font = VET;
    rij++;
    kopRij(ws, rij, ['Werkwijze', 'Gemiddelde', 'P5', 'P95', 'Kans saldo > 0', 'Kans beter dan nulalternatief']);
    rij++;
    for (const [id, x] of Object.entries(mc.pathways)) {
      b.zet(ws, `A${rij}`, naam.get(id) ?? id);
      b.zet(ws, `B${rij}`, x.mean, EURO);
      b.zet(ws, `C${rij}`, x.p5, EURO);
      b.zet(ws, `D${rij}`, x.p95, EURO);
      b.zet(ws, `E${rij}`, x.probPositive, PROCENT);
      if (x.probBeatsBaseline !== undefined) b.zet(ws, `F${rij}`, x.probBeatsBaseline, PROCENT);
      rij++;
    }
    rij++;
  }
  if (j.sensitivity) {
    b.zet(ws, `A${rij}`, 'Gevoeligheid: saldo per klant bij de lage en de hoge waarde van elke onzekere invoer (grootste invloed eerst)').font = VET;
    rij++;
    const ids = r.werkwijzen.map((w) => w.id);
    kopRij(ws, rij, ['Invoer', 'Basis', 'Laag', 'Hoog', ...ids.flatMap((id) => [`${naam.get(id)}: laag`, `${naam.get(id)}: hoog`])]);
    rij++;
    const fmt = (u: string) => (u === 'euro' ? EURO : u === 'share' ? PROCENT : '0.##');
    for (const g of j.sensitivity) {
      b.zet(ws, `A${rij}`, g.label);
      b.zet(ws, `B${rij}`, g.base, fmt(g.unit));
      b.zet(ws, `C${rij}`, g.low, fmt(g.unit));
      b.zet(ws, `D${rij}`, g.high, fmt(g.unit));
      ids.forEach((id, i) => {
        const x = g.netPerClient[id];
        if (!x) return;
        b.zet(ws, `${kolom(5 + 2 * i)}${rij}`, x.low, EURO);
        b.zet(ws, `${kolom(6 + 2 * i)}${rij}`, x.high, EURO);
      });
      rij++;
    }
    rij++;
  }
  if (j.switchingValues) {
    b.zet(ws, `A${rij}`, 'Omslagwaarden: de waarde van een invoer waarbij het saldo omslaat').font = VET;
    rij++;
    kopRij(ws, rij, ['Invoer', 'Werkwijze', 'Doel', 'Omslagwaarde', 'Soort', 'Uitleg']);
    rij++;
    for (const o of j.switchingValues) {
      b.zet(ws, `A${rij}`, o.key);
      b.zet(ws, `B${rij}`, naam.get(o.pathway) ?? o.pathway);
      b.zet(ws, `C${rij}`, o.target === 'netZero' ? 'saldo nul' : 'gelijk aan nulalternatief');
      b.zet(ws, `D${rij}`, o.value);
      b.zet(ws, `E${rij}`, o.kind);
      b.zet(ws, `F${rij}`, o.explanation);
      rij++;
    }
  }
}

/* ---------- the workbook ---------- */

/** Builds the workbook for a valid scenario. Pure: no I/O. */
export function maakWerkmap(s: Scenario, opties: WerkmapOpties = {}): Werkmap {
  const r = berekenScenario(s);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MKBA Schuldhulp';
  const aangemaakt = opties.aangemaakt ?? new Date();
  wb.created = aangemaakt;
  wb.modified = aangemaakt;
  // Spreadsheets recalculate everything on opening (the cached values are the app's).
  wb.calcProperties.fullCalcOnLoad = true;
  const b = new Bouwer(wb);
  const indexeren = s.prijspeil.doeljaar !== null;
  const metPrijsjaar = new Set(PARAMETERS.filter((p) => 'prijsjaar' in p).map((p) => p.id as string));
  const ctx: Context = {
    s,
    r,
    indexeren,
    p: (id) => (indexeren && metPrijsjaar.has(id) ? `PP_${excelNaam(id)}` : parameterNaam(id)),
    kostenBedrag: (w, veld) => (indexeren ? `${werkwijzeNaam(w.id, veld)}*Prijsindex_Kosten` : werkwijzeNaam(w.id, veld)),
  };

  const gebruikt = new Set<string>(['lees mij', 'invoer', 'uitkomsten', 'controle', 'pm-posten', 'onzekerheid']);
  const werkwijzeBladen = werkwijzeBladNamen(s.werkwijzen.map((w) => w.naam), gebruikt);
  const heeftPm = s.werkwijzen.some((w) => w.pmPosten.length > 0);
  const onzekerheid = opties.onzekerheid ?? {};
  const heeftOnzekerheid = onzekerheid.sensitivity !== undefined || onzekerheid.monteCarlo !== undefined;

  const bladen = [
    { naam: 'Lees mij', wat: 'Dit blad.' },
    { naam: 'Invoer', wat: 'Alle parameters (waarde, standaard, bewijsgraad, bron, bereik met de herkomst ervan), de instellingen (ook de optimism bias), de aftrekken van bruto naar netto per baat en de verdeling van de baten over partijen.' },
    ...s.werkwijzen.map((w, i) => ({ naam: werkwijzeBladen[i]!, wat: `${w.naam}: invoer (cohort, uitkomsten, samenstelling, kosten) en de hele berekening: toedeling, E, kosten, de zeven baten, omrekening naar het referentiecohort, partijen.` })),
    { naam: 'Uitkomsten', wat: 'Per werkwijze kosten, baten en saldo (totaal en per klant), de baten/kosten-verhouding, de verschillen met het nulalternatief en de verdeling over partijen; alles formules.' },
    { naam: 'Controle', wat: 'De formule-uitkomsten naast de getallen van de app, met het verschil.' },
    ...(heeftPm ? [{ naam: 'PM-posten', wat: 'Niet in geld uitgedrukte effecten (waarden).' }] : []),
    ...(heeftOnzekerheid ? [{ naam: 'Onzekerheid', wat: 'Gevoeligheid, omslagwaarden en Monte Carlo (waarden uit de app).' }] : []),
  ];

  const leesMijBlad = wb.addWorksheet('Lees mij');
  const invoerBlad = wb.addWorksheet('Invoer');
  const wBladen = s.werkwijzen.map((_, i) => wb.addWorksheet(werkwijzeBladen[i]!));
  const uitkomstenBlad = wb.addWorksheet('Uitkomsten');
  const controle = wb.addWorksheet('Controle');

  leesMij(b, leesMijBlad, s, bladen, aangemaakt, opties.ongeldig === true, opties.inGebruik);
  invoer(b, invoerBlad, ctx);
  s.werkwijzen.forEach((w, i) => werkwijzeBlad(b, wBladen[i]!, ctx, w, r.werkwijzen[i]!));
  uitkomsten(b, uitkomstenBlad, ctx, opties.vergelijking);
  if (heeftPm) pmBlad(b, wb.addWorksheet('PM-posten'), s);
  if (heeftOnzekerheid) onzekerheidBlad(b, wb.addWorksheet('Onzekerheid'), r, onzekerheid);
  const regels = [...b.controle];
  controleBlad(b, controle);
  return { workbook: wb, controle: regels };
}

/** The .xlsx file's bytes. */
export async function werkmapBytes(s: Scenario, opties: WerkmapOpties = {}): Promise<Uint8Array> {
  const buf = await maakWerkmap(s, opties).workbook.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

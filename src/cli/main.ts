/**
 * The mkba command line: argument parsing and file I/O only; the calculation and the three output
 * formats live in the model (src/model, src/model/uitvoer), shared with the web app.
 *
 * Exit codes: 0 success; 2 bad input (arguments, file, scenario); 1 internal error.
 * Messages are Dutch and never show a stack trace (set MKBA_DEBUG=1 to see one for an internal error).
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { berekenScenario, LAATSTE_CPI_JAAR, leesScenarioBytes, MAX_BESTANDSGROOTTE, MAX_BESTANDSGROOTTE_TEKST, namenUitTekst, naarPrijspeil, padMetLabel, prijsjarenVan, sluitAan, valideerScenario, type Fout, type Scenario, type WerkwijzeNamen } from '../model/index';
import { maakMonteCarlo, NietEindigeTrekkingFout, verdeel, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import type { Draden } from './draden';
import type { OnzekereInvoer } from '../model/onzekerheid/invoer';
import { metExacteNullen, metRuisniveau, waardeVanInformatie, type WaardeVanInformatie } from '../model/onzekerheid/waardeVanInformatie';
import { CSV_MACHINE, CSV_NL, naarCsv } from '../model/uitvoer/csv';
import { jsonTekst, naarJson } from '../model/uitvoer/json';
import { analyseerGevoeligheid, type Onzekerheidsanalyses } from '../model/uitvoer/onzekerheid';
import { naarTabel, terminalTekst } from '../model/uitvoer/tabel';
import { parameterLijst, parameterLijstVoor, parameterTabel } from '../model/uitvoer/parameters';
import { werkmapBytes } from '../model/uitvoer/werkmap';
import { formatGetal } from '../format/getal';
import { kort } from '../model/scenario/velden';

export interface CliIo {
  stdout: (tekst: string) => void;
  stderr: (tekst: string) => void;
  /** Width for the table format (default 100). */
  breedte?: number;
  /** Print the stack of an internal error. */
  debug?: boolean;
  /** stderr is a terminal: show the progress of a long Monte Carlo there (never on stdout). */
  voortgang?: boolean;
  /** Worker threads for a long Monte Carlo (draden.ts; the same numbers as one thread). */
  draden?: Pick<Draden, 'aantal' | 'monteCarlo'>;
}

/** What procesIo needs of a stream: a write, and whether (and how wide) it is a terminal. */
export interface Stroom {
  write: (tekst: string) => unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * The real process's io: table width from the terminal (80–120, else 100), progress only when
 * stderr is a terminal, a stack trace on an internal error with MKBA_DEBUG=1.
 */
export function procesIo(p: { stdout: Stroom; stderr: Stroom; env: Record<string, string | undefined> }): CliIo {
  const kolommen = p.stdout.isTTY ? p.stdout.columns : undefined;
  return {
    stdout: (t) => void p.stdout.write(t),
    stderr: (t) => void p.stderr.write(t),
    breedte: kolommen ? Math.min(120, Math.max(80, kolommen)) : 100,
    debug: p.env.MKBA_DEBUG === '1',
    voortgang: p.stderr.isTTY === true,
  };
}

export const FORMATEN = ['table', 'json', 'csv', 'xlsx'] as const;
export type Formaat = (typeof FORMATEN)[number];

export const GEBRUIK =
  'gebruik: npm run -s mkba -- <scenario.json> [--format table|json|csv|xlsx] [--output <bestand>] [--csv-nl] [--sensitivity] [--mc <trekkingen>] [--seed <n>] [--evppi]\n' +
  '     of: npm run -s mkba -- --parameters [<scenario.json>] [--format table|json]';

/** Bounds of the Monte Carlo options, as in the scenario schema (onzekerheid.montecarlo). */
export const MAX_TREKKINGEN = 1_000_000;
export const MAX_SEED = 4_294_967_295;

export const HULP = `mkba: maatschappelijke kosten-batenanalyse van schuldhulpverlening voor een scenariobestand

${GEBRUIK}
   of: npx tsx src/cli/mkba.ts <scenario.json> [opties]

Opties:
  --format table     rapporttabel in het Nederlands (standaard): kosten, de zeven baten en het saldo
                     per werkwijze, de toedeling van klanten en de aansluiting met de publicatie
  --format json      alle bedragen als JSON, onafgerond, omgerekend naar het referentiecohort
  --format csv       dezelfde bedragen als CSV (RFC 4180): komma als scheidingsteken, punt als decimaalteken
  --csv-nl           CSV voor Nederlandse Excel: puntkomma, decimale komma, met BOM (impliceert --format csv)
  --format xlsx      Excel-werkmap met de hele berekening als werkende formules (vraagt --output); met
                     --sensitivity of --mc ook de onzekerheidsanalyses, als waarden
  --output <bestand> schrijf de uitvoer naar dit bestand in plaats van naar standaarduitvoer
  --sensitivity      gevoeligheidsanalyse: per onzekere invoer het saldo per klant bij de lage en de hoge
                     waarde (tornado, de grootste invloed eerst), en omslagwaarden voor de 10 invoeren met
                     de meeste invloed: waar het saldo nul wordt en waar het gelijk wordt aan het nulalternatief
  --mc <trekkingen>  Monte Carlo-analyse met dit aantal trekkingen (1 tot en met 1.000.000): gemiddelde,
                     p5, p95 en de kans op een positief saldo en op een beter saldo dan het nulalternatief
  --seed <n>         startwaarde van de toevalsgenerator (0 tot en met 4.294.967.295); dezelfde seed geeft
                     dezelfde uitkomst. Zonder --seed geldt de seed uit het scenario, zonder --mc het aantal
                     trekkingen uit het scenario (onzekerheid.montecarlo)
  --evppi            waarde van informatie (met de Monte Carlo): EVPI, de verwachte waarde van volledige
                     informatie voor de keuze tussen de werkwijzen, en EVPPI per invoer en per groep van
                     invoeren (binning, Sadatsafavi e.a. 2013; groepen via regressie, Strong e.a. 2014),
                     met opnieuw getrokken uitkomsten ook per werkwijze voor haar uitkomsten; per klant, en per jaar als het scenario een instroom per jaar heeft
  --prijspeil <jaar> alle bedragen in euro's van dat jaar, in één stap: het doeljaar en de inflatie per jaar uit de
                     CPI van het CBS (jaarmutatie, alle huishoudens; tot en met ${LAATSTE_CPI_JAAR}) voor elk jaar dat het scenario
                     niet zelf invult. Zonder deze optie blijven de bedragen op het prijspeil van hun bron
  --parameters       alle invoeren die een bereik kunnen hebben: id, label, eenheid, standaard, bron,
                     bewijsgraad (A lokaal gemeten, B landelijke statistiek of meerdere studies, C één studie,
                     D aanname) en het bereik met zijn eigen bron of de reden waarom het een aanname is.
                     Zonder scenariobestand uit de parametercatalogus; met een scenario ook de waarden en de
                     bereiken van dat scenario. Alleen --format table (standaard) of json
  -h, --help         deze uitleg

Ook --format=json, --mc=10000 en --seed=7 zijn toegestaan; elke optie hoogstens één keer. Verdisconteert het scenario
(tijd.discontovoet > 0) of rekent het naar een ander prijspeil (prijspeil.doeljaar), dan toont de
uitvoer ook de contante waarde en de indexfactoren.

Afsluitcodes: 0 gelukt; 2 ongeldige invoer (opties, bestand of scenario); 1 interne fout.
Voorbeeld: npm run -s mkba -- scenarios/den-haag-klantreis-2020.json --format json
`;

/**
 * A problem with what the user gave us: exit code 2, and these lines on stderr.
 * 'gebruik': wrong arguments (usage hint follows); 'bestand': the file cannot be read;
 * 'scenario': the file's content is invalid (lines already carry the file name).
 */
export class InvoerFout extends Error {
  constructor(
    readonly regels: string[],
    readonly soort: 'gebruik' | 'bestand' | 'scenario' = 'bestand',
  ) {
    super(regels.join('\n'));
    this.name = 'InvoerFout';
  }
}

export interface Argumenten {
  hulp: boolean;
  bestand: string | null;
  formaat: Formaat;
  csvNl: boolean;
  /** --output: the file to write (else stdout); required for xlsx. */
  uitvoer?: string;
  /** --sensitivity (only present when given). */
  gevoeligheid?: true;
  /** --parameters: list the inputs with a range (the scenario file is optional). */
  parameters?: true;
  /** --mc and/or --seed (only present when either is given); a missing one comes from the scenario. */
  monteCarlo?: { trekkingen?: number; seed?: number };
  /** --evppi (only present when given): value of information, with the Monte Carlo. */
  evppi?: true;
  /** --prijspeil <jaar>: amounts at that year's prices, with the CBS CPI for the years the scenario does not set. */
  prijspeil?: number;
}

interface GetalOptie {
  naam: '--mc' | '--seed';
  wat: string;
  min: number;
  max: number;
}
const MC: GetalOptie = { naam: '--mc', wat: 'het aantal trekkingen', min: 1, max: MAX_TREKKINGEN };
const SEED: GetalOptie = { naam: '--seed', wat: 'de seed', min: 0, max: MAX_SEED };

const bereikTekst = (o: GetalOptie) => `een heel getal van ${formatGetal(o.min)} tot en met ${formatGetal(o.max)}`;

/** A whole number for --mc or --seed, with a Dutch message that names the option and the value as given. */
export function leesGeheelGetal(o: GetalOptie, waarde: string): number {
  const fout = (reden: string) => new InvoerFout([`optie ${o.naam}: ${reden}`], 'gebruik');
  const t = waarde.trim();
  if (t === '') throw fout(`de waarde is leeg; geef ${o.wat} als ${bereikTekst(o)}`);
  if (/^[+-]?(\d+[.,]\d*|[.,]\d+)$/.test(t)) {
    throw fout(`"${kort(waarde)}" is geen heel getal; geef ${o.wat} als ${bereikTekst(o)}, zonder punt of komma (bijvoorbeeld 10000)`);
  }
  if (!/^[+-]?\d+$/.test(t)) throw fout(`"${kort(waarde)}" is geen getal; geef ${o.wat} als ${bereikTekst(o)}`);
  const n = Number(t);
  if (n < o.min) {
    throw fout(o.min === 0 ? `${o.wat} mag niet negatief zijn, maar is "${kort(waarde)}"` : `${o.wat} moet minstens ${formatGetal(o.min)} zijn, maar is "${kort(waarde)}"`);
  }
  if (n > o.max) throw fout(`${o.wat} mag hoogstens ${formatGetal(o.max)} zijn, maar is "${kort(waarde)}"`);
  return n === 0 ? 0 : n;
}

export function leesArgumenten(argv: readonly string[]): Argumenten {
  const bestanden: string[] = [];
  let formaat: string | null = null;
  let csvNl = false;
  let hulp = false;
  let uitvoer: string | null = null;
  let gevoeligheid = false;
  let evppi = false;
  let parameters = false;
  let prijspeil: string | null = null;
  /** The argument right after --sensitivity, if it is no option: a value given to it by mistake? */
  let naGevoeligheid: string | null = null;
  const getallen: { '--mc'?: string; '--seed'?: string } = {};
  // Every option counts once: a repeated one is refused, never silently the last one wins.
  const gegeven = new Map<string, string | null>();
  const eenmaal = (naam: string, waarde: string | null = null) => {
    if (gegeven.has(naam)) {
      const eerder = gegeven.get(naam) ?? null;
      const waarden = eerder !== null && waarde !== null ? ` ("${kort(eerder)}" en "${kort(waarde)}")` : '';
      throw new InvoerFout([`optie ${naam} is meer dan één keer opgegeven${waarden}; geef elke optie hoogstens één keer`], 'gebruik');
    }
    gegeven.set(naam, waarde);
  };
  const getalOptie = (naam: '--mc' | '--seed', waarde: string) => {
    eenmaal(naam, waarde);
    getallen[naam] = waarde;
  };
  const formaatOptie = (waarde: string) => {
    eenmaal('--format', waarde);
    formaat = waarde;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      bestanden.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') {
      eenmaal('--help');
      hulp = true;
    } else if (a === '--csv-nl') {
      eenmaal('--csv-nl');
      csvNl = true;
    } else if (a === '--evppi') {
      eenmaal('--evppi');
      evppi = true;
    } else if (a.startsWith('--evppi=')) {
      throw new InvoerFout([`optie --evppi heeft geen waarde, maar kreeg "${kort(a.slice('--evppi='.length))}"; gebruik alleen --evppi`], 'gebruik');
    } else if (a === '--parameters') {
      eenmaal('--parameters');
      parameters = true;
    } else if (a === '--sensitivity') {
      eenmaal('--sensitivity');
      gevoeligheid = true;
      const volgende = argv[i + 1];
      if (volgende !== undefined && !volgende.startsWith('-')) naGevoeligheid = volgende;
    } else if (a.startsWith('--sensitivity=')) {
      throw new InvoerFout([`optie --sensitivity heeft geen waarde, maar kreeg "${kort(a.slice('--sensitivity='.length))}"; gebruik alleen --sensitivity`], 'gebruik');
    } else if (a === '--mc' || a === '--seed') {
      const waarde = argv[i + 1];
      // A negative number is a (wrong) value, another option means the value is missing.
      if (waarde === undefined || (waarde.startsWith('-') && !/^-[\d.,]/.test(waarde))) {
        throw new InvoerFout([`optie ${a} vraagt een waarde: ${a === '--mc' ? `het aantal trekkingen, ${bereikTekst(MC)}` : `de seed, ${bereikTekst(SEED)}`}`], 'gebruik');
      }
      getalOptie(a, waarde);
      i++;
    } else if (a.startsWith('--mc=')) getalOptie('--mc', a.slice('--mc='.length));
    else if (a.startsWith('--seed=')) getalOptie('--seed', a.slice('--seed='.length));
    else if (a === '--prijspeil' || a.startsWith('--prijspeil=')) {
      const waarde = a === '--prijspeil' ? argv[++i] : a.slice('--prijspeil='.length);
      if (waarde === undefined || waarde === '' || (a === '--prijspeil' && waarde.startsWith('-'))) {
        throw new InvoerFout([`optie --prijspeil vraagt een jaartal, bijvoorbeeld --prijspeil ${LAATSTE_CPI_JAAR}`], 'gebruik');
      }
      eenmaal('--prijspeil', waarde);
      prijspeil = waarde;
    } else if (a === '--output' || a.startsWith('--output=')) {
      const waarde = a === '--output' ? argv[++i] : a.slice('--output='.length);
      if (waarde === undefined || waarde === '' || (a === '--output' && waarde.startsWith('-'))) {
        throw new InvoerFout(['optie --output vraagt een bestandsnaam, bijvoorbeeld --output werkmap.xlsx'], 'gebruik');
      }
      eenmaal('--output', waarde);
      uitvoer = waarde;
    } else if (a === '--format') {
      const waarde = argv[i + 1];
      if (waarde === undefined || waarde.startsWith('-')) {
        throw new InvoerFout([`optie --format vraagt een waarde: ${FORMATEN.join(', ')}`], 'gebruik');
      }
      formaatOptie(waarde);
      i++;
    } else if (a.startsWith('--format=')) formaatOptie(a.slice('--format='.length));
    else if (a.startsWith('-') && a !== '-') throw new InvoerFout([`onbekende optie: ${kort(a.split('=')[0]!)}`], 'gebruik');
    else bestanden.push(a);
  }
  if (hulp) return { hulp: true, bestand: null, formaat: 'table', csvNl: false };
  const trekkingen = getallen['--mc'] === undefined ? undefined : leesGeheelGetal(MC, getallen['--mc']);
  const seed = getallen['--seed'] === undefined ? undefined : leesGeheelGetal(SEED, getallen['--seed']);
  if (formaat !== null && !(FORMATEN as readonly string[]).includes(formaat)) {
    throw new InvoerFout([`onbekend formaat: "${kort(formaat)}"; kies uit ${FORMATEN.join(', ')}`], 'gebruik');
  }
  if (csvNl && formaat !== null && formaat !== 'csv') {
    throw new InvoerFout([`--csv-nl hoort bij --format csv, niet bij --format ${formaat}`], 'gebruik');
  }
  if (parameters) {
    if (csvNl || formaat === 'csv' || formaat === 'xlsx') throw new InvoerFout(['--parameters kent alleen --format table of --format json'], 'gebruik');
    if (gevoeligheid || getallen['--mc'] !== undefined || getallen['--seed'] !== undefined) {
      throw new InvoerFout(['--parameters gaat niet samen met --sensitivity, --mc of --seed'], 'gebruik');
    }
  }
  if (bestanden.length === 0 && parameters) return { hulp: false, bestand: null, formaat: (formaat ?? 'table') as Formaat, csvNl: false, parameters: true };
  if (formaat === 'xlsx' && uitvoer === null) {
    throw new InvoerFout(['--format xlsx schrijft een Excel-werkmap (een binair bestand): geef --output <bestand.xlsx> op'], 'gebruik');
  }
  if (bestanden.length === 0) throw new InvoerFout(['geen scenariobestand opgegeven'], 'gebruik');
  if (bestanden.length > 1) {
    if (naGevoeligheid !== null && bestanden.includes(naGevoeligheid)) {
      throw new InvoerFout([`optie --sensitivity heeft geen waarde, maar kreeg "${kort(naGevoeligheid)}"; gebruik alleen --sensitivity`], 'gebruik');
    }
    throw new InvoerFout([`geef één scenariobestand op, niet ${bestanden.length}: ${bestanden.join(', ')}`], 'gebruik');
  }
  if (bestanden[0] === '-') throw new InvoerFout(['lezen van standaardinvoer wordt niet ondersteund; geef een bestandsnaam op'], 'gebruik');
  const uit: Argumenten = { hulp: false, bestand: bestanden[0]!, formaat: csvNl ? 'csv' : ((formaat ?? 'table') as Formaat), csvNl };
  if (uitvoer !== null) uit.uitvoer = uitvoer;
  if (gevoeligheid) uit.gevoeligheid = true;
  if (evppi) uit.evppi = true;
  if (parameters) uit.parameters = true;
  if (prijspeil !== null) {
    const t = prijspeil.trim();
    const jaar = /^\d{4}$/.test(t) ? Number(t) : NaN;
    if (!(jaar >= 1990 && jaar <= 2100)) {
      throw new InvoerFout([`optie --prijspeil: "${kort(prijspeil)}" is geen jaartal van 1990 tot en met 2100 (bijvoorbeeld --prijspeil ${LAATSTE_CPI_JAAR})`], 'gebruik');
    }
    uit.prijspeil = jaar;
  }
  if (trekkingen !== undefined || seed !== undefined) {
    uit.monteCarlo = {};
    if (trekkingen !== undefined) uit.monteCarlo.trekkingen = trekkingen;
    if (seed !== undefined) uit.monteCarlo.seed = seed;
  }
  return uit;
}

/** A directory, FIFO, device or socket is refused (exit 2) before anything is read from it. */
function geenGewoonBestand(pad: string, st: Stats): void {
  if (st.isFile()) return;
  if (st.isDirectory()) throw new InvoerFout([`${pad} is een map, geen bestand`]);
  const soort = st.isFIFO()
    ? 'een named pipe (FIFO)'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'een apparaat'
      : st.isSocket()
        ? 'een socket'
        : null;
  throw new InvoerFout([`${pad} is ${soort ? `${soort}, ` : ''}geen gewoon bestand; geef een scenariobestand op (schrijf een pipe of apparaat eerst naar een bestand)`]);
}

function foutcode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

const teGroot = (pad: string, bytes: number) =>
  new InvoerFout([`${pad}: het bestand is te groot (${formatGetal(bytes)} bytes); een scenariobestand mag hoogstens ${MAX_BESTANDSGROOTTE_TEKST} zijn`]);

/** Reads a scenario file's bytes, checking its size before reading it and again while reading. */
export async function leesBestand(pad: string): Promise<Uint8Array> {
  let fh: FileHandle;
  const geopend = (e: unknown) => {
    const code = foutcode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return new InvoerFout([`bestand niet gevonden: ${pad}`]);
    if (code === 'EACCES' || code === 'EPERM') return new InvoerFout([`geen toegang tot bestand: ${pad}`]);
    if (code === 'EISDIR') return new InvoerFout([`${pad} is een map, geen bestand`]);
    return new InvoerFout([`bestand kon niet worden geopend: ${pad}`]);
  };
  // stat first: opening a FIFO waits for a writer, for ever. Only a regular file is read.
  try {
    geenGewoonBestand(pad, await stat(pad));
  } catch (e) {
    throw e instanceof InvoerFout ? e : geopend(e);
  }
  try {
    // Non-blocking, in case the path was replaced by a FIFO since the stat; checked again below.
    fh = await open(pad, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw geopend(e);
  }
  try {
    const st = await fh.stat();
    geenGewoonBestand(pad, st);
    if (st.size > MAX_BESTANDSGROOTTE) throw teGroot(pad, st.size);
    // Read at most one byte more than allowed: the file may grow, or not be a regular file.
    const buffer = Buffer.alloc(MAX_BESTANDSGROOTTE + 1);
    let gelezen = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buffer, gelezen, buffer.length - gelezen, gelezen);
      if (bytesRead === 0) break;
      gelezen += bytesRead;
      if (gelezen > MAX_BESTANDSGROOTTE) throw teGroot(pad, Math.max(gelezen, st.size));
    }
    return buffer.subarray(0, gelezen);
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    const code = foutcode(e);
    if (code === 'EISDIR') throw new InvoerFout([`${pad} is een map, geen bestand`]);
    throw new InvoerFout([`bestand kon niet worden gelezen: ${pad}`]);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

async function voerUit(argv: readonly string[], io: CliIo): Promise<number> {
  const args = leesArgumenten(argv);
  if (args.hulp) {
    io.stdout(HULP);
    return 0;
  }
  if (args.parameters && args.bestand === null) {
    const l = parameterLijst();
    io.stdout(args.formaat === 'json' ? JSON.stringify(l, null, 2) + '\n' : parameterTabel(l));
    return 0;
  }
  const pad = args.bestand!;
  // Strict UTF-8 and the same messages as the app's file reader (leesScenarioBytes).
  const bytes = await leesBestand(pad);
  const validatie = leesScenarioBytes(bytes);
  if (!validatie.ok) {
    const namen = namenUitTekst(new TextDecoder().decode(bytes));
    throw new InvoerFout(foutRegelsMetPad(validatie.fouten, namen).map((r) => `${pad}: ${r}`), 'scenario');
  }
  const scenario = args.prijspeil === undefined ? validatie.scenario : naarPrijspeilVan(validatie.scenario, args.prijspeil, pad);
  if (args.parameters) {
    const l = parameterLijstVoor(scenario);
    io.stdout(args.formaat === 'json' ? JSON.stringify(l, null, 2) + '\n' : parameterTabel(l).split('\n').map(terminalTekst).join('\n'));
    return 0;
  }
  const resultaat = berekenScenario(scenario);
  const aansluiting = sluitAan(scenario, resultaat);
  const analyses: Onzekerheidsanalyses = {};
  if (args.gevoeligheid) analyses.gevoeligheid = analyseerGevoeligheid(scenario);
  if (args.monteCarlo || args.evppi) {
    const mc = await draaiMonteCarlo(scenario, args.monteCarlo ?? {}, io, args.evppi === true);
    analyses.monteCarlo = mc.resultaat;
    if (mc.waardeVanInformatie) analyses.waardeVanInformatie = mc.waardeVanInformatie;
  }
  const uit = (inhoud: string | Uint8Array) => (args.uitvoer === undefined ? io.stdout(inhoud as string) : schrijfBestand(args.uitvoer, inhoud));
  switch (args.formaat) {
    case 'json':
      await uit(jsonTekst(naarJson(scenario, resultaat, aansluiting, analyses)));
      break;
    case 'csv':
      await uit(naarCsv(naarJson(scenario, resultaat, aansluiting, analyses), args.csvNl ? CSV_NL : CSV_MACHINE));
      break;
    case 'table':
      await uit(naarTabel(scenario, resultaat, aansluiting, { breedte: io.breedte ?? 100, onzekerheid: analyses }));
      break;
    case 'xlsx':
      await uit(await werkmapBytes(scenario, { onzekerheid: naarJson(scenario, resultaat, aansluiting, analyses) }));
      break;
  }
  return 0;
}

/**
 * The scenario's errors one per line, each field by its path in the file with the app's label beside
 * it (issue 13 item 8): "werkwijzen[1].uitkomsten (Klantreis › Uitkomsten): de aantallen tellen op …".
 */
function foutRegelsMetPad(fouten: readonly Fout[], namen: WerkwijzeNamen): string[] {
  return fouten
    .map((f) => (f.pad ? `${padMetLabel(f.pad, 'nl', namen)}: ${f.bericht}` : f.bericht))
    .join('\n')
    .split('\n');
}

/**
 * --prijspeil: the target year, and the CBS CPI for every year the scenario does not set itself
 * (src/model/cpi.ts). A year without a checked CBS figure is an error that names it.
 */
function naarPrijspeilVan(s: Scenario, jaar: number, pad: string): Scenario {
  const n = naarPrijspeil(s.prijspeil, jaar, prijsjarenVan(s.prijspeil));
  if (n.ontbreekt.length > 0) {
    const jaren = n.ontbreekt.join(', ');
    throw new InvoerFout([
      `optie --prijspeil ${jaar}: geen gecontroleerd CBS-inflatiecijfer voor ${jaren} (de tool heeft de CPI tot en met ${LAATSTE_CPI_JAAR}); zet ${n.ontbreekt.length === 1 ? 'dat cijfer' : 'die cijfers'} in ${pad} onder prijspeil.inflatie, of kies een doeljaar tot en met ${LAATSTE_CPI_JAAR}`,
    ], 'gebruik');
  }
  const v = valideerScenario({ ...s, prijspeil: n.prijspeil });
  if (!v.ok) throw new InvoerFout(foutRegelsMetPad(v.fouten, s.werkwijzen.map((w) => w.naam)).map((r) => `${pad} met --prijspeil ${jaar}: ${r}`), 'scenario');
  return v.scenario;
}

/** Writes the output file (--output); a failure is the user's (path, rights), with a Dutch message. */
async function schrijfBestand(pad: string, inhoud: string | Uint8Array): Promise<void> {
  try {
    await writeFile(pad, inhoud);
  } catch (e) {
    const code = foutcode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InvoerFout([`kan ${pad} niet schrijven: de map bestaat niet`]);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new InvoerFout([`kan ${pad} niet schrijven: geen toegang`]);
    if (code === 'EISDIR') throw new InvoerFout([`kan ${pad} niet schrijven: het is een map`]);
    throw new InvoerFout([`kan ${pad} niet schrijven`]);
  }
}

/** From this many draws on, a terminal sees the progress (about a second of work and more). */
export const VOORTGANG_VANAF = 5_000;

/**
 * The Monte Carlo with the options over the scenario's saved settings. It runs in steps; when stderr
 * is a terminal and the run is long, each step rewrites one progress line there, cleared at the end.
 */
async function draaiMonteCarlo(
  s: Scenario,
  opties: { trekkingen?: number; seed?: number },
  io: CliIo,
  metInformatie: boolean,
): Promise<{ resultaat: MonteCarloResultaat; waardeVanInformatie?: WaardeVanInformatie }> {
  const opgeslagen = s.onzekerheid.montecarlo;
  const instellingen = {
    ...s.onzekerheid,
    montecarlo: { ...opgeslagen, trekkingen: opties.trekkingen ?? opgeslagen.trekkingen, seed: opties.seed ?? opgeslagen.seed },
  };
  const totaal = instellingen.montecarlo.trekkingen;
  const tonen = io.voortgang === true && totaal >= VOORTGANG_VANAF;
  const meld = (gedaan: number) => {
    if (tonen) io.stderr(`\rMonte Carlo: ${Math.floor((gedaan / totaal) * 100)}% (${formatGetal(gedaan)} van ${formatGetal(totaal)} trekkingen)\x1b[K`);
  };
  let t: { resultaat: MonteCarloResultaat; invoer: OnzekereInvoer[]; saldi: Record<string, Float64Array>; invoerTrekkingen: Float64Array[] | null; uitkomstTrekkingen: Float64Array[] | null; invoerGelezen: Uint8Array | null };
  try {
    if (io.draden && verdeel(totaal, io.draden.aantal).length > 1) {
      // A long run on worker threads, in parts of whole random streams: the numbers of one thread.
      t = await io.draden.monteCarlo(s, instellingen, { bewaarInvoer: metInformatie, voortgang: meld });
    } else {
      const mc = maakMonteCarlo(s, instellingen, { bewaarInvoer: metInformatie });
      const stap = tonen ? Math.max(500, Math.ceil(mc.totaal / 100)) : mc.totaal;
      while (mc.gedaan < mc.totaal) {
        mc.stap(stap);
        meld(mc.gedaan);
      }
      t = { resultaat: mc.resultaat(), ...mc.trekkingen() };
    }
  } finally {
    if (tonen) io.stderr('\r\x1b[K');
  }
  if (!metInformatie) return { resultaat: t.resultaat };
  return { resultaat: t.resultaat, waardeVanInformatie: metRuisniveau(metExacteNullen(waardeVanInformatie(s, t.invoer, t.saldi, t.invoerTrekkingen!, t.uitkomstTrekkingen), s, t.invoer, t.invoerGelezen), s, t.saldi) };
}

/** Runs the CLI; never throws. Returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await voerUit(argv, io);
  } catch (e) {
    if (e instanceof InvoerFout) {
      // The lines quote the file and the arguments: never raw control characters to the terminal.
      io.stderr(e.regels.map((r) => terminalTekst(e.soort === 'scenario' ? r : `mkba: ${r}`)).join('\n') + '\n');
      if (e.soort === 'gebruik') io.stderr(`${GEBRUIK}\nmeer uitleg: npm run -s mkba -- --help\n`);
      return 2;
    }
    io.stderr(
      'mkba: interne fout: de berekening kon niet worden voltooid. Dit ligt aan MKBA Schuldhulp, niet aan het scenariobestand; ' +
        'meld het en stuur het scenariobestand mee.\n',
    );
    // What exactly went wrong, when the model says so (it names pathways: cleaned like every line).
    if (e instanceof NietEindigeTrekkingFout) io.stderr(terminalTekst(`mkba: ${e.message}`) + '\n');
    if (io.debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 1;
  }
}

/**
 * The mkba command line: argument parsing and file I/O only; the calculation and the three output
 * formats live in the model (src/model, src/model/uitvoer), shared with the web app.
 *
 * Exit codes: 0 success; 2 bad input (arguments, file, scenario); 1 internal error.
 * Messages are Dutch and never show a stack trace (set MKBA_DEBUG=1 to see one for an internal error).
 */
import { open, writeFile, type FileHandle } from 'node:fs/promises';
import { berekenScenario, formatFouten, leesScenarioBytes, MAX_BESTANDSGROOTTE, sluitAan, type Scenario } from '../model/index';
import { maakMonteCarlo, type MonteCarloResultaat } from '../model/onzekerheid/montecarlo';
import { CSV_MACHINE, CSV_NL, naarCsv } from '../model/uitvoer/csv';
import { jsonTekst, naarJson } from '../model/uitvoer/json';
import { analyseerGevoeligheid, type Onzekerheidsanalyses } from '../model/uitvoer/onzekerheid';
import { naarTabel, terminalTekst } from '../model/uitvoer/tabel';
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
  'gebruik: npm run -s mkba -- <scenario.json> [--format table|json|csv|xlsx] [--output <bestand>] [--csv-nl] [--sensitivity] [--mc <trekkingen>] [--seed <n>]';

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
  -h, --help         deze uitleg

Ook --format=json, --mc=10000 en --seed=7 zijn toegestaan. Verdisconteert het scenario
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
  /** --mc and/or --seed (only present when either is given); a missing one comes from the scenario. */
  monteCarlo?: { trekkingen?: number; seed?: number };
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
  /** The argument right after --sensitivity, if it is no option: a value given to it by mistake? */
  let naGevoeligheid: string | null = null;
  const getallen: { '--mc'?: string; '--seed'?: string } = {};
  const getalOptie = (naam: '--mc' | '--seed', waarde: string) => {
    if (getallen[naam] !== undefined) throw new InvoerFout([`optie ${naam} is meer dan één keer opgegeven`], 'gebruik');
    getallen[naam] = waarde;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      bestanden.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') hulp = true;
    else if (a === '--csv-nl') csvNl = true;
    else if (a === '--sensitivity') {
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
    else if (a === '--output' || a.startsWith('--output=')) {
      const waarde = a === '--output' ? argv[++i] : a.slice('--output='.length);
      if (waarde === undefined || waarde === '' || (a === '--output' && waarde.startsWith('-'))) {
        throw new InvoerFout(['optie --output vraagt een bestandsnaam, bijvoorbeeld --output werkmap.xlsx'], 'gebruik');
      }
      if (uitvoer !== null) throw new InvoerFout(['optie --output is meer dan één keer opgegeven'], 'gebruik');
      uitvoer = waarde;
    } else if (a === '--format') {
      const waarde = argv[i + 1];
      if (waarde === undefined || waarde.startsWith('-')) {
        throw new InvoerFout([`optie --format vraagt een waarde: ${FORMATEN.join(', ')}`], 'gebruik');
      }
      formaat = waarde;
      i++;
    } else if (a.startsWith('--format=')) formaat = a.slice('--format='.length);
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
  if (trekkingen !== undefined || seed !== undefined) {
    uit.monteCarlo = {};
    if (trekkingen !== undefined) uit.monteCarlo.trekkingen = trekkingen;
    if (seed !== undefined) uit.monteCarlo.seed = seed;
  }
  return uit;
}

function foutcode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

const teGroot = (pad: string, bytes: number) =>
  new InvoerFout([`${pad}: het bestand is te groot (${formatGetal(bytes)} bytes); een scenariobestand mag hoogstens ${formatGetal(MAX_BESTANDSGROOTTE)} bytes (1 MB) zijn`]);

/** Reads a scenario file's bytes, checking its size before reading it and again while reading. */
export async function leesBestand(pad: string): Promise<Uint8Array> {
  let fh: FileHandle;
  try {
    fh = await open(pad, 'r');
  } catch (e) {
    const code = foutcode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InvoerFout([`bestand niet gevonden: ${pad}`]);
    if (code === 'EACCES' || code === 'EPERM') throw new InvoerFout([`geen toegang tot bestand: ${pad}`]);
    if (code === 'EISDIR') throw new InvoerFout([`${pad} is een map, geen bestand`]);
    throw new InvoerFout([`bestand kon niet worden geopend: ${pad}`]);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new InvoerFout([`${pad} is een map, geen bestand`]);
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
  const pad = args.bestand!;
  // Strict UTF-8 and the same messages as the app's file reader (leesScenarioBytes).
  const validatie = leesScenarioBytes(await leesBestand(pad));
  if (!validatie.ok) {
    throw new InvoerFout(formatFouten(validatie.fouten).split('\n').map((r) => `${pad}: ${r}`), 'scenario');
  }
  const scenario = validatie.scenario;
  const resultaat = berekenScenario(scenario);
  const aansluiting = sluitAan(scenario, resultaat);
  const analyses: Onzekerheidsanalyses = {};
  if (args.gevoeligheid) analyses.gevoeligheid = analyseerGevoeligheid(scenario);
  if (args.monteCarlo) analyses.monteCarlo = draaiMonteCarlo(scenario, args.monteCarlo, io);
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
function draaiMonteCarlo(s: Scenario, opties: { trekkingen?: number; seed?: number }, io: CliIo): MonteCarloResultaat {
  const opgeslagen = s.onzekerheid.montecarlo;
  const instellingen = {
    ...s.onzekerheid,
    montecarlo: { ...opgeslagen, trekkingen: opties.trekkingen ?? opgeslagen.trekkingen, seed: opties.seed ?? opgeslagen.seed },
  };
  const mc = maakMonteCarlo(s, instellingen);
  const tonen = io.voortgang === true && mc.totaal >= VOORTGANG_VANAF;
  const stap = tonen ? Math.max(500, Math.ceil(mc.totaal / 100)) : mc.totaal;
  try {
    while (mc.gedaan < mc.totaal) {
      mc.stap(stap);
      if (tonen) {
        const procent = Math.floor((mc.gedaan / mc.totaal) * 100);
        io.stderr(`\rMonte Carlo: ${procent}% (${formatGetal(mc.gedaan)} van ${formatGetal(mc.totaal)} trekkingen)\x1b[K`);
      }
    }
  } finally {
    if (tonen) io.stderr('\r\x1b[K');
  }
  return mc.resultaat();
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
    if (io.debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 1;
  }
}

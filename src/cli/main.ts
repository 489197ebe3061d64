/**
 * The mkba command line: argument parsing and file I/O only; the calculation and the three output
 * formats live in the model (src/model, src/model/uitvoer), shared with the web app.
 *
 * Exit codes: 0 success; 2 bad input (arguments, file, scenario); 1 internal error.
 * Messages are Dutch and never show a stack trace (set MKBA_DEBUG=1 to see one for an internal error).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { berekenScenario, formatFouten, leesScenario, MAX_BESTANDSGROOTTE, sluitAan } from '../model/index';
import { CSV_MACHINE, CSV_NL, naarCsv } from '../model/uitvoer/csv';
import { jsonTekst, naarJson } from '../model/uitvoer/json';
import { naarTabel } from '../model/uitvoer/tabel';
import { formatGetal } from '../format/getal';

export interface CliIo {
  stdout: (tekst: string) => void;
  stderr: (tekst: string) => void;
  /** Width for the table format (default 100). */
  breedte?: number;
  /** Print the stack of an internal error. */
  debug?: boolean;
}

export const FORMATEN = ['table', 'json', 'csv'] as const;
export type Formaat = (typeof FORMATEN)[number];

export const GEBRUIK = 'gebruik: npm run -s mkba -- <scenario.json> [--format table|json|csv] [--csv-nl]';

export const HULP = `mkba: maatschappelijke kosten-batenanalyse van schuldhulpverlening voor een scenariobestand

${GEBRUIK}
   of: npx tsx src/cli/mkba.ts <scenario.json> [opties]

Opties:
  --format table   rapporttabel in het Nederlands (standaard): kosten, de zeven baten en het saldo
                   per werkwijze, de toedeling van klanten en de aansluiting met de publicatie
  --format json    alle bedragen als JSON, onafgerond, omgerekend naar het referentiecohort
  --format csv     dezelfde bedragen als CSV (RFC 4180): komma als scheidingsteken, punt als decimaalteken
  --csv-nl         CSV voor Nederlandse Excel: puntkomma, decimale komma, met BOM (impliceert --format csv)
  -h, --help       deze uitleg

Ook --format=json is toegestaan.

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
}

export function leesArgumenten(argv: readonly string[]): Argumenten {
  const bestanden: string[] = [];
  let formaat: string | null = null;
  let csvNl = false;
  let hulp = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      bestanden.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') hulp = true;
    else if (a === '--csv-nl') csvNl = true;
    else if (a === '--format') {
      const waarde = argv[i + 1];
      if (waarde === undefined || waarde.startsWith('-')) {
        throw new InvoerFout([`optie --format vraagt een waarde: ${FORMATEN.join(', ')}`], 'gebruik');
      }
      formaat = waarde;
      i++;
    } else if (a.startsWith('--format=')) formaat = a.slice('--format='.length);
    else if (a.startsWith('-') && a !== '-') throw new InvoerFout([`onbekende optie: ${a.split('=')[0]}`], 'gebruik');
    else bestanden.push(a);
  }
  if (hulp) return { hulp: true, bestand: null, formaat: 'table', csvNl: false };
  if (formaat !== null && !(FORMATEN as readonly string[]).includes(formaat)) {
    throw new InvoerFout([`onbekend formaat: "${formaat}"; kies uit ${FORMATEN.join(', ')}`], 'gebruik');
  }
  if (csvNl && formaat !== null && formaat !== 'csv') {
    throw new InvoerFout([`--csv-nl hoort bij --format csv, niet bij --format ${formaat}`], 'gebruik');
  }
  if (bestanden.length === 0) throw new InvoerFout(['geen scenariobestand opgegeven'], 'gebruik');
  if (bestanden.length > 1) throw new InvoerFout([`geef één scenariobestand op, niet ${bestanden.length}: ${bestanden.join(', ')}`], 'gebruik');
  if (bestanden[0] === '-') throw new InvoerFout(['lezen van standaardinvoer wordt niet ondersteund; geef een bestandsnaam op'], 'gebruik');
  return { hulp: false, bestand: bestanden[0]!, formaat: csvNl ? 'csv' : ((formaat ?? 'table') as Formaat), csvNl };
}

function foutcode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

const teGroot = (pad: string, bytes: number) =>
  new InvoerFout([`${pad}: het bestand is te groot (${formatGetal(bytes)} bytes); een scenariobestand mag hoogstens ${formatGetal(MAX_BESTANDSGROOTTE)} bytes (1 MB) zijn`]);

/** Reads a scenario file as UTF-8, checking its size before reading it and again while reading. */
export async function leesBestand(pad: string): Promise<string> {
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
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, gelezen));
    } catch {
      throw new InvoerFout([`${pad}: het bestand is geen UTF-8-tekst; sla het op als UTF-8`]);
    }
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
  const tekst = await leesBestand(pad);
  const validatie = leesScenario(tekst);
  if (!validatie.ok) {
    throw new InvoerFout(formatFouten(validatie.fouten).split('\n').map((r) => `${pad}: ${r}`), 'scenario');
  }
  const scenario = validatie.scenario;
  const resultaat = berekenScenario(scenario);
  const aansluiting = sluitAan(scenario, resultaat);
  switch (args.formaat) {
    case 'json':
      io.stdout(jsonTekst(naarJson(scenario, resultaat, aansluiting)));
      break;
    case 'csv':
      io.stdout(naarCsv(naarJson(scenario, resultaat, aansluiting), args.csvNl ? CSV_NL : CSV_MACHINE));
      break;
    case 'table':
      io.stdout(naarTabel(scenario, resultaat, aansluiting, { breedte: io.breedte ?? 100 }));
      break;
  }
  return 0;
}

/** Runs the CLI; never throws. Returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await voerUit(argv, io);
  } catch (e) {
    if (e instanceof InvoerFout) {
      io.stderr(e.regels.map((r) => (e.soort === 'scenario' ? r : `mkba: ${r}`)).join('\n') + '\n');
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

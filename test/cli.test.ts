import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main, leesArgumenten } from '../src/cli/main';
import { MAX_BESTANDSGROOTTE } from '../src/model/index';
import { leesCsv } from './helpers/csv';
import { DEN_HAAG_PAD } from './helpers/scenario';
import { denHaagData, gewoneSpaties, ROOT } from './helpers/uitvoer';

const tmp = mkdtempSync(join(tmpdir(), 'mkba-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function bestand(naam: string, inhoud: string | Buffer): string {
  const pad = join(tmp, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

/** A Den Haag variant as a temporary file. */
function variant(naam: string, wijzig: (d: any) => void): string {
  const d = denHaagData();
  wijzig(d);
  return bestand(naam, JSON.stringify(d, null, 2));
}

async function draai(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const GEEN_STACK = /^\s+at\s/m;

describe('mkba in-process: uitvoer', () => {
  it('json (standaard-Den Haag): echte getallen', async () => {
    const { code, stdout, stderr } = await draai(DEN_HAAG_PAD, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(stdout);
    expect(j.referenceCohort).toBe(23);
    const [reg, kr] = j.pathways;
    expect(Math.round(reg.costs.total)).toBe(35400);
    expect(Math.round(reg.costs.perClient)).toBe(1539);
    expect(Math.round(kr.benefits.items.welfareExit)).toBe(22738);
    expect(Math.round(kr.net * 100) / 100).toBe(-4804.23);
    expect(Math.round(kr.benefitCostRatio * 10000) / 10000).toBe(0.9197);
    expect(Math.round(reg.benefitCostRatio * 10000) / 10000).toBe(0.7139);
    expect(kr.eligibleClients).toBe(14);
    expect(reg.eligibleClients).toBe(8);
    expect(j.reconciliation).toHaveLength(66);
  });

  it('--format=json is hetzelfde als --format json', async () => {
    const a = await draai(DEN_HAAG_PAD, '--format=json');
    const b = await draai('--format', 'json', DEN_HAAG_PAD);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('tabel is de standaard', async () => {
    const { code, stdout } = await draai(DEN_HAAG_PAD);
    expect(code).toBe(0);
    const t = gewoneSpaties(stdout);
    expect(t).toContain('€ 35.400');
    expect(t).toContain('€ 1.539');
    expect(t).toMatch(/Voorkomen kosten van re-integratie/);
    expect(t).toMatch(/re-integratiekosten/);
    expect(t).toContain('€ 289');
    expect(t).toMatch(/57 van de 66 gepubliceerde cijfers kloppen/);
    for (const regel of stdout.split('\n')) expect([...regel].length).toBeLessThanOrEqual(100);
  });

  it('csv: machine en --csv-nl', async () => {
    const m = await draai(DEN_HAAG_PAD, '--format', 'csv');
    expect(m.code).toBe(0);
    const rijen = leesCsv(m.stdout, ',');
    expect(rijen).toHaveLength(1 + 65 + 2 * 13 + 4); // + the time rows of the Klantreis (issue 11), + 2 variants × 2 pathways
    const kosten = rijen.find((r) => r[0] === 'regulier' && r[2] === 'costs' && r[3] === 'total')!;
    expect(Math.round(Number(kosten[5]))).toBe(35400);
    expect(Math.round(Number(kosten[6]))).toBe(1539);

    const nl = await draai(DEN_HAAG_PAD, '--csv-nl');
    expect(nl.code).toBe(0);
    expect(nl.stdout.startsWith('\uFEFFpathway;pathwayName;')).toBe(true);
    const nlRijen = leesCsv(nl.stdout, ';');
    expect(nlRijen).toHaveLength(1 + 65 + 2 * 13 + 4);
    const net = nlRijen.find((r) => r[0] === 'klantreis' && r[2] === 'net')!;
    expect(net[5]).toBe('-4804,23454');
    expect((await draai(DEN_HAAG_PAD, '--format', 'csv', '--csv-nl')).stdout).toBe(nl.stdout);
  });

  it('--help: uitleg op stdout, code 0', async () => {
    for (const h of ['--help', '-h']) {
      const { code, stdout, stderr } = await draai(h);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/gebruik: npm run -s mkba -- <scenario\.json>/);
      expect(stdout).toMatch(/--format json/);
    }
  });

  it('een bestand met een BOM wordt gelezen', async () => {
    const pad = bestand('bom.json', '\uFEFF' + JSON.stringify(denHaagData()));
    expect((await draai(pad, '--format', 'json')).code).toBe(0);
  });
});

describe('mkba in-process: ongeldige invoer geeft code 2 en een Nederlandse melding', () => {
  const gevallen: [string, () => string[], RegExp][] = [
    [
      'uitkomsten tellen op tot 24 bij cohort 23',
      () => [variant('som.json', (d) => (d.werkwijzen[1].uitkomsten.oplossing = 4))],
      /som\.json: werkwijzen\[1\]\.uitkomsten \(Klantreis Financiële Hulpverlening › Uitkomsten\): de aantallen tellen op tot 24, maar het cohort is 23/,
    ],
    [
      'aandeel 1,4',
      () => [variant('aandeel.json', (d) => (d.werkwijzen[1].samenstelling.aandeelPW = 1.4))],
      /aandeel\.json: werkwijzen\[1\]\.samenstelling\.aandeelPW \(Klantreis Financiële Hulpverlening › Samenstelling › Aandeel met PW-uitkering\): moet tussen 0% en 100% liggen, maar is 140%/,
    ],
    [
      'negatief aantal',
      () => [variant('negatief.json', (d) => (d.werkwijzen[0].uitkomsten.geenOplossing = -3))],
      /negatief\.json: werkwijzen\[0\]\.uitkomsten\.geenOplossing \(Reguliere werkwijze \(FIG-route\) › Uitkomsten › Geen oplossing en geen stabilisatie\): mag niet negatief zijn, maar is −3/,
    ],
    [
      'gebroken aantal',
      () => [variant('gebroken.json', (d) => (d.werkwijzen[0].uitkomsten.oplossing = 1.5))],
      /gebroken\.json: werkwijzen\[0\]\.uitkomsten\.oplossing \(Reguliere werkwijze \(FIG-route\) › Uitkomsten › Oplossing voor de schulden\): moet een heel aantal klanten zijn, maar is 1,5/,
    ],
    [
      'onbekende schemaVersion 99',
      () => [variant('versie.json', (d) => (d.schemaVersion = 99))],
      /versie\.json: schemaVersion \(Bestandsversie\): versie 99 wordt niet ondersteund/,
    ],
    ['geen JSON', () => [bestand('kapot.json', '{"schemaVersion": 1,,}')], /kapot\.json: Het bestand is geen geldige JSON: fout op regel 1, kolom 21/],
    ['leeg bestand', () => [bestand('leeg.json', '')], /leeg\.json: Het bestand is leeg/],
    ['geen UTF-8', () => [bestand('latin1.json', Buffer.from('{"titel": "Financi\xeble"}', 'latin1'))], /latin1\.json: Het bestand is geen UTF-8-tekst \(de eerste ongeldige byte staat op regel 1\)/],
    [
      'groter dan 10 MB',
      () => [bestand('groot.json', '{"x": "' + 'a'.repeat(MAX_BESTANDSGROOTTE) + '"}')],
      /groot\.json: het bestand is te groot \(10\.485\.769 bytes\); een scenariobestand mag hoogstens 10\.485\.760 bytes \(10 MB\) zijn/,
    ],
    ['bestand bestaat niet', () => [join(tmp, 'bestaat-niet.json')], /^mkba: bestand niet gevonden: .*bestaat-niet\.json$/m],
    ['een map', () => [tmp], /is een map, geen bestand/],
    ['onbekende optie', () => [DEN_HAAG_PAD, '--x'], /^mkba: onbekende optie: --x$/m],
    ['onbekende optie met waarde', () => [DEN_HAAG_PAD, '--kleur=rood'], /^mkba: onbekende optie: --kleur$/m],
    ['onbekend formaat', () => [DEN_HAAG_PAD, '--format', 'xml'], /onbekend formaat: "xml"; kies uit table, json, csv/],
    ['--format zonder waarde', () => [DEN_HAAG_PAD, '--format'], /optie --format vraagt een waarde/],
    ['--csv-nl bij json', () => [DEN_HAAG_PAD, '--format', 'json', '--csv-nl'], /--csv-nl hoort bij --format csv/],
    ['geen bestand', () => [], /^mkba: geen scenariobestand opgegeven$/m],
    ['twee bestanden', () => [DEN_HAAG_PAD, DEN_HAAG_PAD], /geef één scenariobestand op, niet 2/],
    ['een apparaat (/dev/zero)', () => ['/dev/zero'], /^mkba: \/dev\/zero is een apparaat, geen gewoon bestand; geef een scenariobestand op/m],
    ['--format json --format csv', () => [DEN_HAAG_PAD, '--format', 'json', '--format', 'csv'], /^mkba: optie --format is meer dan één keer opgegeven \("json" en "csv"\)/m],
    ['--format=csv --format csv', () => [DEN_HAAG_PAD, '--format=csv', '--format', 'csv'], /^mkba: optie --format is meer dan één keer opgegeven \("csv" en "csv"\)/m],
  ];

  it.each(gevallen)('%s', async (_naam, args, melding) => {
    const { code, stdout, stderr } = await draai(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(melding);
    expect(stderr).not.toMatch(GEEN_STACK);
    expect(stderr).not.toMatch(/Error|undefined|NaN/);
  });

  it('meldingen bij gebruiksfouten wijzen op --help', async () => {
    expect((await draai('--x')).stderr).toMatch(/meer uitleg: npm run -s mkba -- --help/);
  });

  it('elke validatiefout op een eigen regel met de bestandsnaam ervoor', async () => {
    const pad = variant('twee.json', (d) => {
      d.werkwijzen[0].samenstelling.aandeelWerkend = 2;
      d.werkwijzen[1].cohort = 30;
    });
    const { code, stderr } = await draai(pad);
    expect(code).toBe(2);
    const regels = stderr.trimEnd().split('\n');
    expect(regels.length).toBeGreaterThanOrEqual(2);
    for (const r of regels) expect(r.startsWith(`${pad}: werkwijzen[`)).toBe(true);
  });

  it('een ongeldig scenario: elk veld bij zijn pad in het bestand, met het label uit de app ernaast (issue 13 item 8)', async () => {
    const pad = variant('labels.json', (d) => {
      d.werkwijzen[1].naam = 'Eigen aanpak';
      d.werkwijzen[1].uitkomsten.oplossing = 4;
      d.parameters['welfareExit.monthsEarlier'] = -2;
    });
    const { code, stderr } = await draai(pad);
    expect(code).toBe(2);
    const regels = stderr.trimEnd().split('\n');
    // The pathway by the name in the file, not the example's.
    expect(regels).toContain(`${pad}: werkwijzen[1].uitkomsten (Eigen aanpak › Uitkomsten): de aantallen tellen op tot 24, maar het cohort is 23`);
    expect(regels.some((r) => r.startsWith(`${pad}: parameters.welfareExit.monthsEarlier (Aannames voor alle werkwijzen › Maanden eerder uit de bijstand): `))).toBe(true);
  });

  it('een bestand van gigabytes wordt geweigerd zonder het te lezen (eerst stat)', async () => {
    const pad = join(tmp, 'enorm.json');
    writeFileSync(pad, '');
    truncateSync(pad, 3 * 1024 ** 3); // sparse: 3 GB that would not fit in a Buffer read
    const { code, stderr } = await draai(pad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/te groot \(3\.221\.225\.472 bytes\)/);
  });
});

describe('mkba in-process: interne fout', () => {
  it('code 1, Nederlandse melding, geen stack', async () => {
    let stderr = '';
    const code = await main([DEN_HAAG_PAD, '--format', 'json'], {
      stdout: () => {
        throw new TypeError('schrijven mislukt');
      },
      stderr: (t) => void (stderr += t),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^mkba: interne fout/);
    expect(stderr).not.toMatch(GEEN_STACK);
    expect(stderr).not.toMatch(/TypeError/);
  });
});

describe('herhaalde opties: elke optie hoogstens één keer, nooit wint stil de laatste', () => {
  // Every option of the CLI, in each spelling it accepts; any two spellings of one option are a repeat.
  const opties: [string, string[][]][] = [
    ['--format', [['--format', 'json'], ['--format=csv'], ['--format', 'table']]],
    ['--csv-nl', [['--csv-nl']]],
    ['--sensitivity', [['--sensitivity']]],
    ['--mc', [['--mc', '100'], ['--mc=200']]],
    ['--seed', [['--seed', '7'], ['--seed=8']]],
    ['--help', [['--help'], ['-h']]],
  ];
  const gevallen = opties.flatMap(([naam, vormen]) => vormen.flatMap((a) => vormen.map((b) => [naam, a, b] as const)));

  it.each(gevallen)('%s: %j dan %j', async (naam, a, b) => {
    const { code, stdout, stderr } = await draai(DEN_HAAG_PAD, ...a, ...b);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^mkba: optie ${naam} is meer dan één keer opgegeven`, 'm'));
    expect(() => leesArgumenten([DEN_HAAG_PAD, ...a, ...b])).toThrow(`optie ${naam} is meer dan één keer opgegeven`);
  });

  it('elke optie één keer is goed', () => {
    expect(leesArgumenten([DEN_HAAG_PAD, '--format', 'csv', '--csv-nl', '--sensitivity', '--mc', '100', '--seed', '7'])).toMatchObject({
      formaat: 'csv',
      csvNl: true,
      gevoeligheid: true,
      monteCarlo: { trekkingen: 100, seed: 7 },
    });
  });
});

describe('leesArgumenten', () => {
  it('leest opties in elke volgorde; -- beëindigt de opties', () => {
    expect(leesArgumenten(['a.json'])).toEqual({ hulp: false, bestand: 'a.json', formaat: 'table', csvNl: false });
    expect(leesArgumenten(['--format=csv', 'a.json'])).toMatchObject({ formaat: 'csv' });
    expect(leesArgumenten(['--csv-nl', 'a.json'])).toMatchObject({ formaat: 'csv', csvNl: true });
    expect(leesArgumenten(['--', '--raar.json'])).toMatchObject({ bestand: '--raar.json' });
    expect(leesArgumenten(['a.json', '--help'])).toMatchObject({ hulp: true });
    expect(() => leesArgumenten(['--onzin', '--help'])).toThrow('onbekende optie: --onzin');
  });
});

const exec = promisify(execFile);
type Proces = { code: number; stdout: string; stderr: string };
async function proces(cmd: string, args: string[], extra: { timeout?: number; killSignal?: NodeJS.Signals } = {}): Promise<Proces> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, ...extra });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const f = e as { code?: number; signal?: string; stdout?: string; stderr?: string };
    if (f.signal) throw new Error(`het proces is gestopt met ${f.signal} (het bleef hangen); stderr: ${f.stderr ?? ''}`);
    if (typeof f.code !== 'number') throw e;
    return { code: f.code, stdout: f.stdout ?? '', stderr: f.stderr ?? '' };
  }
}

// Spawning node + tsx takes about a second; the timeout only guards against a hang, nothing is timed.
describe('mkba als echt proces', { timeout: 60_000 }, () => {
  it('node --import tsx src/cli/mkba.ts <bestand> --format json', async () => {
    const r = await proces(process.execPath, ['--import', 'tsx', 'src/cli/mkba.ts', DEN_HAAG_PAD, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Math.round(JSON.parse(r.stdout).pathways[0].costs.total)).toBe(35400);
  });

  it('ongeldig bestand: afsluitcode 2, melding op stderr, geen stack', async () => {
    const pad = variant('proces.json', (d) => (d.werkwijzen[1].uitkomsten.oplossing = 4));
    const r = await proces(process.execPath, ['--import', 'tsx', 'src/cli/mkba.ts', pad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('werkwijzen[1].uitkomsten (Klantreis Financiële Hulpverlening › Uitkomsten): de aantallen tellen op tot 24, maar het cohort is 23');
    expect(r.stderr).not.toMatch(GEEN_STACK);
  });

  it('een named pipe (FIFO): afsluitcode 2 en een melding, zonder te blijven wachten op een schrijver', async () => {
    const fifo = join(tmp, 'pijp.json');
    execFileSync('mkfifo', [fifo]);
    // The timeout only kills a hanging process (the bug), so the test cannot hang; nothing is timed.
    const r = await proces(process.execPath, ['--import', 'tsx', 'src/cli/mkba.ts', fifo], { timeout: 30_000, killSignal: 'SIGKILL' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`mkba: ${fifo} is een named pipe (FIFO), geen gewoon bestand; geef een scenariobestand op (schrijf een pipe of apparaat eerst naar een bestand)\n`);
  });

  it('npm run -s mkba -- <bestand> --format=csv', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = await proces(npm, ['run', '-s', 'mkba', '--', DEN_HAAG_PAD, '--format=csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('pathway,pathwayName,category,item,label,total,perClient');
    expect(leesCsv(r.stdout, ',')).toHaveLength(66 + 2 * 13 + 4);
    const missend = await proces(npm, ['run', '-s', 'mkba', '--', 'bestaat/niet.json']);
    expect(missend.code).toBe(2);
    expect(missend.stderr).toContain('bestand niet gevonden: bestaat/niet.json');
    expect(missend.stderr).not.toMatch(GEEN_STACK);
  });
});

describe('mkba --format xlsx en --output', () => {
  it('schrijft de Excel-werkmap naar --output; stdout blijft leeg', async () => {
    const pad = join(tmp, 'den-haag.xlsx');
    const { code, stdout, stderr } = await draai(DEN_HAAG_PAD, '--format', 'xlsx', '--output', pad);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((w) => w.name)).toContain('Uitkomsten');
    expect(wb.definedNames.getRanges('P_welfareExit_monthsEarlier').ranges).toEqual(["Invoer!$D$8"]);
  });

  it('zonder --output: afsluitcode 2 en een melding die --output noemt', async () => {
    const { code, stdout, stderr } = await draai(DEN_HAAG_PAD, '--format=xlsx');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--format xlsx schrijft een Excel-werkmap (een binair bestand): geef --output <bestand.xlsx> op');
  });

  it('--output werkt ook voor json; een map die niet bestaat geeft een Nederlandse melding', async () => {
    const pad = join(tmp, 'uit.json');
    expect((await draai(DEN_HAAG_PAD, '--format', 'json', `--output=${pad}`)).code).toBe(0);
    expect(JSON.parse(readFileSync(pad, 'utf8')).referenceCohort).toBe(23);
    const fout = await draai(DEN_HAAG_PAD, '--format', 'xlsx', '--output', join(tmp, 'bestaat-niet', 'x.xlsx'));
    expect(fout.code).toBe(2);
    expect(fout.stderr).toMatch(/kan .*x\.xlsx niet schrijven: de map bestaat niet/);
    expect(fout.stderr).not.toMatch(GEEN_STACK);
  });
});

/**
 * Text stays text: valid scenarios whose text fields hold HTML, script, javascript: URLs, template
 * syntax, spreadsheet formulas and control characters (test/fixtures/tekst-blijft-tekst/). They must
 * be accepted, kept character for character (file, share link), and come out literally in the
 * command line's table, JSON and CSV — with spreadsheet formulas defused in the CSV. The browser
 * side (shown as text, nothing injected, no dialog) is test/e2e/specs/beveiliging.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { formatFouten, leesScenario, schrijfScenario, type Scenario } from '../src/model';
import { codeerScenario, leesDeellink } from '../src/ui/scenario/deellink';
import { leesCsv } from './helpers/csv';
import { TEKST_MAP } from './fuzz/hulp';

interface TekstVerwachting {
  omschrijving: string;
  velden: Record<string, string>;
  bekendeFout?: { toetsen: string[]; reden: string };
}
const INDEX: Record<string, TekstVerwachting> = JSON.parse(readFileSync(join(TEKST_MAP, 'verwacht.json'), 'utf8')).bestanden;

/** The value at "werkwijzen[1].naam" or "publicatie.claims[0].omschrijving". */
function opPad(o: unknown, pad: string): unknown {
  return pad
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);
}

function lees(naam: string): Scenario {
  const v = leesScenario(readFileSync(join(TEKST_MAP, naam), 'utf8'));
  if (!v.ok) throw new Error(`${naam} is afgewezen:\n${formatFouten(v.fouten)}`);
  return v.scenario;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), breedte: 100 });
  return { code, stdout, stderr };
}

const FORMULE = /^[=+\-@\t\r]/;
// C0 control characters other than line feed, and DEL.
// eslint-disable-next-line no-control-regex
const STUURTEKEN = /[\u0000-\u0009\u000b-\u001f\u007f]/;
/** C1 controls (U+009B is a one-byte CSI) and bidirectional overrides, embeddings, isolates and marks. */
const BIDI_OF_C1 = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('tekst blijft tekst: inhoud', () => {
  it('er zijn bestanden met <img onerror>, <script> en javascript:', () => {
    const alles = JSON.stringify(INDEX);
    for (const s of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)']) expect(alles).toContain(JSON.stringify(s).slice(1, -1));
  });
});

describe.each(Object.keys(INDEX).sort())('tekst blijft tekst %s', (naam) => {
  const v = INDEX[naam]!;
  const toets = (t: string) => (v.bekendeFout?.toetsen.includes(t) ? it.fails : it);
  const pad = join(TEKST_MAP, naam);

  it('wordt geaccepteerd; elk tekstveld komt teken voor teken terug', () => {
    const s = lees(naam);
    for (const [veld, waarde] of Object.entries(v.velden)) expect(opPad(s, veld), veld).toBe(waarde);
  });

  it('bewaren en teruglezen, en een deellink, geven hetzelfde scenario', async () => {
    const s = lees(naam);
    const terug = leesScenario(schrijfScenario(s));
    expect(terug.ok && terug.scenario).toEqual(s);
    for (const comprimeer of [true, false]) {
      const link = await leesDeellink(await codeerScenario(s, { comprimeer }));
      expect(link.ok && link.scenario).toEqual(s);
    }
  });

  it('CLI json: de teksten staan er letterlijk in', async () => {
    const s = lees(naam);
    const { code, stdout, stderr } = await cli(pad, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(stdout);
    expect(j.title).toBe(s.titel);
    expect(j.pathways.map((p: { name: string }) => p.name)).toEqual(s.werkwijzen.map((w) => w.naam));
  });

  it('CLI csv: namen letterlijk (stuurtekens zichtbaar vervangen), formules onschadelijk gemaakt met een apostrof', async () => {
    const s = lees(naam);
    for (const [opties, sep] of [[[], ','], [['--csv-nl'], ';']] as const) {
      const { code, stdout } = await cli(pad, '--format', 'csv', ...opties);
      expect(code).toBe(0);
      const rijen = leesCsv(stdout, sep);
      const kop = rijen[0]!;
      const namen = new Set(rijen.slice(1).map((r) => r[kop.indexOf('pathwayName')]));
      expect(namen.size).toBe(s.werkwijzen.length);
      // A name without control or bidi characters comes out literally (a formula with an apostrophe before it).
      for (const w of s.werkwijzen.filter((w) => !/[\u0000-\u001f\u007f]/.test(w.naam) && !BIDI_OF_C1.test(w.naam))) {
        expect(namen).toContain(FORMULE.test(w.naam) ? `'${w.naam}` : w.naam);
      }
      for (const r of rijen.slice(1)) {
        expect(r).toHaveLength(kop.length);
        for (const cel of r) {
          expect(FORMULE.test(cel) && !/^-?\d/.test(cel), `cel ${cel}`).toBe(false);
          expect(/[\u0000-\u001f\u007f]/.test(cel) || BIDI_OF_C1.test(cel), `stuurteken in cel ${JSON.stringify(cel)}`).toBe(false);
        }
      }
    }
  });

  toets('cli-tabel')('CLI tabel: titel letterlijk, stuurtekens en richtingstekens zichtbaar vervangen', async () => {
    const s = lees(naam);
    const { code, stdout } = await cli(pad);
    expect(code).toBe(0);
    // Spacing may be normalised in a text table (a no-break space becomes a space); control and
    // bidirectional characters show as "␛", "␊", … and U+FFFD; nothing else changes.
    const spaties = (t: string) => t.replace(/\s/g, ' ');
    const titel = s.titel.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0))).replace(/\u007f/g, '\u2421').replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
    if (!/\n|\r/.test(s.titel)) expect(spaties(stdout.split('\n')[0]!)).toBe(spaties(`MKBA Schuldhulp: ${titel}`));
    expect(STUURTEKEN.test(stdout), 'stuurteken in de tabel').toBe(false);
    expect(BIDI_OF_C1.test(stdout), 'richtingsteken of C1-stuurteken in de tabel').toBe(false);
    for (const w of s.werkwijzen) if (STUURTEKEN.test(w.naam) || BIDI_OF_C1.test(w.naam)) expect(stdout, w.naam).not.toContain(w.naam);
  });
});

/**
 * Terminal safety of the command line: titles and names come from a scenario file anyone can write,
 * and the table (`mkba --format table`, the default) goes to a terminal. Control characters, ESC
 * sequences, the one-byte CSI (U+009B) and bidirectional overrides never reach it raw; they show as
 * visible pictures ("␛") or U+FFFD, one character for one, so the table keeps its widths. The error
 * messages on stderr quote the file too and get the same treatment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { berekenScenario, sluitAan } from '../src/model';
import { naarTabel, terminalTekst } from '../src/model/uitvoer/tabel';
import { kopie, laadDenHaag } from './helpers/scenario';

// C0 except line feed, DEL, C1, and the bidirectional controls.
// eslint-disable-next-line no-control-regex
const GEVAARLIJK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const tmp = mkdtempSync(join(tmpdir(), 'mkba-stuurtekens-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('terminalTekst', () => {
  it('vervangt stuurtekens door hun zichtbare teken en richtingstekens door U+FFFD', () => {
    expect(terminalTekst('a\u001b[2Jb')).toBe('a\u241b[2Jb');
    expect(terminalTekst('\u0000\u0007\b\t\n\r\u007f')).toBe('\u2400\u2407\u2408\u2409\u240a\u240d\u2421');
    expect(terminalTekst('\u009b31m')).toBe('\ufffd31m');
    expect(terminalTekst('\u202eLINKS\u202c \u2066x\u2069 \u200f\u061c')).toBe('\ufffdLINKS\ufffd \ufffdx\ufffd \ufffd\ufffd');
  });

  it('laat gewone tekst ongemoeid: letters met accenten, €, no-break space, emoji, nulbreedte-spatie', () => {
    const t = 'Financiële hulp € 1.539 ½ – “citaat” 🧾 \u200b';
    expect(terminalTekst(t)).toBe(t);
  });

  it('voor elke tekst: niets gevaarlijks over, en even veel tekens (de tabel blijft recht)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
        const v = terminalTekst(t);
        expect(GEVAARLIJK.test(v)).toBe(false);
        expect(v.includes('\n')).toBe(false);
        expect([...v].length).toBe([...t].length);
      }),
      { numRuns: 1000, seed: 610_701 },
    );
  });
});

describe('de tabel schrijft geen stuurtekens naar de terminal', () => {
  const s = kopie(laadDenHaag());
  s.titel = 'Den Haag\u001b[2J\u001b]0;gekaapt\u0007\rGEKAAPT \u202eLINKS';
  s.werkwijzen[1]!.naam = 'Klantreis\u009b31m\nregel twee';
  const r = berekenScenario(s);
  const tabel = naarTabel(s, r, sluitAan(s, r), { breedte: 100 });

  it('titel en naam komen zichtbaar vervangen in de tabel, niet rauw', () => {
    expect(GEVAARLIJK.test(tabel)).toBe(false);
    // Wrapping turns whitespace (the carriage return, the line feed) into a space; the rest shows as pictures.
    expect(tabel.split('\n')[0]).toBe('MKBA Schuldhulp: Den Haag\u241b[2J\u241b]0;gekaapt\u2407 GEKAAPT \ufffdLINKS');
    expect(tabel).toMatch(/Klantreis\ufffd31m[ \u240a]regel/);
  });

  it('Den Haag zelf verandert er niet door (geen stuurtekens in een gewone tabel)', () => {
    const d = laadDenHaag();
    const rd = berekenScenario(d);
    const t = naarTabel(d, rd, sluitAan(d, rd), { breedte: 100 });
    expect(t.startsWith(`MKBA Schuldhulp: ${d.titel.slice(0, 60)}`)).toBe(true);
    expect(t).toContain('Financiële');
    expect(GEVAARLIJK.test(t)).toBe(false);
  });

  it('de CLI: tabel op stdout en een melding op stderr zonder stuurtekens', async () => {
    const pad = join(tmp, 'stuur.json');
    // A reading-direction character in a title is refused when a file is read (tester #13); the table above still guards it.
    writeFileSync(pad, JSON.stringify({ ...s, titel: s.titel.replace('\u202e', '') }));
    let stdout = '';
    const code = await main([pad], { stdout: (t) => void (stdout += t), stderr: () => undefined, breedte: 100 });
    expect(code).toBe(0);
    expect(stdout.startsWith('MKBA Schuldhulp: Den Haag\u241b[2J')).toBe(true);
    expect(GEVAARLIJK.test(stdout)).toBe(false);

    // An unknown field whose name holds an ESC sequence: stderr quotes it, made visible.
    const kapot = join(tmp, 'kapot.json');
    writeFileSync(kapot, JSON.stringify({ ...JSON.parse(JSON.stringify(s)), '\u001b[2Jveld': 1 }));
    let stderr = '';
    expect(await main([kapot], { stdout: () => undefined, stderr: (t) => void (stderr += t) })).toBe(2);
    expect(stderr).toContain('onbekend veld "\u241b[2Jveld"');
    expect(GEVAARLIJK.test(stderr)).toBe(false);
  });

  it('een optiewaarde wordt afgekapt en zonder stuurtekens herhaald', async () => {
    let stderr = '';
    const code = await main(['x.json', '--mc', `\u001b[2J${'9'.repeat(5000)}`], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(code).toBe(2);
    const regel = stderr.split('\n')[0]!;
    expect(regel).toBe(`mkba: optie --mc: "\u241b[2J${'9'.repeat(56)}…" is geen getal; geef het aantal trekkingen als een heel getal van 1 tot en met 1.000.000`);
    expect(GEVAARLIJK.test(stderr)).toBe(false);
  });
});

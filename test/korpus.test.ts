/**
 * The corpus of malformed scenario files (test/fixtures/invalid/, made by scripts/maak-korpus.ts),
 * through three doors: the validator (leesScenarioBytes on the file's bytes: size, strict UTF-8, JSON,
 * schema), the app's file reader (src/ui/gedeeld/bestand.ts, with a Blob like the file picker gives)
 * and the command line (main() in-process on the file path). The browser door is
 * test/e2e/specs/korpus.mjs.
 *
 * Per file and door one test; a test listed in the file's `bekendeFout` documents a bug and runs as an
 * expected failure (it.fails) until that bug is fixed — then it fails and the marker must go.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { formatFouten, leesScenario, leesScenarioBytes, namenUitTekst, padMetLabel, type Fout } from '../src/model';
import { leesBestand } from '../src/ui/gedeeld/bestand';
import { GEGENEREERDE_BESTANDEN, KORPUS, KORPUS_MAP, korpusBestandenOpSchijf, korpusBytes, past, problemenMetFout, problemenMetMelding, type Toets, type Verwachting } from './fuzz/hulp';

const tmp = mkdtempSync(join(tmpdir(), 'mkba-korpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


const toets = (v: Verwachting, t: Toets) => (v.bekendeFout?.toetsen.includes(t) ? it.fails : it);

/** The error that carries the expected message at the expected path. */
function vindFout(fouten: readonly Fout[], v: Verwachting, bericht = v.bericht): Fout | undefined {
  return fouten.find((f) => f.pad === v.pad && past(f.bericht, bericht));
}

function beschrijf(fouten: readonly Fout[]): string {
  return formatFouten(fouten).slice(0, 1500);
}

const namen = Object.keys(KORPUS).sort();

describe('korpus: inhoud', () => {
  it('heeft minstens 120 bestanden, elk met een verwachting, en elke verwachting een bestand', () => {
    const opSchijf = korpusBestandenOpSchijf().sort();
    const verwacht = namen.filter((n) => !KORPUS[n]!.gegenereerd);
    expect(opSchijf).toEqual(verwacht);
    expect(namen.filter((n) => KORPUS[n]!.gegenereerd).sort()).toEqual([...GEGENEREERDE_BESTANDEN].sort());
    expect(namen.length).toBeGreaterThanOrEqual(120);
  });

  it('elke verwachting is volledig: omschrijving, Nederlandse melding, pad', () => {
    for (const n of namen) {
      const v = KORPUS[n]!;
      expect(v.omschrijving, n).toBeTruthy();
      expect(v.bericht, n).toBeTruthy();
      expect(typeof v.pad, n).toBe('string');
      if (v.bekendeFout) expect(v.bekendeFout.reden, n).toBeTruthy();
    }
  });

  it('de gegenereerde bestanden zijn echt zo groot en zo diep', () => {
    expect(korpusBytes('groot-10-mb.json').length).toBeGreaterThan(10 * 1024 * 1024);
    expect(korpusBytes('groot-10-mb-plus-1.json').length).toBe(10 * 1024 * 1024 + 1);
    const m = korpusBytes('groot-multibyte.json');
    expect(m.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(m.toString('utf8').length).toBeLessThan(10 * 1024 * 1024);
    expect(korpusBytes('diep-100000-lijsten.json').toString().startsWith('['.repeat(100_000))).toBe(true);
  });
});

describe.each(namen)('korpus %s', (naam) => {
  const v = KORPUS[naam]!;
  const bytes = () => korpusBytes(naam);

  toets(v, 'melding')('validator: afgewezen, met de verwachte melding op het verwachte pad', () => {
    const r = leesScenarioBytes(new Uint8Array(bytes()));
    expect(r.ok, `${naam} is geaccepteerd`).toBe(false);
    if (r.ok) return;
    expect(vindFout(r.fouten, v), `verwacht ${v.pad || '(bestand)'}: …${v.bericht}…\nkreeg:\n${beschrijf(r.fouten)}`).toBeDefined();
    // A JSON syntax error says where (line and column) or that the file stops too early.
    if (naam.startsWith('json-')) {
      expect(r.fouten[0]!.bericht, 'een JSON-fout zegt waar').toMatch(/regel \d+, kolom \d+|houdt onverwacht op/);
    }
  });

  toets(v, 'kwaliteit')('validator: elke melding Nederlands, zonder NaN/Infinity/-0, kort, en zegt waar', () => {
    const r = leesScenarioBytes(new Uint8Array(bytes()));
    expect(r.ok, `${naam} is geaccepteerd`).toBe(false);
    if (r.ok) return;
    expect(r.fouten.length).toBeGreaterThan(0);
    expect(r.fouten.flatMap(problemenMetFout)).toEqual([]);
    // Text from the file is cut off in messages and paths: nothing repeats unbounded input.
    for (const f of r.fouten) expect(f.pad.length, `pad ${f.pad.slice(0, 80)}…`).toBeLessThanOrEqual(200);
  });

  it('tekst-validator (leesScenario, zoals een browser UTF-8 niet-streng decodeert): afgewezen of, bij ongeldige bytes, nooit stil met U+FFFD geopend', () => {
    const tekst = new TextDecoder('utf-8').decode(bytes());
    const r = leesScenario(tekst);
    // Only the byte-level problems (not UTF-8) can pass the text validator: there the bytes reader is the guard.
    if (r.ok) expect(leesScenarioBytes(new Uint8Array(bytes())).ok, `${naam}: de bytes worden wel geaccepteerd`).toBe(false);
    else expect(r.fouten.flatMap(problemenMetFout)).toEqual([]);
  });

  toets(v, 'bestand')('bestandslezer van de app (Blob): afgewezen met de verwachte melding', async () => {
    const r = await leesBestand(new Blob([new Uint8Array(bytes())], { type: 'application/json' }));
    expect(r.ok, `${naam} is geaccepteerd`).toBe(false);
    if (r.ok) return;
    expect(vindFout(r.fouten, v, v.bestand ?? v.bericht), `kreeg:\n${beschrijf(r.fouten)}`).toBeDefined();
  });

  toets(v, 'cli')('opdrachtregel: afsluitcode 2, melding op stderr, niets op stdout, geen stack trace', async () => {
    let pad = join(KORPUS_MAP, naam);
    if (v.gegenereerd) {
      pad = join(tmp, naam);
      writeFileSync(pad, bytes());
    }
    let stdout = '';
    let stderr = '';
    const code = await main([pad, '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    expect(stdout).toBe('');
    expect(code, stderr).toBe(2);
    expect(stderr).not.toMatch(/^\s+at\s/m);
    const regels = stderr.trimEnd().split('\n');
    for (const r of regels) expect(r.startsWith(pad) || r.startsWith(`mkba: ${pad}`), `elke regel noemt het bestand: ${r}`).toBe(true);
    const verwacht = v.cli ?? v.bericht;
    // The command line keeps the file's path and puts the app's label beside it (issue 13 item 8).
    const veld = v.pad ? padMetLabel(v.pad, 'nl', namenUitTekst(new TextDecoder().decode(bytes()))) : '';
    const zonderPad = regels.map((r) => r.slice(r.indexOf(pad) + pad.length).replace(/^: /, ''));
    expect(
      zonderPad.some((r) => (v.pad && !v.cli ? r.startsWith(`${veld}: `) : true) && past(r, verwacht)),
      `verwacht ${v.pad && !v.cli ? `${veld}: ` : ''}…${verwacht}… in\n${stderr.slice(0, 1500)}`,
    ).toBe(true);
    // The command line's own messages (reading the file); the scenario's messages are checked above.
    for (const r of regels.filter((r) => r.startsWith('mkba: '))) expect(problemenMetMelding(r.slice(r.indexOf(pad) + pad.length))).toEqual([]);
  });
});

/**
 * An English user opening a bad file or a bad share link gets English messages (review: "The file … was
 * not opened. Title: moet tekst zijn …", "De deellink is onvolledig of beschadigd …" in the English app).
 * A class check: every file of the invalid-input corpus, read in English, has no Dutch word in its messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesScenario, leesScenarioBytes } from '../src/model';
import { leesDeellink } from '../src/ui/scenario/deellink';
import { nederlandseWoorden } from './helpers/nederlands';

const MAP = join(__dirname, 'fixtures', 'invalid');
const bestanden = readdirSync(MAP).filter((f) => f !== 'README.md' && f !== 'verwacht.json');
/** A path of the file format ("werkwijzen[1]", "(nulalternatief)") is an identifier, not Dutch prose; the UI replaces it by a label. */
const zonderPaden = (t: string) => t.replace(/werkwijzen\[\d+\]/g, 'P').replace(/\(nulalternatief\)/g, '');

describe('English messages for a bad file or link', () => {
  it('examples: title as a number, broken JSON, an unknown version', () => {
    const een = (t: string) => {
      const v = leesScenario(t, 'en');
      if (v.ok) throw new Error('accepted');
      return v.fouten.map((f) => `${f.pad}: ${f.bericht}`);
    };
    expect(een('{"schemaVersion":2,"titel":5}')).toContain('titel: must be text, but is the number 5');
    expect(een('{bad json')).toEqual([': The file is not valid JSON: error on line 1, column 2.']);
    expect(een('{"schemaVersion":99}')[0]).toBe('schemaVersion: version 99 is not supported; this version of MKBA Schuldhulp reads schemaVersion 1 to 2');
    // Dutch stays the default (files, the CLI).
    const nl = leesScenario('{bad json');
    expect(!nl.ok && nl.fouten[0]!.bericht).toBe('Het bestand is geen geldige JSON: fout op regel 1, kolom 2.');
  });

  it(`every file of the invalid corpus (${bestanden.length}), read in English, gets messages without Dutch words`, () => {
    expect(bestanden.length).toBeGreaterThan(250);
    const fout: string[] = [];
    let gelezen = 0;
    for (const f of bestanden) {
      const v = leesScenarioBytes(new Uint8Array(readFileSync(join(MAP, f))), 'en');
      if (v.ok) continue;
      gelezen++;
      for (const x of v.fouten) {
        const woorden = nederlandseWoorden(zonderPaden(x.bericht));
        if (woorden.length) fout.push(`${f}: ${x.bericht} [${woorden.join(', ')}]`);
      }
    }
    expect(gelezen).toBeGreaterThan(250);
    expect(fout).toEqual([]);
  });

  it('share links: damaged, empty, not a scenario: English titles and messages', async () => {
    const geldigMaarLeeg = `j.${Buffer.from('{"schemaVersion":2}').toString('base64url')}`;
    for (const link of ['#s=d.AAAA', '#s=x.abc', '#s=', `#s=${geldigMaarLeeg}`, '#s=j.%%%']) {
      const r = await leesDeellink(link, 'en');
      expect(r.ok, link).toBe(false);
      if (r.ok) continue;
      const tekst = [r.titel, ...r.fouten.map((f) => f.bericht)].join(' ');
      expect(nederlandseWoorden(tekst), `${link}: ${tekst}`).toEqual([]);
    }
    const r = await leesDeellink('#s=x.abc', 'en');
    expect(!r.ok && r.titel).toBe('The share link is incomplete or damaged: the link does not start with a known code (expected “#s=d.” or “#s=j.”).');
  });
});

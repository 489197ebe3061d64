/**
 * An English user opening a bad file or a bad share link gets English messages (review: "The file … was
 * not opened. Title: moet tekst zijn …", "De deellink is onvolledig of beschadigd …" in the English app).
 * Not yet every rule of the schema has English words (unknown fields, ranges in onzekerheid, price level, time).
 */
import { describe, expect, it } from 'vitest';
import { leesScenario } from '../src/model';
import { leesDeellink } from '../src/ui/scenario/deellink';
import { nederlandseWoorden } from './helpers/nederlands';

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

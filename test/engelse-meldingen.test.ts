/**
 * An English user opening a bad file or a bad share link gets English messages (review: "The file … was
 * not opened. Title: moet tekst zijn …", "De deellink is onvolledig of beschadigd …" in the English app).
 * A class check: every file of the invalid-input corpus, read in English, has no Dutch word in its messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesScenario, leesScenarioBytes, teGrootBericht } from '../src/model';
import { inTaal } from '../src/model/scenario/velden';
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

/**
 * Review: a range's messages wrote their amounts the Dutch way in English ("an amount may not be negative, but is
 * € −1.000", "may be at most € 1.000.000.000"), while the English tables write €1,539 (en-GB). Every number in an
 * English message is now in en-GB; the Dutch stay nl-NL.
 */
describe('numbers in English messages are written as the English tables write them', () => {
  const berichten = (f: string, taal: 'nl' | 'en') => {
    const v = leesScenarioBytes(new Uint8Array(readFileSync(join(MAP, f))), taal);
    if (v.ok) throw new Error(`${f} accepted`);
    return v.fouten.map((x) => `${x.pad}: ${x.bericht}`);
  };

  it('the ends of a range: amounts, shares and the limit', () => {
    expect(berichten('onzekerheid-bedrag-negatief.json', 'en')).toContain('onzekerheid.bereiken.parameters.welfare.pwAnnualCost.laag: the low value: an amount may not be negative, but is −€1,000');
    expect(berichten('onzekerheid-bedrag-te-groot.json', 'en')).toContain(
      'onzekerheid.bereiken.parameters.eviction.cost.hoog: the high value: an amount may be at most €1,000,000,000, but is €1,000,000,000,000',
    );
    expect(berichten('onzekerheid-aandeel-als-procent.json', 'en')).toContain(
      'onzekerheid.bereiken.parameters.allocation.successShare.laag: the low value: a share must lie between 0% and 100%, but is 7,500%',
    );
    expect(berichten('getal-1e308-bedrag.json', 'en')).toContain('werkwijzen[1].kosten.preparation.bedrag: is more than €1,000,000,000');
    // The Dutch as before.
    expect(berichten('onzekerheid-bedrag-negatief.json', 'nl')).toContain('onzekerheid.bereiken.parameters.welfare.pwAnnualCost.laag: de lage waarde: een bedrag mag niet negatief zijn, maar is € −1.000');
    expect(berichten('onzekerheid-bedrag-te-groot.json', 'nl')).toContain(
      'onzekerheid.bereiken.parameters.eviction.cost.hoog: de hoge waarde: een bedrag mag hoogstens € 1.000.000.000 zijn, maar is € 1.000.000.000.000',
    );
    expect(berichten('onzekerheid-aandeel-als-procent.json', 'nl')).toContain(
      'onzekerheid.bereiken.parameters.allocation.successShare.laag: de lage waarde: een aandeel moet tussen 0% en 100% liggen, maar is 7.500%',
    );
    expect(berichten('getal-1e308-bedrag.json', 'nl')).toContain('werkwijzen[1].kosten.preparation.bedrag: is groter dan € 1.000.000.000');
  });

  it('a file over the size limit', () => {
    expect(inTaal('en', () => teGrootBericht(11_000_000))).toBe('The file is 11,000,000 bytes; a scenario file may be at most 10,485,760 bytes (10 MB).');
    expect(inTaal('nl', () => teGrootBericht(11_000_000))).toBe('Het bestand is 11.000.000 bytes; een scenariobestand mag hoogstens 10.485.760 bytes (10 MB) zijn.');
  });

  it(`every file of the invalid corpus, read in English: no Dutch-style amount, grouping or decimal outside the file's own quoted text`, () => {
    const fout: string[] = [];
    for (const f of bestanden) {
      const v = leesScenarioBytes(new Uint8Array(readFileSync(join(MAP, f))), 'en');
      if (v.ok) continue;
      for (const x of v.fouten) {
        const zonderCitaat = x.bericht.replace(/"[^"]*"/g, '""');
        // "€ 1" / "€ −1" (nl), "1.000.000" (two dot groups), "2,5%" or "0,5" (a decimal comma before at most two digits at the end of a number).
        if (/€ [\d−]|\d\.\d{3}\.\d{3}|\d,\d{1,2}(?![\d,])/.test(zonderCitaat)) fout.push(`${f}: ${x.bericht}`);
      }
    }
    expect(fout).toEqual([]);
  });
});

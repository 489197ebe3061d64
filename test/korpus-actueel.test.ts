/**
 * The invalid-input corpus is made from scenarios/den-haag-klantreis-2020.json by scripts/maak-korpus.ts.
 * When the example file grew (welfare shares, "automatisch", variants) nobody ran the script, and
 * re-running it rewrote ~290 files and three expectations no longer matched the validator. This check
 * fails as soon as the committed corpus is not what the script makes (as `npm run schema -- --check`
 * does for the JSON Schema): run `npx tsx scripts/maak-korpus.ts` and commit. The two copies of other
 * project files (package.json, the JSON Schema) are left out: they change with those files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexTekst, KOPIEEN, mappen } from '../scripts/maak-korpus';

describe('the corpus on disk is what scripts/maak-korpus.ts makes', () => {
  for (const { map, bestanden, index } of mappen()) {
    const naam = map.slice(map.indexOf('test/fixtures'));
    it(`${naam}: every file byte for byte, the index, and no file the script does not make`, () => {
      // Copies of package.json and the JSON Schema follow those files; their content is not the point.
      const verouderd = bestanden.filter((b) => !KOPIEEN.has(b.bestand) && !Buffer.from(b.inhoud).equals(readFileSync(join(map, b.bestand)))).map((b) => b.bestand);
      expect(verouderd, 'run npx tsx scripts/maak-korpus.ts').toEqual([]);
      expect(readFileSync(join(map, 'verwacht.json'), 'utf8')).toBe(indexTekst(index));
      const bekend = new Set([...bestanden.map((b) => b.bestand), 'verwacht.json', 'gegenereerd.mjs', 'gegenereerd.d.mts', 'README.md']);
      expect(readdirSync(map).filter((f) => !bekend.has(f))).toEqual([]);
    });
  }
});

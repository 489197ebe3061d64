/**
 * Fuzzing the share-link reader (leesDeellink, src/ui/scenario/deellink.ts): arbitrary strings and
 * fragments, and truncations, character changes and bit flips of real links (compressed "d." and
 * plain "j."). It never throws; it refuses with a Dutch title and messages, or gives a scenario
 * that is valid (reads back from its own file text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesScenario, schrijfScenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { codeerScenario, leesDeellink, type DeellinkLezing } from '../../src/ui/scenario/deellink';
import { GEEN_TIJDSLIMIET, fuzzOpties, nieuweProblemen, problemenMetMelding } from './hulp';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

async function lees(invoer: string): Promise<DeellinkLezing> {
  try {
    return await leesDeellink(invoer);
  } catch (e) {
    throw new Error(`leesDeellink gooide een fout: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

function controleer(r: DeellinkLezing) {
  if (r.ok) {
    const terug = leesScenario(schrijfScenario(r.scenario));
    expect(terug.ok, 'het scenario uit de link is geldig').toBe(true);
    if (terug.ok) expect(schrijfScenario(terug.scenario)).toBe(schrijfScenario(r.scenario));
  } else {
    expect(problemenMetMelding(r.titel), r.titel).toEqual([]);
    expect(r.fouten.length).toBeGreaterThan(0);
    expect(nieuweProblemen(r.fouten)).toEqual([]);
  }
}

const linkD = await codeerScenario(DEN_HAAG);
const linkJ = await codeerScenario(DEN_HAAG, { comprimeer: false });

/** Base64url to bytes and back, for bit flips in the payload. */
const naarBytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64url'));
const naarB64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');

describe('fuzz: leesDeellink', () => {
  it('willekeurige tekst, fragmenten en codes', GEEN_TIJDSLIMIET, async () => {
    const invoer = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `#s=${s}`),
      fc.tuple(fc.constantFrom('d.', 'j.', 'x.', 's=d.', '#s=j.', 'D.', 'd', ''), fc.string({ unit: fc.constantFrom(...BASE64URL, '=', '+', '/', '%', '.', ' '), maxLength: 300 })).map(([a, b]) => a + b),
      fc.jsonValue().map((j) => `j.${Buffer.from(JSON.stringify(j) ?? '', 'utf8').toString('base64url')}`),
      fc.uint8Array({ maxLength: 300 }).map((b) => `d.${naarB64(b)}`),
    );
    await fc.assert(
      fc.asyncProperty(invoer, async (s) => controleer(await lees(s))),
      fuzzOpties(300, 610_201),
    );
  });

  it('afgekapte en beschadigde echte links (met en zonder compressie)', GEEN_TIJDSLIMIET, async () => {
    const beschadiging = fc.record({
      link: fc.constantFrom(linkD, linkJ),
      soort: fc.constantFrom('afkappen', 'teken', 'bit', 'invoegen', 'weglaten'),
      plaats: fc.nat(),
      bit: fc.nat(7),
      teken: fc.constantFrom(...BASE64URL),
    });
    await fc.assert(
      fc.asyncProperty(beschadiging, async ({ link, soort, plaats, bit, teken }) => {
        const kop = link.slice(0, 2);
        const code = link.slice(2);
        const i = plaats % code.length;
        let nieuw: string;
        if (soort === 'afkappen') nieuw = code.slice(0, i);
        else if (soort === 'teken') nieuw = code.slice(0, i) + teken + code.slice(i + 1);
        else if (soort === 'invoegen') nieuw = code.slice(0, i) + teken + code.slice(i);
        else if (soort === 'weglaten') nieuw = code.slice(0, i) + code.slice(i + 1);
        else {
          const b = naarBytes(code);
          b[i % b.length]! ^= 1 << bit;
          nieuw = naarB64(b);
        }
        // A flipped bit in a number or a text may leave a valid scenario: then it must be valid.
        controleer(await lees(kop + nieuw));
      }),
      fuzzOpties(300, 610_202),
    );
  });

  it('een link die uitgepakt meer dan 10 MB is (zip-bom) wordt geweigerd zonder alles uit te pakken', async () => {
    const bom = await codeerScenario({ ...DEN_HAAG, beschrijving: ' '.repeat(12_000_000) } as typeof DEN_HAAG);
    expect(bom.length).toBeLessThan(100_000);
    const r = await lees(bom);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.titel).toMatch(/^De deellink is onvolledig of beschadigd: uitgepakt is het scenario groter dan 10\.485\.760 bytes \(10 MB\)/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPad, leesScenario, schrijfScenario } from '../../src/model';
import { zoekDubbeleSleutels } from '../../src/model/scenario/jsonFout';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { leesDeellink } from '../../src/ui/scenario/deellink';
import { scenarioArb } from '../helpers/arbitraries';

/** Issue 10.6: a key twice in one object is refused at any depth, with the path and the line, in files and share links. */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Pad = (string | number)[];

/** Every object in a JSON value that has keys, with its path. */
function objecten(x: Json, pad: Pad = []): { pad: Pad; sleutels: string[] }[] {
  if (Array.isArray(x)) return x.flatMap((y, i) => objecten(y, [...pad, i]));
  if (x && typeof x === 'object') {
    const hier = Object.keys(x).length > 0 ? [{ pad, sleutels: Object.keys(x) }] : [];
    return [...hier, ...Object.entries(x).flatMap(([k, v]) => objecten(v, [...pad, k]))];
  }
  return [];
}

/**
 * Pretty JSON (one key per line) in which the object at `doel` repeats `sleutel` right after it,
 * with `extra` as its second value; also returns the line of that repetition.
 */
function metDubbeleSleutel(x: Json, doel: Pad, sleutel: string, extra: Json): { tekst: string; regel: number } {
  const regels: string[] = [];
  let regel = 0;
  const schrijf = (v: Json, pad: Pad, inspring: string, voor: string, na: string) => {
    if (v === null || typeof v !== 'object') {
      regels.push(`${inspring}${voor}${JSON.stringify(v)}${na}`);
      return;
    }
    const lijst = Array.isArray(v);
    regels.push(`${inspring}${voor}${lijst ? '[' : '{'}`);
    const delen: [string | number, Json][] = lijst ? v.map((y, i) => [i, y]) : Object.entries(v);
    const hier = !lijst && JSON.stringify(pad) === JSON.stringify(doel);
    const alle: { k: string | number; w: Json; dubbel?: boolean }[] = [];
    for (const [k, w] of delen) {
      alle.push({ k, w });
      if (hier && k === sleutel) alle.push({ k, w: extra, dubbel: true });
    }
    alle.forEach(({ k, w, dubbel }, i) => {
      if (dubbel) regel = regels.length + 1;
      schrijf(w, [...pad, k], inspring + '  ', lijst ? '' : `${JSON.stringify(k)}: `, i < alle.length - 1 ? ',' : '');
    });
    regels.push(`${inspring}${lijst ? ']' : '}'}${na}`);
  };
  schrijf(x, [], '', '', '');
  return { tekst: regels.join('\n'), regel };
}

describe('dubbele sleutels', () => {
  it('eigenschap: een geldig scenario met één sleutel ergens dubbel wordt geweigerd, met dat pad en die regel', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), fc.constantFrom<Json>(null, 'x', 0, true, {}), fc.boolean(), (s, i, j, ander, zelfde) => {
        const data = JSON.parse(JSON.stringify(s)) as Json;
        const obj = objecten(data);
        const { pad, sleutels } = obj[i % obj.length]!;
        const sleutel = sleutels[j % sleutels.length]!;
        let huidig: any = data;
        for (const k of pad) huidig = huidig[k];
        const { tekst, regel } = metDubbeleSleutel(data, pad, sleutel, zelfde ? huidig[sleutel] : ander);
        const v = leesScenario(tekst);
        expect(v.ok).toBe(false);
        if (v.ok) return;
        const f = v.fouten.find((x) => x.pad === formatPad([...pad, sleutel]) && x.bericht.startsWith('komt meer dan eens voor in hetzelfde object'));
        expect(f, `${formatPad([...pad, sleutel])}: ${v.fouten.map((x) => `${x.pad}: ${x.bericht}`).join('\n')}`).toBeDefined();
        expect(f!.bericht).toContain(` en regel ${regel}, kolom `);
      }),
      { numRuns: 150 },
    );
  });

  it('eigenschap: zonder dubbele sleutels vindt de zoeker niets, in welke JSON dan ook (ook sleutels met { } [ ] , : " \\ erin)', () => {
    const sleutel = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', '\u0001', '€') });
    const json = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('v')), fc.dictionary(sleutel, tie('v'))),
    })).v;
    fc.assert(
      fc.property(json, (v) => {
        expect(zoekDubbeleSleutels(JSON.stringify(v))).toEqual([]);
        expect(zoekDubbeleSleutels(JSON.stringify(v, null, 2))).toEqual([]);
      }),
    );
  });

  it('het voorbeeld uit de melding: twee keer "nulalternatief" in de Klantreis', () => {
    const tekst = schrijfScenario(DEN_HAAG).replace('"nulalternatief": false,', '"nulalternatief": false,\n      "nulalternatief": true,');
    const v = leesScenario(tekst);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.fouten[0]).toEqual({
        pad: 'werkwijzen[1].nulalternatief',
        bericht:
          'komt meer dan eens voor in hetzelfde object (regel 155, kolom 7 en regel 156, kolom 7); alleen de laatste waarde zou gelden, terwijl wie het bestand leest de eerste ziet. Laat er één staan.',
      });
    }
  });

  it('in een deellink (ongecomprimeerd en gecomprimeerd): geweigerd met het pad, regel 1 en de kolom', async () => {
    const tekst = JSON.stringify(DEN_HAAG).replace('"nulalternatief":false', '"nulalternatief":false,"nulalternatief":true');
    const eerste = tekst.indexOf('"nulalternatief":false') + 1;
    const kolom = tekst.indexOf('"nulalternatief":true', eerste) + 1;
    const bytes = new TextEncoder().encode(tekst);
    const z = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    for (const link of ['j.' + Buffer.from(bytes).toString('base64url'), 'd.' + Buffer.from(z).toString('base64url')]) {
      const r = await leesDeellink(link);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.fouten[0]!.pad).toBe('werkwijzen[1].nulalternatief');
        expect(r.fouten[0]!.bericht).toContain(`(regel 1, kolom ${eerste} en regel 1, kolom ${kolom})`);
      }
    }
  });
});

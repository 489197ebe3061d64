/**
 * Fuzzing the scenario reader (leesScenario): arbitrary JSON, and mutations of the Den Haag file at
 * the value level (a random path set to a random or nearby value, a key deleted or added) and at the
 * text level (truncated, bytes inserted, a character changed, a number made huge). It never throws;
 * what it accepts writes back to itself and computes to finite numbers; what it rejects it explains
 * in Dutch, per field. Runs and seeds: see fuzzOpties (MKBA_FUZZ_RUNS for a longer run).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, berekenScenario, leesScenario, schrijfScenario, sluitAan, type Validatie } from '../../src/model';
import { naarJson } from '../../src/model/uitvoer/json';
import { DEN_HAAG_PAD } from '../helpers/scenario';
import { GEEN_TIJDSLIMIET, alleGetallen, fuzzOpties, nieuweProblemen } from './hulp';

const DEN_HAAG_TEKST = readFileSync(DEN_HAAG_PAD, 'utf8');
const DEN_HAAG = JSON.parse(DEN_HAAG_TEKST) as unknown;

/** Every path (as a list of keys) to every node of a JSON value. */
function allePaden(x: unknown, pad: (string | number)[] = []): (string | number)[][] {
  const uit = [pad];
  if (Array.isArray(x)) x.forEach((y, i) => uit.push(...allePaden(y, [...pad, i])));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) uit.push(...allePaden(v, [...pad, k]));
  return uit;
}
const PADEN = allePaden(DEN_HAAG);

function haal(x: unknown, pad: readonly (string | number)[]): unknown {
  return pad.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], x);
}

/** Reads text, failing the property (not crashing the run) if the reader throws. */
function lees(tekst: string): Validatie {
  try {
    return leesScenario(tekst);
  } catch (e) {
    throw new Error(`leesScenario gooide een fout: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** All Decimals and numbers in the engine's result are finite. */
function nietEindig(x: unknown, pad = '$', gezien = new Set<unknown>()): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${pad} = ${x}`];
  if (x instanceof Decimal) return x.isFinite() ? [] : [`${pad} = ${x.toString()}`];
  if (!x || typeof x !== 'object' || gezien.has(x)) return [];
  gezien.add(x);
  return Object.entries(x).flatMap(([k, v]) => nietEindig(v, `${pad}.${k}`, gezien));
}

/** The checks for any reading: accepted → stable and computable; rejected → Dutch messages per field. */
function controleer(r: Validatie) {
  if (r.ok) {
    const tekst = schrijfScenario(r.scenario);
    const terug = lees(tekst);
    expect(terug.ok, 'het geschreven scenario wordt weer gelezen').toBe(true);
    if (!terug.ok) return;
    // Same text again (the reader may keep a -0 from the file that the writer prints as 0).
    expect(schrijfScenario(terug.scenario)).toBe(tekst);
    const resultaat = berekenScenario(r.scenario);
    expect(nietEindig(resultaat)).toEqual([]);
    const json = naarJson(r.scenario, resultaat, sluitAan(r.scenario, resultaat));
    expect(alleGetallen(json).filter((g) => !Number.isFinite(g.waarde) || Object.is(g.waarde, -0))).toEqual([]);
  } else {
    expect(r.fouten.length).toBeGreaterThan(0);
    expect(nieuweProblemen(r.fouten)).toEqual([]);
  }
}

// ---- arbitraries ---------------------------------------------------------------------------------

/** Values near the scenario's own: the borders where validation decides. */
function naburig(oud: unknown): fc.Arbitrary<unknown> {
  if (typeof oud === 'number') {
    return fc.oneof(
      fc.constantFrom(0, -0, 1, -1, oud + 1, oud - 1, oud * 2, -oud, oud + 0.5, oud / 3, 1e308, -1e308, 5e-324, 2 ** 53, 100_000_001),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.integer({ min: -5, max: 200 }),
    );
  }
  if (typeof oud === 'string') return fc.oneof(fc.constantFrom('', ' ', 'oplossingen', 'klantreis', 'regulier', 'x'.repeat(6000), '2020-13-45'), fc.string({ maxLength: 50 }));
  if (typeof oud === 'boolean') return fc.constantFrom(!oud, 'true', 1, null);
  return fc.constantFrom(null, [], {}, 'tekst', 0);
}

/** Strange values anywhere: any JSON, or values a person might type. */
const vreemd: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e400', '€ 1.700', '17,5%', 'ja', 'nee', '', null, true, [], {}, [1, 2], { laag: 2, hoog: 1 }),
);

const SPECIALE_SLEUTELS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'titel', 'schemaVersion', 'parameters.welfare.pwAnnualCost', '2019'];

type Mutatie =
  | { soort: 'zet'; pad: (string | number)[]; waarde: unknown }
  | { soort: 'wis'; pad: (string | number)[] }
  | { soort: 'voegToe'; pad: (string | number)[]; sleutel: string; waarde: unknown };

const padArb = fc.integer({ min: 0, max: PADEN.length - 1 }).map((i) => PADEN[i]!);

const mutatieArb: fc.Arbitrary<Mutatie> = fc.oneof(
  { weight: 4, arbitrary: padArb.chain((pad) => naburig(haal(DEN_HAAG, pad)).map((waarde) => ({ soort: 'zet' as const, pad, waarde }))) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('zet' as const), pad: padArb, waarde: vreemd }) },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant('wis' as const), pad: padArb.filter((p) => p.length > 0) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant('voegToe' as const),
      pad: padArb.filter((p) => { const o = haal(DEN_HAAG, p); return !!o && typeof o === 'object'; }),
      sleutel: fc.oneof(fc.constantFrom(...SPECIALE_SLEUTELS), fc.string({ maxLength: 12 })),
      waarde: vreemd,
    }),
  },
);

/** Applies mutations to a copy, as JSON text (own "__proto__" keys included, as JSON.parse makes them). */
function pasToe(mutaties: readonly Mutatie[]): string {
  const d = structuredClone(DEN_HAAG) as Record<string, unknown>;
  for (const m of mutaties) {
    if (m.pad.length === 0) {
      if (m.soort === 'zet') return JSON.stringify(m.waarde) ?? 'null';
      if (m.soort === 'voegToe') Object.defineProperty(d, m.sleutel, { value: m.waarde, enumerable: true, configurable: true, writable: true });
      continue;
    }
    let ouder: unknown;
    try {
      ouder = haal(d, m.pad.slice(0, -1));
    } catch {
      continue; // an earlier mutation removed the way there
    }
    if (!ouder || typeof ouder !== 'object') continue;
    const o = ouder as Record<string | number, unknown>;
    const k = m.pad.at(-1)!;
    if (m.soort === 'zet') Object.defineProperty(o, k, { value: m.waarde, enumerable: true, configurable: true, writable: true });
    else if (m.soort === 'wis') {
      if (Array.isArray(o) && typeof k === 'number') o.splice(k, 1);
      else delete o[k];
    } else {
      const doel = o[k];
      if (doel && typeof doel === 'object' && !Array.isArray(doel)) {
        Object.defineProperty(doel, m.sleutel, { value: m.waarde, enumerable: true, configurable: true, writable: true });
      }
    }
  }
  return JSON.stringify(d, null, 2);
}

type Tekstmutatie =
  | { soort: 'afkappen'; bij: number }
  | { soort: 'invoegen'; bij: number; tekst: string }
  | { soort: 'vervangTeken'; bij: number; teken: string }
  | { soort: 'getalWordt'; n: number; door: string };

/** A number token in JSON text (after ":", "[" or ","). */
const GETAL = /(?<=[:[,]\s*)-?\d+(\.\d+)?(?=[\s,\]}])/g;

const tekstmutatieArb: fc.Arbitrary<Tekstmutatie> = fc.oneof(
  fc.record({ soort: fc.constant('afkappen' as const), bij: fc.nat(DEN_HAAG_TEKST.length) }),
  fc.record({
    soort: fc.constant('invoegen' as const),
    bij: fc.nat(DEN_HAAG_TEKST.length),
    tekst: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.uint8Array({ maxLength: 8 }).map((b) => String.fromCharCode(...b)),
      fc.constantFrom('\ufeff', '\u0000', '\ud800', ',', '"', '{', ']', '\\', 'NaN', '\r\n'),
    ),
  }),
  fc.record({ soort: fc.constant('vervangTeken' as const), bij: fc.nat(DEN_HAAG_TEKST.length - 1), teken: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({
    soort: fc.constant('getalWordt' as const),
    n: fc.nat(1000),
    door: fc.constantFrom('1e400', '-1e400', '1e308', '-0', '0.1e1', '1E2', '00', '1.', '.5', '+1', '0x10', 'NaN', 'Infinity', '9'.repeat(400)),
  }),
);

function pasTekstToe(s: string, t: Tekstmutatie): string {
  const bij = 'bij' in t ? Math.min(t.bij, s.length) : 0;
  switch (t.soort) {
    case 'afkappen':
      return s.slice(0, bij);
    case 'invoegen':
      return s.slice(0, bij) + t.tekst + s.slice(bij);
    case 'vervangTeken':
      return s.slice(0, bij) + t.teken + s.slice(bij + 1);
    case 'getalWordt': {
      const getallen = [...s.matchAll(GETAL)];
      if (getallen.length === 0) return s;
      const m = getallen[t.n % getallen.length]!;
      return s.slice(0, m.index) + t.door + s.slice(m.index! + m[0].length);
    }
  }
}

describe('fuzz: leesScenario', () => {
  it('willekeurige JSON: gooit nooit, en elke afwijzing is Nederlands en per veld', GEEN_TIJDSLIMIET, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (x) => controleer(lees(JSON.stringify(x) ?? 'null'))),
      fuzzOpties(300, 610_001),
    );
  });

  it('willekeurige objecten met de sleutels van een scenario', GEEN_TIJDSLIMIET, () => {
    const sleutels = fc.constantFrom('schemaVersion', 'titel', 'werkwijzen', 'parameters', 'instellingen', 'verdeling', 'onzekerheid', 'tijd', 'prijspeil', 'publicatie', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.dictionary(sleutels, fc.oneof(fc.constantFrom(1, 2, 3), vreemd), { maxKeys: 8 }), (x) => controleer(lees(JSON.stringify(x)))),
      fuzzOpties(200, 610_002),
    );
  });

  it('Den Haag met 1 tot 3 gewijzigde, gewiste of toegevoegde velden', GEEN_TIJDSLIMIET, () => {
    let geaccepteerd = 0;
    fc.assert(
      fc.property(fc.array(mutatieArb, { minLength: 1, maxLength: 3 }), (m) => {
        const r = lees(pasToe(m));
        if (r.ok) geaccepteerd++;
        controleer(r);
      }),
      fuzzOpties(300, 610_003),
    );
    // Both branches must have been exercised, or the property proves little.
    expect(geaccepteerd).toBeGreaterThan(0);
  });

  it('Den Haag als tekst: afgekapt, bytes ingevoegd, een teken vervangen, een getal enorm', GEEN_TIJDSLIMIET, () => {
    fc.assert(
      fc.property(fc.array(tekstmutatieArb, { minLength: 1, maxLength: 3 }), (ms) => {
        controleer(lees(ms.reduce(pasTekstToe, DEN_HAAG_TEKST)));
      }),
      fuzzOpties(300, 610_004),
    );
  });
});

import stdlibLn from '@stdlib/math-base-special-ln';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ln, lnGecompileerd } from '../../src/model/onzekerheid/lnWasm';

const gelijk = (x: number) => {
  const a = ln(x);
  const b = stdlibLn(x);
  if (!Object.is(a, b)) expect.fail(`ln(${x}) = ${a}, stdlib ${b}`);
};

describe('ln in WebAssembly: bit voor bit de ln van stdlib', () => {
  it('loopt in WebAssembly (anders toetst dit stdlib tegen zichzelf)', () => {
    expect(lnGecompileerd).toBe(true);
  });

  it('bijzondere waarden: 0, −0, negatief, NaN, ±∞, subnormaal, 1, grenzen van de takken', () => {
    const hoog = (h: number, l = 0) => new Float64Array(new Uint32Array([l, h]).buffer)[0]!;
    for (const x of [0, -0, -1, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, 2.2250738585072014e-308, 2.225073858507201e-308, 1, 1 + 2 ** -52, 1 - 2 ** -53, 2, 0.5, Math.E, 1e-300, 1e300, Number.MAX_VALUE, hoog(0x3ff6147a), hoog(0x3ff6b851), hoog(0x3ff6147a, 1), hoog(0x3ff6a09b), hoog(0x3ff6a09c), hoog(0x3fe6a09b, 7), hoog(0x3ff00001), hoog(0x3fefffff, 0xffffffff)])
      gelijk(x);
  });

  it('eigenschap: elke double, getallen in (0, 1) zoals de poolmethode ze geeft, en dicht bij 1', () => {
    fc.assert(fc.property(fc.double(), (x) => gelijk(x)), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => gelijk(x)), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: 0.99, max: 1.01, noNaN: true }), (x) => gelijk(x)), { numRuns: 20000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 0x7fefffff }), fc.integer({ min: 0, max: 0xffffffff }), (h, l) => gelijk(new Float64Array(new Uint32Array([l, h]).buffer)[0]!)), { numRuns: 20000 });
  });
});

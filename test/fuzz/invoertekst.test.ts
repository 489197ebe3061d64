import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leesGetal, naarInvoertekst } from '../../src/ui/gedeeld/getalInvoer';

/**
 * Write → read symmetry of the number fields: what a field shows (with thousands separators since
 * issue 13 item 4: "1.700", "1.234,5") reads back to exactly the same number, in both languages and
 * for amounts (schaal 1) and percentages (schaal 100).
 */
describe('number fields: shown text reads back to the same number', () => {
  it('examples: "1.700", "1.234,5", "-1.700", "43,5" (nl) and "1,700", "1,234.5" (en)', () => {
    expect(naarInvoertekst(1700, 'nl')).toBe('1.700');
    expect(naarInvoertekst(1100, 'nl')).toBe('1.100');
    expect(naarInvoertekst(1234.5, 'nl')).toBe('1.234,5');
    expect(naarInvoertekst(-1700, 'nl')).toBe('-1.700');
    expect(naarInvoertekst(999, 'nl')).toBe('999');
    expect(naarInvoertekst(0.435, 'nl', 100)).toBe('43,5');
    expect(naarInvoertekst(1700, 'en')).toBe('1,700');
    expect(naarInvoertekst(1234.5, 'en')).toBe('1,234.5');
    expect(leesGetal('1.100')).toEqual({ ok: true, waarde: 1100 });
    expect(leesGetal('1.100,5')).toEqual({ ok: true, waarde: 1100.5 });
  });

  for (const taal of ['nl', 'en'] as const) {
    for (const schaal of [1, 100]) {
      it(`property (${taal}, schaal ${schaal}): leesGetal(naarInvoertekst(x)) = x`, () => {
        fc.assert(
          fc.property(
            fc.oneof(
              fc.integer({ min: -1e12, max: 1e12 }),
              fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
              fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
            ),
            (x) => {
              const t = naarInvoertekst(x, taal, schaal);
              const r = leesGetal(t, taal, schaal);
              expect(r, t).toEqual({ ok: true, waarde: x === 0 ? 0 : x });
            },
          ),
          { numRuns: 2000 },
        );
      });
    }
  }
});

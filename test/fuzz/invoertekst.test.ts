import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/model';
import { herschrijf, leesGetal, naarInvoertekst } from '../../src/ui/gedeeld/getalInvoer';

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
    // In a field with focus: the plain number, so deleting a digit cannot turn 1.700 into 1,70.
    expect(naarInvoertekst(1700, 'nl', 1, false)).toBe('1700');
    expect(naarInvoertekst(1100.5, 'nl', 1, false)).toBe('1100,5');
    expect(herschrijf('1.700', 'nl', false)).toBe('1700');
    expect(herschrijf('1700', 'nl', true)).toBe('1.700');
    expect(herschrijf('1100,5', 'nl', true)).toBe('1.100,5');
    // Not a number, or the "1,700" slip with its own warning: left as typed.
    expect(herschrijf('17a0', 'nl', true)).toBe('17a0');
    expect(herschrijf('1,700', 'nl', true)).toBe('1,700');
    expect(herschrijf('', 'nl', true)).toBe('');
  });

  it('what is typed is what is used: more digits than a double keeps is refused with a message; up to 15 digits always reads exactly (review)', () => {
    expect(leesGetal('4,0000000000000000001')).toEqual({ ok: false, bericht: '"4,0000000000000000001" heeft meer cijfers dan de berekening kan bewaren; rond af op ten hoogste 15 cijfers' });
    expect(leesGetal('4.0000000000000000001', 'en')).toEqual({ ok: false, bericht: '"4.0000000000000000001" has more digits than the calculation can keep; round to at most 15 digits' });
    expect(leesGetal('12345678901234567')).toMatchObject({ ok: false });
    expect(leesGetal('43,50000000000000001', 'nl', 100)).toMatchObject({ ok: false });
    expect(leesGetal('4,00000000000001')).toEqual({ ok: true, waarde: 4.00000000000001 });
    expect(leesGetal('43,5', 'nl', 100)).toEqual({ ok: true, waarde: 0.435 });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 15 }), fc.boolean(), fc.constantFrom(1, 100), (m, komma, min, schaal) => {
        const cijfers = m.toString().padStart(komma + 1, '0');
        const tekst = `${min ? '-' : ''}${cijfers.slice(0, cijfers.length - komma)}${komma ? `,${cijfers.slice(cijfers.length - komma)}` : ''}`;
        const r = leesGetal(tekst, 'nl', schaal);
        const verwacht = new Decimal(`${min ? '-' : ''}${cijfers.slice(0, cijfers.length - komma)}.${cijfers.slice(cijfers.length - komma) || '0'}`).div(schaal).toNumber();
        expect(r, tekst).toEqual({ ok: true, waarde: verwacht === 0 ? 0 : verwacht });
      }),
      { numRuns: 2000 },
    );
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
              // While the field has focus it holds the plain number; focus and blur keep the value.
              const kaal = naarInvoertekst(x, taal, schaal, false);
              expect(kaal, t).not.toMatch(taal === 'nl' ? /\./ : /,/);
              expect(leesGetal(kaal, taal, schaal), kaal).toEqual({ ok: true, waarde: x === 0 ? 0 : x });
              expect(herschrijf(t, taal, false)).toBe(kaal);
              expect(herschrijf(kaal, taal, true)).toBe(t);
            },
          ),
          { numRuns: 2000 },
        );
      });
    }
  }
});

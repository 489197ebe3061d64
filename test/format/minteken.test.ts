import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/model';
import { formatBedragExact } from '../../src/format/berekening';
import { formatBedragGevonden, formatEuro, MINTEKEN, type Taal } from '../../src/format/getal';
import { euro } from '../../src/ui/gedeeld/opmaak';
import { leesGetal } from '../../src/ui/gedeeld/getalInvoer';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const talen = fc.constantFrom<Taal>('nl', 'en');
const bedragen = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(-0, -0.4, -0.5, -0.6, -440, -994, 0.4));

/** Every formatter of an amount, for x in one language. */
const vormen = (x: number, taal: Taal) => [formatEuro(x, taal), formatEuro(x, taal, 2), formatEuro(new Decimal(x), taal), formatBedragExact(x, taal), euro(x, taal), formatBedragGevonden(x, taal)];

describe('one minus sign for every amount (review: "€ -440" beside "−€ 994")', () => {
  it('examples: the sign where Intl puts it, as U+2212', () => {
    expect(nb(formatEuro(-440))).toBe('€ −440');
    expect(nb(formatEuro(-994, 'en'))).toBe('−€994');
    expect(nb(formatEuro(-4666.67, 'nl', 2))).toBe('€ −4.666,67');
    expect(nb(formatBedragGevonden(-900))).toBe('€ −900');
    expect(nb(formatBedragGevonden(-900, 'en'))).toBe('−€900');
    expect(nb(formatEuro(-0.4))).toBe('€ 0');
    expect(MINTEKEN).toBe('\u2212');
  });

  it('property: no formatted amount contains a hyphen-minus or "€ -"; a negative one has exactly one minus sign, the others none', () => {
    fc.assert(
      fc.property(bedragen, talen, (x, taal) => {
        for (const v of vormen(x, taal)) {
          expect(v).not.toContain('-');
          expect(nb(v)).not.toContain('€ -');
          const negatief = /[1-9]/.test(v) && x < 0;
          // (A value found in a file may come as 5e−324: its exponent's sign is not the amount's.)
          expect(v.replace(/e−\d+$/, '').split(MINTEKEN).length - 1).toBe(negatief ? 1 : 0);
        }
      }),
    );
  });

  it('property: an amount as shown, pasted into a number field, reads back as the same amount (write → read)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), talen, (heel, cent, taal) => {
        const x = new Decimal(heel).plus(new Decimal(cent).div(100).times(heel < 0 ? -1 : 1)).toNumber();
        expect(leesGetal(formatEuro(x, taal, 2), taal)).toEqual({ ok: true, waarde: x === 0 ? 0 : x });
      }),
    );
  });
});

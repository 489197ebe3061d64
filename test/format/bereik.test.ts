import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bereikStap, formatBereik, rondBereik } from '../../src/format/bereik';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBereik: ranges rounded to what a reader needs', () => {
  it('shares: 27,99% – 60,01% becomes 28% – 60%', () => {
    expect(nb(formatBereik(0.2799, 0.6001, 'aandeel'))).toBe('28% – 60%');
    expect(nb(formatBereik(0.2799, 0.6001, 'aandeel', 'en'))).toBe('28% – 60%');
  });
  it('amounts: € 4.692 – € 7.038 becomes € 4.700 – € 7.000', () => {
    expect(nb(formatBereik(4692, 7038, 'euro'))).toBe('€ 4.700 – € 7.000');
    expect(nb(formatBereik(4692, 7038, 'euro', 'en'))).toBe('€4,700 – €7,000');
  });
  it('months: 2,8 – 5,2 keeps one decimal (the width is 2,4)', () => {
    expect(formatBereik(2.8, 5.2, 'maanden')).toBe('2,8 – 5,2');
    expect(formatBereik(4, 12, 'maanden')).toBe('4 – 12');
  });
  it('small shares keep the decimals they need: 0,5% – 1,5%', () => {
    expect(nb(formatBereik(0.005, 0.015, 'aandeel'))).toBe('0,5% – 1,5%');
    expect(nb(formatBereik(0, 0.1, 'aandeel'))).toBe('0% – 10%');
  });
  it('a chosen end of at most three digits keeps them where the step would move it by over 1%: 0% – 2,25% (the discount rate), not 0% – 2,3%', () => {
    expect(nb(formatBereik(0, 0.0225, 'aandeel'))).toBe('0% – 2,25%');
    expect(nb(formatBereik(0.0225, 0.04, 'aandeel'))).toBe('2,25% – 4%');
    // Computed ends still round: 59,5% moves by under 1%, 27,99% has four digits.
    expect(nb(formatBereik(0.595, 1, 'aandeel'))).toBe('60% – 100%');
    expect(nb(formatBereik(0.2799, 0.6001, 'aandeel'))).toBe('28% – 60%');
  });
  it('a range of width 0 keeps its digits', () => {
    expect(nb(formatBereik(0.435, 0.435, 'aandeel'))).toBe('43,5% – 43,5%');
    expect(bereikStap(0)).toBeNull();
  });
  it('never NaN: non-finite ends give a dash', () => {
    expect(formatBereik(Number.NaN, 1, 'euro')).toBe('–');
  });
  it('property: the ends stay apart, in order, and move by at most 5% of the width', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (laag, breedte) => {
        const hoog = laag + breedte;
        fc.pre(hoog - laag > 1e-6);
        const r = rondBereik(laag, hoog, 'getal');
        expect(r.laag).toBeLessThan(r.hoog);
        const tol = (hoog - laag) * 0.05 + 1e-9 * Math.max(1, Math.abs(laag), Math.abs(hoog));
        expect(Math.abs(r.laag - laag)).toBeLessThanOrEqual(tol);
        expect(Math.abs(r.hoog - hoog)).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

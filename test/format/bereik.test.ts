import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBereik, formatBereikEinden } from '../../src/format/bereik';
import { leesGetal } from '../../src/ui/gedeeld/getalInvoer';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBereik: the ends the analysis uses, each as its field shows it (tester9 #3: no rounded second version)', () => {
  it('amounts: € 20.600 ± 30% is € 14.420 – € 26.780, not € 14.000 – € 27.000; cents where an end has them', () => {
    expect(nb(formatBereik(14420, 26780, 'euro'))).toBe('€ 14.420 – € 26.780');
    expect(nb(formatBereik(14420, 26780, 'euro', 'en'))).toBe('€14,420 – €26,780');
    expect(nb(formatBereik(4105.5, 7624.5, 'euro'))).toBe('€ 4.105,50 – € 7.624,50');
  });
  it('shares to 0,01%: 27,99% – 60,01%, 31,5% – 58,5%, 0% – 2,25%', () => {
    expect(nb(formatBereik(0.2799, 0.6001, 'aandeel'))).toBe('27,99% – 60,01%');
    expect(nb(formatBereik(0.2799, 0.6001, 'aandeel', 'en'))).toBe('27.99% – 60.01%');
    expect(nb(formatBereik(0.315, 0.585, 'aandeel'))).toBe('31,5% – 58,5%');
    expect(nb(formatBereik(0, 0.0225, 'aandeel'))).toBe('0% – 2,25%');
  });
  it('months and plain numbers without their unit word', () => {
    expect(formatBereik(5.6, 10.4, 'maanden')).toBe('5,6 – 10,4');
    expect(formatBereik(4, 12, 'maanden')).toBe('4 – 12');
    expect(formatBereikEinden(2, 8, 'getal')).toEqual({ laag: '2', hoog: '8' });
  });
  it('a range of width 0 and a non-number', () => {
    expect(nb(formatBereik(0.435, 0.435, 'aandeel'))).toBe('43,5% – 43,5%');
    expect(formatBereik(Number.NaN, 1, 'euro')).toBe('–');
  });
  it('property: each shown amount end reads back to the end itself (to the cent)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: 0, max: 1e11 }), (laagCent, breedteCent) => {
        const laag = laagCent / 100;
        const hoog = (laagCent + breedteCent) / 100;
        const e = formatBereikEinden(laag, hoog, 'euro');
        for (const [tekst, x] of [[e.laag, laag], [e.hoog, hoog]] as const) {
          const r = leesGetal(tekst.replace('€', '').replace('\u2212', '-').trim(), 'nl');
          expect(r.ok && r.waarde, tekst).toBe(x === 0 ? 0 : x);
        }
      }),
    );
  });
});

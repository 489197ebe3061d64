import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { klassen, rondeStap } from '../../src/model/onzekerheid/klassen';
import { vat } from '../../src/model/onzekerheid/montecarlo';
import { onderNul } from '../../src/ui/onzekerheid/Grafieken';

describe('histogramklassen met ronde randen (issue 13 item 7)', () => {
  it('rondeStap kiest 1, 2, 2,5 of 5 maal een macht van tien, niet kleiner dan gevraagd', () => {
    expect([0.7, 1, 1.3, 2.2, 3, 7, 33.4, 80, 149].map(rondeStap)).toEqual([1, 1, 2, 2.5, 5, 10, 50, 100, 200]);
  });

  it('een voorbeeld: van € -1.008 tot € 3.100 in klassen van € 200, met € 0 als rand', () => {
    const k = klassen([-1008, -110, -1, 0, 5, 339, 3100], 30);
    expect(k[0]).toEqual({ van: -1200, tot: -1000, aantal: 1 });
    expect(k.at(-1)).toEqual({ van: 3000, tot: 3200, aantal: 1 });
    // -110 and -1 lie below € 0, 0 and 5 from € 0 up: the class that used to span € 0 is split at 0.
    expect(k.find((x) => x.tot === 0)).toEqual({ van: -200, tot: 0, aantal: 2 });
    expect(k.find((x) => x.van === 0)).toEqual({ van: 0, tot: 200, aantal: 2 });
    expect(k.map(onderNul).filter(Boolean).length).toBe(6); // -1200 … 0: six classes below € 0
  });

  it('a subnormal spread (fast-check found [0, 1,5e-323]) still gives classes that count every draw', () => {
    const k = klassen(Float64Array.from([0, 1.5e-323]), 5);
    expect(k.reduce((a, b) => a + b.aantal, 0)).toBe(2);
    expect(k.every((x) => Number.isFinite(x.van) && Number.isFinite(x.tot))).toBe(true);
  });

  it('subnormal range (fast-check found it in CI): at most doel + 2 classes, all draws counted', () => {
    const k = klassen(Float64Array.from([-7.4e-323, -5e-324]), 10);
    expect(k.length).toBeLessThanOrEqual(12);
    expect(k.reduce((a, b) => a + b.aantal, 0)).toBe(2);
    expect(k.every((x) => x.tot <= 0)).toBe(true);
  });

  it('eigenschap: alle trekkingen geteld, tekens exact, randen veelvouden van de stap, geen klasse over € 0, hoogstens doel + 2 klassen', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 2, maxLength: 200 }), fc.integer({ min: 5, max: 40 }), (xs, doel) => {
        const g = Float64Array.from(xs).sort();
        const k = klassen(g, doel);
        expect(k.reduce((a, b) => a + b.aantal, 0)).toBe(g.length);
        if (g[0] === g.at(-1)) return;
        expect(k.length).toBeLessThanOrEqual(doel + 2);
        const stap = rondeStap((g.at(-1)! - g[0]!) / doel); // not tot − van: at ±1e7 that difference loses digits
        for (const x of k) {
          expect(x.van < 0 && x.tot > 0).toBe(false);
          expect(Math.abs(x.van / stap - Math.round(x.van / stap))).toBeLessThan(1e-6);
        }
        // Sign is exact: as many draws below € 0 as in the classes below € 0.
        const onder = g.filter((x) => x < 0).length;
        expect(k.filter(onderNul).reduce((a, b) => a + b.aantal, 0)).toBe(onder);
      }),
    );
  });

  it('de Monte Carlo-samenvatting gebruikt deze klassen', () => {
    const s = vat(Float64Array.from([-50, -10, 12, 40, 95]), 15);
    expect(s.histogram.map((x) => [x.van, x.tot, x.aantal])).toEqual([
      [-50, -40, 1], [-40, -30, 0], [-30, -20, 0], [-20, -10, 0], [-10, 0, 1],
      [0, 10, 0], [10, 20, 1], [20, 30, 0], [30, 40, 0], [40, 50, 1], [50, 60, 0], [60, 70, 0], [70, 80, 0], [80, 90, 0], [90, 100, 1],
    ]);
  });

  it('eigenschap: de samenvatting zonder sorteren geeft p5, p95, kans en klassen van de gesorteerde trekkingen, ook met veel gelijke waarden', () => {
    const trekking = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(trekking, { minLength: 1, maxLength: 400 }), (xs) => {
        const w = Float64Array.from(xs);
        const g = Float64Array.from(xs).sort();
        const q = (p: number) => {
          const pos = (g.length - 1) * p;
          const i = Math.floor(pos);
          const j = Math.min(g.length - 1, i + 1);
          return g[i]! + (g[j]! - g[i]!) * (pos - i);
        };
        const s = vat(w, 30);
        expect(s.p5 + 0).toBe(q(0.05) + 0); // +0: −0 and 0 are the same percentile
        expect(s.p95 + 0).toBe(q(0.95) + 0);
        expect(s.kansPositief).toBe(g.filter((x) => x > 0).length / g.length);
        expect(s.histogram).toEqual(klassen(g, 30));
        // The draws themselves are left as they were.
        expect(Array.from(w)).toEqual(xs.map((x) => x));
      }),
      { numRuns: 300 },
    );
  });
});


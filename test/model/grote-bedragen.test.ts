import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenScenario, Decimal } from '../../src/model';
import { formatAfgeleid, formatBedragExact, formatNormalisatie } from '../../src/format/berekening';
import { formatEuro, formatGetal, formatVerhouding } from '../../src/format/getal';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { aantal, euro, verhouding } from '../../src/ui/gedeeld/opmaak';
import { denHaagData, gewoneSpaties, valideer } from '../helpers/uitvoer';

/** Issue 10.10: huge amounts lost digits (formatted through a float); tiny ratios showed as "0". */

const d = (x: string) => new Decimal(x);
/** Digits of a decimal string with nl-NL grouping: "-346249716187430056" → "-346.249.716.187.430.056". */
/** Thousands points, and the app's minus sign (U+2212). */
const groepeer = (t: string) => t.replace(/\B(?=(\d{3})+(?!\d))/g, '.').replace('-', '−');

describe('bedragen uit de Decimal, niet via een float', () => {
  it('€ −346.249.716.187.430.056,25 (de melding) houdt elk cijfer; via een float werd het …430.100', () => {
    const x = d('-346249716187430056.25');
    expect(gewoneSpaties(formatEuro(x))).toBe('€ −346.249.716.187.430.056');
    expect(gewoneSpaties(formatEuro(x, 'nl', 2))).toBe('€ −346.249.716.187.430.056,25');
    expect(gewoneSpaties(formatEuro(x, 'en', 2))).toBe('−€346,249,716,187,430,056.25');
    expect(gewoneSpaties(euro(x, 'nl'))).toBe('€ −346.249.716.187.430.056');
    expect(gewoneSpaties(formatBedragExact(x))).toBe('€ −346.249.716.187.430.056,25');
    expect(formatGetal(d('123456789012345678901.5'), 'nl', 2)).toBe('123.456.789.012.345.678.901,5');
    expect(aantal(d('100000000.125'), 'nl')).toBe('100.000.000,13');
  });
  it('afronden half van nul af, en nooit "-0"', () => {
    expect(gewoneSpaties(formatEuro(d('2.5')))).toBe('€ 3');
    expect(gewoneSpaties(formatEuro(d('-2.5')))).toBe('€ −3');
    expect(gewoneSpaties(formatEuro(d('-0.4')))).toBe('€ 0');
    expect(gewoneSpaties(formatEuro(d('-0.004'), 'nl', 2))).toBe('€ 0,00');
    expect(formatEuro(d('NaN'))).toBe('–');
    expect(formatEuro(d('Infinity'))).toBe('–');
  });
  it('eigenschap: elk bedrag tot 10^30 met centen komt cijfer voor cijfer terug uit formatEuro', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 32n), max: 10n ** 32n }), (centen) => {
        const x = d(centen.toString()).dividedBy(100);
        const tekst = gewoneSpaties(formatEuro(x, 'nl', 2));
        expect(tekst.replace('€ ', '').replace('−', '-').replace(/\./g, '').replace(',', '.')).toBe(x.toFixed(2));
      }),
    );
  });
  it('de berekening in een toelichting: het exacte bedrag en de afgeronde uitkomst', () => {
    const b = { berekening: { termen: [{ factoren: [{ waarde: d('1000000000'), eenheid: 'euro' as const }, { waarde: d('346249716.18743005625'), eenheid: 'getal' as const, op: '×' as const }] }], uitkomst: d('346249716187430056'), eenheid: 'euro' as const }, exact: d('346249716187430056.25'), afgerond: true };
    expect(gewoneSpaties(formatAfgeleid(b as never))).toBe('€ 1.000.000.000 × 346.249.716,19 = € 346.249.716.187.430.056,25 ≈ € 346.249.716.187.430.056');
    // The normalisation step of the results tables and the verantwoording.
    expect(gewoneSpaties(formatNormalisatie(d('346249716187430056.25'), 1e8, 1e8, d('346249716187430056.25')))).toBe(
      '€ 346.249.716.187.430.056 / 100.000.000 × 100.000.000 = € 346.249.716.187.430.056',
    );
  });
});

describe('verhoudingen met significante cijfers', () => {
  it.each([
    ['0.0008', '0,00080'],
    ['0.0008123', '0,00081'],
    ['0.000000511', '0,00000051'],
    ['0.0812', '0,081'],
    ['0.9', '0,90'],
    ['1.25', '1,25'],
    ['12.345', '12,35'],
    ['1234.5', '1.234,50'],
    ['0', '0,00'],
  ])('%s → %s', (x, nl) => {
    expect(formatVerhouding(d(x))).toBe(nl);
    expect(verhouding(d(x), 'nl')).toBe(nl);
  });
  it('Engels, en "n.v.t." zonder kosten', () => {
    expect(verhouding(d('0.0008'), 'en')).toBe('0.00080');
    expect(verhouding(null, 'nl')).toBe('n.v.t.');
  });
});

describe('de tabel (CLI) met cohorten van 100 miljoen en bedragen van 1 miljard', () => {
  const data = denHaagData();
  for (const w of data.werkwijzen) {
    const f = 1e8 / w.cohort;
    w.cohort = 1e8;
    const sleutels = Object.keys(w.uitkomsten);
    let som = 0;
    for (const k of sleutels) som += w.uitkomsten[k] = Math.floor(w.uitkomsten[k] * f);
    w.uitkomsten[sleutels[0]!] += 1e8 - som;
    w.kosten.preparation.bedrag = 1e9;
    w.kosten.settlementPhase = { bedrag: 1e9, aantal: Math.floor(w.kosten.settlementPhase.aantal * f) };
    w.kosten.debtArrangement.bedrag = 1e9;
    for (const v of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[v] = { bedrag: 1e9, aantal: Math.floor(w.kosten.budgetManagement[v].aantal * f) };
  }
  delete data.publicatie;
  data.instellingen.referentieCohort = 1e8;
  const s = valideer(data);
  const r = berekenScenario(s);
  const tabel = gewoneSpaties(naarTabel(s, r));

  it('het saldo staat er tot op de euro (uit de Decimal), de verhouding met twee significante cijfers', () => {
    for (const w of r.werkwijzen) {
      const exact = `€ ${groepeer(w.saldo.totaal.toFixed(0, Decimal.ROUND_HALF_UP))}`;
      expect(exact.length).toBeGreaterThan(24); // 18 digits: beyond a float's ~16
      expect(tabel).toContain(exact);
      expect(tabel).not.toContain(`€ ${groepeer(Math.round(w.saldo.totaal.toNumber()).toString())}`);
    }
    expect(r.werkwijzen[0]!.batenKostenVerhouding!.toNumber()).toBeLessThan(0.000001);
    expect(tabel).toMatch(/Baten\/kosten-verhouding\s+0,00000051\b/);
    expect(tabel).toMatch(/Baten\/kosten-verhouding\s+0,0000011\b/);
  });
});

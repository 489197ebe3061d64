import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metSnelleRekenkunde } from '../../src/model/decimal';
import { berekenScenario, saldiPerKlant } from '../../src/model/engine';
import { gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { omslagwaarde } from '../../src/model/onzekerheid/omslagwaarden';
import { omslagwaarden } from '../../src/model/uitvoer/onzekerheid';
import { formatEuro } from '../../src/format/getal';
import type { Scenario } from '../../src/model/scenario/schema';
import { scenarioArbMet } from '../helpers/arbitraries';
import { kopie, laadDenHaag } from '../helpers/scenario';

/** Equal within 1e-9 relative (the kernel's float64 against the Decimal engine's 40 digits). */
const dichtBij = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** The tornado on the kernel against the Decimal engine: the same rows in the same order, every number within 1e-9. */
function vergelijkGevoeligheid(s: Scenario) {
  const kern = gevoeligheid(s, s.onzekerheid);
  const exact = gevoeligheid(s, s.onzekerheid, { zonderKern: true });
  expect(kern.regels.map((r) => r.invoer.sleutel)).toEqual(exact.regels.map((r) => r.invoer.sleutel));
  kern.regels.forEach((r, n) => {
    const e = exact.regels[n]!;
    for (const veld of ['saldoPerKlant', 'verschil'] as const) {
      expect(Object.keys(r[veld])).toEqual(Object.keys(e[veld]));
      for (const id of Object.keys(e[veld])) {
        for (const kant of ['laag', 'hoog'] as const) {
          const a = r[veld][id]![kant].toNumber();
          const b = e[veld][id]![kant].toNumber();
          expect(dichtBij(a, b), `${r.invoer.sleutel} ${veld} ${id} ${kant}: ${a} vs ${b}`).toBe(true);
        }
      }
    }
    expect(dichtBij(r.impact.toNumber(), e.impact.toNumber())).toBe(true);
  });
  return { kern, exact };
}

describe('gevoeligheid en omslagwaarden op de rekenkern (issue 12) = de Decimal-engine', () => {
  it('Den Haag: elke regel van de tornado, in dezelfde volgorde, binnen 1e-9; getoond in hele euro’s precies gelijk', () => {
    const { kern, exact } = vergelijkGevoeligheid(laadDenHaag());
    const getoond = (g: typeof kern) => g.regels.map((r) => Object.values(r.verschil).map((x) => [formatEuro(x.laag), formatEuro(x.hoog)]));
    expect(getoond(kern)).toEqual(getoond(exact));
  });

  it('eigenschap: willekeurige scenario’s met 2–3 werkwijzen, dezelfde tornado binnen 1e-9 en in dezelfde volgorde', () => {
    // Few runs: the reference is the Decimal engine, two full runs per input.
    fc.assert(
      fc.property(scenarioArbMet(1), (s) => {
        vergelijkGevoeligheid(s);
      }),
      { numRuns: 4 },
    );
  });

  it('Den Haag: de omslagwaarden van de CLI (10 invoeren × 2 doelen) hebben dezelfde soort, waarde en uitleg', () => {
    const s = laadDenHaag();
    const { regels } = gevoeligheid(s, s.onzekerheid, { zonderKern: true });
    const kern = omslagwaarden(s, regels);
    const exact = omslagwaarden(s, regels).map((r) => ({ ...r, omslag: omslagwaarde(s, r.invoer, r.omslag.werkwijze, r.omslag.doel, { zonderKern: true }) }));
    expect(kern.length).toBe(20);
    kern.forEach((r, n) => {
      const e = exact[n]!.omslag;
      expect(r.omslag.soort).toBe(e.soort);
      if (e.waarde === null) expect(r.omslag.waarde).toBeNull();
      // Both searches stop within a cent of the target; the values agree far below the shown precision.
      else expect(Math.abs(r.omslag.waarde! - e.waarde)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(e.waarde)));
      expect(r.omslag.uitleg).toBe(e.uitleg);
    });
  });

  it('afronding op hele klanten bij een exact decimaal gelijkspel: 70% van 5 is in float ook 3,5 (de halve klant gaat naar oplossing, zoals in Decimal)', () => {
    const s = kopie(laadDenHaag());
    s.parameters['allocation.successShare'] = 0.7;
    const kr = s.werkwijzen.find((w) => w.id === 'klantreis')!;
    kr.uitkomsten = { ...kr.uitkomsten, geenOplossing: kr.uitkomsten.geenOplossing + kr.uitkomsten.inSchuldregelfase - 5, inSchuldregelfase: 5 };
    const exact = berekenScenario(s).werkwijzen.map((w) => w.saldo.perKlant.toNumber());
    const snel = metSnelleRekenkunde(() => saldiPerKlant(s).map((w) => w.saldoPerKlant.toNumber()));
    snel.forEach((x, i) => expect(dichtBij(x, exact[i]!), `${x} vs ${exact[i]}`).toBe(true));
    // And so the tornado on the kernel is the Decimal one here too.
    vergelijkGevoeligheid(s);
  });
});

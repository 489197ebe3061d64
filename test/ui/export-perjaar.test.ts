/**
 * CSV export with a yearly inflow (issue 5): a per-year section with every pathway and every
 * difference from the baseline, each amount the per-client amount × the inflow, to the cent.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, bedragenPerKlant, berekenScenario, valideerScenario, type Scenario } from '../../src/model';
import drieJson from '../../scenarios/den-haag-drie-werkwijzen-nazorg.json';
import { resultatenCsv } from '../../src/ui/gedeeld/export/csv';

const DRIE: Scenario = (() => {
  const v = valideerScenario(drieJson);
  if (!v.ok) throw new Error('ongeldig');
  return v.scenario;
})();
const cent = (d: Decimal) => d.toFixed(2, Decimal.ROUND_HALF_UP).replace('.', ',');
// No cell in these rows holds a ";" or a quote, so a plain split reads them.
const rijen = (tekst: string) => tekst.split('\r\n').map((r) => r.split(';').map((c) => c.replace(/^"|"$/g, '')));

describe('CSV: per jaar bij de instroom', () => {
  it('absent without an inflow', () => {
    expect(resultatenCsv(DRIE, berekenScenario(DRIE), 'nl')).not.toMatch(/Per jaar bij een instroom/);
  });

  it('per year = per client × inflow, for three pathways, two differences and every party', () => {
    const s: Scenario = { ...DRIE, instellingen: { ...DRIE.instellingen, instroomPerJaar: 1200 } };
    const r = berekenScenario(s);
    const csv = rijen(resultatenCsv(s, r, 'nl'));
    const start = csv.findIndex((x) => x[0]!.startsWith('Per jaar bij een instroom van 1200 klanten'));
    expect(start).toBeGreaterThan(0);
    const vind = (label: string) => csv.slice(start).find((x) => x[0] === label)!;
    expect(csv[start + 1]).toEqual([
      'Onderdeel',
      'Reguliere werkwijze (FIG-route)',
      'Klantreis Financiële Hulpverlening',
      'Klantreis met nazorg',
      'Verschil Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)',
      'Verschil Klantreis met nazorg − Reguliere werkwijze (FIG-route)',
    ]);
    const pk = r.werkwijzen.map((w) => bedragenPerKlant(s, w));
    const [nul, ...projecten] = pk;
    expect(vind('Kosten').slice(1)).toEqual([...pk.map((b) => cent(b.kosten.times(1200))), ...r.verschillen.map((v) => cent(v.kosten.perKlant.times(1200)))]);
    expect(vind('Saldo (baten − kosten)').slice(1)).toEqual([...r.werkwijzen.map((w) => cent(w.saldo.perKlant.times(1200))), ...r.verschillen.map((v) => cent(v.saldo.perKlant.times(1200)))]);
    expect(vind('Gemeente: baten − kosten').slice(1)).toEqual([
      ...pk.map((b) => cent(b.stakeholders.gemeente.saldo.times(1200))),
      ...projecten.map((b) => cent(b.stakeholders.gemeente.saldo.minus(nul!.stakeholders.gemeente.saldo).times(1200))),
    ]);
    expect(vind('UWV: baten − kosten').slice(1)).toHaveLength(5);
  });
});

import { describe, expect, it } from 'vitest';
import { berekenScenario, saldiPerKlant } from '../../src/model/engine';
import { BATEN, STAKEHOLDERS } from '../../src/model/begrippen';
import { metSnelleRekenkunde } from '../../src/model/decimal';
import { formatBerekening } from '../../src/format/berekening';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { monteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { ScenarioSchema } from '../../src/model/scenario/schema';
import { naarJson } from '../../src/model/uitvoer/json';
import { kopie, laadDenHaag } from '../helpers/scenario';

const DEN_HAAG = laadDenHaag();
const basis = berekenScenario(DEN_HAAG);

function met(b: Record<string, { deadweight?: number; attributie?: number; verdringing?: number }>) {
  const s = kopie(DEN_HAAG);
  s.brutoNetto = b as typeof s.brutoNetto;
  return s;
}

describe('bruto → netto: standaard zoals het rapport', () => {
  it('zonder brutoNetto is elke baat bruto = netto, zonder extra factoren in de berekening', () => {
    for (const w of basis.werkwijzen) {
      for (const b of BATEN) {
        const p = w.baten.posten[b];
        expect(p.brutoNetto.bruto.eq(p.bedrag)).toBe(true);
        expect(p.brutoNetto.netto.eq(p.bedrag)).toBe(true);
        expect([p.brutoNetto.deadweight, p.brutoNetto.verdringing, p.brutoNetto.attributie].every((x) => x.isZero())).toBe(true);
        expect(p.berekening.termen.flatMap((t) => t.factoren).some((f) => f.bron?.startsWith('brutoNetto.'))).toBe(false);
      }
    }
  });

  it('alle aandelen expliciet 0 geeft precies dezelfde uitkomst (saldo per klant tot op de laatste decimaal)', () => {
    const nul = Object.fromEntries(BATEN.map((b) => [b, { deadweight: 0, attributie: 0, verdringing: 0 }]));
    const r = berekenScenario(met(nul));
    r.werkwijzen.forEach((w, i) => expect(w.saldo.perKlant.eq(basis.werkwijzen[i]!.saldo.perKlant)).toBe(true));
  });

  it('een bestand zonder brutoNetto blijft geldig; een aandeel boven 100% krijgt een Nederlandse melding', () => {
    expect(ScenarioSchema.safeParse({ ...JSON.parse(JSON.stringify(DEN_HAAG)), brutoNetto: undefined }).success).toBe(true);
    const fout = ScenarioSchema.safeParse({ ...JSON.parse(JSON.stringify(DEN_HAAG)), brutoNetto: { eviction: { deadweight: 1.2 } } });
    expect(fout.success).toBe(false);
    expect(fout.error!.issues[0]!.path).toEqual(['brutoNetto', 'eviction', 'deadweight']);
    expect(fout.error!.issues[0]!.message).toMatch(/100%/);
  });
});

describe('bruto → netto met de hand (huisuitzetting, Klantreis: 14 × 13% × 59% × € 5.865 = € 6.297,837)', () => {
  const s = met({ eviction: { deadweight: 0.2, verdringing: 0.1, attributie: 0.25 } });
  const r = berekenScenario(s);
  const kr = r.werkwijzen.find((w) => w.id === 'klantreis')!;
  const p = kr.baten.posten.eviction;
  const bruto = 14 * 0.13 * 0.59 * 5865;

  it('deadweight = bruto × 20%; verdringing = (bruto − deadweight) × 10%; attributie = de rest × 25%; netto = bruto × 0,8 × 0,9 × 0,75', () => {
    expect(p.brutoNetto.bruto.toNumber()).toBeCloseTo(6297.837, 9);
    expect(p.brutoNetto.deadweight.toNumber()).toBeCloseTo(bruto * 0.2, 9); // 1.259,5674
    expect(p.brutoNetto.verdringing.toNumber()).toBeCloseTo(bruto * 0.8 * 0.1, 9); // 503,82696
    expect(p.brutoNetto.attributie.toNumber()).toBeCloseTo(bruto * 0.8 * 0.9 * 0.25, 9); // 1.133,61066
    expect(p.brutoNetto.netto.toNumber()).toBeCloseTo(3400.83198, 9);
    expect(p.brutoNetto.bruto.minus(p.brutoNetto.deadweight).minus(p.brutoNetto.verdringing).minus(p.brutoNetto.attributie).eq(p.brutoNetto.netto)).toBe(true);
    expect(p.bedrag.eq(p.brutoNetto.netto)).toBe(true);
  });

  it('de aftrekken staan als factoren in de berekening, in de volgorde deadweight, verdringing, attributie', () => {
    const f = p.berekening.termen[0]!.factoren.slice(-3);
    expect(f.map((x) => [x.bron, x.waarde.toNumber()])).toEqual([
      ['brutoNetto.eviction.deadweight', 0.8],
      ['brutoNetto.eviction.verdringing', 0.9],
      ['brutoNetto.eviction.attributie', 0.75],
    ]);
    expect(formatBerekening(p.berekening).replace(/\u00a0/g, ' ')).toBe('14 × 13% × 59% × € 5.865 × 80% × 90% × 75% = € 3.401');
  });

  it('het netto telt door in totaal, saldo en de woningcorporaties; de andere baten en het nulalternatief veranderen alleen bij deze baat', () => {
    const oud = basis.werkwijzen.find((w) => w.id === 'klantreis')!;
    const verschil = bruto - 3400.83198;
    expect(oud.baten.totaal.totaal.minus(kr.baten.totaal.totaal).toNumber()).toBeCloseTo(verschil, 9);
    expect(oud.saldo.totaal.minus(kr.saldo.totaal).toNumber()).toBeCloseTo(verschil, 9);
    expect(kr.stakeholders.woningcorporaties.toNumber()).toBeCloseTo(3400.83198, 9);
    expect(kr.baten.posten.welfareExit.bedrag.eq(oud.baten.posten.welfareExit.bedrag)).toBe(true);
    // The baseline gets the same deduction on its own gross: 8 × 13% × 59% × 5.865 × 0,54, × 23/29.
    const reg = r.werkwijzen.find((w) => w.id === 'regulier')!;
    expect(reg.baten.posten.eviction.totaal.toNumber()).toBeCloseTo(((8 * 0.13 * 0.59 * 5865 * 0.54) * 23) / 29, 9);
  });

  it('JSON: pathways[].benefits.grossToNet.eviction = { gross, deadweight, attribution, displacement, net }; items blijft het netto', () => {
    const j = naarJson(s, r);
    const w = j.pathways.find((x) => x.id === 'klantreis')!;
    const g = w.benefits.grossToNet.eviction;
    expect(Object.keys(g).sort()).toEqual(['attribution', 'deadweight', 'displacement', 'gross', 'net']);
    expect(g.gross).toBeCloseTo(6297.837, 9);
    expect(g.deadweight).toBeCloseTo(1259.5674, 9);
    expect(g.displacement).toBeCloseTo(503.82696, 9);
    expect(g.attribution).toBeCloseTo(1133.61066, 9);
    expect(g.net).toBe(w.benefits.items.eviction);
    const reg = j.pathways.find((x) => x.id === 'regulier')!.benefits.grossToNet.eviction;
    expect(reg.gross).toBeCloseTo((8 * 0.13 * 0.59 * 5865 * 23) / 29, 9);
  });
});

describe('bruto → netto bij een baat met twee onderdelen (dakloosheid: opvang + zorg en veiligheid)', () => {
  const r = berekenScenario(met({ homelessness: { attributie: 0.3 } }));
  const kr = r.werkwijzen.find((w) => w.id === 'klantreis')!;
  it('de onderdelen krimpen mee en tellen precies op tot het netto; de partijen tellen op tot de baten', () => {
    const p = kr.baten.posten.homelessness;
    const oud = basis.werkwijzen.find((w) => w.id === 'klantreis')!.baten.posten.homelessness;
    expect(p.bedrag.toNumber()).toBeCloseTo(oud.bedrag.toNumber() * 0.7, 9);
    expect(p.componenten['homelessness.shelter']!.plus(p.componenten['homelessness.careSafety']!).eq(p.bedrag)).toBe(true);
    expect(p.componenten['homelessness.shelter']!.toNumber()).toBeCloseTo(oud.componenten['homelessness.shelter']!.toNumber() * 0.7, 9);
    const som = STAKEHOLDERS.reduce((a, sh) => a + kr.stakeholders[sh].toNumber(), 0);
    expect(som).toBeCloseTo(kr.baten.totaal.totaal.toNumber(), 9);
  });
});

describe('bruto → netto in de gevoeligheid en de Monte Carlo', () => {
  it('een ingesteld aandeel zonder bereik is onzeker volgens de regel voor graad D (± 50%); de standaard 0 voegt geen invoer toe', () => {
    expect(onzekereInvoer(DEN_HAAG).some((i) => i.sleutel.startsWith('brutoNetto.'))).toBe(false);
    const s = met({ socialSupport: { deadweight: 0.2 } });
    const i = onzekereInvoer(s).find((x) => x.sleutel === 'brutoNetto.socialSupport.deadweight')!;
    expect([i.laag, i.hoog, i.graad]).toEqual([0.1, 0.3, 'D']);
    expect('aanname' in i.herkomst).toBe(true);
  });

  it('een eigen bereik uit het scenario met bron: in de tornado, met de uiteinden als herberekening', () => {
    const s = met({});
    s.onzekerheid.bereiken['brutoNetto.welfareExit.deadweight'] = { laag: 0, hoog: 0.3, bron: 'voorbeeldbron' };
    const g = gevoeligheid(s, s.onzekerheid);
    const regel = g.regels.find((x) => x.invoer.sleutel === 'brutoNetto.welfareExit.deadweight')!;
    expect(regel.invoer.herkomst).toEqual({ bron: 'voorbeeldbron' });
    const kr = basis.werkwijzen.find((w) => w.id === 'klantreis')!;
    // At 30% deadweight the Klantreis loses 30% of its welfare-exit benefit per client.
    expect(regel.saldoPerKlant.klantreis!.hoog.toNumber()).toBeCloseTo(kr.saldo.perKlant.minus(kr.baten.posten.welfareExit.perKlant.times(0.3)).toNumber(), 9);
    const mc = monteCarlo(s, { ...s.onzekerheid, montecarlo: { trekkingen: 200, seed: 7, uitkomstenHertrekken: false } });
    expect(mc.saldoPerKlant.klantreis!.gemiddelde).toBeLessThan(mc.saldoPerKlant.klantreis!.p95);
  });

  it('de snelle rekenkunde (Monte Carlo) volgt dezelfde formule: gelijk aan decimal.js binnen 1e-9', () => {
    const s = met({ eviction: { deadweight: 0.2, verdringing: 0.1, attributie: 0.25 }, jobRetention: { attributie: 0.4 } });
    const exact = saldiPerKlant(s).map((x) => x.saldoPerKlant.toNumber());
    const snel = metSnelleRekenkunde(() => saldiPerKlant(s).map((x) => x.saldoPerKlant.toNumber()));
    snel.forEach((x, i) => expect(x).toBeCloseTo(exact[i]!, 9));
  });
});

describe('optimism bias op de kosten van de projectwerkwijzen', () => {
  it('met de hand: 10% opslag maakt de Klantreis € 59.829 → € 65.811,90; het nulalternatief blijft € 35.400', () => {
    const s = kopie(DEN_HAAG);
    s.instellingen.optimismeBias = 0.1;
    const r = berekenScenario(s);
    expect(r.werkwijzen[1]!.kosten.totaal.totaal.toNumber()).toBeCloseTo(59829 * 1.1, 9);
    expect(r.werkwijzen[0]!.kosten.totaal.totaal.eq(basis.werkwijzen[0]!.kosten.totaal.totaal)).toBe(true);
    const f = r.werkwijzen[1]!.kosten.posten.preparation.berekening.termen[0]!.factoren.at(-1)!;
    expect([f.bron, f.waarde.toNumber()]).toEqual(['instellingen.optimismeBias', 1.1]);
  });

  it('standaard 0: geen extra factor, de rapportkosten', () => {
    expect(basis.werkwijzen[1]!.kosten.posten.preparation.berekening.termen[0]!.factoren).toHaveLength(2);
    expect(basis.werkwijzen[1]!.kosten.totaal.totaal.toNumber()).toBe(59829);
  });

  it('in de gevoeligheid van 0% tot 10% (aanname, Green Book-werkwijze), graad D', () => {
    const i = onzekereInvoer(DEN_HAAG).find((x) => x.sleutel === 'instellingen.optimismeBias')!;
    expect([i.laag, i.hoog, i.basis, i.graad]).toEqual([0, 0.1, 0, 'D']);
    expect('aanname' in i.herkomst && i.herkomst.aanname).toMatch(/Green Book/);
  });
});

describe('bruto → netto in de CSV', () => {
  it('standaard geen extra rijen; met een aftrek per werkwijze en baat: bruto, de drie aftrekken en netto, gelijk aan de JSON', async () => {
    const { csvRijen } = await import('../../src/model/uitvoer/csv');
    expect(csvRijen(naarJson(DEN_HAAG, basis)).some((r) => r.category === 'grossToNet')).toBe(false);
    const s = met({ eviction: { deadweight: 0.2, verdringing: 0.1, attributie: 0.25 } });
    const j = naarJson(s, berekenScenario(s));
    const rijen = csvRijen(j).filter((r) => r.category === 'grossToNet');
    expect(rijen).toHaveLength(2 * 7 * 5);
    const af = rijen.find((r) => r.pathway === 'klantreis' && r.item === 'eviction.deadweight')!;
    expect(af.label).toBe('Voorkomen kosten van huisuitzetting: af: deadweight');
    expect(af.total).toBe(j.pathways[1]!.benefits.grossToNet.eviction.deadweight);
  });
});

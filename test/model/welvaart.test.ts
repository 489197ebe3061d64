import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOREN, BATEN, BAAT_COMPONENTEN, COMPONENTEN, Decimal, berekenScenario, somOverdrachten, welvaartsaandeelParameter, welvaartsVerschil, type Scenario } from '../../src/model';
import { naarJson } from '../../src/model/uitvoer/json';
import { parameterLijst } from '../../src/model/uitvoer/parameters';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { scenarioArb } from '../helpers/arbitraries';
import { kopie, laadDenHaag } from '../helpers/scenario';

const DEN_HAAG = laadDenHaag();

function metAandelen(s: Scenario, x: number | ((c: string) => number)): Scenario {
  const t = kopie(s);
  for (const c of COMPONENTEN) t.parameters[welvaartsaandeelParameter(c)] = typeof x === 'number' ? x : x(c);
  return t;
}

describe('welvaartssaldo: met elk welvaartsaandeel op 1 gelijk aan het saldo van de businesscase', () => {
  it('over willekeurige geldige scenario’s: baten en saldo tot op het laatste cijfer, geen overdrachten', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = berekenScenario(metAandelen(s, 1));
        for (const w of r.werkwijzen) {
          expect(w.welvaart.saldo.totaal.eq(w.saldo.totaal)).toBe(true);
          expect(w.welvaart.saldo.perKlant.eq(w.saldo.perKlant)).toBe(true);
          expect(w.welvaart.baten.totaal.eq(w.baten.totaal.totaal)).toBe(true);
          for (const a of ACTOREN) expect(w.welvaart.overdrachten[a].isZero()).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('overdrachten tellen op tot 0', () => {
  it('over willekeurige scenario’s met willekeurige welvaartsaandelen (ook de JSON-uitvoer, binnen 1e-9)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = berekenScenario(s);
        const json = naarJson(s, r);
        r.werkwijzen.forEach((w, i) => {
          const schaal = Decimal.max(1, w.baten.totaal.totaal.abs());
          expect(somOverdrachten(w.welvaart).abs().div(schaal).lt(1e-30)).toBe(true);
          const t = Object.values(json.pathways[i]!.welfare.transfers).reduce((a, b) => a + b, 0);
          expect(Math.abs(t)).toBeLessThan(1e-9 * Math.max(1, json.pathways[i]!.benefits.total));
          // Welfare = business − transfers; each component's real part is its share of the amount.
          let reeel = new Decimal(0);
          for (const b of BATEN) {
            for (const c of BAAT_COMPONENTEN[b]) {
              const k = w.welvaart.componenten[c];
              expect(k.reeel.minus(k.bedrag.times(s.parameters[welvaartsaandeelParameter(c)])).abs().div(schaal).lt(1e-20)).toBe(true);
              reeel = reeel.plus(k.reeel);
            }
          }
          expect(reeel.minus(w.welvaart.baten.totaal).abs().div(schaal).lt(1e-20)).toBe(true);
          expect(w.welvaart.saldo.totaal.minus(w.welvaart.baten.totaal.minus(w.kosten.totaal.totaal)).abs().div(schaal).lt(1e-20)).toBe(true);
          // Per actor (business case for the paying parties, the transfer for households and creditors) adds up to the welfare benefits.
          const perActor = ACTOREN.reduce((acc, a) => acc.plus(w.welvaart.perActor[a]), new Decimal(0));
          expect(perActor.minus(w.welvaart.baten.totaal).abs().div(schaal).lt(1e-8)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('Den Haag met de standaardaandelen', () => {
  const r = berekenScenario(DEN_HAAG);
  const klantreis = r.werkwijzen.find((w) => w.id === 'klantreis')!;
  const regulier = r.werkwijzen.find((w) => w.id === 'regulier')!;

  it('de businesscase blijft het rapport: saldo per klant € −209 en € −440', () => {
    expect(klantreis.saldo.perKlant.toFixed(2)).toBe('-208.88');
    expect(regulier.saldo.perKlant.toFixed(2)).toBe('-440.29');
  });

  it('welvaartssaldo per klant met de hand: Klantreis € −1.331,24, reguliere werkwijze € −956,47', () => {
    // Klantreis (N = ref = 23), per component × aandeel, from the report's benefits (tables 3.6–3.12):
    // PW 22.737,624 × 0,3; WW/PW after job loss × 0,3; reintegration × 1; eviction 6.298,0… × 0,7; shelter × 1; care × 0,9; cut-off × 0,7; MO, ggz × 1.
    const c = klantreis.welvaart.componenten;
    const hand = [
      c.welfareExit.bedrag.times(0.3),
      c['jobRetention.ww'].bedrag.times(0.3),
      c['jobRetention.pw'].bedrag.times(0.3),
      c['reintegration.ww'].bedrag,
      c['reintegration.pw'].bedrag,
      c.eviction.bedrag.times(0.7),
      c['homelessness.shelter'].bedrag,
      c['homelessness.careSafety'].bedrag.times(0.9),
      c.utilityCutoff.bedrag.times(0.7),
      c['socialSupport.mo'].bedrag,
      c['socialSupport.ggz'].bedrag,
    ].reduce((a, b) => a.plus(b));
    expect(c.welfareExit.bedrag.toFixed(3)).toBe('22737.624');
    expect(c.welfareExit.reeel.toFixed(4)).toBe('6821.2872');
    expect(klantreis.welvaart.baten.totaal.minus(hand).abs().lt(1e-20)).toBe(true);
    expect(klantreis.welvaart.saldo.perKlant.toFixed(2)).toBe('-1331.24');
    expect(regulier.welvaart.saldo.perKlant.toFixed(2)).toBe('-956.47');
    expect(welvaartsVerschil(klantreis, regulier).perKlant.toFixed(2)).toBe('-374.77');
  });

  it('huishoudens en schuldeisers dragen de overdrachten; de betalende partijen winnen evenveel', () => {
    const o = klantreis.welvaart.overdrachten;
    // Households lose 70% of the benefit payments avoided and 10% of care and safety.
    const huishoudens = klantreis.welvaart.componenten;
    const verwacht = huishoudens.welfareExit.bedrag
      .plus(huishoudens['jobRetention.ww'].bedrag)
      .plus(huishoudens['jobRetention.pw'].bedrag)
      .times(0.7)
      .plus(huishoudens['homelessness.careSafety'].bedrag.times(0.1));
    expect(o.huishoudens.plus(verwacht).abs().lt(1e-20)).toBe(true);
    expect(o.schuldeisers.plus(huishoudens.eviction.bedrag.plus(huishoudens.utilityCutoff.bedrag).times(0.3)).abs().lt(1e-20)).toBe(true);
    expect(o.gemeente.gt(0) && o.uwv.gt(0) && o.woningcorporaties.gt(0)).toBe(true);
    expect(o.huishoudens.toFixed(2)).toBe('-23063.54');
    expect(o.schuldeisers.toFixed(2)).toBe('-2750.70');
  });

  it('JSON: pathways[].welfare naast de ongewijzigde businesscase', () => {
    const json = naarJson(DEN_HAAG, r);
    const k = json.pathways.find((p) => p.id === 'klantreis')!;
    expect(k.net).toBeCloseTo(-4804.23454, 6);
    expect(Object.keys(k.welfare)).toEqual(['benefits', 'net', 'netPerClient', 'transfers']);
    expect(Object.keys(k.welfare.transfers)).toEqual([...ACTOREN]);
    expect(k.welfare.netPerClient).toBeCloseTo(-1331.2381533, 6);
    expect(k.welfare.net).toBeCloseTo(k.welfare.benefits - k.costs.total, 6);
  });
});

describe('welvaartsaandelen als parameters', () => {
  it('staan in mkba --parameters, elk met graad en een bereik met bron of reden', () => {
    const lijst = parameterLijst().parameters.filter((p) => p.id.startsWith('parameters.welvaartsaandeel.'));
    expect(lijst.map((p) => p.id)).toEqual(COMPONENTEN.map((c) => `parameters.welvaartsaandeel.${c}`));
    for (const p of lijst) {
      expect(['C', 'D']).toContain(p.grade);
      expect(p.range).not.toBeNull();
      expect('source' in p.range! ? p.range.source : p.range!.assumption).toMatch(/\S{10}/);
      expect(p.range!.low).toBeLessThanOrEqual(p.default!);
      expect(p.range!.high).toBeLessThanOrEqual(1);
    }
    const pw = lijst.find((p) => p.id === 'parameters.welvaartsaandeel.welfareExit')!;
    expect(pw).toMatchObject({ default: 0.3, grade: 'D', range: { low: 0.15, high: 0.45 } });
  });

  it('variëren mee in de onzekerheidsanalyse en veranderen daar alleen het welvaartssaldo', () => {
    const i = onzekereInvoer(DEN_HAAG).find((x) => x.sleutel === 'parameters.welvaartsaandeel.welfareExit')!;
    expect([i.laag, i.hoog]).toEqual([0.15, 0.45]);
    const laag = berekenScenario(i.zet(DEN_HAAG, i.laag)).werkwijzen.find((w) => w.id === 'klantreis')!;
    const basis = berekenScenario(DEN_HAAG).werkwijzen.find((w) => w.id === 'klantreis')!;
    expect(laag.saldo.totaal.eq(basis.saldo.totaal)).toBe(true);
    expect(basis.welvaart.saldo.totaal.minus(laag.welvaart.saldo.totaal).toFixed(4)).toBe(basis.welvaart.componenten.welfareExit.bedrag.times(0.15).toFixed(4));
  });
});

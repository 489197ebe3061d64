/**
 * The specification: Regioplan 2020, MKBA Klantreis Financiële Hulpverlening Den Haag, tables 3.2–3.13.
 * Every printed figure, to the whole euro, for both pathways.
 */
import { describe, expect, it } from 'vitest';
import { berekenScenario, type BaatId, type KostenpostId } from '../../src/model';
import { laadDenHaag } from '../helpers/scenario';

const scenario = laadDenHaag();
const r = berekenScenario(scenario);
const reg = r.werkwijzen.find((w) => w.id === 'regulier')!;
const kr = r.werkwijzen.find((w) => w.id === 'klantreis')!;
const euro = (x: { toNumber(): number }) => Math.round(x.toNumber());

describe('tabel 3.2: kosten per klant per onderdeel (de eenheidsbedragen van het scenario)', () => {
  const rijen: [string, (k: (typeof scenario.werkwijzen)[number]['kosten']) => number, number, number][] = [
    ['Start tot aan schulden regelen', (k) => k.preparation.bedrag, 700, 1700],
    ["Fase 'Schulden regelen'", (k) => k.settlementPhase.bedrag, 1100, 1100],
    ['Gedurende de schuldregeling', (k) => k.debtArrangement.bedrag, 1000, 1000],
    ['Budgetbeheer basis', (k) => k.budgetManagement.basis.bedrag, 311, 311],
    ['Budgetbeheer plus', (k) => k.budgetManagement.plus.bedrag, 343, 343],
    ['Budgetbeheer totaal', (k) => k.budgetManagement.totaal.bedrag, 405, 405],
  ];
  const [wReg, wKr] = [scenario.werkwijzen.find((w) => w.id === 'regulier')!, scenario.werkwijzen.find((w) => w.id === 'klantreis')!];
  for (const [naam, bedrag, regulier, klantreis] of rijen) {
    it(`${naam}: regulier € ${regulier}, Klantreis € ${klantreis}`, () => {
      expect(bedrag(wReg.kosten)).toBe(regulier);
      expect(bedrag(wKr.kosten)).toBe(klantreis);
    });
  }
  it('een klant met een succesvolle schuldregeling kost regulier € 2.800 en in de Klantreis € 3.800; wie uitvalt voor het regelen € 700 en € 1.700', () => {
    const traject = (w: typeof wReg) => w.kosten.preparation.bedrag + w.kosten.settlementPhase.bedrag + w.kosten.debtArrangement.bedrag;
    expect([traject(wReg), traject(wKr)]).toEqual([2800, 3800]);
    expect([wReg.kosten.preparation.bedrag, wKr.kosten.preparation.bedrag]).toEqual([700, 1700]);
  });
});

describe('tabel 3.3: kosten per werkwijze', () => {
  const rijen: [KostenpostId, number, number, number, number][] = [
    // item, reg aantal, reg kosten (29 klanten), KR aantal, KR kosten
    ['preparation', 29, 20300, 23, 39100],
    ['settlementPhase', 11, 12100, 9, 9900],
    ['debtArrangement', 8, 8000, 7, 7000],
    ['budgetManagement', 13, 4235, 11, 3829],
  ];
  it.each(rijen)('%s: regulier %i klanten € %i, Klantreis %i klanten € %i', (id, ra, rk, ka, kk) => {
    expect(reg.kosten.posten[id].aantal.toNumber()).toBe(ra);
    expect(reg.kosten.posten[id].bruto.toNumber()).toBe(rk);
    expect(kr.kosten.posten[id].aantal.toNumber()).toBe(ka);
    expect(kr.kosten.posten[id].bruto.toNumber()).toBe(kk);
  });
  it('regulier: € 44.635 / 29 × 23 = € 35.400, per klant € 1.539', () => {
    expect(reg.kosten.totaal.bruto.toNumber()).toBe(44635);
    expect(euro(reg.kosten.totaal.totaal)).toBe(35400);
    expect(euro(reg.kosten.totaal.perKlant)).toBe(1539);
  });
  it('Klantreis: € 59.829, per klant € 2.601', () => {
    expect(kr.kosten.totaal.totaal.toNumber()).toBe(59829);
    expect(euro(kr.kosten.totaal.perKlant)).toBe(2601);
  });
});

describe('tabellen 3.4 en 3.5: uitkomsten voor en na toedeling', () => {
  it('dossieranalyse (3.4) staat in het scenario', () => {
    const [wr, wk] = scenario.werkwijzen;
    expect(wr!.uitkomsten).toEqual({ oplossing: 1, gestabiliseerd: 0, geenOplossing: 20, inSchuldregelfase: 8 });
    expect(wk!.uitkomsten).toEqual({ oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 });
  });
  it('toedeling met 85%: regulier 8 → 7 + 1, Klantreis 5 → 4 + 1', () => {
    expect(reg.toedeling.naarOplossing.toNumber()).toBe(7);
    expect(reg.toedeling.naarGeenOplossing.toNumber()).toBe(1);
    expect(kr.toedeling.naarOplossing.toNumber()).toBe(4);
    expect(kr.toedeling.naarGeenOplossing.toNumber()).toBe(1);
  });
  it('na toedeling (3.5): regulier 8 / 0 / 21 (28% / 0% / 72%), Klantreis 7 / 7 / 9 (30% / 30% / 39%)', () => {
    const pct = (x: { toNumber(): number }, n: number) => Math.round((x.toNumber() / n) * 100);
    expect([reg.naToedeling.oplossing, reg.naToedeling.gestabiliseerd, reg.naToedeling.geenOplossing].map((x) => x.toNumber())).toEqual([8, 0, 21]);
    expect([pct(reg.naToedeling.oplossing, 29), pct(reg.naToedeling.gestabiliseerd, 29), pct(reg.naToedeling.geenOplossing, 29)]).toEqual([28, 0, 72]);
    expect([kr.naToedeling.oplossing, kr.naToedeling.gestabiliseerd, kr.naToedeling.geenOplossing].map((x) => x.toNumber())).toEqual([7, 7, 9]);
    expect([pct(kr.naToedeling.oplossing, 23), pct(kr.naToedeling.gestabiliseerd, 23), pct(kr.naToedeling.geenOplossing, 23)]).toEqual([30, 30, 39]);
  });
  it('klanten in aanmerking voor baten: regulier 8, Klantreis 14', () => {
    expect(reg.inAanmerking.toNumber()).toBe(8);
    expect(kr.inAanmerking.toNumber()).toBe(14);
  });
});

describe('tabellen 3.6–3.12: de zeven baten', () => {
  // baat, tabel, reg bruto (29 klanten), reg voor 23, reg per klant, KR voor 23, KR per klant
  const rijen: [BaatId, string, number, number, number, number, number][] = [
    ['welfareExit', '3.6', 11320, 8978, 390, 22738, 989],
    ['jobRetention', '3.7', 7138, 5661, 246, 9019, 392],
    ['reintegration', '3.8', 403, 320, 14, 509, 22],
    ['eviction', '3.9', 3599, 2854, 124, 6298, 274],
    ['homelessness', '3.10', 6421, 5093, 221, 11238, 489],
    ['utilityCutoff', '3.11', 1641, 1301, 57, 2871, 125],
    ['socialSupport', '3.12', 1344, 1066, 46, 2352, 102],
  ];
  it.each(rijen)('%s (tabel %s): regulier € %i → € %i (€ %i p.k.), Klantreis € %i (€ %i p.k.)', (id, _t, rb, rt, rp, kt, kp) => {
    expect(euro(reg.baten.posten[id].bruto)).toBe(rb);
    expect(euro(reg.baten.posten[id].totaal)).toBe(rt);
    expect(euro(reg.baten.posten[id].perKlant)).toBe(rp);
    expect(euro(kr.baten.posten[id].totaal)).toBe(kt);
    expect(euro(kr.baten.posten[id].perKlant)).toBe(kp);
  });
  it('werkbehoud splitst in WW en PW: regulier € 4.725 + € 937, Klantreis € 7.527 + € 1.492', () => {
    expect(euro(reg.componenten['jobRetention.ww'].totaal)).toBe(4725);
    expect(euro(reg.componenten['jobRetention.pw'].totaal)).toBe(937);
    expect(euro(kr.componenten['jobRetention.ww'].totaal)).toBe(7527);
    expect(euro(kr.componenten['jobRetention.pw'].totaal)).toBe(1492);
  });
  it('afgeleide eenheidsbedragen volgens het rapport: € 4.667, € 13.733, € 24.500, € 58.140', () => {
    const bedragen = Object.fromEntries(
      Object.values(kr.baten.posten).flatMap((b) => b.afgeleid.map((a) => [a.id, a.berekening.uitkomst.toNumber()])),
    );
    expect(bedragen).toEqual({
      'welfareExit.perClient': 4667,
      'jobRetention.wwPerCase': 13733,
      'jobRetention.pwPerCase': 24500,
      'homelessness.perCase': 58140,
    });
  });
});

describe('tabel 3.13: het overzicht, met alle zeven baten', () => {
  it('regulier: baten € 25.274 (€ 1.099 p.k.), saldo −€ 10.127 (−€ 440 p.k.)', () => {
    expect(euro(reg.baten.totaal.totaal)).toBe(25274);
    expect(euro(reg.baten.totaal.perKlant)).toBe(1099);
    expect(euro(reg.saldo.totaal)).toBe(-10127);
    expect(euro(reg.saldo.perKlant)).toBe(-440);
  });
  it('Klantreis: baten € 55.025 (€ 2.392 p.k.), saldo −€ 4.804 (−€ 209 p.k.)', () => {
    expect(euro(kr.baten.totaal.totaal)).toBe(55025);
    expect(euro(kr.baten.totaal.perKlant)).toBe(2392);
    expect(euro(kr.saldo.totaal)).toBe(-4804);
    expect(euro(kr.saldo.perKlant)).toBe(-209);
  });
  it('de gepubliceerde totalen zijn die zonder re-integratie: € 24.954 / € 54.515, saldo −€ 10.446 / −€ 5.314', () => {
    const zonder = (w: typeof reg) => w.baten.totaal.totaal.minus(w.baten.posten.reintegration.totaal);
    expect(euro(zonder(reg))).toBe(24954);
    expect(euro(zonder(kr))).toBe(54515);
    expect(euro(zonder(reg).minus(reg.kosten.totaal.totaal))).toBe(-10446);
    expect(euro(zonder(kr).minus(kr.kosten.totaal.totaal))).toBe(-5314);
    expect(euro(zonder(reg).div(23))).toBe(1085);
    expect(euro(zonder(kr).div(23))).toBe(2370);
  });
  it('verschillen met het nulalternatief: Klantreis € 24.429 duurder (tekst par. 3.6)', () => {
    const v = r.verschillen[0]!;
    expect(v.id).toBe('klantreis');
    expect(euro(v.kosten.totaal)).toBe(24429);
  });
  it('referentiecohort is 23, de N van de Klantreis', () => {
    expect(r.referentieCohort).toBe(23);
  });
});

describe('stakeholders (tabel 3.1)', () => {
  it('de verdeling telt op tot het totaal van de baten', () => {
    for (const w of r.werkwijzen) {
      const som = Object.values(w.stakeholders).reduce((a, b) => a.plus(b), w.baten.totaal.totaal.minus(w.baten.totaal.totaal));
      expect(som.minus(w.baten.totaal.totaal).abs().toNumber()).toBeLessThan(1e-20);
    }
  });
  it('Klantreis: gemeente krijgt PW-besparing, PW-deel van werkbehoud en re-integratie, crisisopvang en MO', () => {
    const c = kr.componenten;
    const verwacht = kr.baten.posten.welfareExit.totaal
      .plus(c['jobRetention.pw'].totaal)
      .plus(c['reintegration.pw'].totaal)
      .plus(c['homelessness.shelter'].totaal)
      .plus(c['socialSupport.mo'].totaal);
    expect(kr.stakeholders.gemeente.minus(verwacht).abs().toNumber()).toBeLessThan(1e-20);
    expect(euro(kr.stakeholders.uwv)).toBe(euro(c['jobRetention.ww'].totaal.plus(c['reintegration.ww'].totaal)));
    expect(euro(kr.stakeholders.woningcorporaties)).toBe(6298);
    expect(euro(kr.stakeholders.energieWater)).toBe(2871);
  });
  it('zorg en veiligheid gaat 50/50 naar politie en zorgverzekeraars (aanname)', () => {
    const zv = kr.componenten['homelessness.careSafety'];
    expect(zv.verdeling.politie!.toNumber()).toBeCloseTo(zv.totaal.toNumber() / 2, 10);
    expect(zv.verdeling.zorgverzekeraars!.toNumber()).toBeCloseTo(zv.totaal.toNumber() / 2, 10);
    // crisisopvang € 15.000 van de € 58.140 per geval
    expect(kr.componenten['homelessness.shelter'].totaal.div(kr.baten.posten.homelessness.totaal).toNumber()).toBeCloseTo(15000 / 58140, 12);
  });
});

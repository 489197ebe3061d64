import { describe, expect, it } from 'vitest';
import { berekenScenario, sluitAan, type Scenario } from '../src/model/index';
import { onzekereInvoer } from '../src/model/onzekerheid/invoer';
import { monteCarlo } from '../src/model/onzekerheid/montecarlo';
import { CSV_MACHINE, CSV_NL, csvRijen, naarCsv } from '../src/model/uitvoer/csv';
import { naarJson, type JsonUitvoer } from '../src/model/uitvoer/json';
import { analyseerGevoeligheid, OMSLAG_AANTAL, type Onzekerheidsanalyses } from '../src/model/uitvoer/onzekerheid';
import { formatKans, naarTabel } from '../src/model/uitvoer/tabel';
import { leesCsv } from './helpers/csv';
import { laadDenHaag } from './helpers/scenario';
import { alleGetallen, denHaagData, gewoneSpaties, valideer } from './helpers/uitvoer';

/**
 * The uncertainty part of the output builders (issue 4, part 6): sensitivity, switching values,
 * Monte Carlo, present value and price level in JSON, CSV and the table. Small draw counts.
 */
const s = laadDenHaag();
const basis = berekenScenario(s);
const gevoeligheid = analyseerGevoeligheid(s);
const mc = monteCarlo(s, { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: 300, seed: 5 } });
const alles: Onzekerheidsanalyses = { gevoeligheid, monteCarlo: mc };

function json(sc: Scenario, analyses: Onzekerheidsanalyses = {}): JsonUitvoer {
  const r = berekenScenario(sc);
  return naarJson(sc, r, sluitAan(sc, r), analyses);
}

const saldoPerKlant = (sc: Scenario, id: string) => berekenScenario(sc).werkwijzen.find((w) => w.id === id)!.saldo.perKlant.toNumber();
const verschilPerKlant = (sc: Scenario, id: string) => berekenScenario(sc).verschillen.find((v) => v.id === id)!.saldo.perKlant.toNumber();
const invoer = (sleutel: string) => onzekereInvoer(s, s.onzekerheid).find((i) => i.sleutel === sleutel)!;

/** Every number finite and not -0; null only where the contract allows it. */
function schoon(j: unknown) {
  for (const { pad, waarde } of alleGetallen(j)) {
    expect(Number.isFinite(waarde), `${pad} = ${waarde}`).toBe(true);
    expect(Object.is(waarde, -0), `${pad} is -0`).toBe(false);
  }
  const nullen: string[] = [];
  const loop = (x: unknown, pad: string) => {
    if (x === null) nullen.push(pad);
    else if (Array.isArray(x)) x.forEach((y, i) => loop(y, `${pad}[${i}]`));
    else if (typeof x === 'object') for (const [k, v] of Object.entries(x as object)) loop(v, `${pad}.${k}`);
  };
  loop(j, '$');
  for (const pad of nullen) expect(pad).toMatch(/^\$\.(switchingValues\[\d+\]\.value|pathways\[\d+\]\.benefitCostRatio)$/);
}

describe('JSON: sensitivity', () => {
  const j = json(s, { gevoeligheid });

  it('elke onzekere invoer, in de volgorde van het model (grootste invloed eerst), met de afgesproken sleutels', () => {
    expect(j.sensitivity).toHaveLength(onzekereInvoer(s, s.onzekerheid).length);
    // 25 parameters, 11 welfare shares, 5 inputs for each of the 2 pathways, and the optimism bias.
    expect(j.sensitivity).toHaveLength(47);
    expect(j.sensitivity!.map((g) => g.key)).toEqual(gevoeligheid.regels.map((r) => r.invoer.sleutel));
    const impact = j.sensitivity!.map((g) => g.impact);
    expect([...impact].sort((a, b) => b - a)).toEqual(impact);
    expect(j.sensitivity![0]).toMatchObject({
      key: 'parameters.welfareExit.monthsEarlier',
      label: 'Maanden eerder uit de bijstand',
      unit: 'months',
      base: 4,
      low: 4,
      high: 12,
    });
    for (const g of j.sensitivity!) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['key', 'label', 'unit', 'base', 'low', 'high', 'netPerClient', 'differenceFromBaseline']));
      expect(Object.keys(g.netPerClient)).toEqual(['regulier', 'klantreis']);
      expect(Object.keys(g.differenceFromBaseline)).toEqual(['klantreis']);
      expect(g.low).toBeLessThanOrEqual(g.high);
    }
  });

  it.each([
    ['werkwijzen.klantreis.kosten.preparation.bedrag'],
    ['parameters.eviction.threatShare'],
  ])('%s: de uiteinden zijn een herberekening met de invoer op laag en op hoog', (sleutel) => {
    const g = j.sensitivity!.find((x) => x.key === sleutel)!;
    const i = invoer(sleutel);
    expect([g.low, g.high]).toEqual([i.laag, i.hoog]);
    // The sensitivity runs on the kernel (float64, issue 12): equal to the Decimal recomputation within 1e-9 relative.
    const gelijk = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    for (const id of ['regulier', 'klantreis']) {
      gelijk(g.netPerClient[id]!.low, saldoPerKlant(i.zet(s, i.laag), id));
      gelijk(g.netPerClient[id]!.high, saldoPerKlant(i.zet(s, i.hoog), id));
    }
    gelijk(g.differenceFromBaseline.klantreis!.low, verschilPerKlant(i.zet(s, i.laag), 'klantreis'));
    gelijk(g.differenceFromBaseline.klantreis!.high, verschilPerKlant(i.zet(s, i.hoog), 'klantreis'));
  });

  it('met de hand: € 170 minder voortraject (€ 1.700 → € 1.530, −10%, de bereikregel voor graad A) is € 170 meer saldo per klant', () => {
    const g = j.sensitivity!.find((x) => x.key === 'werkwijzen.klantreis.kosten.preparation.bedrag')!;
    const kr = -4804.23454 / 23;
    expect([g.low, g.high]).toEqual([1530, 1870]);
    expect(g.netPerClient.klantreis!.low).toBeCloseTo(kr + 170, 4);
    expect(g.netPerClient.klantreis!.high).toBeCloseTo(kr - 170, 4);
    // The baseline does not move (the kernel's float64 against Decimal: within 1e-9 relative).
    expect(g.netPerClient.regulier!.low).toBeCloseTo(basis.werkwijzen[0]!.saldo.perKlant.toNumber(), 9);
  });
});

describe('JSON: switchingValues', () => {
  const j = json(s, { gevoeligheid });
  const sv = j.switchingValues!;

  it(`voor de ${OMSLAG_AANTAL} invoeren met de meeste invloed, per projectwerkwijze, beide doelen`, () => {
    expect(sv).toHaveLength(OMSLAG_AANTAL * 1 * 2);
    expect([...new Set(sv.map((o) => o.key))]).toEqual(j.sensitivity!.slice(0, OMSLAG_AANTAL).map((g) => g.key));
    expect(sv.map((o) => o.target)).toEqual(Array.from({ length: OMSLAG_AANTAL }, () => ['netZero', 'equalsBaseline']).flat());
    for (const o of sv) {
      expect(Object.keys(o)).toEqual(['key', 'pathway', 'target', 'value', 'kind', 'explanation']);
      expect(o.pathway).toBe('klantreis');
      expect(['exact', 'threshold', 'unreachable', 'noEffect']).toContain(o.kind);
      expect(o.value === null).toBe(o.kind === 'unreachable' || o.kind === 'noEffect');
      expect(o.explanation).toMatch(/saldo|invloed|haalbaar/);
    }
  });

  it('ingevuld geven ze saldo nul, of gelijkheid met het nulalternatief, tot op de cent', () => {
    const exact = sv.filter((o) => o.kind === 'exact');
    expect(exact.length).toBeGreaterThanOrEqual(12);
    for (const o of exact) {
      const sc = invoer(o.key).zet(s, o.value!);
      const uitkomst = o.target === 'netZero' ? saldoPerKlant(sc, o.pathway) : verschilPerKlant(sc, o.pathway);
      expect(Math.abs(uitkomst), `${o.key} ${o.target} = ${o.value}`).toBeLessThanOrEqual(0.01);
    }
  });

  it('een drempel: daar springt het saldo over nul (afronding), met de sprong in de uitleg', () => {
    const drempels = sv.filter((o) => o.kind === 'threshold');
    expect(drempels.map((o) => o.key)).toContain('parameters.welfareExit.monthsEarlier');
    for (const o of drempels) {
      const f = (x: number) => {
        const sc = invoer(o.key).zet(s, x);
        return o.target === 'netZero' ? saldoPerKlant(sc, o.pathway) : verschilPerKlant(sc, o.pathway);
      };
      const voor = f(invoer(o.key).basis);
      expect(Math.sign(f(o.value!))).not.toBe(Math.sign(voor));
      expect(Math.abs(f(o.value!))).toBeLessThan(1);
      expect(o.explanation).toMatch(/^Het saldo springt bij .* over de grens/);
    }
  });

  it('met de hand: het saldo van de Klantreis is nul bij een voortraject van € 1.700 + saldo per klant = € 1.491,12', () => {
    const o = sv.find((x) => x.key === 'werkwijzen.klantreis.kosten.preparation.bedrag' && x.target === 'netZero')!;
    expect(o.kind).toBe('exact');
    expect(o.value!).toBeCloseTo(1700 - 4804.23454 / 23, 2);
    expect(gewoneSpaties(o.explanation)).toBe('Bij € 1.491 is het saldo per klant nul.');
  });

  it('een invoer van het nulalternatief heeft geen invloed op het saldo van de Klantreis: noEffect, value null', () => {
    // The baseline's preparation cost is no longer among the Klantreis' 10 most influential inputs: switching values for 20.
    const sv = json(s, { gevoeligheid: analyseerGevoeligheid(s, 20) }).switchingValues!;
    const o = sv.find((x) => x.key === 'werkwijzen.regulier.kosten.preparation.bedrag' && x.target === 'netZero')!;
    expect(o).toMatchObject({ kind: 'noEffect', value: null });
    const gelijk = sv.find((x) => x.key === 'werkwijzen.regulier.kosten.preparation.bedrag' && x.target === 'equalsBaseline')!;
    expect(gelijk.kind).toBe('exact');
    // The baseline's preparation at which both are equal: 700 − 231,13 (the Klantreis' lead per client × 29/29).
    expect(gelijk.value!).toBeCloseTo(700 - basis.verschillen[0]!.saldo.perKlant.toNumber(), 2);
  });
});

describe('JSON: monteCarlo', () => {
  const j = json(s, { monteCarlo: mc });
  const m = j.monteCarlo!;

  it('draws, seed en per werkwijze mean, p5, p95, probPositive; probBeatsBaseline alleen bij een projectwerkwijze', () => {
    // Den Haag's pathways have 23 and 29 clients: outcomes are redrawn by default ("automatisch").
    expect(m).toMatchObject({ draws: 300, seed: 5, redrawOutcomes: true });
    expect(Object.keys(m.pathways)).toEqual(['regulier', 'klantreis']);
    expect(Object.keys(m.pathways.regulier!)).toEqual(['mean', 'p5', 'p95', 'probPositive', 'histogram']);
    expect(Object.keys(m.pathways.klantreis!)).toEqual(['mean', 'p5', 'p95', 'probPositive', 'probBeatsBaseline', 'differenceFromBaseline', 'histogram']);
    expect(m.pathways.klantreis!.mean).toBe(mc.saldoPerKlant.klantreis!.gemiddelde);
    expect(m.pathways.klantreis!.probBeatsBaseline).toBe(mc.verschil.klantreis!.kansPositief);
    expect(m.pathways.klantreis!.differenceFromBaseline!.p5).toBe(mc.verschil.klantreis!.p5);
    expect(m.pathways.regulier!.histogram.reduce((a, b) => a + b.count, 0)).toBe(300);
  });

  it('kansen in [0, 1], p5 ≤ gemiddelde ≤ p95', () => {
    for (const p of Object.values(m.pathways)) {
      for (const k of [p.probPositive, p.probBeatsBaseline ?? 0]) {
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(1);
      }
      expect(p.p5).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.p95);
    }
  });
});

describe('JSON: presentValue en priceLevel', () => {
  it('zonder discontovoet en zonder doeljaar (Den Haag): geen van beide', () => {
    const j = json(s);
    expect(j).not.toHaveProperty('presentValue');
    expect(j).not.toHaveProperty('priceLevel');
  });

  it('bij 2,25%: de schuldregeling over 3 jaar verdisconteerd, met de hand', () => {
    const d = denHaagData();
    d.tijd = { horizonJaren: 5, discontovoet: 0.0225, spreiding: { debtArrangement: [1 / 3, 1 / 3, 1 / 3] } };
    const j = json(valideer(d));
    expect(j).not.toHaveProperty('priceLevel');
    const pv = j.presentValue!;
    expect(pv).toMatchObject({ discountRate: 0.0225, horizonYears: 5 });
    const f = (1 + 1 / 1.0225 + 1 / 1.0225 ** 2) / 3;
    // Klantreis: cohort 23 = reference cohort; 39.100 + 9.900 + 7.000 × f + 3.829.
    const kr = pv.pathways.klantreis!;
    expect(kr.costs).toBeCloseTo(39100 + 9900 + 7000 * f + 3829, 6);
    expect(kr.benefits).toBeCloseTo(55024.76546, 4); // no benefit spread: year 0
    expect(kr.net).toBeCloseTo(kr.benefits - kr.costs, 9);
    expect(kr.netPerClient).toBeCloseTo(kr.net / 23, 9);
    expect(kr.differenceFromBaseline!.net).toBeCloseTo(kr.net - pv.pathways.regulier!.net, 9);
    expect(pv.pathways.regulier).not.toHaveProperty('differenceFromBaseline');
    // Regulier: 20.300 + 12.100 + 8.000 × f + 4.235 for 29 clients, × 23/29.
    expect(pv.pathways.regulier!.costs).toBeCloseTo(((20300 + 12100 + 8000 * f + 4235) * 23) / 29, 6);
    schoon(j);
  });

  it('prijspeil 2016 met gegeven factoren: de factoren per bronjaar, en alle kosten (2019) × 0,95', () => {
    const d = denHaagData();
    d.prijspeil = { doeljaar: 2016, prijsjaarKosten: 2019, inflatie: {}, factoren: { '2011': 1.08, '2019': 0.95 } };
    const j = json(valideer(d));
    expect(j).not.toHaveProperty('presentValue');
    expect(j.priceLevel).toEqual({ targetYear: 2016, costPriceYear: 2019, factors: { '2011': 1.08, '2016': 1, '2019': 0.95 } });
    expect(j.pathways[1]!.costs.total).toBeCloseTo(59829 * 0.95, 6);
  });
});

describe('JSON met alles aan', () => {
  it('nooit NaN, Infinity of -0; null alleen waar het contract het toelaat', () => {
    const d = denHaagData();
    d.tijd.discontovoet = 0.03;
    d.prijspeil = { doeljaar: 2020, prijsjaarKosten: 2019, inflatie: Object.fromEntries([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020].map((y) => [String(y), 0.02])), factoren: {} };
    const sc = valideer(d);
    const j = json(sc, { gevoeligheid: analyseerGevoeligheid(sc, 3), monteCarlo: monteCarlo(sc, { ...sc.onzekerheid, montecarlo: { trekkingen: 50, seed: 1, uitkomstenHertrekken: true } }) });
    expect(j.priceLevel!.factors['2011']).toBeCloseTo(1.02 ** 9, 12);
    schoon(JSON.parse(JSON.stringify(j)));
  });
});

describe('CSV: de onzekerheidsrijen', () => {
  const j = json(s, alles);
  const rijen = csvRijen(j);
  const per = (cat: string) => rijen.filter((r) => r.category === cat);

  it('evenveel rijen als er getallen in de JSON staan, dezelfde getallen', () => {
    expect(per('sensitivityInput')).toHaveLength(47 * 3);
    expect(per('sensitivity')).toHaveLength(47 * 2 * 2);
    expect(per('sensitivityDifference')).toHaveLength(47 * 2);
    expect(per('switchingValue')).toHaveLength(20);
    expect(per('monteCarlo')).toHaveLength(2 + 4 + 8);
    expect(per('presentValue')).toHaveLength(0);
    const g = j.sensitivity![2]!;
    const hoog = rijen.find((r) => r.category === 'sensitivity' && r.pathway === 'klantreis' && r.item === `${g.key}.high`)!;
    expect(hoog).toMatchObject({ pathwayName: 'Klantreis Financiële Hulpverlening', total: null, perClient: g.netPerClient.klantreis!.high });
    const sv = j.switchingValues![4]!;
    expect(rijen.find((r) => r.category === 'switchingValue' && r.item === `${sv.key}.${sv.target}`)).toMatchObject({ total: sv.value, label: sv.explanation });
    expect(rijen.find((r) => r.category === 'monteCarlo' && r.pathway === 'klantreis' && r.item === 'probBeatsBaseline')!.total).toBe(
      j.monteCarlo!.pathways.klantreis!.probBeatsBaseline,
    );
  });

  it('leest terug, machine en NL, met hetzelfde aantal kolommen', () => {
    for (const [opties, sep] of [[CSV_MACHINE, ','], [CSV_NL, ';']] as const) {
      const tabel = leesCsv(naarCsv(j, opties), sep);
      expect(tabel).toHaveLength(1 + rijen.length);
      for (const r of tabel) expect(r).toHaveLength(7);
    }
    const nl = leesCsv(naarCsv(j, CSV_NL), ';');
    const r = nl.find((x) => x[2] === 'switchingValue' && x[3] === 'werkwijzen.klantreis.kosten.preparation.bedrag.netZero')!;
    expect(Number(r[5]!.replace(',', '.'))).toBeCloseTo(1491.12, 2);
    expect(r[5]).toMatch(/^1491,\d+$/);
  });

  it('contante waarde en indexfactoren als rijen', () => {
    const d = denHaagData();
    d.tijd.discontovoet = 0.0225;
    d.prijspeil = { doeljaar: 2016, prijsjaarKosten: 2019, inflatie: {}, factoren: { '2011': 1.08, '2019': 0.95 } };
    const rs = csvRijen(json(valideer(d)));
    expect(rs.filter((r) => r.category === 'presentValue').map((r) => `${r.pathway}:${r.item}`)).toEqual([
      'regulier:costs',
      'regulier:benefits',
      'regulier:net',
      'klantreis:costs',
      'klantreis:benefits',
      'klantreis:net',
      'klantreis:differenceFromBaseline',
      ':discountRate',
    ]);
    expect(rs.filter((r) => r.category === 'priceLevel').map((r) => [r.item, r.total])).toEqual([
      ['factor.2011', 1.08],
      ['factor.2016', 1],
      ['factor.2019', 0.95],
    ]);
  });
});

describe('tabel', () => {
  const tekst = gewoneSpaties(naarTabel(s, basis, sluitAan(s, basis), { onzekerheid: alles }));

  it('tornado: de 15 invoeren met de meeste invloed, genummerd, met laag en hoog', () => {
    expect(tekst).toContain('Gevoeligheid per invoer (tornado)');
    const genummerd = tekst.slice(tekst.indexOf('(tornado)'), tekst.indexOf('Omslagwaarden')).match(/^ ?\d+\. /gm)!;
    expect(genummerd).toHaveLength(15);
    expect(tekst).toMatch(/ 1\. Maanden eerder uit de bijstand \(4 mnd tot 12 mnd; in het scenario 4 mnd; graad C\)\n\s+│█+\s+€ 231 bij laag, € 1\.428 bij hoog/);
    expect(tekst).toContain('De 15 invoeren met de meeste invloed (van 47)');
  });

  it('omslagwaarden met hun uitleg', () => {
    expect(tekst).toContain('saldo nul: Bij € 1.491 is het saldo per klant nul.');
    expect(tekst).toMatch(/gelijk aan nulalternatief: Bij € 1\.931 is het saldo per klant gelijk aan dat van het\s+nulalternatief\./);
  });

  it('Monte Carlo: de kans dat de Klantreis beter is dan het nulalternatief en het p5–p95-interval per klant', () => {
    const k = formatKans(mc.verschil.klantreis!.kansPositief);
    expect(k).toMatch(/^\d+%$/);
    expect(tekst).toContain(`Kans dat de Klantreis Financiële Hulpverlening beter is dan het nulalternatief: ${k}`);
    expect(tekst).toContain('300 trekkingen met seed 5');
    const eur = (x: number) => gewoneSpaties(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Math.round(x))).replace('-', '−');
    expect(tekst.replace(/\s+/g, ' ')).toContain(`90%-interval (p5–p95) van ${eur(mc.verschil.klantreis!.p5)} tot ${eur(mc.verschil.klantreis!.p95)} per klant`);
  });

  it('geen contante waarde of prijspeil als het scenario die niet heeft; wel als het dat wel heeft', () => {
    expect(tekst).not.toContain('Contante waarde');
    expect(tekst).not.toMatch(/^Prijspeil$/m);
    const d = denHaagData();
    d.tijd.discontovoet = 0.0225;
    d.prijspeil = { doeljaar: 2016, prijsjaarKosten: 2019, inflatie: {}, factoren: { '2011': 1.08, '2019': 0.95 } };
    const sc = valideer(d);
    const r = berekenScenario(sc);
    const t = gewoneSpaties(naarTabel(sc, r, null, { breedte: 80 }));
    expect(t).toMatch(/^Contante waarde\n=+\nDiscontovoet 2,25%, tijdshorizon 5 jaar\./m);
    expect(t).toMatch(/kortere uitkeringsduur \(PW\) over 5 jaar/);
    expect(t).toMatch(/^Prijspeil\n=+\n/m);
    expect(t).toContain('prijspeil 2011 naar 2016: 1,08');
    expect(t).toContain('Alle bedragen op prijspeil 2016');
  });

  it.each([80, 100, 120])('blijft binnen %i tekens', (breedte) => {
    const t = naarTabel(s, basis, null, { breedte, onzekerheid: alles });
    for (const regel of t.split('\n')) expect([...regel].length, regel).toBeLessThanOrEqual(breedte);
  });

  it('kansen: hele procenten, nooit 0% of 100% als het niet zeker is', () => {
    expect([0, 0.004, 0.5, 0.9199, 0.996, 1].map(formatKans)).toEqual(['0%', '< 1%', '50%', '92%', '> 99%', '100%']);
  });
});

/**
 * Scale (issue 5): per year = per client × inflow, exactly, for every figure; the budget effect
 * per stakeholder; the setting instellingen.instroomPerJaar.
 */
import { describe, expect, it } from 'vitest';
import {
  berekenPerJaar,
  berekenScenario,
  Decimal,
  formatFouten,
  STAKEHOLDERS,
  valideerScenario,
  type Bedragen,
  type Scenario,
} from '../../src/model';
import { perJaarJson, perJaarRegels } from '../../src/model/uitvoer/perJaar';
import { naarJson } from '../../src/model/uitvoer/json';
import { naarTabel, ombreken } from '../../src/model/uitvoer/tabel';
import { laadDenHaag, kopie } from '../helpers/scenario';
import { denHaagData } from '../helpers/uitvoer';

const metInstroom = (n: number | null): Scenario => {
  const s = kopie(laadDenHaag());
  s.instellingen.instroomPerJaar = n;
  return s;
};

/** Every figure of a Bedragen block, with a name. */
function cijfers(b: Bedragen): [string, Decimal][] {
  return [
    ['kosten', b.kosten],
    ['baten', b.baten],
    ['saldo', b.saldo],
    ...STAKEHOLDERS.flatMap((sh) => (['kosten', 'baten', 'saldo'] as const).map((k) => [`${sh}.${k}`, b.stakeholders[sh][k]] as [string, Decimal])),
  ];
}

const euro = (x: Decimal) => Math.round(x.toNumber());

describe('per jaar = per klant × instroom, exact', () => {
  for (const n of [1, 7, 1200, 54321]) {
    it(`bij ${n} klanten per jaar, voor elk getal van elke werkwijze en elk verschil`, () => {
      const s = metInstroom(n);
      const pj = berekenPerJaar(s, berekenScenario(s))!;
      expect(pj.instroom).toBe(n);
      for (const w of pj.werkwijzen) {
        const pk = cijfers(w.perKlant);
        const jr = cijfers(w.perJaar);
        expect(jr.length).toBe(3 + 3 * STAKEHOLDERS.length);
        jr.forEach(([naam, x], i) => expect(x.eq(pk[i]![1].times(n)), `${w.id} ${naam}`).toBe(true));
        if (w.verschil) {
          const vpk = cijfers(w.verschil.perKlant);
          cijfers(w.verschil.perJaar).forEach(([naam, x], i) => expect(x.eq(vpk[i]![1].times(n)), `${w.id} verschil ${naam}`).toBe(true));
        }
      }
    });
  }

  it('per klant is die van de engine: kosten, baten en saldo per klant, en het verschil per klant met het nulalternatief', () => {
    const s = metInstroom(1200);
    const r = berekenScenario(s);
    const pj = berekenPerJaar(s, r)!;
    for (const w of pj.werkwijzen) {
      const e = r.werkwijzen.find((x) => x.id === w.id)!;
      expect(w.perKlant.kosten.eq(e.kosten.totaal.perKlant)).toBe(true);
      expect(w.perKlant.baten.eq(e.baten.totaal.perKlant)).toBe(true);
      expect(w.perKlant.saldo.eq(e.saldo.perKlant)).toBe(true);
    }
    const kr = pj.werkwijzen.find((w) => w.id === 'klantreis')!;
    const v = r.verschillen[0]!;
    expect(kr.verschil!.tenOpzichteVan).toBe('regulier');
    expect(kr.verschil!.perKlant.saldo.eq(v.saldo.perKlant)).toBe(true);
    expect(kr.verschil!.perJaar.saldo.eq(v.saldo.perKlant.times(1200))).toBe(true);
    expect(kr.verschil!.perJaar.kosten.eq(v.kosten.perKlant.times(1200))).toBe(true);
    expect(kr.verschil!.perJaar.baten.eq(v.baten.perKlant.times(1200))).toBe(true);
    expect(pj.werkwijzen.find((w) => w.id === 'regulier')!.verschil).toBeUndefined();
  });
});

describe('Den Haag bij 1.200 klanten per jaar', () => {
  const s = metInstroom(1200);
  const pj = berekenPerJaar(s, berekenScenario(s))!;
  const reg = pj.werkwijzen.find((w) => w.id === 'regulier')!;
  const kr = pj.werkwijzen.find((w) => w.id === 'klantreis')!;

  it('kosten per jaar: regulier € 44.635 / 29 × 1.200 = € 1.846.966; Klantreis € 59.829 / 23 × 1.200 = € 3.121.513', () => {
    expect(reg.perJaar.kosten.eq(new Decimal(44635).div(29).times(1200))).toBe(true);
    expect(kr.perJaar.kosten.eq(new Decimal(59829).div(23).times(1200))).toBe(true);
    expect(euro(reg.perJaar.kosten)).toBe(1846966);
    expect(euro(kr.perJaar.kosten)).toBe(3121513);
  });
  it('saldo per jaar: regulier € −528.345, Klantreis € −250.656; de Klantreis levert per jaar € 277.689 meer op', () => {
    expect(euro(reg.perJaar.saldo)).toBe(-528345);
    expect(euro(kr.perJaar.saldo)).toBe(-250656);
    expect(euro(kr.verschil!.perJaar.saldo)).toBe(277689);
    expect(euro(kr.verschil!.perJaar.kosten)).toBe(1274548);
    expect(euro(kr.verschil!.perJaar.baten)).toBe(1552236);
  });
  it('wat levert het de gemeente per jaar op? Baten € 1.482.850, kosten € 3.121.513; tegenover regulier € 409.924 per jaar meer kosten dan baten', () => {
    const g = kr.perJaar.stakeholders.gemeente;
    expect(euro(g.baten)).toBe(1482850);
    expect(euro(g.kosten)).toBe(3121513);
    expect(euro(g.saldo)).toBe(-1638663);
    expect(euro(kr.verschil!.perJaar.stakeholders.gemeente.saldo)).toBe(-409924);
  });
  it('alle kosten liggen bij de gemeente; de stakeholders samen hebben precies de kosten en (op 30 decimalen) de baten en het saldo', () => {
    for (const w of pj.werkwijzen) {
      for (const sh of STAKEHOLDERS) if (sh !== 'gemeente') expect(w.perJaar.stakeholders[sh].kosten.isZero()).toBe(true);
      const som = (k: 'kosten' | 'baten' | 'saldo') => STAKEHOLDERS.reduce((a, sh) => a.plus(w.perJaar.stakeholders[sh][k]), new Decimal(0));
      expect(som('kosten').eq(w.perJaar.kosten)).toBe(true);
      expect(som('baten').minus(w.perJaar.baten).abs().lt(1e-30)).toBe(true);
      expect(som('saldo').minus(w.perJaar.saldo).abs().lt(1e-30)).toBe(true);
    }
  });
  it('de stakeholderbaten per klant × referentiecohort zijn de stakeholderbedragen van de engine', () => {
    const r = berekenScenario(s);
    for (const w of pj.werkwijzen) {
      const e = r.werkwijzen.find((x) => x.id === w.id)!;
      for (const sh of STAKEHOLDERS) expect(w.perKlant.stakeholders[sh].baten.times(23).minus(e.stakeholders[sh]).abs().lt(1e-30)).toBe(true);
    }
  });
});

describe('instellingen.instroomPerJaar', () => {
  it('standaard null: geen bedragen per jaar, geen perYear-blok', () => {
    const s = laadDenHaag();
    expect(s.instellingen.instroomPerJaar).toBeNull();
    const r = berekenScenario(s);
    expect(berekenPerJaar(s, r)).toBeNull();
    expect(perJaarJson(s, r)).toBeNull();
    expect(perJaarRegels(s, r)).toBeNull();
  });
  it('een bestand zonder het veld krijgt null; met het veld leest en schrijft het terug', () => {
    const d = denHaagData();
    delete d.instellingen.instroomPerJaar;
    const v = valideerScenario(d);
    expect(v.ok && v.scenario.instellingen.instroomPerJaar).toBeNull();
    d.instellingen.instroomPerJaar = 1200;
    const w = valideerScenario(d);
    expect(w.ok && w.scenario.instellingen.instroomPerJaar).toBe(1200);
  });
  it.each([
    [0, 'instellingen.instroomPerJaar: moet minstens 1 klant per jaar zijn'],
    [-5, 'instellingen.instroomPerJaar: mag niet negatief zijn, maar is −5'],
    [12.5, 'instellingen.instroomPerJaar: moet een heel aantal klanten zijn, maar is 12,5'],
    ['1200', 'instellingen.instroomPerJaar: moet een getal zijn, maar is tekst "1200"'],
  ])('%s wordt geweigerd met een Nederlandse melding', (waarde, melding) => {
    const d = denHaagData();
    d.instellingen.instroomPerJaar = waarde;
    const v = valideerScenario(d);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(formatFouten(v.fouten)).toContain(melding);
  });
  it('een andere instroom kan ook los worden meegegeven, bijvoorbeeld voor een wat-als in de UI', () => {
    const s = laadDenHaag();
    const pj = berekenPerJaar(s, berekenScenario(s), 100)!;
    expect(euro(pj.werkwijzen[1]!.perJaar.kosten)).toBe(260126);
    expect(() => berekenPerJaar(s, berekenScenario(s), 0)).toThrow();
  });
});

describe('uitvoer per jaar', () => {
  const s = metInstroom(1200);
  const r = berekenScenario(s);
  it('JSON: inflow en per werkwijze costs/benefits/net, stakeholders en het verschil met het nulalternatief, onafgerond', () => {
    const j = perJaarJson(s, r)!;
    expect(j.inflow).toBe(1200);
    expect(Object.keys(j.pathways)).toEqual(['regulier', 'klantreis']);
    const kr = j.pathways.klantreis!;
    expect(kr.costs).toBe(new Decimal(59829).div(23).times(1200).toNumber());
    expect(Object.keys(kr.stakeholders)).toEqual([...STAKEHOLDERS]);
    expect(kr.stakeholders.gemeente.costs).toBe(kr.costs);
    expect(Math.round(kr.differenceFromBaseline!.net)).toBe(277689);
    expect(j.pathways.regulier!.differenceFromBaseline).toBeUndefined();
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
  it('tabel: een sectie "Per jaar bij 1.200 aanmeldingen" met saldo per stakeholder en het verschil', () => {
    const t = perJaarRegels(s, r)!;
    expect(t.titel).toBe('Per jaar bij 1.200 aanmeldingen');
    const tekst = t.regels.join('\n').replace(/\u00a0/g, ' ');
    expect(tekst).toContain('Klantreis Financiële Hulpverlening');
    expect(tekst).toMatch(/Kosten\s+€ 3\.121\.513/);
    expect(tekst).toMatch(/Gemeente\s+€ −1\.638\.663/);
    expect(tekst).toMatch(/Saldo\s+€ 277\.689/);
    const smal = perJaarRegels(s, r, (x) => ombreken(x, 60))!;
    for (const regel of smal.regels) expect(regel.length).toBeLessThanOrEqual(60);
  });
  it('de CLI-uitvoer: naarJson krijgt "perYear" alleen met een instroom; naarTabel de sectie binnen de breedte', () => {
    const j = naarJson(s, r);
    expect(j.perYear).toEqual(perJaarJson(s, r));
    const zonder = laadDenHaag();
    expect('perYear' in naarJson(zonder, berekenScenario(zonder))).toBe(false);
    const tabel = naarTabel(s, r, null, { breedte: 80 });
    expect(tabel).toContain('Per jaar bij 1.200 aanmeldingen\n===============================');
    for (const regel of tabel.split('\n')) expect(regel.length).toBeLessThanOrEqual(80);
    expect(naarTabel(zonder, berekenScenario(zonder))).not.toContain('Per jaar');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { berekenScenario, Decimal, sluitAan, type Scenario } from '../src/model/index';
import { CSV_KOLOMMEN, CSV_MACHINE, CSV_NL, csvGetal, csvRijen, csvTekst, naarCsv } from '../src/model/uitvoer/csv';
import { naarGetal, OngeldigGetalFout } from '../src/model/uitvoer/getallen';
import { naarJson, jsonTekst, type JsonUitvoer } from '../src/model/uitvoer/json';
import { naarTabel, ombreken } from '../src/model/uitvoer/tabel';
import { leesCsv } from './helpers/csv';
import { laadDenHaag as denHaag } from './helpers/scenario';
import { alleGetallen, denHaagData, gewoneSpaties, valideer } from './helpers/uitvoer';

const r2 = (x: number) => Math.round(x * 100) / 100;

function uitvoer(s: Scenario) {
  const resultaat = berekenScenario(s);
  const aansluiting = sluitAan(s, resultaat);
  return { resultaat, aansluiting, json: naarJson(s, resultaat, aansluiting) };
}

function schoneGetallen(json: JsonUitvoer) {
  for (const { pad, waarde } of alleGetallen(json)) {
    expect(Number.isFinite(waarde), `${pad} = ${waarde}`).toBe(true);
    expect(Object.is(waarde, -0), `${pad} is -0`).toBe(false);
  }
}

describe('JSON-uitvoer, Den Haag (Regioplan 2020, tabel 3.13)', () => {
  const s = denHaag();
  const { json } = uitvoer(s);
  const [regulier, klantreis] = json.pathways;

  it('heeft de afgesproken vorm', () => {
    expect(json.referenceCohort).toBe(23);
    expect(json.pathways.map((p) => p.id)).toEqual(['regulier', 'klantreis']);
    for (const p of json.pathways) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['id', 'name', 'baseline', 'cohort', 'eligibleClients', 'costs', 'benefits', 'net', 'netPerClient', 'benefitCostRatio', 'stakeholders']),
      );
      expect(Object.keys(p.costs.items)).toEqual(['preparation', 'settlementPhase', 'debtArrangement', 'budgetManagement']);
      expect(Object.keys(p.benefits.items)).toEqual(['welfareExit', 'jobRetention', 'reintegration', 'eviction', 'homelessness', 'utilityCutoff', 'socialSupport']);
      expect(Object.keys(p.stakeholders)).toEqual(['gemeente', 'uwv', 'woningcorporaties', 'energieWater', 'politie', 'zorgverzekeraars']);
    }
    expect(regulier!).toMatchObject({ id: 'regulier', name: 'Reguliere werkwijze (FIG-route)', baseline: true, cohort: 29, eligibleClients: 8 });
    expect(klantreis!).toMatchObject({ id: 'klantreis', baseline: false, cohort: 23, eligibleClients: 14 });
    schoneGetallen(json);
  });

  it('kosten: regulier € 35.400 (€ 1.539 per klant), Klantreis € 59.829 (€ 2.601)', () => {
    expect(Math.round(regulier!.costs.total)).toBe(35400);
    expect(Math.round(regulier!.costs.perClient)).toBe(1539);
    // 20.300 + 12.100 + 8.000 + 4.235 = 44.635 for 29 clients, × 23/29
    expect(regulier!.costs.total).toBeCloseTo((44635 * 23) / 29, 9);
    expect(regulier!.costs.items.preparation).toBeCloseTo((29 * 700 * 23) / 29, 9);
    expect(klantreis!.costs.total).toBe(59829);
    expect(klantreis!.costs.items).toEqual({ preparation: 39100, settlementPhase: 9900, debtArrangement: 7000, budgetManagement: 3829 });
    expect(Math.round(klantreis!.costs.perClient)).toBe(2601);
  });

  it('baten: Klantreis € 22.738 kortere uitkeringsduur, 14 × 43,5% × 80% × € 4.667', () => {
    expect(klantreis!.benefits.items.welfareExit).toBeCloseTo(14 * 0.435 * 0.8 * 4667, 9);
    expect(Math.round(klantreis!.benefits.items.welfareExit)).toBe(22738);
    expect(Math.round(regulier!.benefits.items.welfareExit)).toBe(8978);
    expect(Math.round(klantreis!.benefits.items.reintegration)).toBe(509);
    expect(Math.round(regulier!.benefits.items.reintegration)).toBe(320);
    const published = { welfareExit: 22738, jobRetention: 9019, reintegration: 509, eviction: 6298, homelessness: 11238, utilityCutoff: 2871, socialSupport: 2352 };
    for (const [id, bedrag] of Object.entries(published)) expect(Math.round(klantreis!.benefits.items[id as keyof typeof published]), id).toBe(bedrag);
    // All seven: the report's total (€ 54.515) leaves out re-integration.
    expect(klantreis!.benefits.total).toBeCloseTo(55024.76546, 9);
  });

  it('saldo, per klant en baten/kosten-verhouding', () => {
    expect(r2(klantreis!.net)).toBe(-4804.23);
    expect(r2(regulier!.net)).toBe(-10126.6);
    expect(klantreis!.netPerClient).toBeCloseTo(-4804.23454 / 23, 9);
    expect(klantreis!.benefitCostRatio).toBeCloseTo(55024.76546 / 59829, 12);
    expect(r2(klantreis!.benefitCostRatio!)).toBe(0.92);
    expect(r2(regulier!.benefitCostRatio!)).toBe(0.71);
    for (const p of json.pathways) {
      expect(p.net).toBeCloseTo(p.benefits.total - p.costs.total, 9);
      expect(p.costs.perClient).toBeCloseTo(p.costs.total / 23, 9);
      expect(p.benefits.perClient).toBeCloseTo(p.benefits.total / 23, 9);
      const som = Object.values(p.stakeholders).reduce((a, b) => a + b, 0);
      expect(som).toBeCloseTo(p.benefits.total, 6);
    }
  });

  it('verschil met het nulalternatief alleen voor de projectwerkwijze', () => {
    expect(regulier!.differenceFromBaseline).toBeUndefined();
    const v = klantreis!.differenceFromBaseline!;
    expect(v.baseline).toBe('regulier');
    expect(v.costs).toBeCloseTo(klantreis!.costs.total - regulier!.costs.total, 9);
    expect(r2(v.net)).toBe(5322.37);
    expect(v.netPerClient).toBeCloseTo(v.net / 23, 9);
  });

  it('toedeling: 8 → 7 + 1 en 5 → 4 + 1 (grootste rest)', () => {
    expect(regulier!.allocation).toEqual({ method: 'wholeClients', successShare: 0.85, inSettlementPhase: 8, toResolved: 7, toUnresolved: 1 });
    expect(klantreis!.allocation).toMatchObject({ inSettlementPhase: 5, toResolved: 4, toUnresolved: 1 });
    expect(klantreis!.outcomes).toEqual({ resolved: 7, stabilised: 7, unresolved: 9 });
  });

  it('aansluiting: 66 cijfers, 9 afwijkingen, waaronder de € 289 uit de tekst', () => {
    expect(json.reconciliationSource).toMatch(/Regioplan 2020/);
    const rows = json.reconciliation!;
    expect(rows).toHaveLength(66);
    expect(rows.filter((r) => !r.matches)).toHaveLength(9);
    const claim = rows.find((r) => r.item === 'claim.verschil.reintegration')!;
    expect(claim).toMatchObject({ pathway: 'klantreis', unit: 'euro', published: 289, computed: 189, difference: -100, matches: false });
    expect(claim.cause).toMatch(/tikfout/);
    expect(rows.find((r) => r.item === 'kosten.debtArrangement.aantal' && r.pathway === 'regulier')).toMatchObject({ unit: 'clients', published: 8, computed: 8, matches: true });
    expect(rows.find((r) => r.item === 'claim.aandeel.gemeente')).toMatchObject({ unit: 'share', published: 0.84, matches: true });
    const totaal = rows.find((r) => r.item === 'totaalBaten.totaal' && r.pathway === 'klantreis')!;
    expect(totaal.published).toBe(54515);
    expect(totaal.cause).toMatch(/re-integratie/);
  });

  it('zonder publicatie geen reconciliation-sleutel', () => {
    const data = denHaagData();
    delete data.publicatie;
    const s2 = valideer(data);
    const j = naarJson(s2, berekenScenario(s2), sluitAan(s2, berekenScenario(s2)));
    expect(j).not.toHaveProperty('reconciliation');
    expect(j).not.toHaveProperty('reconciliationSource');
  });

  it('jsonTekst is netjes opgemaakt en leest terug naar dezelfde getallen', () => {
    const tekst = jsonTekst(json);
    expect(tekst.endsWith('}\n')).toBe(true);
    expect(tekst).not.toMatch(/NaN|Infinity|null,\s*$/m);
    expect(JSON.parse(tekst)).toEqual(json);
  });
});

describe('kosten nul: geen baten/kosten-verhouding', () => {
  const data = denHaagData();
  const k = data.werkwijzen[0].kosten;
  k.preparation.bedrag = 0;
  k.settlementPhase.bedrag = 0;
  k.debtArrangement.bedrag = 0;
  for (const v of ['basis', 'plus', 'totaal']) k.budgetManagement[v].bedrag = 0;
  const s = valideer(data);
  const { resultaat, aansluiting, json } = uitvoer(s);

  it('benefitCostRatio is null, niet Infinity', () => {
    expect(json.pathways[0]!.costs.total).toBe(0);
    expect(json.pathways[0]!.benefitCostRatio).toBeNull();
    expect(json.pathways[0]!.net).toBeCloseTo(json.pathways[0]!.benefits.total, 9);
    expect(JSON.parse(jsonTekst(json)).pathways[0].benefitCostRatio).toBeNull();
    schoneGetallen(json);
  });

  it('tabel zegt "n.v.t."', () => {
    const t = naarTabel(s, resultaat, aansluiting);
    expect(t).toMatch(/Baten\/kosten-verhouding\s+n\.v\.t\.\s+0,92/);
    expect(t).not.toMatch(/NaN|Infinity|∞|€\s-0\b/);
  });

  it('csv laat de verhouding leeg', () => {
    const rijen = leesCsv(naarCsv(json), ',');
    const ratio = rijen.find((r) => r[0] === 'regulier' && r[2] === 'ratio')!;
    expect(ratio.slice(5)).toEqual(['', '']);
  });
});

describe('getallen voor machines', () => {
  it('weigert NaN en Infinity, maakt van -0 een 0', () => {
    expect(() => naarGetal(new Decimal(NaN), 'x')).toThrow(OngeldigGetalFout);
    expect(() => naarGetal(new Decimal(1).div(0), 'x')).toThrow(/interne fout: x is geen eindig getal/);
    expect(() => naarGetal(Number.POSITIVE_INFINITY, 'x')).toThrow(OngeldigGetalFout);
    expect(Object.is(naarGetal(new Decimal(-0), 'x'), 0)).toBe(true);
    expect(Object.is(naarGetal(-0, 'x'), 0)).toBe(true);
    expect(naarGetal(new Decimal('2351.999999999999999999999999999999999999'), 'x')).toBe(2352);
  });

  it('csvGetal: geen exponent, decimale komma op verzoek', () => {
    expect(csvGetal(1e-7, '.')).toBe('0.0000001');
    expect(csvGetal(1.5e21, '.')).toBe('1500000000000000000000');
    expect(csvGetal(-4804.23454, ',')).toBe('-4804,23454');
    expect(csvGetal(null, ',')).toBe('');
    expect(csvGetal(-0, '.')).toBe('0');
  });

  it('csvTekst: RFC 4180-quoting en geen formules', () => {
    expect(csvTekst('gewoon', ',')).toBe('gewoon');
    expect(csvTekst('a,b', ',')).toBe('"a,b"');
    expect(csvTekst('a,b', ';')).toBe('"a,b"');
    expect(csvTekst('zeg "hoi"', ',')).toBe('"zeg ""hoi"""');
    expect(csvTekst('twee\nregels', ';')).toBe('twee regels');
    expect(csvTekst('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvTekst('-1+2', ';')).toBe("'-1+2");
  });
});

describe('CSV, Den Haag', () => {
  const s = denHaag();
  const { json } = uitvoer(s);

  // Per pathway: 4 cost items + total, 7 benefits + total, net, 6 stakeholders, ratio = 21, and the
  // welfare view: benefits, net and 8 transfers = 31;
  // plus 3 difference rows for the one project pathway, and its time rows (issue 11): at 0% and 2,25%
  // the present value of the difference, per party (6), and the payback year per party (6) = 2 × 13.
  // plus 2 variants × 2 pathways (Den Haag's varianten).
  const VERWACHT = 31 * 2 + 3 + 2 * 13 + 2 * 2;

  for (const [naam, opties, sep] of [
    ['machine', CSV_MACHINE, ','],
    ['Nederlandse Excel', CSV_NL, ';'],
  ] as const) {
    it(`${naam}: kopregel, ${VERWACHT} rijen, leest terug naar dezelfde getallen`, () => {
      const tekst = naarCsv(json, opties);
      expect(tekst.startsWith('\uFEFF')).toBe(opties.bom);
      expect(tekst.endsWith('\r\n')).toBe(true);
      const rijen = leesCsv(tekst, sep);
      expect(rijen[0]).toEqual([...CSV_KOLOMMEN]);
      expect(rijen).toHaveLength(1 + VERWACHT);
      for (const r of rijen) expect(r).toHaveLength(CSV_KOLOMMEN.length);
      const getal = (x: string) => (x === '' ? null : Number(opties.decimaalteken === ',' ? x.replace(',', '.') : x));
      const vind = (pathway: string, category: string, item: string) => {
        const r = rijen.find((x) => x[0] === pathway && x[2] === category && x[3] === item);
        if (!r) throw new Error(`geen rij ${pathway}/${category}/${item}`);
        return { total: getal(r[5]!), perClient: getal(r[6]!), label: r[4], naam: r[1] };
      };
      for (const p of json.pathways) {
        expect(vind(p.id, 'costs', 'total')).toMatchObject({ total: p.costs.total, perClient: p.costs.perClient, naam: p.name });
        expect(vind(p.id, 'benefits', 'total')).toMatchObject({ total: p.benefits.total, perClient: p.benefits.perClient });
        expect(vind(p.id, 'net', 'net')).toMatchObject({ total: p.net, perClient: p.netPerClient });
        expect(vind(p.id, 'ratio', 'benefitCostRatio')).toMatchObject({ total: p.benefitCostRatio, perClient: null });
        for (const [k, v] of Object.entries(p.costs.items)) expect(vind(p.id, 'costs', k).total).toBe(v);
        for (const [b, v] of Object.entries(p.benefits.items)) {
          expect(vind(p.id, 'benefits', b).total).toBe(v);
          expect(vind(p.id, 'benefits', b).perClient).toBe(v / 23);
        }
        for (const [sh, v] of Object.entries(p.stakeholders)) expect(vind(p.id, 'stakeholders', sh).total).toBe(v);
      }
      expect(Math.round(vind('regulier', 'costs', 'total').total!)).toBe(35400);
      expect(Math.round(vind('klantreis', 'benefits', 'welfareExit').total!)).toBe(22738);
      expect(vind('klantreis', 'differenceFromBaseline', 'net').total).toBe(json.pathways[1]!.differenceFromBaseline!.net);
      expect(vind('klantreis', 'benefits', 'welfareExit').label).toBe('Kortere uitkeringsduur (PW)');
    });
  }

  it('Nederlandse CSV: decimale komma, puntkomma, geen punt in getallen', () => {
    const regels = naarCsv(json, CSV_NL).split('\r\n');
    expect(regels[1]).toBe('regulier;Reguliere werkwijze (FIG-route);costs;preparation;Start tot aan schulden regelen;16100;700');
    const klantreisNet = regels.find((r) => r.startsWith('klantreis;') && r.includes(';net;net;'))!;
    expect(klantreisNet).toMatch(/;-4804,23454;-208,879762608695\d*$/);
  });

  it('een naam met scheidingsteken en aanhalingstekens blijft één veld', () => {
    const data = denHaagData();
    data.werkwijzen[1].naam = 'Klantreis, "nieuw"';
    const s2 = valideer(data);
    const j = naarJson(s2, berekenScenario(s2));
    const rijen = leesCsv(naarCsv(j), ',');
    expect(rijen.filter((r) => r[0] === 'klantreis').every((r) => r[1] === 'Klantreis, "nieuw"' && r.length === 7)).toBe(true);
  });

  it('csvRijen is dezelfde lijst als de CSV', () => {
    expect(csvRijen(json)).toHaveLength(VERWACHT);
    expect(() => naarCsv(json, { ...CSV_NL, scheidingsteken: ',' })).toThrow();
  });
});

describe('tabel, Den Haag', () => {
  const s = denHaag();
  const { resultaat, aansluiting } = uitvoer(s);
  const tabel = gewoneSpaties(naarTabel(s, resultaat, aansluiting));

  it('bedragen zoals tabel 3.13, in nl-NL', () => {
    expect(naarTabel(s, resultaat, aansluiting)).toContain('€\u00a035.400');
    expect(tabel).toMatch(/^Investering\s+€ 35\.400\s+€ 1\.539\s+€ 59\.829\s+€ 2\.601$/m);
    expect(tabel).toMatch(/1\. Kortere uitkeringsduur \(PW\)\s+€ 8\.978\s+€ 390\s+€ 22\.738\s+€ 989$/m);
    expect(tabel).toMatch(/3\. Voorkomen kosten van re-integratie\s+€ 320\s+€ 14\s+€ 509\s+€ 22$/m);
    expect(tabel).toMatch(/^Totaal baten\s+€ 25\.274\s+€ 1\.099\s+€ 55\.025\s+€ 2\.392$/m);
    expect(tabel).toMatch(/^Saldo \(baten − investering\)\s+€ −10\.127\s+€ −440\s+€ −4\.804\s+€ −209$/m);
    expect(tabel).toMatch(/^Baten\/kosten-verhouding\s+0,71\s+0,92$/m);
    expect(tabel).toMatch(/Klantreis Financiële/);
    expect(tabel).not.toMatch(/NaN|Infinity|n\.v\.t\./);
  });

  it('verschil met het nulalternatief', () => {
    expect(tabel).toMatch(/Verschil met het nulalternatief: Reguliere werkwijze \(FIG-route\)/);
    expect(tabel).toMatch(/^Saldo \(baten − investering\)\s+€ 5\.322\s+€ 231$/m);
  });

  it('klanten en toedeling', () => {
    expect(tabel).toMatch(/^Nog in de fase schulden regelen\s+8\s+5$/m);
    expect(tabel).toMatch(/^ {2}toegewezen aan oplossing\s+7\s+4$/m);
    expect(tabel).toMatch(/^In aanmerking voor de baten \(E\)\s+8\s+14$/m);
    expect(tabel).toMatch(/telt 85% als oplossing/);
  });

  it('aansluiting: telling en de afwijkende regels met oorzaak', () => {
    expect(tabel).toMatch(/57 van de 66 gepubliceerde cijfers kloppen/);
    expect(tabel).toMatch(/gepubliceerd € 289, berekend € 189, verschil € −100/);
    expect(tabel).toMatch(/re-integratiekosten/);
    expect(tabel).toMatch(/gepubliceerd € 54\.515, berekend € 55\.025, verschil € 510/);
    expect(tabel).toMatch(/oorzaak: het gepubliceerde totaal telt 6 van de 7 baten op/);
    // Only mismatches are listed: the matching 84% claim is not.
    expect(tabel).not.toMatch(/84 procent/);
  });

  for (const breedte of [80, 100, 120]) {
    it(`past in ${breedte} kolommen`, () => {
      const t = naarTabel(s, resultaat, aansluiting, { breedte });
      for (const regel of t.split('\n')) expect([...regel].length, regel).toBeLessThanOrEqual(breedte);
      expect(gewoneSpaties(t)).toContain('€ 35.400');
    });
  }

  it('acht werkwijzen worden over blokken verdeeld en passen in 100 kolommen', () => {
    const data = denHaagData();
    delete data.publicatie;
    for (let i = 0; i < 6; i++) data.werkwijzen.push({ ...structuredClone(data.werkwijzen[1]), id: `variant-${i}`, naam: `Variant ${i} met een vrij lange naam voor de kop` });
    const s8 = valideer(data);
    const t = naarTabel(s8, berekenScenario(s8), null);
    for (const regel of t.split('\n')) expect([...regel].length, regel).toBeLessThanOrEqual(100);
    expect(t.match(/^Investering/gm)!.length).toBeGreaterThan(2);
    expect(t).not.toMatch(/Aansluiting/);
  });

  it('ombreken', () => {
    expect(ombreken('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(ombreken('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(ombreken('', 10)).toEqual(['']);
  });
});

describe('eigenschappen over willekeurige geldige scenario’s', () => {
  const basis = denHaagData();
  delete basis.publicatie;
  const uitkomsten = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40)).filter(([a, b, c, d]) => a + b + c + d > 0);
  const scenario = fc.record({
    a: uitkomsten,
    b: uitkomsten,
    pw: fc.double({ min: 0, max: 1, noNaN: true }),
    werk: fc.double({ min: 0, max: 1, noNaN: true }),
    succes: fc.double({ min: 0, max: 1, noNaN: true }),
    bedrag: fc.integer({ min: 0, max: 5000 }),
    verwacht: fc.boolean(),
    afronden: fc.boolean(),
    ref: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  });

  it('altijd eindige getallen zonder -0, totalen kloppen, CSV leest terug', () => {
    fc.assert(
      fc.property(scenario, (x) => {
        const data = structuredClone(basis);
        for (const [w, [oplossing, gestabiliseerd, geenOplossing, inSchuldregelfase]] of [
          [data.werkwijzen[0], x.a],
          [data.werkwijzen[1], x.b],
        ] as const) {
          w.uitkomsten = { oplossing, gestabiliseerd, geenOplossing, inSchuldregelfase };
          w.cohort = oplossing + gestabiliseerd + geenOplossing + inSchuldregelfase;
          w.samenstelling = { aandeelPW: x.pw, aandeelWerkend: x.werk };
          w.kosten.preparation.bedrag = x.bedrag;
          w.kosten.settlementPhase.aantal = Math.max(Math.min(w.kosten.settlementPhase.aantal, w.cohort), oplossing + inSchuldregelfase);
          for (const v of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[v].aantal = 0;
        }
        data.parameters['allocation.successShare'] = x.succes;
        data.instellingen = { toedeling: x.verwacht ? 'verwachteWaarden' : 'heleKlanten', eenheidsbedragenAfronden: x.afronden, referentieCohort: x.ref };
        const s = valideer(data);
        const { json, resultaat } = uitvoer(s);
        schoneGetallen(json);
        for (const p of json.pathways) {
          const kosten = Object.values(p.costs.items).reduce((a, b) => a + b, 0);
          expect(p.costs.total).toBeCloseTo(kosten, 6);
          expect(p.net).toBeCloseTo(p.benefits.total - p.costs.total, 6);
          expect(p.benefitCostRatio === null).toBe(p.costs.total === 0);
          // The welfare view: net = benefits − costs, and the transfers add up to 0.
          expect(p.welfare.net).toBeCloseTo(p.welfare.benefits - p.costs.total, 6);
          expect(Math.abs(Object.values(p.welfare.transfers).reduce((a, b) => a + b, 0))).toBeLessThan(1e-9 * Math.max(1, p.benefits.total));
        }
        const rijen = leesCsv(naarCsv(json, CSV_NL), ';');
        // plus one row per parameter with an own value (allocation.successShare here), which says so
        expect(rijen).toHaveLength(1 + 31 * 2 + 3 + 2 * 13 + (x.succes === 0.85 ? 0 : 1) + 2 * 2); // + 2 variants × 2 pathways
        if (x.succes !== 0.85) expect(rijen.filter((r) => r[2] === 'ownValue').at(-1)![4]).toMatch(/^Kans op schuldregeling na start fase schulden regelen: eigen waarde \(standaard 85%, Purpose 2019\)$/);
        const net = rijen.find((r) => r[0] === 'klantreis' && r[2] === 'net')!;
        expect(Number(net[5]!.replace(',', '.'))).toBe(json.pathways[1]!.net);
        const t = naarTabel(s, resultaat, null);
        expect(t).not.toMatch(/NaN|Infinity|€\s-0(?![\d.,])/);
      }),
      { numRuns: 150, seed: 20200601 },
    );
  });
});

/**
 * Every example scenario in scenarios/: valid, exactly what the tool writes, computing without
 * non-finite numbers, described in scenarios/README.md; and the figures each one is there to show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { berekenPerJaar, berekenScenario, Decimal, leesScenario, schrijfScenario, sluitAan, type Scenario } from '../../src/model';
import { contanteWaarde } from '../../src/model/tijd';
import { naarJson } from '../../src/model/uitvoer/json';
import { perJaarJson } from '../../src/model/uitvoer/perJaar';
import { valideerJsonSchema } from '../helpers/json-schema';
import { ROOT } from '../helpers/uitvoer';

const MAP = join(ROOT, 'scenarios');
const BESTANDEN = readdirSync(MAP).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
const lees = (f: string) => readFileSync(join(MAP, f), 'utf8');
const schema = JSON.parse(lees('scenario.schema.json'));
const README = lees('README.md');

function scenario(f: string): Scenario {
  const v = leesScenario(lees(f));
  if (!v.ok) throw new Error(`${f}: ${v.fouten.map((x) => `${x.pad}: ${x.bericht}`).join('; ')}`);
  return v.scenario;
}

/** Every Decimal and number anywhere in a value, with its path. */
function getallen(x: unknown, pad = '$', uit: [string, number][] = [], gezien = new Set<unknown>()): [string, number][] {
  if (typeof x === 'number') uit.push([pad, x]);
  else if (Decimal.isDecimal(x)) uit.push([pad, (x as Decimal).toNumber()]);
  else if (x && typeof x === 'object' && !gezien.has(x)) {
    gezien.add(x);
    for (const [k, v] of Object.entries(x)) getallen(v, `${pad}.${k}`, uit, gezien);
  }
  return uit;
}

describe('scenarios/*.json', () => {
  it('de vier voorbeelden zijn er, en elk bestand is beschreven in scenarios/README.md', () => {
    expect(BESTANDEN).toEqual(expect.arrayContaining(['den-haag-drie-werkwijzen-nazorg.json', 'den-haag-klantreis-2020.json', 'den-haag-per-jaar.json', 'klanttypen-purpose.json']));
    for (const f of BESTANDEN) expect(README, f).toContain(`## ${f}`);
  });
  describe.each(BESTANDEN)('%s', (f) => {
    it('is geldig, ook volgens scenario.schema.json, en verwijst ernaar', () => {
      const data = JSON.parse(lees(f));
      expect(data.$schema).toBe('./scenario.schema.json');
      expect(valideerJsonSchema(schema, data)).toEqual([]);
      expect(() => scenario(f)).not.toThrow();
    });
    it('is precies wat schrijfScenario schrijft', () => {
      expect(schrijfScenario(scenario(f))).toBe(lees(f));
    });
    it('rekent zonder NaN of oneindig: resultaat, contante waarde, per jaar en JSON-uitvoer', () => {
      const s = scenario(f);
      const r = berekenScenario(s);
      const alles = getallen({ r, cw: contanteWaarde(r, s.tijd), pj: berekenPerJaar(s, r, s.instellingen.instroomPerJaar ?? 1000) });
      expect(alles.length).toBeGreaterThan(500);
      expect(alles.filter(([, n]) => !Number.isFinite(n))).toEqual([]);
      expect(() => naarJson(s, r, sluitAan(s, r))).not.toThrow();
      expect(() => perJaarJson(s, r)).not.toThrow();
    });
  });
});

describe('wat elk voorbeeld laat zien', () => {
  it('drie werkwijzen: nazorg € 1.400 per schuldregeling en één oplossing meer; saldo € 220 per klant boven regulier', () => {
    const s = scenario('den-haag-drie-werkwijzen-nazorg.json');
    expect(s.werkwijzen.map((w) => w.id)).toEqual(['regulier', 'klantreis', 'klantreis-nazorg']);
    expect(s.onzekerheid.bereiken['werkwijzen.klantreis-nazorg.kosten.debtArrangement.bedrag']).toMatchObject({ laag: 1200, hoog: 1600, aanname: expect.stringMatching(/^Aanname van MKBA Schuldhulp: nazorg/) });
    const r = berekenScenario(s);
    const v = r.verschillen.find((x) => x.id === 'klantreis-nazorg')!;
    expect(Math.round(v.saldo.perKlant.toNumber())).toBe(220);
    const [, kr, nz] = r.werkwijzen;
    expect(nz!.kosten.totaal.totaal.minus(kr!.kosten.totaal.totaal).toNumber()).toBe(4200);
    expect(Math.round(nz!.saldo.totaal.minus(kr!.saldo.totaal).toNumber())).toBe(-270);
    expect(s.werkwijzen[2]!.pmPosten.map((p) => p.effect)).toEqual(['financieleVaardigheden', 'inkomenspositie', 'ervarenGezondheid', 'minderStress', 'eigen']);
  });
  it('per jaar: 1.200 klanten; de rapportcijfers per klant zijn die van het Den Haag-scenario', () => {
    const s = scenario('den-haag-per-jaar.json');
    const dh = scenario('den-haag-klantreis-2020.json');
    expect(s.instellingen.instroomPerJaar).toBe(1200);
    expect(JSON.stringify(berekenScenario(s))).toBe(JSON.stringify(berekenScenario(dh)));
    expect(Math.round(perJaarJson(s, berekenScenario(s))!.pathways.klantreis!.differenceFromBaseline!.net)).toBe(277689);
  });
  it('klanttypen: beide werkwijzen met een model; de aantallen in het bestand zijn de afgeleide; referentiecohort 100', () => {
    const s = scenario('klanttypen-purpose.json');
    expect(s.werkwijzen.map((w) => w.uitkomstModel?.soort)).toEqual(['klanttypen', 'klanttypen']);
    expect(s.werkwijzen.map((w) => w.uitkomsten)).toEqual([
      { oplossing: 0, gestabiliseerd: 12, geenOplossing: 55, inSchuldregelfase: 33 },
      { oplossing: 0, gestabiliseerd: 16, geenOplossing: 41, inSchuldregelfase: 43 },
    ]);
    expect(s.werkwijzen.map((w) => w.kosten.settlementPhase.aantal)).toEqual([33, 43]);
    const r = berekenScenario(s);
    expect(r.referentieCohort).toBe(100);
    expect(r.werkwijzen.map((w) => w.inAanmerking.toNumber())).toEqual([40, 53]);
  });
});

describe('VOORBEELDEN (het menu "Nieuw scenario")', () => {
  it('naam en omschrijving uit de tekst van het bestand zijn die van het gevalideerde scenario (dat pas bij gebruik gevalideerd wordt)', async () => {
    const { VOORBEELDEN, eersteZin } = await import('../../src/store/voorbeelden');
    expect(VOORBEELDEN.map((v) => `${v.id}.json`).sort()).toEqual(BESTANDEN);
    for (const v of VOORBEELDEN) {
      const s = scenario(`${v.id}.json`);
      expect(v.naam, v.id).toBe(s.titel);
      expect(v.omschrijving, v.id).toBe(eersteZin(s.beschrijving ?? ''));
      expect(v.scenario, v.id).toEqual(s);
      expect(v.scenario, v.id).toBe(v.scenario);
    }
  });
});

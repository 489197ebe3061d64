/**
 * Every example scenario in scenarios/: valid, exactly what the tool writes, computing without
 * non-finite numbers, described in scenarios/README.md; and the figures each one is there to show.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  it('naam en omschrijving uit de tekst van het bestand zijn die van het gevalideerde scenario', async () => {
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

describe('voorbeelden gevalideerd bij het bouwen (scripts/voorbeeldenGevalideerd.ts, issue 13 snelheid)', () => {
  it('elk voorbeeld in de app is precies wat het schema van het bestand maakt: dezelfde waarden en dezelfde volgorde van de sleutels', async () => {
    const { VOORBEELDEN } = await import('../../src/store/voorbeelden');
    const { valideerScenario } = await import('../../src/model/scenario/valideer');
    for (const v of VOORBEELDEN) {
      const g = valideerScenario(JSON.parse(lees(`${v.id}.json`)));
      if (!g.ok) throw new Error(v.id);
      expect(v.scenario, v.id).toStrictEqual(g.scenario);
      expect(JSON.stringify(v.scenario), v.id).toBe(JSON.stringify(g.scenario));
      expect(schrijfScenario(v.scenario), v.id).toBe(lees(`${v.id}.json`));
    }
  });
  it('het startscenario van de app is het gevalideerde Den Haag', async () => {
    const { DEN_HAAG } = await import('../../src/store/voorbeelden');
    const { useScenarioStore } = await import('../../src/store/scenarioStore');
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    expect(DEN_HAAG).toStrictEqual(scenario('den-haag-klantreis-2020.json'));
  });
  it('een ongeldig voorbeeld laat het bouwen mislukken, met bestand, veld en Nederlandse melding', async () => {
    const { gevalideerdVoorbeeld: metSchema } = await import('../../scripts/voorbeeldenGevalideerd');
    const { valideerScenario } = await import('../../src/model/scenario/valideer');
    const gevalideerdVoorbeeld = (pad: string) => metSchema(pad, valideerScenario);
    const map = mkdtempSync(join(tmpdir(), 'mkba-voorbeeld-'));
    try {
      const data = JSON.parse(lees('den-haag-klantreis-2020.json'));
      data.werkwijzen[0].cohort = -3;
      writeFileSync(join(map, 'kapot.json'), JSON.stringify(data));
      expect(() => gevalideerdVoorbeeld(join(map, 'kapot.json'))).toThrow(/^Ingebouwd voorbeeld kapot\.json is ongeldig: werkwijzen\[0\]\.cohort: /);
      writeFileSync(join(map, 'geen-json.json'), '{"schemaVersion": 2,');
      expect(() => gevalideerdVoorbeeld(join(map, 'geen-json.json'))).toThrow(/^Ingebouwd voorbeeld geen-json\.json is geen leesbare JSON/);
      // A valid file gives the validated scenario as JSON text.
      expect(JSON.parse(gevalideerdVoorbeeld(join(MAP, 'den-haag-klantreis-2020.json')))).toStrictEqual(scenario('den-haag-klantreis-2020.json'));
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});

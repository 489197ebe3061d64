import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { leesScenario } from '../src/model';
import { onzekereInvoer } from '../src/model/onzekerheid/invoer';
import { bereikVolgensGraad } from '../src/model/parameters/bewijs';
import { PARAMETERS } from '../src/model/parameters/catalog';
import { bereikZonderHerkomst, parameterLijst, parameterLijstVoor, type JsonParameterLijst } from '../src/model/uitvoer/parameters';
import { DEN_HAAG_PAD, kopie, laadDenHaag } from './helpers/scenario';
import { gewoneSpaties, ROOT } from './helpers/uitvoer';

async function draai(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const voorbeelden = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('elk bereik heeft een bron of een reden (de defectcontrole)', () => {
  it('de catalogus: elke invoer met een bereik heeft een bron of een aanname met reden, en een graad A–D', () => {
    const l = parameterLijst();
    expect(bereikZonderHerkomst(l)).toEqual([]);
    for (const p of l.parameters) {
      expect(['A', 'B', 'C', 'D']).toContain(p.grade);
      expect(p.source.trim()).not.toBe('');
      if (p.range && 'assumption' in p.range) expect(p.range.assumption.length, p.id).toBeGreaterThan(40);
    }
  });

  it.each(voorbeelden)('%s: ook met de waarden en eigen bereiken van het scenario', (f) => {
    const v = leesScenario(readFileSync(join(ROOT, 'scenarios', f), 'utf8'));
    if (!v.ok) throw new Error(f);
    const l = parameterLijstVoor(v.scenario);
    expect(bereikZonderHerkomst(l)).toEqual([]);
    // Every uncertain input of the analyses is listed.
    const ids = new Set(l.parameters.map((p) => p.id));
    for (const i of onzekereInvoer(v.scenario, v.scenario.onzekerheid)) expect(ids.has(i.sleutel), i.sleutel).toBe(true);
  });

  it('de controle kan falen: een bereik zonder bron en zonder reden wordt gevonden', () => {
    const l: JsonParameterLijst = { ...parameterLijst() };
    l.parameters = [{ id: 'x', label: 'x', unit: 'share', default: 0.5, source: 'y', grade: 'C', range: { low: 0.4, high: 0.6, assumption: ' ' } }];
    expect(bereikZonderHerkomst(l).map((p) => p.id)).toEqual(['x']);
  });
});

describe('de bereikregel', () => {
  it('elk catalogusbereik zonder eigen bron is precies de regel bij zijn graad (A ±10%, B ±20%, C ±30%, D ±50%)', () => {
    let regel = 0;
    for (const p of PARAMETERS) {
      if ('bron' in p.bereik.herkomst) continue;
      regel++;
      expect({ laag: p.bereik.laag, hoog: p.bereik.hoog }, p.id).toEqual(bereikVolgensGraad(p.standaard, p.graad, p.eenheid));
    }
    expect(regel).toBe(PARAMETERS.length - 1);
  });

  it('met de hand: € 14.000 (C) → € 9.800–€ 18.200; 80% (D) → 40%–100% (afgekapt); € 4.700 (B) → € 3.760–€ 5.640', () => {
    expect(bereikVolgensGraad(14000, 'C', 'euro')).toEqual({ laag: 9800, hoog: 18200 });
    expect(bereikVolgensGraad(0.8, 'D', 'aandeel')).toEqual({ laag: 0.4, hoog: 1 });
    expect(bereikVolgensGraad(4700, 'B', 'euro')).toEqual({ laag: 3760, hoog: 5640 });
  });

  it('alleen "maanden eerder uit de bijstand" heeft een gepubliceerd bereik: 4–12 (Van Geuns e.a. 2011)', () => {
    const eigen = PARAMETERS.filter((p) => 'bron' in p.bereik.herkomst);
    expect(eigen.map((p) => [p.id, p.bereik.laag, p.bereik.hoog])).toEqual([['welfareExit.monthsEarlier', 4, 12]]);
  });
});

describe('mkba --parameters', () => {
  it('zonder scenario, json: id, label, unit, default, source, grade en range {low, high, source|assumption}', async () => {
    const { code, stdout, stderr } = await draai('--parameters', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const l = JSON.parse(stdout) as JsonParameterLijst;
    const maanden = l.parameters.find((p) => p.id === 'parameters.welfareExit.monthsEarlier')!;
    expect(maanden).toMatchObject({ label: 'Maanden eerder uit de bijstand', unit: 'months', default: 4, grade: 'C' });
    expect(maanden.range).toEqual({ low: 4, high: 12, source: expect.stringContaining('Van Geuns') });
    const ob = l.parameters.find((p) => p.id === 'instellingen.optimismeBias')!;
    expect(ob).toMatchObject({ default: 0, grade: 'D', range: { low: 0, high: 0.1 } });
    expect(ob.range && 'assumption' in ob.range && ob.range.assumption).toMatch(/Green Book/);
    expect(l.parameters.find((p) => p.id === 'brutoNetto.eviction.deadweight')).toMatchObject({ default: 0, range: null });
  });

  it('zonder scenario, tabel: per invoer de graad, de standaard met bron en het bereik met bron of aanname', async () => {
    const { code, stdout: uit } = await draai('--parameters');
    expect(code).toBe(0);
    const stdout = gewoneSpaties(uit);
    expect(stdout).toContain('parameters.welfareExit.monthsEarlier  [graad C]  Maanden eerder uit de bijstand');
    expect(stdout).toContain('    bereik 4 – 12 mnd · bron: Van Geuns e.a. 2011');
    expect(stdout).toMatch(/parameters\.welfare\.pwAnnualCost {2}\[graad C\].*\n.*\n {4}bereik € 9\.800 – € 18\.200 · Aanname: /);
  });

  it('tabel: bereiken zoals de analyse ze gebruikt en de app ze toont (format/bereik), "27,99% – 60,01%", niet afgerond tot "28% – 60%" (tester9 #3)', async () => {
    const { code, stdout: uit } = await draai('--parameters', DEN_HAAG_PAD);
    expect(code).toBe(0);
    const stdout = gewoneSpaties(uit);
    expect(stdout).toMatch(/werkwijzen\.klantreis\.samenstelling\.aandeelPW .*\n.*\n {4}bereik 27,99% – 60,01% · bron: 90%-interval/);
    expect(stdout).toContain('    bereik € 30.198 – € 56.082 · ');
    expect(stdout).toContain('    bereik € 4.105,50 – € 7.624,50 · ');
    expect(stdout).not.toMatch(/ 28% – 60%|€ 30\.000|€ 4\.100/);
  });

  it('met een scenario: de waarden; een gewijzigde waarde krijgt niet de bron van de standaard en telt als aanname (D)', async () => {
    const s = kopie(laadDenHaag());
    s.parameters['welfareExit.exitShare'] = 0.7;
    const l = parameterLijstVoor(s);
    const p = l.parameters.find((x) => x.id === 'parameters.welfareExit.exitShare')!;
    expect(p.value).toBe(0.7);
    expect(p.valueSource).not.toContain('Van Geuns');
    expect(p.grade).toBe('D');
    const w = l.parameters.find((x) => x.id === 'werkwijzen.klantreis.samenstelling.aandeelPW')!;
    expect(w).toMatchObject({ grade: 'A', value: 0.435 });
    expect(w.range && 'source' in w.range && w.range.source).toContain('10 van 23');
    const { code, stdout } = await draai('--parameters', DEN_HAAG_PAD, '--format=json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scenario).toMatch(/Den Haag/);
  });

  it('--parameters met csv, --sensitivity of --mc: een duidelijke melding, code 2', async () => {
    const a = await draai('--parameters', '--format', 'csv');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--parameters kent alleen --format table of --format json');
    const b = await draai('--parameters', DEN_HAAG_PAD, '--mc', '10');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--parameters gaat niet samen met');
  });
});

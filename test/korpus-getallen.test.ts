/**
 * Numbers at the edges (issue 6 part 3): extreme but valid scenarios — N = 1 (each outcome),
 * N = 1.000.000, every share at 0% and at 100%, zero costs, everything zero, -0 in the file, the
 * largest amounts and counts the schema allows, fractional allocation, discounting and indexation —
 * through every output format of the command line. No NaN, no Infinity, no "-0" (as a number
 * token: "-0,5" is fine) may reach the table, the CSV or the JSON; the JSON parses with only finite
 * numbers; a zero-cost pathway has the ratio "n.v.t." in the table, null in the JSON and an empty
 * cell in the CSV. (The screens: test/e2e/specs/korpus.mjs opens the same scenarios in Chromium.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { BUDGETBEHEER_VARIANTEN, PARAMETERS, formatFouten, leesScenario } from '../src/model';
import { leesCsv } from './helpers/csv';
import { denHaagData } from './helpers/uitvoer';
import { alleGetallen } from './fuzz/hulp';

const tmp = mkdtempSync(join(tmpdir(), 'mkba-getallen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Data = Record<string, any>;

/** Sets a pathway's cohort and outcomes, and keeps its counts within the cohort. */
function cohort(w: Data, uitkomsten: Record<string, number>) {
  const n = Object.values(uitkomsten).reduce((a, b) => a + b, 0);
  w.cohort = n;
  w.uitkomsten = { oplossing: 0, gestabiliseerd: 0, geenOplossing: 0, inSchuldregelfase: 0, ...uitkomsten };
  w.kosten.settlementPhase.aantal = Math.max(Math.min(w.kosten.settlementPhase.aantal, n), w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase);
  if (typeof w.kosten.debtArrangement.aantal === 'number') w.kosten.debtArrangement.aantal = Math.min(w.kosten.debtArrangement.aantal, n);
  let over = n;
  for (const v of BUDGETBEHEER_VARIANTEN) {
    w.kosten.budgetManagement[v].aantal = Math.min(w.kosten.budgetManagement[v].aantal, over);
    over -= w.kosten.budgetManagement[v].aantal;
  }
}

const alleAandelen = (d: Data, x: number) => {
  for (const p of PARAMETERS) if (p.eenheid === 'aandeel') d.parameters[p.id] = x;
  for (const w of d.werkwijzen) w.samenstelling = { aandeelPW: x, aandeelWerkend: x };
};
const alleKosten = (d: Data, x: number) => {
  for (const w of d.werkwijzen) {
    w.kosten.preparation.bedrag = x;
    w.kosten.settlementPhase.bedrag = x;
    w.kosten.debtArrangement.bedrag = x;
    for (const v of BUDGETBEHEER_VARIANTEN) w.kosten.budgetManagement[v].bedrag = x;
  }
};
const alleParameterBedragen = (d: Data, x: number) => {
  for (const p of PARAMETERS) if (p.eenheid === 'euro') d.parameters[p.id] = x;
};

interface Geval {
  naam: string;
  maak: () => string;
  /** Pathways whose costs are zero: ratio n.v.t./null. */
  zonderKosten?: boolean;
}

const variant = (naam: string, wijzig: (d: Data) => void, extra: Partial<Geval> = {}): Geval => ({
  naam,
  maak: () => {
    const d = denHaagData();
    wijzig(d);
    return JSON.stringify(d, null, 2);
  },
  ...extra,
});

const GEVALLEN: Geval[] = [
  ...(['oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase'] as const).map((u) =>
    variant(`N = 1, uitkomst ${u}`, (d) => {
      for (const w of d.werkwijzen) cohort(w, { [u]: 1 });
      d.instellingen.referentieCohort = 1;
    }),
  ),
  variant('N = 1 met verwachte waarden (fractionele toedeling, aandeel 1/3)', (d) => {
    for (const w of d.werkwijzen) cohort(w, { inSchuldregelfase: 1 });
    d.instellingen.toedeling = 'verwachteWaarden';
    d.parameters['allocation.successShare'] = 1 / 3;
    d.instellingen.referentieCohort = null;
  }),
  variant('N = 1.000.000', (d) => {
    for (const w of d.werkwijzen) cohort(w, { oplossing: 250_000, gestabiliseerd: 250_001, geenOplossing: 249_999, inSchuldregelfase: 250_000 });
    d.werkwijzen[1].kosten.settlementPhase.aantal = 999_999;
    d.instellingen.referentieCohort = 1_000_000;
  }),
  variant('N = 1 tegenover N = 1.000.000 (referentiecohort 1)', (d) => {
    cohort(d.werkwijzen[0], { geenOplossing: 1_000_000 });
    cohort(d.werkwijzen[1], { oplossing: 1 });
    d.instellingen.referentieCohort = 1;
  }),
  variant('alle aandelen 0%', (d) => alleAandelen(d, 0)),
  variant('alle aandelen 100%', (d) => alleAandelen(d, 1)),
  variant('alle kosten 0', (d) => alleKosten(d, 0), { zonderKosten: true }),
  variant('alles 0: kosten, bedragen, aandelen en maanden', (d) => {
    alleKosten(d, 0);
    alleAandelen(d, 0);
    alleParameterBedragen(d, 0);
    for (const p of PARAMETERS) if (p.eenheid === 'maanden') d.parameters[p.id] = 0;
  }, { zonderKosten: true }),
  variant('alle kosten 0 en geen baten in aanmerking (N = 1, geen oplossing)', (d) => {
    alleKosten(d, 0);
    for (const w of d.werkwijzen) cohort(w, { geenOplossing: 1 });
  }, { zonderKosten: true }),
  {
    naam: '-0 in het bestand (bedragen, aantallen, aandelen)',
    maak: () => {
      const d = denHaagData();
      alleKosten(d, 0);
      d.werkwijzen[0].kosten.budgetManagement.totaal.aantal = 0;
      d.werkwijzen[1].samenstelling.aandeelWerkend = 0;
      d.parameters['reintegration.wwShare'] = 0;
      return JSON.stringify(d, null, 2).replace(/"(bedrag|aantal|aandeelWerkend|reintegration\.wwShare)": 0(?=,?\n)/g, '"$1": -0');
    },
    zonderKosten: true,
  },
  variant('de grootste bedragen en aantallen die het schema toelaat', (d) => {
    for (const w of d.werkwijzen) cohort(w, { oplossing: 25_000_000, gestabiliseerd: 25_000_000, geenOplossing: 25_000_000, inSchuldregelfase: 25_000_000 });
    d.werkwijzen[0].kosten.settlementPhase.aantal = 100_000_000;
    alleKosten(d, 1_000_000_000);
    alleParameterBedragen(d, 1_000_000_000);
    for (const p of PARAMETERS) if (p.eenheid === 'maanden') d.parameters[p.id] = 600;
    d.instellingen.referentieCohort = 100_000_000;
  }),
  variant('kleinste niet-nul bedragen en aandelen (1e-9)', (d) => {
    alleKosten(d, 1e-9);
    alleAandelen(d, 1e-9);
  }),
  variant('discontovoet 20%, horizon 50 jaar, prijspeil 2024 met factoren', (d) => {
    d.tijd = { horizonJaren: 50, discontovoet: 0.2, spreiding: { debtArrangement: [0.5, 0.5], welfareExit: Array(50).fill(0.02) } };
    d.prijspeil = { doeljaar: 2024, prijsjaarKosten: 2019, inflatie: {}, factoren: { '2011': 1.3, '2016': 1.15, '2019': 1.1 } };
  }),
  variant('prijspeil terug naar 1990 met deflatie en inflatie', (d) => {
    const inflatie: Record<string, number> = {};
    for (let j = 1991; j <= 2019; j++) inflatie[String(j)] = j % 2 ? -0.5 : 1;
    d.prijspeil = { doeljaar: 1990, prijsjaarKosten: 2019, inflatie, factoren: {} };
  }),
];

async function cli(bestand: string, ...opties: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([bestand, ...opties], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), breedte: 120 });
  return { code, stdout, stderr };
}

/**
 * "-0" as a number (also "-0,00", "−0", "-0%"); "-0,5" and dates like 2020-06-01 are fine, and so is a
 * minus between two amounts with a space on either side ("€ 36 − € 0 = € 36").
 */
const MIN_NUL = /(?<![\w.,])(?:[-\u2212](?!\s)|(?<!\s)[-\u2212]\s)(€\s?)?0([.,]0+)?(?![\d]|[.,]\d)/;

function slechteGetallen(tekst: string): string[] {
  const p: string[] = [];
  for (const [naam, re] of [
    ['NaN', /\bNaN\b/],
    ['Infinity', /Infinity|∞/],
    ['-0', MIN_NUL],
    ['undefined', /\bundefined\b/],
  ] as const) {
    const m = re.exec(tekst);
    if (m) p.push(`${naam}: …${tekst.slice(Math.max(0, m.index - 60), m.index + 20).replace(/\s+/g, ' ')}…`);
  }
  return p;
}

describe('getallen aan de randen: nooit NaN, Infinity of -0 in tabel, CSV of JSON', () => {
  it('de controle zelf herkent -0 en laat -0,5 staan', () => {
    for (const s of ['€ -0', '-0', '-0,00', '−0', '-0%', '(-0)', 'x -0.0 y', '€\u00a0-0']) expect(MIN_NUL.test(s), s).toBe(true);
    for (const s of ['-0,5', '-0.05', '2020-06-01', '-10', '€ 0', '0', 'a-0b', '-05']) expect(MIN_NUL.test(s), s).toBe(false);
  });

  describe.each(GEVALLEN.map((g) => [g.naam, g] as const))('%s', (_naam, geval) => {
    const pad = join(tmp, `${GEVALLEN.indexOf(geval)}.json`);
    const tekst = geval.maak();
    writeFileSync(pad, tekst);

    it('is een geldig scenario', () => {
      const v = leesScenario(tekst);
      expect(v.ok, v.ok ? '' : formatFouten(v.fouten)).toBe(true);
      if (geval.naam.startsWith('-0')) expect(tekst.match(/": -0,?\n/g)?.length).toBeGreaterThan(5);
    });

    it('json: parseert, alle getallen eindig en geen -0; verhouding null als de kosten 0 zijn', async () => {
      const { code, stdout, stderr } = await cli(pad, '--format', 'json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(slechteGetallen(stdout)).toEqual([]);
      const j = JSON.parse(stdout);
      expect(alleGetallen(j).filter((g) => !Number.isFinite(g.waarde) || Object.is(g.waarde, -0))).toEqual([]);
      for (const w of j.pathways) {
        if (geval.zonderKosten) expect(w.benefitCostRatio, w.id).toBeNull();
        else expect(Number.isFinite(w.benefitCostRatio), w.id).toBe(true);
      }
    });

    it('tabel: geen NaN/Infinity/-0; "n.v.t." voor de verhouding als de kosten 0 zijn', async () => {
      const { code, stdout, stderr } = await cli(pad);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(slechteGetallen(stdout)).toEqual([]);
      const verhouding = stdout.split('\n').find((r) => /^Baten\/kosten-verhouding/.test(r));
      expect(verhouding, 'de tabel heeft een regel met de verhouding').toBeDefined();
      if (geval.zonderKosten) expect(verhouding).toMatch(/n\.v\.t\..*n\.v\.t\./);
      else expect(verhouding).not.toMatch(/n\.v\.t\./);
    });

    it('csv (machine en --csv-nl): geen NaN/Infinity/-0; lege cel voor de verhouding als de kosten 0 zijn', async () => {
      for (const [opties, sep] of [[['--format', 'csv'], ','], [['--csv-nl'], ';']] as const) {
        const { code, stdout, stderr } = await cli(pad, ...opties);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(slechteGetallen(stdout)).toEqual([]);
        const rijen = leesCsv(stdout, sep);
        const kop = rijen[0]!;
        const totaal = kop.indexOf('total');
        for (const r of rijen.slice(1)) {
          const cel = r[totaal]!;
          if (r[kop.indexOf('item')] === 'benefitCostRatio' && geval.zonderKosten) expect(cel).toBe('');
          // A payback year (issue 11) is empty exactly when the label says there is none.
          else if (/\.payback\./.test(r[kop.indexOf('item')]!) && /(niet binnen de horizon|geen \(extra\) kosten)$/.test(r[kop.indexOf('label')]!)) expect(cel).toBe('');
          else expect(cel, r.join(sep)).toMatch(sep === ',' ? /^-?\d+(\.\d+)?$/ : /^-?\d+(,\d+)?$/);
        }
      }
    });
  });
});

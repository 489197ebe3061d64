import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatEuro } from '../src/format/getal';
import { afterAll, describe, expect, it } from 'vitest';
import { leesArgumenten, main, procesIo, VOORTGANG_VANAF, type CliIo } from '../src/cli/main';
import { berekenScenario } from '../src/model/index';
import { onzekereInvoer } from '../src/model/onzekerheid/invoer';
import { leesCsv } from './helpers/csv';
import { DEN_HAAG_PAD, laadDenHaag } from './helpers/scenario';
import { alleGetallen, denHaagData, gewoneSpaties, ROOT } from './helpers/uitvoer';

/** The CLI's uncertainty options (issue 4, part 6): --sensitivity, --mc, --seed. Small draw counts. */
const tmp = mkdtempSync(join(tmpdir(), 'mkba-cli-onz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function variant(naam: string, wijzig: (d: any) => void): string {
  const d = denHaagData();
  wijzig(d);
  const pad = join(tmp, naam);
  writeFileSync(pad, JSON.stringify(d, null, 2));
  return pad;
}

async function draai(argv: string[], extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...extra });
  return { code, stdout, stderr };
}

async function jsonVan(...argv: string[]) {
  const r = await draai([...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const GEEN_STACK = /^\s+at\s/m;
const s = laadDenHaag();
const invoer = (sleutel: string) => onzekereInvoer(s, s.onzekerheid).find((i) => i.sleutel === sleutel)!;
const perKlant = (sc: typeof s, id: string) => berekenScenario(sc).werkwijzen.find((w) => w.id === id)!.saldo.perKlant.toNumber();
const verschil = (sc: typeof s, id: string) => berekenScenario(sc).verschillen.find((v) => v.id === id)!.saldo.perKlant.toNumber();

/** Every number in the parsed output finite; the raw text has no NaN or Infinity either. */
function schoon(tekst: string) {
  expect(tekst).not.toMatch(/NaN|Infinity/);
  for (const { pad, waarde } of alleGetallen(JSON.parse(tekst))) {
    expect(Number.isFinite(waarde), `${pad} = ${waarde}`).toBe(true);
    expect(Object.is(waarde, -0), `${pad} is -0`).toBe(false);
  }
}

describe('--sensitivity', async () => {
  const j = await jsonVan(DEN_HAAG_PAD, '--sensitivity');

  it('een "sensitivity"-sectie per onzekere invoer en "switchingValues" voor de 10 met de meeste invloed', () => {
    expect(j.sensitivity).toHaveLength(47); // 36 + the 11 welvaartsaandelen (issue 11 item 4)
    expect(j.sensitivity[0].key).toBe('parameters.welfareExit.monthsEarlier');
    expect(j.switchingValues).toHaveLength(20);
    expect(new Set(j.switchingValues.map((o: any) => o.key)).size).toBe(10);
    // The base output is unchanged.
    expect(j.pathways[1].netPerClient).toBeCloseTo(-4804.23454 / 23, 9);
    expect(j).not.toHaveProperty('monteCarlo');
  });

  it.each([['werkwijzen.klantreis.samenstelling.aandeelPW'], ['parameters.homelessness.share']])(
    '%s: de uiteinden zijn een herberekening',
    (sleutel) => {
      const g = j.sensitivity.find((x: any) => x.key === sleutel);
      const i = invoer(sleutel);
      // The sensitivity runs on the kernel (float64, issue 12): the Decimal recomputation within 1e-9 relative.
      const gelijk = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      for (const [kant, waarde] of [['low', i.laag], ['high', i.hoog]] as const) {
        expect(g[kant]).toBe(waarde);
        gelijk(g.netPerClient.regulier[kant], perKlant(i.zet(s, waarde), 'regulier'));
        gelijk(g.netPerClient.klantreis[kant], perKlant(i.zet(s, waarde), 'klantreis'));
        gelijk(g.differenceFromBaseline.klantreis[kant], verschil(i.zet(s, waarde), 'klantreis'));
      }
    },
  );

  it('omslagwaarden (netZero) ingevuld geven een saldo per klant van 0 binnen een cent', () => {
    const nul = j.switchingValues.filter((o: any) => o.target === 'netZero' && o.kind === 'exact');
    expect(nul.length).toBeGreaterThanOrEqual(5);
    for (const o of nul) expect(Math.abs(perKlant(invoer(o.key).zet(s, o.value), o.pathway)), o.key).toBeLessThanOrEqual(0.01);
    const gelijk = j.switchingValues.filter((o: any) => o.target === 'equalsBaseline' && o.kind === 'exact');
    for (const o of gelijk) expect(Math.abs(verschil(invoer(o.key).zet(s, o.value), o.pathway)), o.key).toBeLessThanOrEqual(0.01);
  });

  it('tabel: tornado (15) en omslagwaarden met uitleg, in het Nederlands', async () => {
    const { code, stdout } = await draai([DEN_HAAG_PAD, '--sensitivity']);
    expect(code).toBe(0);
    const t = gewoneSpaties(stdout);
    expect(t).toContain('Gevoeligheid per invoer (tornado)');
    expect(t).toContain(' 1. Maanden eerder uit de bijstand (4 mnd tot 12 mnd; in het scenario 4 mnd; graad C)');
    expect(t).toMatch(/^15\. /m);
    expect(t).not.toMatch(/^16\. /m);
    expect(t).toContain('Omslagwaarden');
    expect(t).toContain('saldo nul: Bij € 1.491 is het saldo per klant nul.');
    expect(t).toMatch(/saldo nul: Het saldo springt bij 4,85 maanden over de grens/);
    for (const regel of stdout.split('\n')) expect([...regel].length).toBeLessThanOrEqual(100);
  });

  it('csv: rijen voor de gevoeligheid en de omslagwaarden', async () => {
    const r = await draai([DEN_HAAG_PAD, '--sensitivity', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rijen = leesCsv(r.stdout, ',');
    expect(rijen[0]).toEqual(['pathway', 'pathwayName', 'category', 'item', 'label', 'total', 'perClient']);
    const telling = (cat: string) => rijen.filter((x) => x[2] === cat).length;
    expect([telling('sensitivityInput'), telling('sensitivity'), telling('sensitivityDifference'), telling('switchingValue')]).toEqual([141, 188, 94, 20]);
    const o = rijen.find((x) => x[2] === 'switchingValue' && x[3] === 'werkwijzen.klantreis.kosten.preparation.bedrag.netZero')!;
    expect(Number(o[5])).toBe(j.switchingValues.find((x: any) => x.key === 'werkwijzen.klantreis.kosten.preparation.bedrag' && x.target === 'netZero').value);
  });
});

describe('--mc en --seed', () => {
  it('--mc 200 --seed 7 twee keer geeft dezelfde JSON', async () => {
    const a = await draai([DEN_HAAG_PAD, '--format', 'json', '--mc', '200', '--seed', '7']);
    const b = await draai([DEN_HAAG_PAD, '--mc', '200', '--seed', '7', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
    expect((await draai([DEN_HAAG_PAD, '--format=json', '--mc=200', '--seed=7'])).stdout).toBe(a.stdout);
    const c = await jsonVan(DEN_HAAG_PAD, '--mc', '200', '--seed', '8');
    expect(c.monteCarlo.pathways.klantreis.mean).not.toBe(JSON.parse(a.stdout).monteCarlo.pathways.klantreis.mean);
  });

  it('de afgesproken sleutels; kansen in [0, 1]; p5 ≤ gemiddelde ≤ p95', async () => {
    const j = await jsonVan(DEN_HAAG_PAD, '--mc', '200', '--seed', '7');
    const m = j.monteCarlo;
    expect(m.draws).toBe(200);
    expect(m.seed).toBe(7);
    expect(Object.keys(m.pathways)).toEqual(['regulier', 'klantreis']);
    for (const k of ['mean', 'p5', 'p95', 'probPositive']) {
      expect(m.pathways.regulier).toHaveProperty(k);
      expect(m.pathways.klantreis).toHaveProperty(k);
    }
    expect(m.pathways.regulier).not.toHaveProperty('probBeatsBaseline');
    expect(m.pathways.klantreis).toHaveProperty('probBeatsBaseline');
    for (const p of Object.values(m.pathways) as any[]) {
      for (const k of [p.probPositive, p.probBeatsBaseline ?? 0.5]) {
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(1);
        expect(Math.abs(k * 200 - Math.round(k * 200))).toBeLessThan(1e-9); // a share of 200 draws
      }
      expect(p.p5).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.p95);
      expect(p.histogram.reduce((a: number, h: any) => a + h.count, 0)).toBe(200);
    }
    expect(j).not.toHaveProperty('sensitivity');
  });

  it('te weinig trekkingen (tester5 #6): --mc 2 zegt dat, zonder zin over de beste of over wat meten waard is; "1 trekking" enkelvoud', async () => {
    const tabel = gewoneSpaties((await draai([DEN_HAAG_PAD, '--mc', '2', '--seed', '7', '--evppi'])).stdout).replace(/\s+/g, ' ');
    expect(tabel).toContain('Te weinig trekkingen voor een conclusie: minder dan 1.000.');
    expect(tabel).toContain('Kans de beste te zijn');
    expect(tabel).not.toContain('heeft de grootste kans de beste te zijn');
    expect(tabel).not.toMatch(/lokaal meten levert hier geen beslisinformatie op|levert het meten van/);
    expect(tabel).toContain('Te weinig trekkingen voor een conclusie; alleen de ruwe getallen: Verwachte waarde van volledige informatie (EVPI)');
    expect(tabel).not.toMatch(/\b1 trekkingen|\b2 trekking\b/);
  });

  it('elke werkwijze tegen elke andere (issue 12): pairwise[a][b] + pairwise[b][a] + ties = 1, rankBest telt op tot 1, in JSON en in de tabel', async () => {
    const pad = join(ROOT, 'scenarios/den-haag-drie-werkwijzen-nazorg.json');
    const m = (await jsonVan(pad, '--mc', '1000', '--seed', '7')).monteCarlo;
    const ids = ['regulier', 'klantreis', 'klantreis-nazorg'];
    expect(Object.keys(m.pairwise)).toEqual(ids);
    for (const a of ids) for (const b of ids) if (a !== b) expect(m.pairwise[a][b] + m.pairwise[b][a] + m.ties[a][b]).toBeCloseTo(1, 12);
    expect(Object.values(m.rankBest as Record<string, number>).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    // Beating the baseline is the same question as probBeatsBaseline.
    expect(m.pairwise.klantreis.regulier).toBe(m.pathways.klantreis.probBeatsBaseline);
    for (const id of ids) expect(m.expectedRank[id]).toBeGreaterThanOrEqual(1);
    const tabel = (await draai([pad, '--mc', '1000', '--seed', '7'])).stdout;
    expect(tabel).toContain('Kans de beste te zijn');
    expect(gewoneSpaties(tabel).replace(/\s+/g, ' ')).toMatch(/heeft de grootste kans de beste te zijn: \d+% van de trekkingen|hebben vrijwel even grote kans de beste te zijn \(/);
  });

  it('--evppi (issue 12): valueOfInformation = { evpi, perInput: [{ key, evppi }], perGroup }, 0 ≤ EVPPI ≤ EVPI; per jaar met een instroom; de zin in de tabel', async () => {
    const v = (await jsonVan(DEN_HAAG_PAD, '--evppi', '--mc', '2000', '--seed', '7')).valueOfInformation;
    expect(v.draws).toBe(2000);
    expect(v.evpi).toBeGreaterThan(0);
    expect(v.evpiPerYear).toBeNull();
    expect(v.perInput).toHaveLength(onzekereInvoer(laadDenHaag()).length);
    expect(v.perInput[0]).toMatchObject({ key: expect.any(String), evppi: expect.any(Number) });
    // Den Haag redraws its outcomes by default (cohorts below 100): the outcome groups follow the input groups.
    expect(v.perGroup.map((g: any) => g.key)).toEqual(['kosten', 'parameters', 'werkwijzen.regulier', 'werkwijzen.klantreis', 'uitkomsten.regulier', 'uitkomsten.klantreis', 'uitkomsten']);
    for (const x of [...v.perInput, ...v.perGroup]) {
      expect(x.evppi).toBeGreaterThanOrEqual(0);
      expect(x.evppi).toBeLessThanOrEqual(v.evpi);
    }
    // Sorted, largest first.
    expect(v.perInput.map((x: any) => x.evppi)).toEqual([...v.perInput.map((x: any) => x.evppi)].sort((a: number, b: number) => b - a));
    const pad = variant('instroom.json', (d) => (d.instellingen.instroomPerJaar = 400));
    const j = (await jsonVan(pad, '--evppi', '--mc', '2000', '--seed', '7')).valueOfInformation;
    expect(j.evpiPerYear).toBeCloseTo(v.evpi * 400, 6);
    const veel = gewoneSpaties((await draai([pad, '--evppi', '--mc', '20000', '--seed', '7'])).stdout).replace(/\s+/g, ' ');
    expect(veel).toContain('Waarde van informatie');
    // With the outcomes redrawn, measuring the Klantreis's outcomes in more dossiers is worth more than any single input.
    expect(veel).toMatch(/Als de gemeente één ding lokaal meet, levert het meten van de uitkomsten van Klantreis Financiële Hulpverlening in meer dossiers de meeste beslisinformatie op: tot € [\d.]+ per jaar\./);
    // The sentence follows the numbers: the input or pathway's outcomes with the largest EVPPI, or, when none changes
    // the choice in any bin, the group with the largest (which of the two depends on the ranges and the draws).
    const weinig = gewoneSpaties((await draai([pad, '--evppi', '--mc', '2000', '--seed', '7'])).stdout).replace(/\s+/g, ' ');
    const meting = [j.perInput[0], ...j.perGroup.filter((g: any) => g.key.startsWith('uitkomsten.'))].reduce((a: any, b: any) => (b.evppi > a.evppi ? b : a));
    if (meting.evppi > 0) {
      expect(weinig).toMatch(/Als de gemeente één ding lokaal meet, levert het meten van .+ de meeste beslisinformatie op: tot € [\d.]+ per jaar\./);
      expect(weinig).toContain(`tot ${formatEuro(meting.evppiPerYear).replace(/\s/g, ' ')} per jaar`);
    } else {
      expect(weinig).toMatch(/Geen enkele invoer apart verandert de keuze; samen wel: het meten van de kosten en de samenstelling van Klantreis Financiële Hulpverlening \(zonder de uitkomsten\) levert tot € [\d.]+ per jaar aan beslisinformatie op\./);
    }
    expect((await draai([DEN_HAAG_PAD, '--evppi=ja'])).code).toBe(2);
    // Slow since outcomes are redrawn by default for Den Haag (the kernel falls back to the float engine for many redrawn draws).
  }, 180_000);

  it('--evppi: perGroup heeft per werkwijze de opnieuw getrokken uitkomsten (uitkomsten.<id>) en alle samen (uitkomsten), ≤ EVPI; zonder hertrekken niet, met een noot in de tabel', async () => {
    const j = await jsonVan(DEN_HAAG_PAD, '--evppi', '--mc', '2000', '--seed', '7');
    expect(j.monteCarlo.redrawOutcomes).toBe(true);
    const v = j.valueOfInformation;
    const groep = (key: string) => v.perGroup.find((g: any) => g.key === key);
    expect(groep('uitkomsten.klantreis')).toMatchObject({ label: 'uitkomsten van Klantreis Financiële Hulpverlening, opnieuw getrokken uit de dossiers', evppiPerYear: null });
    expect(groep('uitkomsten.regulier').label).toBe('uitkomsten van Reguliere werkwijze (FIG-route), opnieuw getrokken uit de dossiers');
    expect(groep('uitkomsten').label).toBe('uitkomsten van alle werkwijzen, opnieuw getrokken uit de dossiers');
    for (const key of ['uitkomsten.regulier', 'uitkomsten.klantreis', 'uitkomsten']) {
      expect(groep(key).evppi).toBeGreaterThan(0);
      expect(groep(key).evppi).toBeLessThanOrEqual(v.evpi);
    }
    // The redraw is most of the decision uncertainty: all outcomes together explain more than any input or input group.
    const rest = v.perGroup.filter((g: any) => !g.key.startsWith('uitkomsten')).map((g: any) => g.evppi);
    expect(groep('uitkomsten').evppi).toBeGreaterThan(Math.max(...rest, v.perInput[0].evppi));
    expect(v.method).toContain('uitkomsten.<id>');
    const tabel = gewoneSpaties((await draai([DEN_HAAG_PAD, '--evppi', '--mc', '2000', '--seed', '7'])).stdout).replace(/\s+/g, ' ');
    expect(tabel).toContain(`Groep: uitkomsten van Klantreis Financiële Hulpverlening, opnieuw getrokken uit de dossiers ${formatEuro(groep('uitkomsten.klantreis').evppi).replace(/\s/g, ' ')}`);
    expect(tabel).not.toContain('niet opnieuw getrokken');
    const vast = variant('vast.json', (d) => (d.onzekerheid = { montecarlo: { trekkingen: 2000, seed: 7, uitkomstenHertrekken: false } }));
    const u = (await jsonVan(vast, '--evppi')).valueOfInformation;
    expect(u.perGroup.map((g: any) => g.key)).toEqual(['kosten', 'parameters', 'werkwijzen.regulier', 'werkwijzen.klantreis']);
    const tabelVast = gewoneSpaties((await draai([vast, '--evppi'])).stdout).replace(/\s+/g, ' ');
    expect(tabelVast).toContain('De uitkomsten per werkwijze zijn in deze trekkingen niet opnieuw getrokken uit de dossiers, dus als zeker behandeld');
  }, 60_000);

  it('--mc zonder --seed neemt de seed uit het scenario; --seed zonder --mc het aantal trekkingen uit het scenario', async () => {
    expect((await jsonVan(DEN_HAAG_PAD, '--mc', '100')).monteCarlo).toMatchObject({ draws: 100, seed: 20200601 });
    const pad = variant('mc150.json', (d) => (d.onzekerheid.montecarlo = { trekkingen: 150, seed: 99, uitkomstenHertrekken: true }));
    expect((await jsonVan(pad, '--seed', '7')).monteCarlo).toMatchObject({ draws: 150, seed: 7, redrawOutcomes: true });
    expect((await jsonVan(pad, '--mc', '120')).monteCarlo).toMatchObject({ draws: 120, seed: 99 });
    expect((await jsonVan(pad, '--seed', '0')).monteCarlo.seed).toBe(0);
  });

  it('tabel: Nederlandse samenvatting met de kans en het p5–p95-interval per klant', async () => {
    const j = await jsonVan(DEN_HAAG_PAD, '--mc', '200', '--seed', '7');
    const { code, stdout, stderr } = await draai([DEN_HAAG_PAD, '--mc', '200', '--seed', '7']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const t = gewoneSpaties(stdout);
    const kans = Math.round(j.monteCarlo.pathways.klantreis.probBeatsBaseline * 100);
    expect(t).toContain(`Kans dat de Klantreis Financiële Hulpverlening beter is dan het nulalternatief: ${kans}%`);
    const d = j.monteCarlo.pathways.klantreis.differenceFromBaseline;
    // The app's one minus sign (U+2212): "€ −842".
    const eur = (x: number) => `€ ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(Math.round(x)).replace('-', '−')}`;
    expect(t.replace(/\s+/g, ' ')).toContain(`90%-interval (p5–p95) van ${eur(d.p5)} tot ${eur(d.p95)} per klant`);
    expect(t).toContain('200 trekkingen met seed 7');
  });

  it('alles samen: de JSON bevat nergens NaN of Infinity', async () => {
    const pad = variant('alles.json', (d) => {
      d.tijd.discontovoet = 0.0225;
      d.prijspeil = { doeljaar: 2016, prijsjaarKosten: 2019, inflatie: {}, factoren: { '2011': 1.08, '2019': 0.95 } };
      d.onzekerheid.montecarlo.uitkomstenHertrekken = true;
    });
    const r = await draai([pad, '--format', 'json', '--sensitivity', '--mc', '100', '--seed', '3']);
    expect(r.code).toBe(0);
    schoon(r.stdout);
    schoon((await draai([DEN_HAAG_PAD, '--format', 'json', '--sensitivity', '--mc', '1', '--seed', '0'])).stdout);
  });
});

describe('voortgang van een lange Monte Carlo', () => {
  it('op een terminal: voortgang op stderr, de JSON op stdout blijft schoon', async () => {
    const r = await draai([DEN_HAAG_PAD, '--format', 'json', '--mc', String(VOORTGANG_VANAF), '--seed', '1'], { voortgang: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`\rMonte Carlo: 100% (5.000 van 5.000 trekkingen)`);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(r.stdout).not.toMatch(/Monte Carlo:|\r|\x1b/);
    expect(JSON.parse(r.stdout).monteCarlo.draws).toBe(VOORTGANG_VANAF);
  });

  it('mkba.ts zet voortgang aan precies als stderr een terminal is (procesIo)', () => {
    const stroom = (isTTY?: boolean, columns?: number) => ({ write: () => true, isTTY, columns });
    expect(procesIo({ stdout: stroom(), stderr: stroom(true), env: {} })).toMatchObject({ voortgang: true, breedte: 100, debug: false });
    expect(procesIo({ stdout: stroom(true, 90), stderr: stroom(), env: {} })).toMatchObject({ voortgang: false, breedte: 90 });
    expect(procesIo({ stdout: stroom(true, 300), stderr: stroom(false), env: { MKBA_DEBUG: '1' } })).toMatchObject({ voortgang: false, breedte: 120, debug: true });
    expect(procesIo({ stdout: stroom(true, 40), stderr: stroom(true), env: {} }).breedte).toBe(80);
  });

  it('geen terminal (pijp, bestand): niets op stderr; een korte run ook op een terminal niet', async () => {
    expect((await draai([DEN_HAAG_PAD, '--format', 'csv', '--mc', '300'])).stderr).toBe('');
    expect((await draai([DEN_HAAG_PAD, '--format', 'json', '--mc', '300'], { voortgang: true })).stderr).toBe('');
  });
});

describe('contante waarde en prijspeil in de uitvoer', () => {
  it('Den Haag verdisconteert niet en indexeert niet: geen presentValue, geen priceLevel', async () => {
    const j = await jsonVan(DEN_HAAG_PAD);
    expect(j).not.toHaveProperty('presentValue');
    expect(j).not.toHaveProperty('priceLevel');
    expect((await draai([DEN_HAAG_PAD])).stdout).not.toMatch(/^(Contante waarde|Prijspeil)$/m);
  });

  it('met discontovoet en doeljaar: presentValue en priceLevel in de JSON, beide genoemd in de tabel', async () => {
    const pad = variant('cw.json', (d) => {
      d.tijd.discontovoet = 0.0225;
      d.prijspeil = { doeljaar: 2020, prijsjaarKosten: 2019, inflatie: { '2020': 0.02 }, factoren: { '2011': 1.2, '2016': 1.1 } };
    });
    const j = await jsonVan(pad);
    expect(j.priceLevel).toEqual({ targetYear: 2020, costPriceYear: 2019, factors: { '2011': 1.2, '2016': 1.1, '2019': 1.02 } });
    expect(j.presentValue.discountRate).toBe(0.0225);
    const kr = j.presentValue.pathways.klantreis;
    // Costs at 2020 prices (× 1,02), the debt arrangement spread over 3 years.
    const f = (1 + 1 / 1.0225 + 1 / 1.0225 ** 2) / 3;
    expect(kr.costs).toBeCloseTo((39100 + 9900 + 7000 * f + 3829) * 1.02, 6);
    expect(kr.netPerClient).toBeCloseTo(kr.net / 23, 9);
    const t = gewoneSpaties((await draai([pad])).stdout);
    expect(t).toMatch(/^Contante waarde$/m);
    expect(t).toMatch(/^Prijspeil$/m);
    expect(t).toContain('prijspeil 2011 naar 2020: 1,2');
    expect(t).toContain('Discontovoet 2,25%');
  });
});

describe('ongeldige waarden: code 2, Nederlandse melding met optie en waarde, geen stack', () => {
  const gevallen: [string, string[], RegExp][] = [
    ['--mc 0', ['--mc', '0'], /^mkba: optie --mc: het aantal trekkingen moet minstens 1 zijn, maar is "0"$/m],
    ['--mc -5', ['--mc', '-5'], /^mkba: optie --mc: het aantal trekkingen moet minstens 1 zijn, maar is "-5"$/m],
    ['--mc 2.5', ['--mc', '2.5'], /^mkba: optie --mc: "2\.5" is geen heel getal; geef het aantal trekkingen als een heel getal van 1 tot en met 1\.000\.000, zonder punt of komma/m],
    ['--mc 10.000', ['--mc', '10.000'], /optie --mc: "10\.000" is geen heel getal; .*zonder punt of komma \(bijvoorbeeld 10000\)/],
    ['--mc 2,5', ['--mc', '2,5'], /optie --mc: "2,5" is geen heel getal/],
    ['--mc abc', ['--mc', 'abc'], /^mkba: optie --mc: "abc" is geen getal; geef het aantal trekkingen als een heel getal van 1 tot en met 1\.000\.000$/m],
    ['--mc 1e4', ['--mc', '1e4'], /optie --mc: "1e4" is geen getal/],
    ['--mc 1000001', ['--mc', '1000001'], /^mkba: optie --mc: het aantal trekkingen mag hoogstens 1\.000\.000 zijn, maar is "1000001"$/m],
    ['--mc=', ['--mc='], /optie --mc: de waarde is leeg/],
    ['--mc zonder waarde', ['--mc'], /^mkba: optie --mc vraagt een waarde: het aantal trekkingen, een heel getal van 1 tot en met 1\.000\.000$/m],
    ['--mc gevolgd door een optie', ['--mc', '--sensitivity'], /optie --mc vraagt een waarde/],
    ['--mc twee keer', ['--mc', '5', '--mc', '6'], /optie --mc is meer dan één keer opgegeven/],
    ['--seed abc', ['--seed', 'abc'], /^mkba: optie --seed: "abc" is geen getal; geef de seed als een heel getal van 0 tot en met 4\.294\.967\.295$/m],
    ['--seed -1', ['--seed', '-1'], /^mkba: optie --seed: de seed mag niet negatief zijn, maar is "-1"$/m],
    ['--seed 1.5', ['--seed', '1.5'], /optie --seed: "1\.5" is geen heel getal/],
    ['--seed 4294967296', ['--seed', '4294967296'], /^mkba: optie --seed: de seed mag hoogstens 4\.294\.967\.295 zijn, maar is "4294967296"$/m],
    ['--seed enorm', ['--seed', '99999999999999999999999'], /de seed mag hoogstens 4\.294\.967\.295 zijn, maar is "99999999999999999999999"/],
    ['--seed zonder waarde', ['--seed'], /^mkba: optie --seed vraagt een waarde: de seed, een heel getal van 0 tot en met 4\.294\.967\.295$/m],
    ['--sensitivity=ja', ['--sensitivity=ja'], /^mkba: optie --sensitivity heeft geen waarde, maar kreeg "ja"; gebruik alleen --sensitivity$/m],
    ['--sensitivity ja', ['--sensitivity', 'ja'], /^mkba: optie --sensitivity heeft geen waarde, maar kreeg "ja"; gebruik alleen --sensitivity$/m],
  ];

  it.each(gevallen)('%s', async (_naam, opties, melding) => {
    const { code, stdout, stderr } = await draai([DEN_HAAG_PAD, ...opties]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(melding);
    expect(stderr).toMatch(/meer uitleg: npm run -s mkba -- --help/);
    expect(stderr).not.toMatch(GEEN_STACK);
    expect(stderr).not.toMatch(/Error|undefined|NaN/);
  });

  it('een geldige grens wordt aanvaard: --mc 1, --seed 4294967295, --seed +3', async () => {
    expect(leesArgumenten(['a.json', '--mc', '1', '--seed', '4294967295'])).toMatchObject({ monteCarlo: { trekkingen: 1, seed: 4294967295 } });
    expect(leesArgumenten(['a.json', '--seed', '+3']).monteCarlo).toEqual({ seed: 3 });
    expect(leesArgumenten(['--sensitivity', 'a.json'])).toMatchObject({ bestand: 'a.json', gevoeligheid: true });
    expect(leesArgumenten(['a.json'])).toEqual({ hulp: false, bestand: 'a.json', formaat: 'table', csvNl: false });
  });

  it('--help noemt de nieuwe opties', async () => {
    const { stdout } = await draai(['--help']);
    expect(stdout).toMatch(/--sensitivity/);
    expect(stdout).toMatch(/--mc <trekkingen>/);
    expect(stdout).toMatch(/--seed <n>/);
  });
});

const exec = promisify(execFile);

// Spawning node + tsx takes about a second; the timeout only guards against a hang, nothing is timed.
describe('als echt proces', { timeout: 60_000 }, () => {
  it('stderr is een pijp: geen voortgang, alleen JSON op stdout', async () => {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/mkba.ts', DEN_HAAG_PAD, '--format', 'json', '--mc', '5000', '--seed', '2'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).monteCarlo).toMatchObject({ draws: 5000, seed: 2 });
  });

  it('--mc 0: afsluitcode 2, melding, geen stack', async () => {
    const fout = await exec(process.execPath, ['--import', 'tsx', 'src/cli/mkba.ts', DEN_HAAG_PAD, '--mc', '0'], { cwd: ROOT, encoding: 'utf8' }).then(
      () => null,
      (e: { code?: number; stdout?: string; stderr?: string }) => e,
    );
    expect(fout).not.toBeNull();
    expect(fout!.code).toBe(2);
    expect(fout!.stdout).toBe('');
    expect(fout!.stderr).toContain('optie --mc: het aantal trekkingen moet minstens 1 zijn, maar is "0"');
    expect(fout!.stderr).not.toMatch(GEEN_STACK);
  });
});

describe('--mc met uitkomsten opnieuw trekken (issue 10.1)', () => {
  /** The repro: Klantreis cohort 6 with outcomes 4/2/0/0, or cohort 1; counts that must fit in the cohort set to 0. */
  const klein = (naam: string, u: number[]) =>
    variant(naam, (d) => {
      const w = d.werkwijzen[1];
      w.cohort = u.reduce((a, b) => a + b, 0);
      [w.uitkomsten.oplossing, w.uitkomsten.gestabiliseerd, w.uitkomsten.geenOplossing, w.uitkomsten.inSchuldregelfase] = u;
      w.kosten.settlementPhase.aantal = w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase;
      for (const v of ['basis', 'plus', 'totaal']) w.kosten.budgetManagement[v].aantal = 0;
      d.onzekerheid.montecarlo.uitkomstenHertrekken = true;
    });
  it.each([
    ['cohort 6, 4/2/0/0', [4, 2, 0, 0]],
    ['cohort 1', [1, 0, 0, 0]],
  ])('%s: --mc 10000 --format json geeft 0 en alleen eindige getallen', async (naam, u) => {
    const r = await draai([klein(`hertrek-${u.join('-')}.json`, u), '--mc', '10000', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    schoon(r.stdout);
    const j = JSON.parse(r.stdout).monteCarlo;
    expect(j.redrawOutcomes).toBe(true);
    expect(j.pathways.klantreis.probBeatsBaseline).toBeGreaterThan(0);
  });
});

describe('--evppi: exact zeros and the noise floor (review: the welfare shares ranked among the inputs worth measuring)', () => {
  it('the three-pathway example: inputs no tape reads are listed in withoutEffect with EVPPI 0; noiseFloor is what the estimator gives a key without effect', async () => {
    const pad = join(ROOT, 'scenarios', 'den-haag-drie-werkwijzen-nazorg.json');
    const v = (await jsonVan(pad, '--evppi', '--mc', '3000', '--seed', '7')).valueOfInformation;
    expect(v.withoutEffect.length).toBe(11);
    for (const k of v.withoutEffect) {
      expect(k).toMatch(/^parameters\.welvaartsaandeel\./);
      expect(v.perInput.find((x: any) => x.key === k).evppi).toBe(0);
    }
    expect(v.noiseFloor).toBeGreaterThan(1);
    expect(v.noiseFloor).toBeLessThan(v.evpi);
    expect(v.method).toContain('noiseFloor');
    // The limit (largest of 19 random orders) is above the mean floor; the method names the test behind it.
    expect(v.noiseLimit).toBeGreaterThan(v.noiseFloor);
    expect(v.noiseLimit).toBeLessThan(v.evpi);
    expect(v.method).toContain('noiseLimit');
    expect(v.method).toContain('Hope 1968');
  }, 60_000);
});

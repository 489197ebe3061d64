/** CLI --prijspeil <jaar> (issue 11, item 7): today's prices in one option, with the CBS CPI shipped as data. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { CBS_CPI, Decimal, berekenScenario, naarPrijspeil, prijsjarenVan } from '../src/model/index';
import { DEN_HAAG_PAD } from './helpers/scenario';
import { denHaagData } from './helpers/uitvoer';
import { DEN_HAAG } from '../src/store/voorbeelden';

const tmp = mkdtempSync(join(tmpdir(), 'mkba-prijspeil-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function draai(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('mkba --prijspeil', () => {
  it('rekent Den Haag naar prijspeil 2025 met de CBS-cijfers, zoals de app', async () => {
    const r = await draai(DEN_HAAG_PAD, '--format', 'json', '--prijspeil', '2025');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.priceLevel.targetYear).toBe(2025);
    // The same computation as the app's button: naarPrijspeil on the scenario, then the engine.
    const s = structuredClone(DEN_HAAG);
    s.prijspeil = naarPrijspeil(s.prijspeil, 2025, prijsjarenVan(s.prijspeil)).prijspeil;
    const verwacht = berekenScenario(s).werkwijzen.find((w) => w.id === 'klantreis')!;
    const kr = j.pathways.find((w: { id: string }) => w.id === 'klantreis');
    expect(new Decimal(kr.netPerClient).minus(verwacht.saldo.perKlant).abs().lt(1e-9)).toBe(true);
    // Costs of 2019 × the CPI 2020–2025 (hand computation): € 2.601 → € 3.297.
    const f = [2020, 2021, 2022, 2023, 2024, 2025].reduce((x, y) => x * (1 + CBS_CPI.jaarmutatie[y]!), 1);
    expect(Math.round(2601.3478 * f)).toBe(3297);
    expect(Math.round(Number(kr.costs.perClient))).toBe(3297);
  });

  it('zonder de optie blijft het rapport staan (prijspeil van de bronnen)', async () => {
    const j = JSON.parse((await draai(DEN_HAAG_PAD, '--format', 'json')).stdout);
    expect(j.priceLevel).toBeUndefined();
  });

  it('eigen inflatiecijfers van het scenario blijven staan', async () => {
    const d = denHaagData();
    d.prijspeil = { ...(d.prijspeil ?? {}), inflatie: { '2022': 0.05 } };
    const pad = join(tmp, 'eigen.json');
    writeFileSync(pad, JSON.stringify(d));
    const j = JSON.parse((await draai(pad, '--format', 'json', '--prijspeil', '2025')).stdout);
    const met = JSON.parse((await draai(DEN_HAAG_PAD, '--format', 'json', '--prijspeil', '2025')).stdout);
    expect(Number(j.priceLevel.factors['2019'])).toBeLessThan(Number(met.priceLevel.factors['2019']));
  });

  it('een jaar zonder gecontroleerd CBS-cijfer: afsluitcode 2 en een Nederlandse melding die het jaar noemt', async () => {
    const r = await draai(DEN_HAAG_PAD, '--prijspeil', '2027');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('optie --prijspeil 2027: geen gecontroleerd CBS-inflatiecijfer voor 2026, 2027');
    expect(r.stdout).toBe('');
  });

  it.each([['20x5'], ['1800'], ['2025.5'], ['']])('ongeldig jaartal %j: afsluitcode 2', async (w) => {
    const r = await draai(DEN_HAAG_PAD, `--prijspeil=${w}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/optie --prijspeil/);
  });

  it('twee keer --prijspeil wordt geweigerd, zoals elke herhaalde optie', async () => {
    const r = await draai(DEN_HAAG_PAD, '--prijspeil', '2025', '--prijspeil', '2024');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('optie --prijspeil is meer dan één keer opgegeven');
  });
});

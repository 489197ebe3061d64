// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, formatFouten, leesScenario, type Scenario } from '../../src/model';
import { gevoeligheid, opInvloedVoor, type Gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { formatEuro } from '../../src/format/getal';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import type { Planner } from '../../src/ui/onzekerheid/regie';
import { bekendeGevoeligheid, gevoeligheidInStappen } from '../../src/ui/onzekerheid/selectors';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';

/**
 * The uncertainty view with three pathways (issue 4): the tornado and the switching values for each
 * project pathway; and the sensitivity computed in short steps on the main thread (no long task
 * when the view opens), with exactly the numbers of gevoeligheid().
 */
vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, ...rest }: { data: { datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-datasets={data.datasets.map((d) => d.label).join('|')} />
  ),
}));

function laad(pad: string): Scenario {
  const v = leesScenario(readFileSync(join(process.cwd(), 'scenarios', pad), 'utf8'));
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}
const DRIE = laad('den-haag-drie-werkwijzen-nazorg.json');
const NAZORG = 'klantreis-nazorg';
const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const verschil = (sc: Scenario, id: string) => berekenScenario(sc).verschillen.find((v) => v.id === id)!.saldo.perKlant.toNumber();

vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: DRIE, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
});

async function tornadoKlaar(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const t = screen.getByTestId('tornado-tabel');
      expect(t.getAttribute('data-bezig')).toBe('false');
      return t;
    },
    { timeout: 30_000 },
  );
}

describe('tornado per projectwerkwijze', () => {
  it('the measure list has each project pathway’s difference, the first project pathway by default', async () => {
    render(<Onzekerheid />);
    await tornadoKlaar();
    const keuze = screen.getByTestId('tornado-maatstaf') as HTMLSelectElement;
    expect(keuze.value).toBe('verschil:klantreis');
    expect([...keuze.options].map((o) => o.value)).toEqual(['verschil:klantreis', `verschil:${NAZORG}`, 'saldo:regulier', 'saldo:klantreis', `saldo:${NAZORG}`]);
  });

  it('the nazorg pathway: rows by its own influence; the ends equal a recompute with the input at low and at high', async () => {
    render(<Onzekerheid />);
    await tornadoKlaar();
    fireEvent.change(screen.getByTestId('tornado-maatstaf'), { target: { value: `verschil:${NAZORG}` } });
    const tabel = screen.getByTestId('tornado-tabel');
    expect(tabel.getAttribute('data-maatstaf')).toBe(`verschil:${NAZORG}`);
    const g = gevoeligheid(DRIE, DRIE.onzekerheid);
    const volgorde = opInvloedVoor(g.regels, NAZORG);
    const rijen = [...tabel.querySelectorAll('tbody tr')];
    expect(rijen.map((r) => r.getAttribute('data-rij'))).toEqual(volgorde.map((r) => r.invoer.sleutel));
    expect(rijen[1]!.getAttribute('data-rij')).toBe(`werkwijzen.${NAZORG}.samenstelling.aandeelPW`);
    for (const r of volgorde.slice(0, 8)) {
      const i = r.invoer;
      const c = [...tabel.querySelector(`[data-rij="${i.sleutel}"]`)!.querySelectorAll('td')].map((x) => nb(tekst(x)));
      expect(c[1], i.sleutel).toBe(nb(formatEuro(verschil(i.zet(DRIE, i.laag), NAZORG))));
      expect(c[2], i.sleutel).toBe(nb(formatEuro(verschil(i.zet(DRIE, i.hoog), NAZORG))));
    }
    // The Klantreis' own share has no influence on the nazorg pathway.
    expect(tabel.querySelector('[data-rij="werkwijzen.klantreis.samenstelling.aandeelPW"]')!.className).toBe('onz-geen-invloed');
    expect(tekst(screen.getByTestId('tornado-basis'))).toBe(`Bij de scenariowaarden: ${nb(formatEuro(verschil(DRIE, NAZORG)))} per klant.`);
    const grafiek = await screen.findByTestId('grafiek-tornado', {}, { timeout: 20_000 });
    expect(nb(grafiek.getAttribute('aria-label') ?? '')).toMatch(/^Tornadodiagram\. Verschil met het nulalternatief: Klantreis met nazorg, basiswaarde/);
  });

  it('switching values: a table per project pathway, each with its own most influential inputs', async () => {
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('omslag-bereken'));
    await waitFor(() => expect(screen.getByTestId('omslag-status').getAttribute('data-status')).toBe('klaar'), { timeout: 40_000 });
    const sleutels = (id: string) => [...screen.getByTestId(`omslag-tabel-${id}`).querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-rij'));
    const g = gevoeligheid(DRIE, DRIE.onzekerheid);
    for (const id of ['klantreis', NAZORG]) expect(sleutels(id)).toEqual(opInvloedVoor(g.regels, id).slice(0, 10).map((r) => r.invoer.sleutel));
    expect(sleutels(NAZORG).some((k) => k!.startsWith('werkwijzen.klantreis.'))).toBe(false);
    const voortraject = screen.getByTestId(`omslag-tabel-${NAZORG}`).querySelector(`[data-rij="werkwijzen.${NAZORG}.kosten.preparation.bedrag"]`)!;
    const nul = 1700 + berekenScenario(DRIE).werkwijzen.find((w) => w.id === NAZORG)!.saldo.perKlant.toNumber();
    expect(nb(tekst(voortraject.querySelectorAll('td')[1]))).toBe(nb(formatEuro(nul, 'nl', 2)));
  });
});

describe('sensitivity in steps on the main thread', () => {
  /** A planner that runs nothing by itself: the test runs the slices one by one. */
  function handPlanner() {
    const wachtrij: (() => void)[] = [];
    const planner: Planner = {
      zet: (fn) => {
        wachtrij.push(fn);
        return fn;
      },
      wis: (h) => {
        const i = wachtrij.indexOf(h as () => void);
        if (i >= 0) wachtrij.splice(i, 1);
      },
    };
    return { planner, wachtrij };
  }
  const vlak = (x: Gevoeligheid) =>
    x.regels.map((r) => [r.invoer.sleutel, ...Object.values(r.saldoPerKlant).flatMap((v) => [v.laag.toString(), v.hoog.toString()]), ...Object.values(r.verschil).flatMap((v) => [v.laag.toString(), v.hoog.toString()])]);

  it('in slices of a fixed time budget, with exactly the numbers of gevoeligheid(); then known to the view', () => {
    const s: Scenario = { ...DRIE, titel: 'in stappen' };
    const { planner, wachtrij } = handPlanner();
    // Every clock reading "takes" 3 ms: a 12 ms slice does a few inputs, then hands the thread back.
    let t = 0;
    const nu = () => (t += 3);
    let uitkomst: Gevoeligheid | null = null;
    gevoeligheidInStappen(s, (g) => (uitkomst = g), { planner, nu, plakMs: 12 });
    expect(uitkomst).toBeNull();
    let plakken = 0;
    while (wachtrij.length > 0) {
      wachtrij.shift()!();
      plakken++;
    }
    expect(plakken).toBeGreaterThan(5);
    expect(uitkomst).not.toBeNull();
    expect(vlak(uitkomst!)).toEqual(vlak(gevoeligheid(s, s.onzekerheid)));
    expect(bekendeGevoeligheid(s)).toBe(uitkomst);
  });

  it('stopped (the scenario changed): no result, nothing more scheduled', () => {
    const s: Scenario = { ...DRIE, titel: 'gestopt' };
    const { planner, wachtrij } = handPlanner();
    let t = 0;
    let klaar = false;
    const stop = gevoeligheidInStappen(s, () => (klaar = true), { planner, nu: () => (t += 3), plakMs: 12 });
    wachtrij.shift()!();
    expect(wachtrij).toHaveLength(1);
    stop();
    expect(wachtrij).toHaveLength(0);
    expect(klaar).toBe(false);
    expect(bekendeGevoeligheid(s)).toBeUndefined();
  });

  it('the view shows "berekenen" first, then the tornado, without computing it during the render', async () => {
    const s: Scenario = { ...DRIE, titel: 'nieuw' };
    useScenarioStore.setState({ scenario: s });
    render(<Onzekerheid />);
    expect(screen.queryByTestId('tornado-tabel')).toBeNull();
    expect(tekst(screen.getByText('Gevoeligheid berekenen…'))).toBe('Gevoeligheid berekenen…');
    expect(bekendeGevoeligheid(s)).toBeUndefined();
    await tornadoKlaar();
    expect(bekendeGevoeligheid(s)).toBeDefined();
  });
});

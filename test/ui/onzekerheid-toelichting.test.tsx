// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, formatFouten, leesScenario, type Scenario } from '../../src/model';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { monteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { toelichting, verdelingsGemiddelde } from '../../src/model/onzekerheid/toelichting';
import { indexfactor } from '../../src/model/prijspeil';
import { contanteWaarde } from '../../src/model/tijd';
import { formatAandeel, formatEuro, formatGetal } from '../../src/format/getal';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';

/**
 * The notes of the uncertainty view (issue 4, verantwoording): the Monte Carlo mean against the
 * scenario, the price level of switching values, discounting and client types left out. Each
 * number is the model's for the scenario on screen: change the scenario and the note follows.
 */
vi.mock('react-chartjs-2', () => ({ Bar: (p: Record<string, unknown>) => <canvas role="img" aria-label={String(p['aria-label'] ?? '')} /> }));

const tekst = (id: string) => (screen.getByTestId(id).textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const zet = (s: Scenario) => act(() => useScenarioStore.setState({ scenario: s }));
const invoer = (s: Scenario, k: string) => onzekereInvoer(s, s.onzekerheid).find((i) => i.sleutel === k)!;

vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
});

describe('the mean of each distribution (what the Monte Carlo draws from)', () => {
  it('by hand: triangular 4–12 with mode 4 has mean 20/3; Beta(11, 14) has mean 11/25; uniform the midpoint; vast the value', () => {
    expect(verdelingsGemiddelde(invoer(DEN_HAAG, 'parameters.welfareExit.monthsEarlier'))).toBeCloseTo(20 / 3, 12);
    expect(verdelingsGemiddelde(invoer(DEN_HAAG, 'werkwijzen.klantreis.samenstelling.aandeelPW'))).toBe(11 / 25);
    const i = invoer(DEN_HAAG, 'parameters.allocation.successShare');
    // 85% ± 30% (graad C, bereikregel) = 59,5%–100% (capped): midpoint 79,75%.
    expect(verdelingsGemiddelde({ ...i, verdeling: 'uniform' })).toBeCloseTo((0.595 + 1) / 2, 12);
    expect(verdelingsGemiddelde({ ...i, verdeling: 'vast' })).toBe(0.85);
  });

  it('the draws agree: with only the months uncertain (triangular 4–12, mode 4), the Monte Carlo’s mean months give its mean saldo', () => {
    // The saldo per client is linear in the months between whole-euro steps: a check that the draws
    // come from the stated distribution, at the model's level.
    const vast = Object.fromEntries(onzekereInvoer(DEN_HAAG).map((x) => [x.sleutel, 'vast' as const]));
    const s: Scenario = {
      ...DEN_HAAG,
      onzekerheid: {
        ...DEN_HAAG.onzekerheid,
        verdelingen: { ...vast, 'parameters.welfareExit.monthsEarlier': 'driehoek' },
        montecarlo: { trekkingen: 4000, seed: 3, uitkomstenHertrekken: false },
      },
    };
    const mc = monteCarlo(s, s.onzekerheid);
    const bijGemiddelde = berekenScenario({ ...s, parameters: { ...s.parameters, 'welfareExit.monthsEarlier': 20 / 3 } }).verschillen[0]!.saldo.perKlant.toNumber();
    expect(Math.abs(mc.verschil.klantreis!.gemiddelde - bijGemiddelde)).toBeLessThan(15);
    expect(Math.abs(mc.verschil.klantreis!.gemiddelde - berekenScenario(s).verschillen[0]!.saldo.perKlant.toNumber())).toBeGreaterThan(300);
  });
});

describe('notes in the uncertainty view, with the scenario’s own numbers', () => {
  it('Den Haag: months 4–12 with mode 4 → 6,67 maanden; the first beta share (k+1)/(n+2); no target year; no discounting; no client types', () => {
    render(<Onzekerheid />);
    expect(tekst('toelichting-driehoek')).toBe(
      'Zo heeft maanden eerder uit de bijstand een driehoeksverdeling van 4 maanden tot 12 maanden met de top bij de scenariowaarde (4 maanden); het gemiddelde daarvan is (4 + 4 + 12) / 3 = 6,67 maanden.',
    );
    const b = toelichting(DEN_HAAG).beta!;
    expect(b.invoer.sleutel).toBe('werkwijzen.regulier.samenstelling.aandeelPW');
    expect(tekst('toelichting-beta')).toBe(
      'Een aandeel uit dossiers, 11 van 29 voor aandeel met PW-uitkering van Reguliere werkwijze (FIG-route), wordt getrokken uit Beta(12, 19) (k+1, n−k+1): het gemiddelde daarvan is (k+1)/(n+2) = 38,7%, niet k/n = 37,9%.',
    );
    expect(tekst('toelichting-prijspeil')).toMatch(/^Er is geen doeljaar voor het prijspeil: .* \(2011, 2016 en 2019\), zoals in het rapport\.$/);
    expect(tekst('toelichting-tijd')).toMatch(/onverdisconteerde bedragen.*niet \(0%\)/);
    expect(tekst('toelichting-klanttypen')).toMatch(/varieert de mix van klanttypen en de kansen per klanttype niet\. Geen van de werkwijzen/);
    expect(screen.queryByTestId('toelichting-laatste-run')).toBeNull();
  });

  it('follows the scenario: another range, another beta share, a target year, a discount rate', () => {
    render(<Onzekerheid />);
    const s: Scenario = {
      ...DEN_HAAG,
      onzekerheid: {
        ...DEN_HAAG.onzekerheid,
        bereiken: { ...DEN_HAAG.onzekerheid.bereiken, 'parameters.welfareExit.monthsEarlier': { laag: 4, hoog: 10 } },
        verdelingen: { 'werkwijzen.regulier.samenstelling.aandeelPW': 'vast', 'werkwijzen.regulier.samenstelling.aandeelWerkend': 'uniform' },
      },
      prijspeil: { ...DEN_HAAG.prijspeil, doeljaar: 2019, inflatie: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String(2012 + i), 0.02])) },
      tijd: { ...DEN_HAAG.tijd, discontovoet: 0.0225 },
    };
    zet(s);
    expect(tekst('toelichting-driehoek')).toContain('van 4 maanden tot 10 maanden');
    expect(tekst('toelichting-driehoek')).toContain('(4 + 4 + 10) / 3 = 6 maanden.');
    expect(tekst('toelichting-beta')).toContain('10 van 23 voor aandeel met PW-uitkering van Klantreis Financiële Hulpverlening, wordt getrokken uit Beta(11, 14)');
    expect(tekst('toelichting-beta')).toContain(nb(`= ${formatAandeel(11 / 25, 'nl', 1)}, niet k/n = ${formatAandeel(10 / 23, 'nl', 1)}.`));
    const f = indexfactor(s.prijspeil, 2011);
    if (!f.ok) throw new Error(f.fout);
    expect(tekst('toelichting-prijspeil')).toBe(
      `De saldi staan op prijspeil 2019, maar bereiken en omslagwaarden van bedragen staan op het prijspeil van hun bron (2011, 2016 en 2019): zo is een omslagwaarde voor kosten PW-uitkering per jaar (incl. uitvoering) een bedrag van prijspeil 2011. Met de indexfactor ${formatGetal(f.factor.toNumber(), 'nl', 4)} is het om te rekenen naar prijspeil 2019.`,
    );
    expect(tekst('toelichting-tijd')).toContain('de discontovoet van 2,25% tellen daarin niet mee');
    const r = berekenScenario(s);
    const cw = contanteWaarde(r, s.tijd);
    const contant = cw.find((c) => c.id === 'klantreis')!.saldoPerKlant.minus(cw.find((c) => c.id === 'regulier')!.saldoPerKlant);
    expect(tekst('toelichting-tijd-klantreis')).toBe(
      nb(`Klantreis Financiële Hulpverlening: onverdisconteerd ${formatEuro(r.verschillen[0]!.saldo.perKlant.toNumber())}, contante waarde ${formatEuro(contant.toNumber())}.`),
    );
    expect(contant.toNumber()).not.toBeCloseTo(r.verschillen[0]!.saldo.perKlant.toNumber(), 0);
  });

  it('client types: the pathways with a client-type model are named', () => {
    const v = leesScenario(readFileSync(join(process.cwd(), 'scenarios', 'klanttypen-purpose.json'), 'utf8'));
    if (!v.ok) throw new Error(formatFouten(v.fouten));
    useScenarioStore.setState({ scenario: v.scenario });
    render(<Onzekerheid />);
    expect(tekst('toelichting-klanttypen')).toContain(
      'Bij Gemiddelde aanpak (Klantmonitor-gemiddelde per klanttype) en Gedifferentieerde behandelpaden per klanttype blijven de uitkomsten',
    );
  });

  it('after a Monte Carlo run: its mean difference next to the scenario’s', async () => {
    const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 300, seed: 9, uitkomstenHertrekken: false } } };
    useScenarioStore.setState({ scenario: s });
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('mc-start'));
    await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000 });
    const mc = monteCarlo(s, s.onzekerheid);
    expect(tekst('toelichting-laatste-run')).toBe(
      nb(
        `In de laatste Monte Carlo-berekening: gemiddeld ${formatEuro(mc.verschil.klantreis!.gemiddelde)} per klant verschil met het nulalternatief voor Klantreis Financiële Hulpverlening, in het scenario ${formatEuro(berekenScenario(s).verschillen[0]!.saldo.perKlant.toNumber())}.`,
      ),
    );
  });

  it('in English', () => {
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    render(<Onzekerheid />);
    expect(tekst('toelichting-driehoek')).toBe(
      'For example, months earlier out of welfare has a triangular distribution from 4 months to 12 months with its mode at the scenario value (4 months); its mean is (4 + 4 + 12) / 3 = 6.67 months.',
    );
    expect(tekst('toelichting-beta')).toContain('its mean is (k+1)/(n+2) = 38.7%, not k/n = 37.9%.');
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { genoegTrekkingen, MIN_TREKKINGEN_CONCLUSIE } from '../../src/model/onzekerheid/montecarlo';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';

// tester5 #6: a run of 1 or 2 draws named a best pathway (100%), a skewed range and an EVPI of € 0 as
// conclusions, and wrote "(1 trekkingen)" / "(1 draws)".

vi.mock('react-chartjs-2', () => ({ Bar: (p: Record<string, unknown>) => <canvas role="img" aria-label={String(p['aria-label'] ?? '')} /> }));
vi.setConfig({ testTimeout: 60_000 });

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
  useVoorkeuren.setState({ taal: 'nl' });
});

async function draai(trekkingen: number) {
  const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen, seed: 12345, uitkomstenHertrekken: false } } };
  useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [], bewerking: null });
  render(<Onzekerheid />);
  fireEvent.click(screen.getByTestId('mc-start'));
  await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 50_000 });
}

describe('Monte Carlo with too few draws (tester5 #6)', () => {
  it('the model decides: conclusions from 1.000 draws on', () => {
    expect(MIN_TREKKINGEN_CONCLUSIE).toBe(1000);
    expect(genoegTrekkingen(1)).toBe(false);
    expect(genoegTrekkingen(999)).toBe(false);
    expect(genoegTrekkingen(1000)).toBe(true);
  });

  it('1 draw: a note that it is too few, no "beste", skewness or what-to-measure sentence; raw figures marked; singular nouns (nl and en)', async () => {
    await draai(1);
    expect(tekst(screen.getByTestId('mc-te-weinig'))).toBe(
      'Te weinig trekkingen voor een conclusie: 1 trekking, minder dan 1.000. De getallen hieronder zijn ruw en zeggen nog niets over welke werkwijze het best is, of de bereiken scheef zijn of wat meten waard is. Kies minstens 1.000 trekkingen.',
    );
    expect(screen.queryByTestId('mc-beste')).toBeNull();
    expect(screen.queryByTestId('mc-voi-zin')).toBeNull();
    // The raw chances stay in the table.
    expect(screen.getByTestId('mc-paarsgewijs').querySelector('[data-rij="kansBeste"]')).not.toBeNull();
    expect(tekst(screen.getByTestId('mc-evpi'))).toMatch(/^Te weinig trekkingen voor een conclusie; alleen de ruwe getallen: Verwachte waarde van volledige informatie \(EVPI\)/);
    const punt = tekst(screen.getByTestId('mc-punt-gemiddelde'));
    expect(punt).toMatch(/^Puntschatting \(het resultaat\): .*; gemiddelde van de trekkingen: .*\.$/);
    expect(punt).not.toContain('scheef');
    expect(tekst(screen.getByTestId('mc-paarsgewijs').querySelector('caption'))).toMatch(/\(1 trekking\)$/);
    expect(tekst(screen.getByTestId('mc-evppi').querySelector('caption'))).toMatch(/uit 1 trekking$/);
    const hist = await screen.findByTestId('grafiek-histogram', {}, { timeout: 20_000 }).catch(() => null);
    if (hist) expect(hist.getAttribute('aria-label') ?? '').not.toContain('1 trekkingen');
    expect(tekst(screen.getByTestId('mc-uitkomst'))).not.toMatch(/\b1 trekkingen/);

    useVoorkeuren.setState({ taal: 'en' });
    await waitFor(() => expect(tekst(screen.getByTestId('mc-te-weinig'))).toMatch(/^Too few draws for a conclusion: 1 draw, fewer than 1,000\./));
    expect(tekst(screen.getByTestId('mc-paarsgewijs').querySelector('caption'))).toMatch(/\(1 draw\)$/);
    expect(tekst(screen.getByTestId('mc-evppi').querySelector('caption'))).toMatch(/from 1 draw$/);
    expect(tekst(screen.getByTestId('mc-uitkomst'))).not.toMatch(/\b1 draws/);
  });

  it('1.000 draws: no note, and the sentences are there', async () => {
    await draai(1000);
    expect(screen.queryByTestId('mc-te-weinig')).toBeNull();
    expect(tekst(screen.getByTestId('mc-beste'))).toMatch(/heeft de grootste kans de beste te zijn: .* van de trekkingen\.$/);
    expect(screen.getByTestId('mc-voi-zin')).not.toBeNull();
    expect(tekst(screen.getByTestId('mc-evpi'))).toMatch(/^Verwachte waarde van volledige informatie/);
    expect(tekst(screen.getByTestId('mc-paarsgewijs').querySelector('caption'))).toMatch(/\(1\.000 trekkingen\)$/);
  });
});

// @vitest-environment jsdom
/**
 * tester9 #1: after "+ Lege werkwijze toevoegen" the Overzicht crowned the empty placeholder ("Nieuwe
 * werkwijze doet het het best … € 440 per klant beter") and its card showed € 0 costs without a word.
 * Now its card and its difference sentence say it is not filled in yet, and the summary passes it over.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { voegToe } from '../../src/store/werkwijzen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import '../../src/workers/bandKern';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }) }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('Overzicht with an empty pathway added (tester9 #1)', () => {
  it('marks the placeholder on its card and in its difference sentence; the summary keeps the Klantreis as subject', async () => {
    const r = voegToe(DEN_HAAG);
    if (!r.ok) throw new Error(r.bericht);
    const id = r.scenario.werkwijzen[2]!.id;
    useScenarioStore.setState({ scenario: r.scenario, verleden: [], toekomst: [] });
    render(<Overzicht />);
    expect(tekst(screen.getByTestId(`kaart-leeg-${id}`))).toBe('Nog niet ingevuld: geen kosten en geen uitkomsten. Vul ze in bij Invoer; tot dan zeggen deze bedragen niets.');
    expect(screen.queryByTestId('kaart-leeg-klantreis')).toBeNull();
    expect(screen.queryByTestId('kaart-leeg-regulier')).toBeNull();
    expect(tekst(screen.getByTestId('bestuur-maatschappij'))).toContain(
      'Klantreis Financiële Hulpverlening doet het het best voor de maatschappij: het saldo is € 231 per klant beter dan bij Reguliere werkwijze (FIG-route). Nog niet ingevuld (geen kosten en geen uitkomsten) en daarom niet meegeteld: Nieuwe werkwijze.',
    );
    expect(tekst(screen.getByTestId('bestuur-maatschappij'))).not.toContain('Nieuwe werkwijze doet het');
    const zin = await screen.findByTestId(`verschil-zin-${id}`);
    expect(tekst(zin)).toMatch(/^Nieuwe werkwijze is nog niet ingevuld \(geen kosten en geen uitkomsten\), dus dit verschil zegt nog niets\. Per klant/);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(tekst(screen.getByTestId(`kaart-leeg-${id}`))).toBe('Not filled in yet: no costs and no outcomes. Enter them under Inputs; until then these amounts mean nothing.');
  });

  it('Den Haag as published: no pathway marked', () => {
    useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
    const { container } = render(<Overzicht />);
    expect(container.querySelector('[data-testid^="kaart-leeg-"]')).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * tester9 #6: after "Naar prijspeil 2025" the overview and the results showed other amounts
 * (€ 510 instead of € 231) without saying they are 2025 euros; only the print said so.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { naarPrijspeil, prijsjarenVan } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import '../../src/workers/bandKern';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label'?: string }) => <canvas role="img" aria-label={p['aria-label']} /> }));
vi.mock('../../src/store/invoerStatus', () => ({
  useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }),
  useInvoerStatusStore: { getState: () => ({ ongeldig: false, aantalFouten: 0 }) },
}));

const schoon = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const in2025 = { ...DEN_HAAG, prijspeil: naarPrijspeil(DEN_HAAG.prijspeil, 2025, prijsjarenVan(DEN_HAAG.prijspeil)).prijspeil };

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('price level named where the amounts are (tester9 #6)', () => {
  it('Den Haag as published: no price-level notice on Overzicht or Resultaten', () => {
    useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
    render(<Overzicht />);
    expect(screen.queryByTestId('prijspeil-melding')).toBeNull();
    cleanup();
    const { container } = render(<Resultaten />);
    expect(screen.queryByTestId('prijspeil-melding')).toBeNull();
    expect(schoon(container.textContent)).not.toContain('Alle bedragen in euro’s van');
  });

  it('at 2025 prices: Overzicht (above the summary and cards) and Resultaten (top and table 3.13) say so, nl and en', async () => {
    useScenarioStore.setState({ scenario: in2025, verleden: [], toekomst: [] });
    const nl = 'Alle bedragen in euro’s van 2025 (prijspeil 2025), niet op het prijspeil van de bronnen zoals in het rapport.';
    const { container } = render(<Overzicht />);
    const melding = screen.getByTestId('prijspeil-melding');
    expect(schoon(melding.textContent)).toBe(nl);
    // Before the board summary and the cards with the amounts.
    const samenvatting = screen.getByTestId('bestuurssamenvatting');
    expect(melding.compareDocumentPosition(samenvatting) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.kaarten')!.compareDocumentPosition(melding) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(schoon(screen.getByTestId('prijspeil-melding').textContent)).toBe(
      'All amounts in euros of 2025 (2025 price level), not at the sources’ price levels as in the report.',
    );
    cleanup();
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    const res = render(<Resultaten />);
    expect(schoon(screen.getByTestId('prijspeil-melding').textContent)).toBe(nl);
    const noot = res.container.querySelector('[data-testid="tabel-313"]')!.parentElement!.parentElement!.querySelector('.tabel-noot');
    expect(schoon(noot?.textContent)).toContain(nl);
  });
});

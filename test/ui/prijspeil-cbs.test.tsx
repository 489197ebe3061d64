// @vitest-environment jsdom
/** "Naar prijspeil 2025" in one click (issue 11, item 7). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CBS_CPI } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Prijspeil from '../../src/ui/onzekerheid/tijd/Prijspeil';

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('naar prijspeil 2025', () => {
  it('zet het doeljaar en de CBS-inflatie in één ongedaan te maken stap, en noemt de bron', async () => {
    const user = userEvent.setup();
    render(<Prijspeil />);
    await user.click(screen.getByRole('button', { name: 'Naar prijspeil 2025 (CBS-inflatie)' }));
    const s = useScenarioStore.getState();
    expect(s.scenario.prijspeil.doeljaar).toBe(2025);
    expect(s.scenario.prijspeil.inflatie['2022']).toBe(0.1);
    expect(Object.keys(s.scenario.prijspeil.inflatie)).toHaveLength(14);
    expect(s.verleden).toHaveLength(1);
    const status = screen.getByTestId('pp-cbs-status');
    expect(status.textContent).toContain('CBS-inflatie ingevuld voor 2012–2025');
    expect(status.textContent).toContain(CBS_CPI.bron.nl);
    expect((screen.getByTestId('pp-doeljaar') as HTMLSelectElement).value).toBe('2025');
    expect(screen.getByTestId('pp-factor-2011').textContent).toBe('1,436');
  });

  it('in het Engels', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    render(<Prijspeil />);
    await user.click(screen.getByRole('button', { name: 'To 2025 prices (CBS inflation)' }));
    expect(screen.getByTestId('pp-cbs-status').textContent).toContain('Statistics Netherlands');
  });
});

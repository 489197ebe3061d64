// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { berekenScenario, type Scenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';

const saldo = (s: Scenario, id: string) => formatEuro(berekenScenario(s).werkwijzen.find((w) => w.id === id)!.saldo.perKlant.toNumber(), 'nl');
const veld = (id: string) => document.getElementById(id) as HTMLInputElement;
const huidig = () => useScenarioStore.getState().scenario;

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('Invoer', () => {
  it('editing the Klantreis preparation cost updates the totals to the engine values', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const invoer = veld('veld-werkwijzen-1-kosten-preparation-bedrag');
    expect(invoer.value).toBe('1700');
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(DEN_HAAG, 'klantreis'));
    await user.clear(invoer);
    await user.type(invoer, '1500');
    const verwacht = structuredClone(DEN_HAAG);
    verwacht.werkwijzen[1]!.kosten.preparation.bedrag = 1500;
    expect(huidig()).toEqual(verwacht);
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(verwacht, 'klantreis'));
    expect(screen.getByTestId('gewijzigd-werkwijzen.1.kosten.preparation.bedrag')).toBeTruthy();
  });
});

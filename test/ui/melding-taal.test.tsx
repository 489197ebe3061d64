// @vitest-environment jsdom
/**
 * tester5 #12: an open notice (a refused file's message) stayed in Dutch after switching to English.
 * A notice is now kept as a function of the language and shown in the language chosen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';

const omgeving: Omgeving = { opslag: null, fragment: () => '', wisFragment: () => {}, bijFragmentWijziging: () => () => {} };
const tekst = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, inGebruik: [], concept: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('notices follow a language switch (tester5 #12)', () => {
  it('a refused file: Dutch, then all English after choosing English, and Dutch again', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    const invoer = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(invoer, new File(['{"x":'], 'kapot.json', { type: 'application/json' }));
    const melding = await screen.findByTestId('melding-actie');
    expect(tekst(melding)).toMatch(/^Het bestand “kapot\.json” is niet geopend\..*geen geldige JSON.*Het huidige scenario is niet veranderd\./);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    await waitFor(() => expect(tekst(screen.getByTestId('melding-actie'))).toMatch(/^The file “kapot\.json” was not opened\./));
    const en = tekst(screen.getByTestId('melding-actie'));
    expect(en).toContain('The current scenario has not changed.');
    expect(en).not.toMatch(/Het |niet|bestand/);
    expect(screen.getByRole('button', { name: /^Close: The file “kapot\.json” was not opened\./ })).toBeTruthy();
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    expect(tekst(screen.getByTestId('melding-actie'))).toMatch(/^Het bestand “kapot\.json” is niet geopend\./);
  });
});

// @vitest-environment jsdom
/**
 * tester9 #7: a bad pathway name or scenario title holds back the results like a bad number does,
 * but the "Niet bijgewerkt" notice only said "De invoer bevat 1 fout" without naming the field.
 * Now it names the field, its pathway and the text still in use, in nl and en.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { NietBijgewerkt } from '../../src/ui/gedeeld/NietBijgewerkt';
import Invoer from '../../src/ui/invoer/Invoer';
import { SCENARIO_TAB, useInvoerWeergave } from '../../src/ui/invoer/weergave';

const schoon = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const melding = () => schoon(screen.getByTestId('niet-bijgewerkt').textContent);

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, inGebruik: [], concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: null, bronnen: false });
});
afterEach(cleanup);

describe('Niet bijgewerkt names a held-back text field (tester9 #7)', () => {
  it('a blank pathway name: the notice names "Naam van de werkwijze (Klantreis …)" and the name in use', async () => {
    const user = userEvent.setup();
    render(
      <>
        <NietBijgewerkt />
        <Invoer />
      </>,
    );
    const v = document.getElementById('veld-werkwijzen-1-naam') as HTMLInputElement;
    await user.click(v);
    await user.type(v, '   ', { initialSelectionStart: 0, initialSelectionEnd: v.value.length });
    await user.tab();
    expect(v.getAttribute('aria-invalid')).toBe('true');
    expect(useScenarioStore.getState().scenario.werkwijzen[1]!.naam).toBe('Klantreis Financiële Hulpverlening');
    expect(melding()).toBe(
      'Niet bijgewerkt. De invoer bevat 1 fout. De resultaten rekenen nog met “Klantreis Financiële Hulpverlening” voor Naam van de werkwijze (Klantreis Financiële Hulpverlening), de waarde van vóór deze bewerking. Wat nu in dat veld staat, wordt niet gebruikt, niet bewaard en niet onthouden bij herladen, tot de invoer weer klopt.',
    );
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(melding()).toContain('The results still use “Klantreis Financiële Hulpverlening” for Name of the pathway (Klantreis Financiële Hulpverlening)');
  });

  it('an empty scenario title: the notice names "Titel van het scenario"', async () => {
    useInvoerWeergave.setState({ tab: SCENARIO_TAB });
    const user = userEvent.setup();
    render(
      <>
        <NietBijgewerkt />
        <Invoer />
      </>,
    );
    const v = document.getElementById('veld-titel') as HTMLInputElement;
    await user.clear(v);
    await user.tab();
    expect(v.getAttribute('aria-invalid')).toBe('true');
    expect(melding()).toContain(`De resultaten rekenen nog met “${DEN_HAAG.titel}” voor Titel van het scenario, de waarde van vóór deze bewerking.`);
  });
});

// @vitest-environment jsdom
/**
 * tester5 #9: Ctrl+Z with focus on a field's "Terugzetten" button undid the edit, the button went
 * (the field is back at its default) and focus fell to the page body. Now it goes to that field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';
import Invoer from '../../src/ui/invoer/Invoer';
import { useInvoerWeergave } from '../../src/ui/invoer/weergave';

const omgeving: Omgeving = { opslag: null, fragment: () => '', wisFragment: () => {}, bijFragmentWijziging: () => () => {} };
const bedrag = () => useScenarioStore.getState().scenario.werkwijzen[1]!.kosten.preparation.bedrag;

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, inGebruik: [], concept: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: null, bronnen: false });
  history.replaceState(null, '', location.pathname);
});
afterEach(cleanup);

describe('Ctrl+Z keeps keyboard focus (tester5 #9)', () => {
  it('focus on the Terugzetten button that the undo removes: focus goes to the field whose value was undone', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ScenarioMenu omgeving={omgeving} />
        <Invoer />
      </>,
    );
    const veld = document.getElementById('veld-werkwijzen-1-kosten-preparation-bedrag') as HTMLInputElement;
    await user.click(veld);
    await user.type(veld, '1800', { initialSelectionStart: 0, initialSelectionEnd: veld.value.length });
    await user.tab();
    const knop = document.activeElement as HTMLElement;
    expect(knop.textContent).toBe('Terugzetten');
    expect(bedrag()).toBe(1800);
    await user.keyboard('{Control>}z{/Control}');
    expect(bedrag()).toBe(1700);
    await waitFor(() => expect(knop.isConnected).toBe(false));
    expect(document.activeElement).toBe(veld);
    expect(veld.value).toBe('1700');
    // The next Tab goes on from the field, not from the top of the page.
    await user.tab();
    expect(document.activeElement).not.toBe(document.body);
    expect(veld.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a control that stays keeps focus', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ScenarioMenu omgeving={omgeving} />
        <Invoer />
      </>,
    );
    const veld = document.getElementById('veld-werkwijzen-1-kosten-preparation-bedrag') as HTMLInputElement;
    await user.click(veld);
    await user.type(veld, '1800', { initialSelectionStart: 0, initialSelectionEnd: veld.value.length });
    await user.tab();
    await user.type(document.getElementById('veld-werkwijzen-1-kosten-settlementPhase-bedrag') as HTMLInputElement, '5');
    await user.tab();
    const knop = veld.closest('.veld')!.querySelector('.terugzet-knop') as HTMLElement;
    knop.focus();
    // Undoing the other field's edit leaves this button in place, and focus on it.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(document.getElementById('veld-werkwijzen-1-kosten-settlementPhase-bedrag')!.closest('.veld')!.querySelector('.terugzet-knop')).toBeNull());
    expect(knop.isConnected).toBe(true);
    expect(document.activeElement).toBe(knop);
  });
});

// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Scenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { PrintPmPosten } from '../../src/ui/gedeeld/pm/PmSecties';
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const huidig = () => useScenarioStore.getState().scenario;
/** Opens pathway i's tab and its PM group (closed at first; its fields are built when it opens). */
async function openPm(user: ReturnType<typeof userEvent.setup>, i: number) {
  await user.click(screen.getAllByRole('tab')[i]!);
  expect(screen.queryByTestId(`pm-invoer-${i}`)).toBeNull();
  await user.click(screen.getByRole('heading', { name: 'Niet in geld uitgedrukte effecten (PM-posten)' }));
  await waitFor(() => expect(screen.getByTestId(`pm-invoer-${i}`)).toBeTruthy());
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('PM items: editing in the inputs view', () => {
  it('a rating and a note change the scenario and show in the overview', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Invoer />);
    await openPm(user, 1);
    const stress = screen.getByTestId('pm-post-1-3');
    expect(screen.getByRole('group', { name: 'Minder stress en meer rust' })).toBe(stress);
    expect((within(stress).getByRole('radio', { name: 'positief' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(stress).getByRole('radio', { name: 'negatief' }));
    expect(huidig().werkwijzen[1]!.pmPosten[3]).toMatchObject({ effect: 'minderStress', beoordeling: '-' });
    const noot = within(stress).getByRole('textbox', { name: 'Toelichting' });
    await user.clear(noot);
    await user.paste('Meer druk door de wachtlijst.');
    expect(huidig().werkwijzen[1]!.pmPosten[3]).toEqual({ effect: 'minderStress', beoordeling: '-', toelichting: 'Meer druk door de wachtlijst.' });
    expect(huidig().werkwijzen[1]!.pmPosten.slice(0, 3)).toEqual(DEN_HAAG.werkwijzen[1]!.pmPosten.slice(0, 3));
    unmount();

    render(<Overzicht />);
    const tabel = screen.getByTestId('pm-overzicht');
    expect(within(tabel).getByRole('columnheader', { name: 'Klantreis Financiële Hulpverlening' })).toBeTruthy();
    // The baseline lists no effects of its own, so it has no column.
    expect(within(tabel).queryByRole('columnheader', { name: /Reguliere werkwijze/ })).toBeNull();
    expect(screen.getByTestId('pm-klantreis-minderStress').textContent).toBe('− negatief');
    expect(screen.getByTestId('pm-klantreis-financieleVaardigheden').textContent).toBe('+ positief');
    expect(within(tabel).getAllByRole('rowheader').map((x) => x.textContent)).toEqual([
      'Financiële vaardigheden',
      'Betere inkomenspositie',
      'Betere ervaren gezondheid',
      'Minder stress en meer rust',
    ]);
  });

  it('adds a custom effect (a name is required, in Dutch at the field), and removes one', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await openPm(user, 0);
    const regulier = screen.getByTestId('pm-invoer-0');
    expect(within(regulier).getByText(/Nog geen effecten/)).toBeTruthy();
    await user.selectOptions(within(regulier).getByRole('combobox', { name: 'Voeg toe:' }), 'Eigen effect');
    const voor = huidig();
    await user.click(within(regulier).getByRole('button', { name: 'Voeg toe (Reguliere werkwijze (FIG-route))' }));
    const naam = document.getElementById('veld-werkwijzen-0-pmPosten-0-naam') as HTMLInputElement;
    await waitFor(() =>
      expect(document.getElementById('veld-werkwijzen-0-pmPosten-0-naam-fout')?.textContent).toBe(
        'PM-post 1 (nieuw effect): naam (Reguliere werkwijze (FIG-route)): mag niet leeg zijn',
      ),
    );
    expect(naam.getAttribute('aria-invalid')).toBe('true');
    expect(huidig()).toBe(voor); // invalid: the store keeps the last valid scenario
    // Closing the group while it holds an error keeps the field, so the error summary can reach it.
    await user.click(screen.getByRole('heading', { name: 'Niet in geld uitgedrukte effecten (PM-posten)' }));
    expect((document.getElementById('groep-pmposten-regulier') as HTMLDetailsElement).open).toBe(false);
    expect(document.getElementById('veld-werkwijzen-0-pmPosten-0-naam')).toBe(naam);
    await user.click(screen.getByRole('heading', { name: 'Niet in geld uitgedrukte effecten (PM-posten)' }));
    await user.type(naam, 'Wachttijd');
    await user.click(within(screen.getByTestId('pm-post-0-0')).getByRole('radio', { name: 'negatief' }));
    expect(huidig().werkwijzen[0]!.pmPosten).toEqual([{ effect: 'eigen', naam: 'Wachttijd', beoordeling: '-', toelichting: '' }]);
    expect(document.getElementById('veld-werkwijzen-0-pmPosten-0-naam-fout')).toBeNull();

    await openPm(user, 1);
    await user.click(screen.getByRole('button', { name: 'Verwijder: Betere ervaren gezondheid (Klantreis Financiële Hulpverlening)' }));
    expect(huidig().werkwijzen[1]!.pmPosten.map((p) => p.effect)).toEqual(['financieleVaardigheden', 'inkomenspositie', 'minderStress']);
    // The removed standard effect can be added again.
    const klantreis = screen.getByTestId('pm-invoer-1');
    const opties = within(within(klantreis).getByRole('combobox', { name: 'Voeg toe:' })).getAllByRole('option').map((o) => o.textContent);
    expect(opties).toEqual(['Betere ervaren gezondheid', 'Eigen effect']);
    await user.click(within(klantreis).getByRole('button', { name: /^Voeg toe/ }));
    expect(huidig().werkwijzen[1]!.pmPosten[3]).toEqual({ effect: 'ervarenGezondheid', beoordeling: '0', toelichting: '' });
  });

  it('undo brings the old rating back into the form', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await openPm(user, 1);
    await user.click(within(screen.getByTestId('pm-post-1-0')).getByRole('radio', { name: 'geen verschil' }));
    expect(huidig().werkwijzen[1]!.pmPosten[0]!.beoordeling).toBe('0');
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(huidig()).toEqual(DEN_HAAG);
    expect((within(screen.getByTestId('pm-post-1-0')).getByRole('radio', { name: 'positief' }) as HTMLInputElement).checked).toBe(true);
  });

  it('axe-clean: the PM group with an error', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <Invoer />
      </main>,
    );
    await openPm(user, 0);
    await user.click(within(screen.getByTestId('pm-invoer-0')).getByRole('button', { name: /^Voeg toe/ }));
    await user.selectOptions(within(screen.getByTestId('pm-invoer-0')).getByRole('combobox', { name: 'Voeg toe:' }), 'Eigen effect');
    await user.click(within(screen.getByTestId('pm-invoer-0')).getByRole('button', { name: /^Voeg toe/ }));
    const uit = await axe.run(container.querySelector('#groep-pmposten-regulier')!, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(uit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('PM items in the overview and the print', () => {
  it('the overview says so when no pathway lists any', () => {
    const s: Scenario = structuredClone(DEN_HAAG);
    s.werkwijzen[1]!.pmPosten = [];
    useScenarioStore.setState({ scenario: s });
    render(<Overzicht />);
    expect(screen.getByTestId('pm-overzicht').textContent).toMatch(/noemt nog geen effecten die niet in geld zijn uitgedrukt/);
  });

  it('the print section has the ratings and every note, in English too', () => {
    const s: Scenario = structuredClone(DEN_HAAG);
    s.werkwijzen[0]!.pmPosten = [{ effect: 'eigen', naam: 'Wachttijd', beoordeling: '-', toelichting: 'Langer wachten.' }];
    const { rerender } = render(<PrintPmPosten s={s} />);
    const print = screen.getByTestId('print-pm');
    expect(print.className).toContain('alleen-print');
    // The baseline now lists an effect, so it gets a column.
    expect(within(print).getByRole('columnheader', { name: 'Reguliere werkwijze (FIG-route) (nulalternatief)' })).toBeTruthy();
    const wachttijd = within(print).getByRole('rowheader', { name: 'Wachttijd' }).closest('tr')!;
    expect([...wachttijd.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['− negatief', '– niet beoordeeld']);
    expect(print.textContent).toContain('Wachttijd (− negatief): Langer wachten.');
    expect(print.textContent).toContain(`Minder stress en meer rust (+ positief): ${DEN_HAAG.werkwijzen[1]!.pmPosten[3]!.toelichting}`);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    rerender(<PrintPmPosten s={s} />);
    expect(screen.getByTestId('print-pm').textContent).toContain('Less stress and more peace of mind (+ positive)');
  });
});

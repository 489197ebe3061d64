// @vitest-environment jsdom
/**
 * Pathway management in the inputs view (issue 5 part 1): every action is one store edit, and the
 * form's fields stay on the right pathway after adding, copying, moving and deleting (the form is
 * indexed by position).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { ongedaanMaken, useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { kopieer, voegToe } from '../../src/store/werkwijzen';
import type { Scenario } from '../../src/model';
import Invoer from '../../src/ui/invoer/Invoer';
import { Werkwijzenbeheer } from '../../src/ui/invoer/werkwijzen/Werkwijzenbeheer';
import { SCENARIO_TAB, useInvoerWeergave } from '../../src/ui/invoer/weergave';
import { naarInvoertekst } from '../../src/ui/gedeeld/getalInvoer';

const huidig = () => useScenarioStore.getState().scenario;
const veld = (id: string) => document.getElementById(id) as HTMLInputElement;
const ids = () => huidig().werkwijzen.map((w) => w.id);
const beheer = () => within(screen.getByTestId('werkwijzenbeheer'));
const melding = () => screen.getByTestId('werkwijzenbeheer-melding').textContent;

/** Every pathway's name and preparation cost in the form, by position, against the store. */
function formulierKloptMetStore() {
  huidig().werkwijzen.forEach((w, i) => {
    expect(veld(`veld-werkwijzen-${i}-naam`).value).toBe(w.naam);
    expect(veld(`veld-werkwijzen-${i}-kosten-preparation-bedrag`).value).toBe(naarInvoertekst(w.kosten.preparation.bedrag));
    expect(veld(`veld-werkwijzen-${i}-cohort`).value).toBe(naarInvoertekst(w.cohort));
  });
  expect(veld(`veld-werkwijzen-${huidig().werkwijzen.length}-naam`)).toBeNull();
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: SCENARIO_TAB }); // pathway management sits in the "Scenario en werkwijzen" tab
});
afterEach(cleanup);

describe('Werkwijzenbeheer in de invoer', () => {
  it('add, move up, rename, choose the baseline, delete: each one undo step; the form follows by position', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await user.click(beheer().getByRole('button', { name: '+ Lege werkwijze toevoegen' }));
    expect(ids()).toEqual(['regulier', 'klantreis', 'nieuwe-werkwijze']);
    expect(melding()).toBe('“Nieuwe werkwijze” is toegevoegd als werkwijze 3. Vul in haar tabblad het cohort, de uitkomsten en de kosten in.');
    await waitFor(formulierKloptMetStore);
    expect(veld('veld-werkwijzen-2-kosten-preparation-bedrag').value).toBe('0');

    // Move it up with the keyboard: focus stays on the moved pathway's button.
    const omhoog = beheer().getByRole('button', { name: 'Omhoog: Nieuwe werkwijze' });
    omhoog.focus();
    await user.keyboard('{Enter}');
    expect(ids()).toEqual(['regulier', 'nieuwe-werkwijze', 'klantreis']);
    expect(document.activeElement).toBe(beheer().getByRole('button', { name: 'Omhoog: Nieuwe werkwijze' }));
    expect(melding()).toBe('“Nieuwe werkwijze” staat nu op plaats 2 van 3.');
    await waitFor(formulierKloptMetStore);
    expect(veld('veld-werkwijzen-2-kosten-preparation-bedrag').value).toBe('1.700'); // Klantreis moved to position 3

    // Rename: Dutch message at the field for a name already in use; Enter saves.
    await user.click(beheer().getByRole('button', { name: 'Naam wijzigen: Nieuwe werkwijze' }));
    const naam = beheer().getByLabelText('Nieuwe naam voor “Nieuwe werkwijze”');
    await user.clear(naam);
    await user.type(naam, 'klantreis financiële hulpverlening{Enter}');
    expect(naam.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^er is al een werkwijze met de naam “Klantreis Financiële Hulpverlening”/)).toBeTruthy();
    await user.clear(naam);
    await user.type(naam, 'Snelle route{Enter}');
    expect(huidig().werkwijzen[1]!.naam).toBe('Snelle route');
    await waitFor(formulierKloptMetStore);

    // The baseline cannot be deleted; the refusal is explained.
    await user.click(beheer().getByRole('button', { name: 'Verwijderen: Reguliere werkwijze (FIG-route)' }));
    expect(melding()).toBe('“Reguliere werkwijze (FIG-route)” is het nulalternatief; alle werkwijzen worden ermee vergeleken. Kies eerst een andere werkwijze als nulalternatief.');
    expect(ids()).toHaveLength(3);
    await user.click(beheer().getByRole('radio', { name: 'Klantreis Financiële Hulpverlening' }));
    expect(huidig().werkwijzen.find((w) => w.nulalternatief)!.id).toBe('klantreis');
    await user.click(beheer().getByRole('button', { name: 'Verwijderen: Reguliere werkwijze (FIG-route)' }));
    expect(ids()).toEqual(['nieuwe-werkwijze', 'klantreis']);
    await waitFor(formulierKloptMetStore);

    // Two left: deleting is refused with the reason, also for the project pathway.
    const verwijder = beheer().getByRole('button', { name: 'Verwijderen: Snelle route' });
    expect(verwijder.getAttribute('aria-disabled')).toBe('true');
    await user.click(verwijder);
    expect(ids()).toHaveLength(2);
    expect(melding()).toMatch(/^Er zijn minstens 2 werkwijzen nodig/);

    // Five edits, five undo steps; undo refills the form at the right positions.
    expect(useScenarioStore.getState().verleden).toHaveLength(5);
    ongedaanMaken();
    ongedaanMaken();
    await waitFor(() => expect(ids()).toEqual(['regulier', 'nieuwe-werkwijze', 'klantreis']));
    await waitFor(formulierKloptMetStore);
  }, 60_000);

  it('a copy lands right after its source with the same figures', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await user.click(beheer().getByRole('button', { name: 'Kopiëren: Reguliere werkwijze (FIG-route)' }));
    expect(ids()).toEqual(['regulier', 'reguliere-werkwijze-fig-route-kopie', 'klantreis']);
    await waitFor(formulierKloptMetStore);
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').value).toBe(naarInvoertekst(DEN_HAAG.werkwijzen[0]!.kosten.preparation.bedrag));
  });

  it('at 8 pathways no 9th is offered; the reason stands beside the button', async () => {
    let s: Scenario = DEN_HAAG;
    for (let i = 0; i < 6; i++) {
      const r = i % 2 ? voegToe(s) : kopieer(s, 'klantreis');
      if (!r.ok) throw new Error(r.bericht);
      s = r.scenario;
    }
    useScenarioStore.setState({ scenario: s });
    const user = userEvent.setup();
    render(<Invoer />);
    expect(beheer().getAllByRole('listitem')).toHaveLength(8);
    const toevoegen = beheer().getByRole('button', { name: '+ Lege werkwijze toevoegen' });
    expect(toevoegen.getAttribute('aria-disabled')).toBe('true');
    expect(beheer().getByText(/^8 van hoogstens 8 werkwijzen\. Er zijn al 8 werkwijzen, het maximum\./)).toBeTruthy();
    await user.click(toevoegen);
    await user.click(beheer().getAllByRole('button', { name: /^Kopiëren/ })[0]!);
    expect(huidig()).toBe(s);
    expect(melding()).toBe('Er zijn al 8 werkwijzen, het maximum. Verwijder eerst een werkwijze.');
    // The form shows all eight pathways.
    formulierKloptMetStore();
  }, 60_000);

  it('while the form holds invalid input, no action runs (what was typed would be lost)', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const cohort = veld('veld-werkwijzen-0-cohort');
    await user.clear(cohort);
    await user.paste('abc');
    await waitFor(() => expect(useInvoerStatusStore.getState().ongeldig).toBe(true));
    expect(veld('veld-werkwijzen-0-cohort').value).toBe('abc');
    await user.click(beheer().getByRole('button', { name: '+ Lege werkwijze toevoegen' }));
    expect(ids()).toEqual(['regulier', 'klantreis']);
    expect(melding()).toMatch(/^Herstel eerst de invoer met een fout hieronder/);
    expect(veld('veld-werkwijzen-0-cohort').value).toBe('abc');
  });
});

describe('Werkwijzenbeheer: automatisch referentiecohort', () => {
  it('says so when moving a pathway changes the automatic reference cohort', async () => {
    const kopie = kopieer({ ...DEN_HAAG, instellingen: { ...DEN_HAAG.instellingen, referentieCohort: null } }, 'regulier');
    if (!kopie.ok) throw new Error(kopie.bericht);
    useScenarioStore.setState({ scenario: kopie.scenario });
    const user = userEvent.setup();
    render(<Werkwijzenbeheer />);
    await user.click(screen.getByRole('button', { name: 'Omlaag: Reguliere werkwijze (FIG-route) (kopie)' }));
    expect(ids()).toEqual(['regulier', 'klantreis', 'reguliere-werkwijze-fig-route-kopie']);
    expect(melding()).toBe(
      `“Reguliere werkwijze (FIG-route) (kopie)” staat nu op plaats 3 van 3. Het referentiecohort is nu ${DEN_HAAG.werkwijzen[1]!.cohort} klanten: het cohort van de eerste projectwerkwijze in de lijst (vul bij Toedeling een vast referentiecohort in om dat te voorkomen).`,
    );
    await user.click(screen.getByRole('button', { name: 'Omhoog: Reguliere werkwijze (FIG-route)' }));
    expect(melding()).toBe('“Reguliere werkwijze (FIG-route)” staat al bovenaan.');
  });
});

describe('Werkwijzenbeheer in English', () => {
  it('names a new pathway and a copy in the UI language, twice without clashing', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    render(<Werkwijzenbeheer />);
    await user.click(screen.getByRole('button', { name: '+ Add a blank pathway' }));
    await user.click(screen.getByRole('button', { name: '+ Add a blank pathway' }));
    await user.click(screen.getByRole('button', { name: 'Copy: Klantreis Financiële Hulpverlening' }));
    expect(huidig().werkwijzen.map((w) => w.naam)).toEqual([
      'Reguliere werkwijze (FIG-route)',
      'Klantreis Financiële Hulpverlening',
      'Klantreis Financiële Hulpverlening (copy)',
      'New pathway',
      'New pathway 2',
    ]);
    expect(huidig().werkwijzen[3]!.toelichting).toBe('New pathway: enter its cohort, outcomes and costs.');
    expect(melding()).toBe('“Klantreis Financiële Hulpverlening (copy)” has been added as a copy, at position 3.');
  });
});

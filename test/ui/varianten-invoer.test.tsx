// @vitest-environment jsdom
/** Editing variants in the app (issue 11 item 5): view, add, remove, edit an assumption, refused without a source. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { bewerkScenario, ongedaanMaken, opnieuw, useScenarioStore, zetScenario } from '../../src/store/scenarioStore';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { VariantenInvoer } from '../../src/ui/invoer/varianten/VariantenInvoer';
import { invoerStoresTerug } from '../helpers/invoerStores';

beforeEach(() => {
  invoerStoresTerug();
  // The start: Den Haag opened, as the app does (a line of its own in the store).
  zetScenario(DEN_HAAG, { geschiedenis: false });
});
afterEach(cleanup);

const varianten = () => useScenarioStore.getState().scenario.varianten;

describe('varianten bewerken', () => {
  it('toont de varianten van Den Haag met hun afwijking, waarde en bron', () => {
    render(<VariantenInvoer />);
    const sets = screen.getAllByRole('group');
    expect(sets.map((f) => f.querySelector('legend')!.textContent)).toEqual(['Aannames van het rapport (conservatief)', 'Bovenschattingen van Van Geuns e.a. (2011)']);
    const waarde = within(sets[1]!).getByLabelText(/^Waarde: /) as HTMLInputElement;
    expect(waarde.value).toBe('12');
    expect((within(sets[1]!).getByLabelText(/^Bron \(verplicht\): /) as HTMLInputElement).value).toMatch(/^Van Geuns e\.a\. 2011/);
  });

  it('een variant verwijderen en toepassen: het scenario houdt er één', () => {
    render(<VariantenInvoer />);
    fireEvent.click(within(screen.getAllByRole('group')[1]!).getByRole('button', { name: /^Variant verwijderen / }));
    expect(varianten()).toHaveLength(2); // not yet applied
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(varianten()?.map((v) => v.id)).toEqual(['rapport']);
  });

  it('een variant toevoegen met een aanname zonder bron wordt geweigerd en blijft staan; met bron toegepast', () => {
    render(<VariantenInvoer />);
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }));
    const nieuw = screen.getAllByRole('group')[2]!;
    fireEvent.click(within(nieuw).getByRole('button', { name: /^Aanname toevoegen / }));
    // The first parameter: the share reaching a debt arrangement (85%), set to 70%.
    fireEvent.change(within(nieuw).getByLabelText(/^Waarde: /), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    // One short form naming the variant and the field once (tester9 #5), and the field itself marked.
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toBe('variant "Variant 3", bron bij Kans op schuldregeling na start fase schulden regelen: mag niet leeg zijn');
    const bron = within(nieuw).getByLabelText(/^Bron \(verplicht\): /);
    expect(bron.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(bron.getAttribute('aria-describedby')!)!.textContent).toBe('mag niet leeg zijn');
    // The message names the place with the words of this view: the variant's table is headed "Afwijkende aannames" (review: it said "Parameters").
    expect(nieuw.querySelector('caption')!.textContent).toBe('Afwijkende aannames: Variant 3');
    expect(varianten()).toHaveLength(2);
    expect((within(nieuw).getByLabelText(/^Waarde: /) as HTMLInputElement).value).toBe('70');

    fireEvent.change(within(nieuw).getByLabelText(/^Bron \(verplicht\): /), { target: { value: 'Eigen schatting gemeente, 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.queryByTestId('varianten-invoer-fouten')).toBeNull();
    const v = varianten()![2]!;
    expect(v).toMatchObject({ id: 'variant-1', naam: 'Variant 3', parameters: { 'allocation.successShare': { waarde: 0.7, bron: 'Eigen schatting gemeente, 2026' } } });
  });

  it('een onleesbare waarde: melding met variant en parameter, het scenario blijft', () => {
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    fireEvent.change(within(set).getByLabelText(/^Waarde: /), { target: { value: 'twaalf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toMatch(/^variant "Bovenschattingen van Van Geuns e\.a\. \(2011\)", Maanden eerder uit de bijstand: /);
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);
  });

  it('een waarde buiten het bereik van haar eenheid (1.000 maanden, −3): gemarkeerd op het veld met haar melding, de lijst noemt variant en veld één keer, zonder intern id (tester9 #5)', async () => {
    const user = userEvent.setup();
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    const veld = within(set).getByLabelText(/^Waarde: /) as HTMLInputElement;
    expect(veld.hasAttribute('aria-invalid')).toBe(false);
    await user.clear(veld);
    await user.type(veld, '1.000');
    await user.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    const lijst = screen.getByTestId('varianten-invoer-fouten');
    expect(lijst.textContent).toBe('variant "Bovenschattingen van Van Geuns e.a. (2011)", Maanden eerder uit de bijstand: is meer dan 600 maanden (1.000)');
    expect(lijst.textContent).not.toContain('(bovenschattingen)');
    expect(lijst.textContent).not.toContain('›');
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    const melding = document.getElementById(veld.getAttribute('aria-describedby')!)!;
    expect(melding.textContent).toBe('is meer dan 600 maanden (1.000)');
    expect(melding.className).toBe('veld-foutmelding');
    expect(document.activeElement).toBe(veld);
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);

    await user.clear(veld);
    await user.type(veld, '-3');
    await user.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(lijst.textContent).toMatch(/^variant "Bovenschattingen van Van Geuns e\.a\. \(2011\)", Maanden eerder uit de bijstand: mag niet negatief zijn, maar is −3/);
    // Fixed: applied, and the mark is gone.
    await user.clear(veld);
    await user.type(veld, '10');
    await user.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.queryByTestId('varianten-invoer-fouten')).toBeNull();
    expect(veld.hasAttribute('aria-invalid')).toBe(false);
    expect(veld.hasAttribute('aria-describedby')).toBe(false);
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(10);
  });

  it('in het Engels: "variant "…", Months earlier off social assistance: …", marked on the field; a duplicate name on the name field', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    const veld = within(set).getByLabelText(/^Value: /) as HTMLInputElement;
    await user.clear(veld);
    await user.type(veld, '1000');
    await user.click(screen.getByRole('button', { name: 'Apply variants' }));
    const lijst = screen.getByTestId('varianten-invoer-fouten');
    expect(lijst.textContent).toMatch(/^variant "Bovenschattingen van Van Geuns e\.a\. \(2011\)", [^:]+: is more than 600 months \(1,000\)$/);
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    await user.clear(veld);
    await user.type(veld, '10');
    const naam = document.getElementById('variant-1-naam') as HTMLInputElement;
    await user.clear(naam);
    await user.type(naam, 'Aannames van het rapport (conservatief)');
    await user.click(screen.getByRole('button', { name: 'Apply variants' }));
    expect(lijst.textContent).toMatch(/^variant "Aannames van het rapport \(conservatief\)", Name: "Aannames van het rapport \(conservatief\)" is also the name of variant no\. 1/);
    expect(naam.getAttribute('aria-invalid')).toBe('true');
    expect(veld.hasAttribute('aria-invalid')).toBe(false);
  });

  it('"4,500" months is refused as ambiguous (4.500 or 4,50?); the scenario keeps 12', () => {
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    fireEvent.change(within(set).getByLabelText(/^Waarde: /), { target: { value: '4,500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toContain('Maanden eerder uit de bijstand: "4,500" is dubbelzinnig: bedoelt u 4.500 of 4,50? Typ 4500 of 4,50');
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);
  });

  it('een nieuwe waarde voor een andere parameter: de rij begint bij de waarde van die parameter, zonder de oude bron (tester3 #3)', () => {
    render(<VariantenInvoer />);
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }));
    const set = screen.getAllByRole('group')[2]!;
    fireEvent.click(within(set).getByRole('button', { name: /^Aanname toevoegen / }));
    fireEvent.change(within(set).getByLabelText(/^Waarde: /), { target: { value: '85' } });
    fireEvent.change(within(set).getByLabelText(/^Bron \(verplicht\): /), { target: { value: 'eigen schatting' } });
    fireEvent.change(within(set).getByLabelText(/^Parameter van aanname 1 /), { target: { value: 'eviction.cost' } });
    // 85 (%) is not € 85: the row now holds the scenario's cost of an eviction, € 5.865, and asks for a new source.
    expect((within(set).getByLabelText(/^Waarde: /) as HTMLInputElement).value).toBe('5.865');
    expect((within(set).getByLabelText(/^Bron \(verplicht\): /) as HTMLInputElement).value).toBe('');
  });
});

describe('een concept van de varianten hoort bij zijn scenario (tester3 #1, #2)', () => {
  const naamVeld = () => screen.getByLabelText('Naam van variant 1') as HTMLInputElement;

  it('blijft bewaard als de weergave sluit en weer opent', () => {
    const { unmount } = render(<VariantenInvoer />);
    fireEvent.change(naamVeld(), { target: { value: 'Mijn variant X' } });
    unmount();
    render(<VariantenInvoer />);
    expect(naamVeld().value).toBe('Mijn variant X');
    expect(screen.getByRole('button', { name: 'Varianten toepassen' })).toHaveProperty('disabled', false);
    expect(varianten()![0]!.naam).toBe('Aannames van het rapport (conservatief)');
  });

  it('een ander scenario geopend: zijn eigen varianten, het concept wordt er niet op toegepast; Ongedaan maken brengt het terug', () => {
    render(<VariantenInvoer />);
    fireEvent.change(naamVeld(), { target: { value: 'Mijn variant Y' } });
    const ander = VOORBEELDEN.find((v) => v.scenario !== DEN_HAAG && !v.scenario.varianten)!.scenario;
    act(() => zetScenario(ander));
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Varianten toepassen' })).toHaveProperty('disabled', true);
    expect(useScenarioStore.getState().scenario.varianten).toBeUndefined();

    act(() => ongedaanMaken());
    expect(naamVeld().value).toBe('Mijn variant Y');
    act(() => opnieuw());
    expect(screen.queryAllByRole('group')).toHaveLength(0);
  });

  it('Den Haag opnieuw geopend (hetzelfde voorbeeld) is een nieuw begin: het oude concept staat er niet in', () => {
    render(<VariantenInvoer />);
    fireEvent.change(naamVeld(), { target: { value: 'Mijn variant Z' } });
    act(() => zetScenario({ ...DEN_HAAG }));
    act(() => zetScenario(DEN_HAAG));
    expect(naamVeld().value).toBe('Aannames van het rapport (conservatief)');
    expect(screen.getByRole('button', { name: 'Varianten toepassen' })).toHaveProperty('disabled', true);
  });

  it('een bewerking elders in hetzelfde scenario laat het concept staan, en Toepassen geldt dit scenario', () => {
    render(<VariantenInvoer />);
    fireEvent.change(naamVeld(), { target: { value: 'Mijn variant W' } });
    act(() => bewerkScenario({ ...useScenarioStore.getState().scenario, titel: 'Den Haag, eigen titel' }));
    expect(naamVeld().value).toBe('Mijn variant W');
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(useScenarioStore.getState().scenario).toMatchObject({ titel: 'Den Haag, eigen titel' });
    expect(varianten()![0]!.naam).toBe('Mijn variant W');
  });
});

describe('toetsenbord: na een knop staat de focus op een zinnige plek, niet op BODY (tester3 #6)', () => {
  const RAPPORT = 'Aannames van het rapport (conservatief)';
  const GEUNS = 'Bovenschattingen van Van Geuns e.a. (2011)';
  const MAANDEN = 'Maanden eerder uit de bijstand';
  const KANS = 'Kans op schuldregeling na start fase schulden regelen';
  const sectie = () => screen.getByTestId('varianten-invoer');
  /** Focus a control and press Enter, as a keyboard user does. */
  async function druk(el: HTMLElement) {
    const user = userEvent.setup();
    act(() => el.focus());
    await user.keyboard('{Enter}');
  }
  const knop = (naam: string) => screen.getByRole('button', { name: naam });

  it('Aanname verwijderen: naar de volgende rij, anders de vorige, anders "Aanname toevoegen" van die variant', async () => {
    render(<VariantenInvoer />);
    await druk(knop(`Aanname toevoegen (${RAPPORT})`)); // a second row: the first free parameter
    await druk(knop(`Aanname toevoegen (${RAPPORT})`)); // and a third
    const rijen = () => within(screen.getAllByRole('group')[0]!).getAllByRole('button', { name: /^Aanname verwijderen: / });
    expect(rijen()).toHaveLength(3);
    const derde = rijen()[2]!.getAttribute('aria-label');
    // The first row: focus on the next one, which now stands first.
    await druk(knop(`Aanname verwijderen: ${MAANDEN} (${RAPPORT})`));
    expect(document.activeElement).toBe(knop(`Aanname verwijderen: ${KANS} (${RAPPORT})`));
    // The last row: focus on the previous one.
    await druk(screen.getByRole('button', { name: derde! }));
    expect(document.activeElement).toBe(knop(`Aanname verwijderen: ${KANS} (${RAPPORT})`));
    // None left: "Aanname toevoegen" of the same variant.
    await druk(knop(`Aanname verwijderen: ${KANS} (${RAPPORT})`));
    expect(document.activeElement).toBe(knop(`Aanname toevoegen (${RAPPORT})`));
    expect(varianten()![0]!.parameters).toEqual(DEN_HAAG.varianten![0]!.parameters); // not applied
  });

  it('Variant verwijderen: naar het eerste veld van de volgende variant, anders "Variant toevoegen"', async () => {
    render(<VariantenInvoer />);
    await druk(knop(`Variant verwijderen (${RAPPORT})`));
    const naam = within(screen.getByRole('group', { name: GEUNS })).getByLabelText('Naam van variant 1');
    expect(document.activeElement).toBe(naam);
    await druk(knop(`Variant verwijderen (${GEUNS})`));
    expect(document.activeElement).toBe(knop('Variant toevoegen'));
  });

  it('Variant toevoegen en Aanname toevoegen: naar het nieuwe veld (de knop kan daarna uitgeschakeld zijn)', async () => {
    render(<VariantenInvoer />);
    await druk(knop('Variant toevoegen'));
    const nieuw = screen.getAllByRole('group')[2]!;
    expect(document.activeElement).toBe(within(nieuw).getByLabelText('Naam van variant 3'));
    await druk(knop('Aanname toevoegen (Variant 3)'));
    expect(document.activeElement).toBe(within(nieuw).getByRole('combobox', { name: 'Parameter van aanname 1 (Variant 3)' }));
  });

  it('Variant toevoegen met Enter en dan typen: de standaardnaam is geselecteerd, dus het getypte vervangt "Variant 3" (tester5 #13)', async () => {
    const user = userEvent.setup();
    render(<VariantenInvoer />);
    knop('Variant toevoegen').focus();
    await user.keyboard('{Enter}');
    const naam = within(screen.getAllByRole('group')[2]!).getByLabelText('Naam van variant 3') as HTMLInputElement;
    expect(document.activeElement).toBe(naam);
    expect(naam.value).toBe('Variant 3');
    expect([naam.selectionStart, naam.selectionEnd]).toEqual([0, 9]);
    await user.keyboard('Hoge PW-kosten');
    expect(naam.value).toBe('Hoge PW-kosten');
    await user.click(knop('Varianten toepassen'));
    expect(varianten()![2]!.naam).toBe('Hoge PW-kosten');
  });

  it('Varianten toepassen en Wijzigingen weggooien: naar de statusmelding, die zegt wat er gebeurde', async () => {
    render(<VariantenInvoer />);
    const naam = screen.getByLabelText('Naam van variant 1');
    fireEvent.change(naam, { target: { value: 'Rapport, eigen naam' } });
    await druk(knop('Varianten toepassen'));
    expect(varianten()![0]!.naam).toBe('Rapport, eigen naam');
    const status = within(sectie()).getByRole('status');
    expect(document.activeElement).toBe(status);
    expect(status.textContent).toBe('De varianten zijn toegepast.');

    fireEvent.change(screen.getByLabelText('Naam van variant 1'), { target: { value: 'Weg ermee' } });
    expect(status.textContent).toBe('');
    await druk(knop('Wijzigingen weggooien'));
    expect(document.activeElement).toBe(status);
    expect(status.textContent).toBe('De wijzigingen zijn weggegooid.');
    expect((screen.getByLabelText('Naam van variant 1') as HTMLInputElement).value).toBe('Rapport, eigen naam');
  });

  /** The accessible names of the controls of a role in the editor (testing-library computes them). */
  const namen = (rol: 'button' | 'combobox' | 'textbox') => {
    const uit: string[] = [];
    within(sectie()).queryAllByRole(rol, { name: (n) => (uit.push(n), true) });
    return uit;
  };

  it('elke knop, keuzelijst en elk tekstveld van een variant heeft een eigen naam met de variant (en de parameter van de rij)', async () => {
    render(<VariantenInvoer />);
    await druk(knop(`Aanname toevoegen (${GEUNS})`));
    for (const rol of ['button', 'combobox'] as const) expect(new Set(namen(rol)).size, rol).toBe(namen(rol).length);
    expect(namen('combobox')).toEqual([`Parameter van aanname 1 (${RAPPORT})`, `Parameter van aanname 1 (${GEUNS})`, `Parameter van aanname 2 (${GEUNS})`]);
    expect(namen('button')).toEqual([
      `Aanname verwijderen: ${MAANDEN} (${RAPPORT})`,
      `Aanname toevoegen (${RAPPORT})`,
      `Variant verwijderen (${RAPPORT})`,
      `Aanname verwijderen: ${MAANDEN} (${GEUNS})`,
      `Aanname verwijderen: ${KANS} (${GEUNS})`,
      `Aanname toevoegen (${GEUNS})`,
      `Variant verwijderen (${GEUNS})`,
      'Variant toevoegen',
      'Varianten toepassen',
      'Wijzigingen weggooien',
    ]);
    expect(namen('textbox')).toContain(`Waarde: ${KANS} (${GEUNS})`);
    expect(namen('textbox')).toContain(`Bron (verplicht): ${MAANDEN} (${RAPPORT})`);
    const uit = await axe.run(sectie(), { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(uit.violations.map((v) => v.id)).toEqual([]);
  });

  it('Naam en Toelichting: per variant een eigen toegankelijke naam, id en name (tester: twee keer "Naam")', () => {
    render(<VariantenInvoer />);
    fireEvent.click(knop('Variant toevoegen'));
    const velden = within(sectie()).getAllByRole('textbox').filter((v) => v.closest('table') === null);
    expect(velden.map((v) => v.tagName)).toEqual(['INPUT', 'TEXTAREA', 'INPUT', 'TEXTAREA', 'INPUT', 'TEXTAREA']);
    expect(velden.filter((v) => v.tagName === 'INPUT').map((v) => (v as HTMLInputElement).value)).toEqual([RAPPORT, GEUNS, 'Variant 3']);
    expect(namen('textbox').filter((n) => /^(Naam|Toelichting)/.test(n))).toEqual([
      'Naam van variant 1',
      'Toelichting bij variant 1',
      'Naam van variant 2',
      'Toelichting bij variant 2',
      'Naam van variant 3',
      'Toelichting bij variant 3',
    ]);
    for (const attr of ['id', 'name'] as const) {
      const waarden = velden.map((v) => v.getAttribute(attr));
      expect(waarden.every(Boolean), attr).toBe(true);
      expect(new Set(waarden).size, attr).toBe(velden.length);
    }
    expect(velden.map((v) => v.getAttribute('name'))).toEqual(['varianten.0.naam', 'varianten.0.toelichting', 'varianten.1.naam', 'varianten.1.toelichting', 'varianten.2.naam', 'varianten.2.toelichting']);
    // Found by its label, each in its own variant.
    expect((screen.getByLabelText('Naam van variant 2') as HTMLInputElement).value).toBe(GEUNS);
    expect(within(screen.getByRole('group', { name: GEUNS })).getByRole('textbox', { name: 'Toelichting bij variant 2' })).toBe(velden[3]);
    // Every text field of the editor has a name of its own.
    expect(new Set(namen('textbox')).size).toBe(namen('textbox').length);
  });

  it('in het Engels ook', () => {
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    render(<VariantenInvoer />);
    expect(namen('button')).toContain(`Remove assumption: Months earlier out of welfare (${RAPPORT})`);
    expect(namen('button')).toContain(`Add an assumption (${GEUNS})`);
    expect(namen('button')).toContain(`Remove variant (${GEUNS})`);
    expect(namen('combobox')).toEqual([`Parameter of assumption 1 (${RAPPORT})`, `Parameter of assumption 1 (${GEUNS})`]);
    expect(namen('textbox').filter((n) => /^(Name|Note)/.test(n))).toEqual(['Name of variant 1', 'Note on variant 1', 'Name of variant 2', 'Note on variant 2']);
  });
});

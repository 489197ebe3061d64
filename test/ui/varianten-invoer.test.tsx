// @vitest-environment jsdom
/** Editing variants in the app (issue 11 item 5): view, add, remove, edit an assumption, refused without a source. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { bewerkScenario, ongedaanMaken, opnieuw, useScenarioStore, zetScenario } from '../../src/store/scenarioStore';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
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
    const waarde = within(sets[1]!).getByLabelText('Waarde') as HTMLInputElement;
    expect(waarde.value).toBe('12');
    expect((within(sets[1]!).getByLabelText('Bron (verplicht)') as HTMLInputElement).value).toMatch(/^Van Geuns e\.a\. 2011/);
  });

  it('een variant verwijderen en toepassen: het scenario houdt er één', () => {
    render(<VariantenInvoer />);
    fireEvent.click(within(screen.getAllByRole('group')[1]!).getByRole('button', { name: 'Variant verwijderen' }));
    expect(varianten()).toHaveLength(2); // not yet applied
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(varianten()?.map((v) => v.id)).toEqual(['rapport']);
  });

  it('een variant toevoegen met een aanname zonder bron wordt geweigerd en blijft staan; met bron toegepast', () => {
    render(<VariantenInvoer />);
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }));
    const nieuw = screen.getAllByRole('group')[2]!;
    fireEvent.click(within(nieuw).getByRole('button', { name: 'Aanname toevoegen' }));
    // The first parameter: the share reaching a debt arrangement (85%), set to 70%.
    fireEvent.change(within(nieuw).getByLabelText('Waarde'), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toContain('Varianten › nr. 3 › Parameters › Kans op schuldregeling na start fase schulden regelen › Bron: mag niet leeg zijn');
    expect(varianten()).toHaveLength(2);
    expect((within(nieuw).getByLabelText('Waarde') as HTMLInputElement).value).toBe('70');

    fireEvent.change(within(nieuw).getByLabelText('Bron (verplicht)'), { target: { value: 'Eigen schatting gemeente, 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.queryByTestId('varianten-invoer-fouten')).toBeNull();
    const v = varianten()![2]!;
    expect(v).toMatchObject({ id: 'variant-1', naam: 'Variant 3', parameters: { 'allocation.successShare': { waarde: 0.7, bron: 'Eigen schatting gemeente, 2026' } } });
  });

  it('een onleesbare waarde: melding met variant en parameter, het scenario blijft', () => {
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    fireEvent.change(within(set).getByLabelText('Waarde'), { target: { value: 'twaalf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toMatch(/^variant "Bovenschattingen van Van Geuns e\.a\. \(2011\)", Maanden eerder uit de bijstand: /);
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);
  });

  it('"4,500" months is refused as ambiguous (4.500 or 4,50?); the scenario keeps 12', () => {
    render(<VariantenInvoer />);
    const set = screen.getAllByRole('group')[1]!;
    fireEvent.change(within(set).getByLabelText('Waarde'), { target: { value: '4,500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Varianten toepassen' }));
    expect(screen.getByTestId('varianten-invoer-fouten').textContent).toContain('Maanden eerder uit de bijstand: "4,500" is dubbelzinnig: bedoelt u 4.500 of 4,50? Typ 4500 of 4,50');
    expect(varianten()![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);
  });

  it('een nieuwe waarde voor een andere parameter: de rij begint bij de waarde van die parameter, zonder de oude bron (tester3 #3)', () => {
    render(<VariantenInvoer />);
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }));
    const set = screen.getAllByRole('group')[2]!;
    fireEvent.click(within(set).getByRole('button', { name: 'Aanname toevoegen' }));
    fireEvent.change(within(set).getByLabelText('Waarde'), { target: { value: '85' } });
    fireEvent.change(within(set).getByLabelText('Bron (verplicht)'), { target: { value: 'eigen schatting' } });
    fireEvent.change(within(set).getByLabelText('Parameter'), { target: { value: 'eviction.cost' } });
    // 85 (%) is not € 85: the row now holds the scenario's cost of an eviction, € 5.865, and asks for a new source.
    expect((within(set).getByLabelText('Waarde') as HTMLInputElement).value).toBe('5.865');
    expect((within(set).getByLabelText('Bron (verplicht)') as HTMLInputElement).value).toBe('');
  });
});

describe('een concept van de varianten hoort bij zijn scenario (tester3 #1, #2)', () => {
  const naamVeld = () => within(screen.getAllByRole('group')[0]!).getByLabelText('Naam') as HTMLInputElement;

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

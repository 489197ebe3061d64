// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';

vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }) }));

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('Verantwoording', () => {
  it('explains the method with the allocation, E and the normalisation, with live numbers', () => {
    render(<Verantwoording />);
    const methode = tekst(screen.getByRole('heading', { name: 'Methode' }).closest('section'));
    expect(methode).toContain('85% krijgt alsnog een schuldregeling (Purpose, 2019)');
    expect(methode).toContain('grootste-restmethode');
    expect(methode).toContain('E = oplossing + gestabiliseerd');
    expect(methode).toContain('Bijvoorbeeld de kosten van Reguliere werkwijze (FIG-route): € 44.635 / 29 × 23 = € 35.400.');
    for (const u of ['Oplossing voor de schulden', 'Situatie gestabiliseerd', 'Geen oplossing en geen stabilisatie', 'Nog in de fase schulden regelen']) {
      expect(methode).toContain(u);
    }
  });

  it('lists the seven benefits with their formulas in words and who they accrue to', () => {
    const { container } = render(<Verantwoording />);
    expect(container.querySelectorAll('.baten-lijst > li')).toHaveLength(7);
    expect(tekst(container.querySelector('[data-baat="homelessness"]'))).toContain(
      'E × aandeel dreigende huisuitzetting × kans op escalatie zonder hulp × aandeel dat dakloos raakt × (crisisopvang + zorg en veiligheid)',
    );
    expect(tekst(container.querySelector('[data-baat="homelessness"]'))).toContain('Komt ten goede aan: Gemeente, Politie, Zorgverzekeraars');
  });

  it('lists every source, with the parameters that use it', () => {
    render(<Verantwoording />);
    expect(within(screen.getByTestId('scenario-bronnen')).getAllByRole('listitem')).toHaveLength(DEN_HAAG.bronnen.length);
    const par = tekst(screen.getByTestId('parameter-bronnen'));
    expect(par).toContain('Purpose 2019, gebruikt voor: Kans op schuldregeling na start fase schulden regelen');
    expect(par).toContain('Maatschappelijke Prijslijst Effectencalculator 2016, gebruikt voor: Kosten re-integratietraject');
    expect(par).toContain('Van Geuns e.a. 2011 (Schuldhulpverlening loont!)');
  });

  it("states the tool's own assumptions: the 50/50 split, the budget management split, rounding", () => {
    render(<Verantwoording />);
    const aannames = tekst(screen.getByTestId('aannames'));
    expect(aannames).toContain('Zorg en veiligheid: Politie 50%, Zorgverzekeraars 50%.');
    expect(aannames).toContain('€ 14.000 × 4 / 12 = € 4.667 in plaats van € 4.666,67');
    expect(aannames).toContain('In dit scenario staat die afronding aan');
    expect(tekst(screen.getByTestId('notities'))).toContain('regulier 7 basis + 6 plus, Klantreis 6 basis + 1 plus + 4 totaal');
  });

  it('reconciles with the report: six benefits in table 3.13, € 289 against € 189, the 84% claim', () => {
    render(<Verantwoording />);
    const zes = tekst(screen.getByTestId('punt-zes-baten'));
    expect(zes).toContain('Tabel 3.13 telt zes van de zeven baten op');
    expect(zes).toContain(
      'Klantreis Financiële Hulpverlening: de zeven gepubliceerde baten tellen op tot € 55.025; zonder re-integratie is dat € 55.025 − € 509 = € 54.516, het gepubliceerde totaal is € 54.515. Het verschil van € 1 komt uit de afronding van de gedrukte bedragen. Met alle zeven baten berekent deze tool € 55.025.',
    );
    expect(zes).toContain('Reguliere werkwijze (FIG-route): de zeven gepubliceerde baten tellen op tot € 25.273; zonder re-integratie is dat € 25.273 − € 320 = € 24.953');
    expect(zes).toContain('Deze tool telt alle zeven baten; daardoor zijn de totalen en het saldo hoger dan in het rapport.');
    expect(zes).toContain('Het saldo per klant wordt daardoor € −209 in plaats van € −231.');
    const tik = tekst(screen.getByTestId('punt-tikfout'));
    expect(tik).toContain('€ 289 in de tekst tegenover € 189 in de tabel (Voorkomen kosten van re-integratie).');
    expect(tik).toContain('de tabel geeft € 509 − € 320 = € 189');
    expect(tik).toContain('vermoedelijk een tikfout');
    const aandeel = tekst(screen.getByTestId('punt-aandeel'));
    expect(aandeel).toContain('84% van de baten van Klantreis Financiële Hulpverlening (deels) bij de gemeente');
    expect(aandeel).toContain('dat geeft 84,1%');
    expect(aandeel).toContain('slaat werkelijk 51,7% van de baten bij de gemeente neer');
  });

  it('has a table of every published figure with difference and cause, filterable to the mismatches', () => {
    render(<Verantwoording />);
    const tabel = screen.getByTestId('aansluiting-tabel');
    const rijen = () => within(tabel).getAllByRole('row').slice(1);
    expect(rijen()).toHaveLength(66);
    const totaal = tabel.querySelector('[data-onderdeel="klantreis:totaalBaten.totaal"]')!;
    expect([...totaal.querySelectorAll('td')].map((c) => tekst(c))).toEqual([
      'Klantreis Financiële Hulpverlening',
      '€ 54.515',
      '€ 55.024,77',
      '€ 509,77',
      '✗ nee',
      'het gepubliceerde totaal telt 6 van de 7 baten op: het laat Voorkomen kosten van re-integratie (€ 509) weg',
    ]);
    const claim = tabel.querySelector('[data-onderdeel="klantreis:claim.verschil.reintegration"]')!;
    expect(tekst(claim)).toContain('de tabel geeft € 509 − € 320 = € 189; de tekst noemt € 289');
    const welfare = tabel.querySelector('[data-onderdeel="klantreis:baten.welfareExit.totaal"]')!;
    expect(tekst(welfare)).toContain('€ 22.738€ 22.737,62€ −0,38✓ ja');
    expect(tekst(screen.getByText(/cijfers kloppen op de euro/))).toBe(
      '57 van de 66 cijfers kloppen op de euro (of op het gepubliceerde percentage); 9 wijken af.',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toon alleen de afwijkingen' }));
    expect(rijen()).toHaveLength(9);
  });

  it('lists the non-monetised effects of chapter 4 as PM items', () => {
    render(<Verantwoording />);
    const pm = screen.getByTestId('pm-tabel');
    for (const e of ['Financiële vaardigheden', 'Betere inkomenspositie', 'Betere ervaren gezondheid', 'Minder stress en meer rust']) {
      expect(within(pm).getByRole('rowheader', { name: e })).toBeTruthy();
    }
    expect(within(pm).getAllByRole('cell', { name: 'PM' })).toHaveLength(4);
  });

  it('focuses the section it was opened for', () => {
    render(<Verantwoording anker="aansluiting" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Aansluiting met het gepubliceerde rapport' }));
  });

  it('switches to English', () => {
    render(<Verantwoording />);
    act(() => useVoorkeuren.getState().zetTaal('en'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About this model: methodology');
    expect(screen.getByRole('heading', { name: 'Reconciliation with the published report' })).toBeTruthy();
    expect(tekst(screen.getByTestId('punt-tikfout'))).toContain('€289 in the text against €189 in the table');
    const tabel = screen.getByTestId('aansluiting-tabel');
    const rij = tabel.querySelector('[data-onderdeel="klantreis:totaalBaten.totaal"]')!;
    expect(tekst(rij.querySelector('th'))).toBe('Total benefits: for the reference cohort');
    expect(tekst(rij)).toContain('€55,024.77');
  });

  it('says so when the scenario carries no published figures', () => {
    const { publicatie: _weg, ...zonder } = DEN_HAAG;
    useScenarioStore.getState().zetScenario(zonder);
    render(<Verantwoording />);
    expect(screen.getByText('Dit scenario bevat geen gepubliceerde cijfers om mee te vergelijken.')).toBeTruthy();
  });
});

// @vitest-environment jsdom
/**
 * tester7 #4: on a phone the header's Scenario menu folds behind a toggle. Escape did not close it
 * (focus on the toggle or inside the panel), nor the notice that Bewaarde versies opens, while the
 * Nieuw scenario ▾ menu inside it did. One rule now (src/ui/gedeeld/escape.ts): Escape closes the
 * innermost open layer and the focus goes back to the button it belongs to.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { toonMelding, useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';

const omgeving: Omgeving = { opslag: null, fragment: () => '', wisFragment: () => {}, bijFragmentWijziging: () => () => {} };

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, inGebruik: [], concept: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

const schakelaar = () => screen.getByRole('button', { name: 'Scenario' });
const knop = (naam: RegExp) => screen.getByRole('button', { name: naam });
const geenVersies = () =>
  toonMelding({ sleutel: 'versies', soort: 'waarschuwing', titel: 'Er zijn geen andere automatisch bewaarde versies.', regels: [] });

describe('Escape in the header Scenario menu (tester7 #4)', () => {
  it('closes the folded panel from inside it and from its toggle, and the focus goes back to the toggle', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    // Storage is unavailable here: a notice nobody opened from the menu, which must not take the panel's Escape.
    expect(useMeldingen.getState().meldingen.map((m) => m.sleutel)).toEqual(['opslag']);
    schakelaar().focus();
    await user.keyboard('{Enter}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('true');
    knop(/^Bewaren$/).focus();
    await user.keyboard('{Escape}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('scenario-knoppen')!.className).toContain('dicht');
    expect(document.activeElement).toBe(schakelaar());

    await user.keyboard('{Enter}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(schakelaar());
  });

  it('Nieuw scenario ▾ inside it closes first (one Escape, one layer), then the panel', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    await user.click(schakelaar());
    await user.click(knop(/^Nieuw scenario/));
    expect(knop(/^Nieuw scenario/).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(knop(/^Nieuw scenario/).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(knop(/^Nieuw scenario/));
    expect(schakelaar().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(schakelaar());
  });

  it('a notice (as Bewaarde versies opens) closes on Escape, with the focus on its button or in the notice', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    await user.click(schakelaar());
    await user.click(knop(/^Bewaarde versies/));
    act(geenVersies);
    expect(screen.getByTestId('melding-versies')).toBeTruthy();
    // Focus on the button that opened it: the notice goes, the panel and the focus stay.
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('melding-versies')).toBeNull();
    expect(document.activeElement).toBe(knop(/^Bewaarde versies/));
    expect(schakelaar().getAttribute('aria-expanded')).toBe('true');

    // Focus inside the notice (its Sluiten button): the notice goes and the focus returns to Bewaarde versies.
    act(geenVersies);
    knop(/^Sluiten: Er zijn geen andere/).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('melding-versies')).toBeNull();
    expect(document.activeElement).toBe(knop(/^Bewaarde versies/));

    // Nothing left above it: the panel closes.
    await user.keyboard('{Escape}');
    expect(schakelaar().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(schakelaar());

    // With the panel folded, a notice's Escape gives the focus to the toggle (Bewaarde versies is hidden).
    act(geenVersies);
    knop(/^Sluiten: Er zijn geen andere/).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('melding-versies')).toBeNull();
    expect(document.activeElement).toBe(schakelaar());
  });
});

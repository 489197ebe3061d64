// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { toonMelding, useMeldingen } from '../../src/store/meldingen';
import { MELDING_DUUR_MS, ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useMeldingen.setState({ meldingen: [] });
});

describe('meldingen: een succesmelding gaat vanzelf weg, een fout blijft (issue 13 item 8)', () => {
  it('een succesmelding verdwijnt na de wachttijd en is aangekondigd in een blijvende live region', () => {
    vi.useFakeTimers();
    render(<ScenarioMenu />);
    const regio = screen.getByTestId('melding-aankondiging');
    expect(regio.getAttribute('role')).toBe('status');
    act(() => toonMelding({ sleutel: 'actie', soort: 'info', titel: 'Scenario geopend uit a.json.', regels: [] }));
    expect(screen.getByTestId('melding-actie').textContent).toContain('Scenario geopend uit a.json.');
    expect(regio.textContent).toBe('Scenario geopend uit a.json.');
    act(() => vi.advanceTimersByTime(MELDING_DUUR_MS - 1));
    expect(screen.queryByTestId('melding-actie')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByTestId('melding-actie')).toBeNull();
    // The same live region stays in the page, now empty.
    expect(screen.getByTestId('melding-aankondiging')).toBe(regio);
    expect(regio.textContent).toBe('');
  });

  it('een fout, een waarschuwing en een melding met knoppen blijven staan', () => {
    vi.useFakeTimers();
    render(<ScenarioMenu />);
    act(() => {
      toonMelding({ sleutel: 'fout', soort: 'fout', titel: 'Het bestand “x.json” is niet geopend.', regels: [] });
      toonMelding({ sleutel: 'waarschuwing', soort: 'waarschuwing', titel: 'Let op.', regels: [] });
      toonMelding({ sleutel: 'keuze', soort: 'info', titel: 'Kies een versie.', regels: [], acties: [{ label: 'Deze', doe: () => {} }] });
    });
    act(() => vi.advanceTimersByTime(10 * MELDING_DUUR_MS));
    expect(screen.getByTestId('melding-fout').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('melding-waarschuwing').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('melding-keuze')).not.toBeNull();
    expect(screen.getByTestId('melding-aankondiging').textContent).toBe('');
  });

  it('blijft staan zolang de muis of de focus erop is', () => {
    vi.useFakeTimers();
    render(<ScenarioMenu />);
    act(() => toonMelding({ sleutel: 'actie', soort: 'info', titel: 'Bewaard als a.json.', regels: [] }));
    act(() => screen.getByRole('button', { name: /Bewaard als a\.json/ }).focus());
    act(() => vi.advanceTimersByTime(3 * MELDING_DUUR_MS));
    expect(screen.queryByTestId('melding-actie')).not.toBeNull();
  });
});

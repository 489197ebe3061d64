// @vitest-environment jsdom
// Issue 13 item 8: the main path avoids jargon. The Monte Carlo's technical settings (number of draws,
// starting number, small-sample redraw) and the beta distribution's formula sit in a closed
// "Geavanceerd" / "Advanced" section (native <details>, keyboard reachable through its <summary>).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import MonteCarlo from '../../src/ui/onzekerheid/MonteCarlo';
import Bereiken from '../../src/ui/onzekerheid/Bereiken';
import { monteCarloRegie } from '../../src/ui/onzekerheid/taken';

/** Technical terms that belong in an explanation or the advanced section, not on the main path. */
const JARGON = /\bseed\b|dirichlet|grootste-rest|largest-remainder|opnieuw trekken|\bprior\b|posterior|beta\(|trekkingen\b.*startgetal|number of draws|aantal trekkingen/i;

/** The text of an element without its "Geavanceerd" sections: what the main path shows. */
function hoofdpad(el: HTMLElement): string {
  const kopie = el.cloneNode(true) as HTMLElement;
  for (const d of kopie.querySelectorAll('details.geavanceerd')) d.remove();
  return kopie.textContent ?? '';
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
});

describe.each([
  ['nl', 'Geavanceerd: aantal trekkingen, startgetal en kleine steekproef'],
  ['en', 'Advanced: number of draws, starting number and small sample'],
] as const)('Monte Carlo, %s', (taal, samenvatting) => {
  it('the main path shows no jargon; the advanced section, closed, holds draws, starting number and the small-sample switch', () => {
    act(() => useVoorkeuren.setState({ taal }));
    const { container } = render(<MonteCarlo />);
    const sectie = container.querySelector('section')!;
    expect(hoofdpad(sectie)).not.toMatch(JARGON);
    const geavanceerd = screen.getByTestId('mc-geavanceerd') as HTMLDetailsElement;
    expect(geavanceerd.tagName).toBe('DETAILS');
    expect(geavanceerd.open).toBe(false);
    const summary = geavanceerd.querySelector(':scope > summary')!;
    expect(summary.textContent).toBe(samenvatting);
    for (const id of ['mc-trekkingen', 'mc-seed']) expect(within(geavanceerd).getByTestId(id)).toBeTruthy();
    expect(geavanceerd.querySelector('#mc-hertrekken')).not.toBeNull();
    // The technical term itself is explained there.
    expect(geavanceerd.textContent).toMatch(taal === 'nl' ? /seed van de toevalsgenerator.*Dirichlet-multinomiaal/s : /seed of the random generator.*Dirichlet-multinomial/s);
    // The start button stays on the main path.
    expect(geavanceerd.contains(screen.getByTestId('mc-start'))).toBe(false);
  });
});

describe('Bereiken en verdelingen', () => {
  it('the beta formula and the prior sit in the advanced section; the main path explains the choices in words', () => {
    const { container } = render(<Bereiken />);
    // The introduction above the table (the rows' range sources cite the interval they come from).
    const inleiding = container.querySelector('section .onz-uitleg')!;
    expect(inleiding.closest('details')).toBeNull();
    expect(inleiding.textContent).not.toMatch(JARGON);
    expect(inleiding.textContent).toContain('hoe minder dossiers, hoe ruimer de spreiding');
    const geavanceerd = screen.getByTestId('bereiken-geavanceerd') as HTMLDetailsElement;
    expect(geavanceerd.open).toBe(false);
    expect(geavanceerd.textContent).toContain('Beta(k + 1, n − k + 1), een uniforme prior');
  });
});

describe('the advanced section opens from its summary', () => {
  it('a click (Enter/Space on a summary is a click) toggles it open', () => {
    render(<MonteCarlo />);
    const geavanceerd = screen.getByTestId('mc-geavanceerd') as HTMLDetailsElement;
    fireEvent.click(geavanceerd.querySelector('summary')!);
    expect(geavanceerd.open).toBe(true);
  });
});

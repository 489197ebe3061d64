// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAandeel } from '../../src/format/getal';
import { posteriorUitkomsten } from '../../src/model/onzekerheid/posterior';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { PosteriorVerantwoording } from '../../src/ui/verantwoording/PosteriorVerantwoording';

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('verantwoording: prior → posterior of the outcome shares', () => {
  it('states the prior and shows, per pathway and outcome, count, prior and posterior', () => {
    render(<PosteriorVerantwoording />);
    const deel = tekst(screen.getByTestId('posterior-verantwoording'));
    expect(deel).toContain('Dirichlet(1, 1, 1, 1) (Bayes–Laplace)');
    expect(deel).toContain('Beta(k + 1, n − k + 3)');
    expect(deel).toContain('Jeffreys');
    expect(tekst(screen.getByTestId('posterior-mc'))).toContain('standaard bij minder dan 100 klanten in een werkwijze');
    const rij = screen.getByTestId('posterior-klantreis').querySelector('[data-rij="geenOplossing"]')!;
    const cellen = [...rij.querySelectorAll('td')].map((c) => tekst(c));
    const p = posteriorUitkomsten(DEN_HAAG.werkwijzen.find((w) => w.id === 'klantreis')!.uitkomsten)[2]!;
    expect(cellen[0]).toBe('8 / 23');
    expect(cellen[1]).toBe(`25% (${formatAandeel(p.prior.p5, 'nl', 1)}–${formatAandeel(p.prior.p95, 'nl', 1)})`);
    // Posterior mean (8 + 1) / (23 + 4) = 33,3%.
    expect(cellen[2]).toMatch(/^33,3% \(/);
    expect(cellen[2]).toBe(`33,3% (${formatAandeel(p.posterior.p5, 'nl', 1)}–${formatAandeel(p.posterior.p95, 'nl', 1)})`);
  });

  it('says when the Monte Carlo does not draw from it; English', () => {
    useVoorkeuren.setState({ taal: 'en' });
    useScenarioStore.setState({ scenario: { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { ...DEN_HAAG.onzekerheid.montecarlo, uitkomstenHertrekken: false } } } });
    render(<PosteriorVerantwoording />);
    expect(tekst(screen.getByTestId('posterior-mc'))).toContain('does not redraw the outcomes now');
    expect(tekst(screen.getByTestId('posterior-regulier'))).toContain('Share per outcome of');
  });
});

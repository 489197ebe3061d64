// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Samenvatting } from '../../src/model/onzekerheid/montecarlo';
import { berekenScenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { puntschattingVan, PuntEnGemiddelde, wijktAf } from '../../src/ui/onzekerheid/Scheef';

afterEach(cleanup);
const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const sam = (gemiddelde: number, p5: number, p95: number): Samenvatting => ({ gemiddelde, p5, p95, kansPositief: 0.5, histogram: [] });

describe('point estimate beside the Monte Carlo mean', () => {
  it('the point estimate is the Decimal result: Den Haag −€ 209 (Klantreis) and its difference +€ 231', () => {
    const r = berekenScenario(DEN_HAAG);
    expect(Math.round(puntschattingVan(r, 'saldo', 'klantreis')!)).toBe(-209);
    expect(Math.round(puntschattingVan(r, 'verschil', 'klantreis')!)).toBe(231);
    expect(puntschattingVan(r, 'verschil', 'regulier')).toBeNull();
  });

  it('differs when the mean is at least € 1 and 5% of the 90% range away', () => {
    expect(wijktAf(-209, sam(359, -941, 2149))).toBe(true);
    expect(wijktAf(100, sam(150, -1000, 1000))).toBe(false); // 50 < 5% of 2000
    expect(wijktAf(100, sam(100.5, 100, 101))).toBe(false); // under € 1
  });

  it('one plain sentence when they differ, none when they agree; bilingual', () => {
    useVoorkeuren.setState({ taal: 'nl' });
    render(<PuntEnGemiddelde punt={-209} s={sam(359, -941, 2149)} hertrokken trekkingen={10_000} testId="x" />);
    expect(tekst(screen.getByTestId('x'))).toBe(
      `Puntschatting (het resultaat): ${formatEuro(-209).replace(/\u00a0/g, ' ')}; gemiddelde van de trekkingen: € 359. De bereiken zijn scheef: het gemiddelde van de trekkingen ligt € 568 boven de puntschatting, omdat onzekere invoer verder de ene kant op kan dan de andere en de opnieuw getrokken uitkomsten van een kleine steekproef meetellen; de puntschatting blijft het resultaat, het bereik zegt hoe zeker het is.`,
    );
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<PuntEnGemiddelde punt={100} s={sam(110, -1000, 1000)} hertrokken={false} trekkingen={10_000} testId="y" />);
    expect(tekst(screen.getByTestId('y'))).toBe('Point estimate (the result): €100; mean of the draws: €110.');
    useVoorkeuren.setState({ taal: 'nl' });
  });
});

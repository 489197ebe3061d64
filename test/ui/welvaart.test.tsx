// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { StakeholderTabellen } from '../../src/ui/resultaten/StakeholderTabellen';
import { WelvaartVerantwoording } from '../../src/ui/verantwoording/WelvaartVerantwoording';
import { resultatenCsv } from '../../src/ui/gedeeld/export/csv';
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status }));

/** Intl puts a no-break space between € and the number, and may write the minus before the €. */
const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^-€ /, '€ -');

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('twee perspectieven in het overzicht (Den Haag)', () => {
  it('toont het saldo van de businesscase naast het welvaartssaldo, met de verschillen en de zin waarom', () => {
    render(<Overzicht />);
    expect(tekst(screen.getByTestId('twee-perspectieven-business-klantreis'))).toBe('€ −209');
    expect(tekst(screen.getByTestId('twee-perspectieven-welvaart-klantreis'))).toBe('€ −1.331');
    expect(tekst(screen.getByTestId('twee-perspectieven-business-regulier'))).toBe('€ −440');
    expect(tekst(screen.getByTestId('twee-perspectieven-welvaart-regulier'))).toBe('€ −956');
    // Klantreis − regulier: € +231 in the business case, € −375 in welfare.
    expect(tekst(screen.getByTestId('twee-perspectieven-business-verschil-klantreis'))).toBe('€ 231');
    expect(tekst(screen.getByTestId('twee-perspectieven-welvaart-verschil-klantreis'))).toBe('€ −375');
    expect(tekst(screen.getByTestId('twee-perspectieven-zin'))).toMatch(/^Het maatschappelijk welvaartssaldo telt alleen wat de samenleving echt bespaart/);
  });

  it('in het Engels', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Overzicht />);
    expect(screen.getByRole('heading', { name: 'Two perspectives' })).toBeTruthy();
    expect(tekst(screen.getByTestId('twee-perspectieven-zin'))).toMatch(/^The social welfare balance counts only what society really saves/);
  });
});

describe('per partij in beide perspectieven', () => {
  it('huishoudens en schuldeisers dragen de overdrachten; de kolom telt op tot de welvaartsbaten', () => {
    const r = berekenScenario(DEN_HAAG);
    render(<StakeholderTabellen s={DEN_HAAG} r={r} />);
    const tabel = screen.getByTestId('tabel-welvaart-partij');
    expect(within(tabel).getByText('Huishoudens (klanten)')).toBeTruthy();
    expect(tekst(screen.getByTestId('welvaart-partij-klantreis-huishoudens'))).toBe('€ −23.064');
    expect(tekst(screen.getByTestId('welvaart-partij-klantreis-schuldeisers'))).toBe('€ −2.751');
    expect(tekst(screen.getByTestId('welvaart-partij-klantreis-totaal'))).toBe('€ 29.211');
  });
});

describe('verantwoording en CSV', () => {
  it('de verantwoording noemt per onderdeel het aandeel, de graad en wie de overdracht draagt', () => {
    render(<WelvaartVerantwoording s={DEN_HAAG} />);
    const rijen = within(screen.getByTestId('tabel-welvaartsaandelen')).getAllByRole('row');
    expect(rijen).toHaveLength(12);
    const pw = rijen.find((r) => r.textContent?.startsWith('Besparing PW-uitkering'))!;
    expect(tekst(pw)).toContain('30%');
    expect(tekst(pw)).toContain('graad D (aanname)');
    expect(tekst(pw)).toContain('Huishoudens (klanten)');
  });

  it('de CSV van de app heeft het welvaartssaldo en de overdrachten per partij', () => {
    const csv = resultatenCsv(DEN_HAAG, berekenScenario(DEN_HAAG), 'nl');
    expect(csv).toContain('Maatschappelijk welvaartssaldo (welvaartsbaten − investering);-21998,80;-956,47;-30618,48;-1331,24');
    expect(csv).toContain('"Overdracht: Huishoudens (klanten) (+ voordeel, − nadeel)";-10625,57;-461,98;-23063,54;-1002,76');
  });
});

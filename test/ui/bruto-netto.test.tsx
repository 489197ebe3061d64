// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { BatenDetail } from '../../src/ui/resultaten/BatenDetail';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';

vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }) }));

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const MET_AFTREK = { ...DEN_HAAG, brutoNetto: { eviction: { deadweight: 0.2, verdringing: 0.1, attributie: 0.25 } } };

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('waterval per baat', () => {
  it('standaard (bruto = netto): geen waterval', () => {
    render(<BatenDetail s={DEN_HAAG} r={berekenScenario(DEN_HAAG)} />);
    expect(screen.queryAllByTestId('waterval')).toHaveLength(0);
  });

  it('met aftrekken: per werkwijze een tabel bruto, af: deadweight, af: verdringing, af: attributie, netto (Klantreis € 6.298 → € 3.401)', () => {
    render(<BatenDetail s={MET_AFTREK} r={berekenScenario(MET_AFTREK)} />);
    const tabellen = screen.getAllByTestId('waterval');
    expect(tabellen).toHaveLength(2);
    const kr = tabellen.find((t) => tekst(t.querySelector('caption')).includes('Klantreis'))!;
    const rijen = within(kr).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => tekst(c)).filter(Boolean).join(' '));
    expect(rijen).toEqual(['Bruto € 6.298', 'af: deadweight € −1.260', 'af: verdringing € −504', 'af: attributie € −1.134', 'Netto € 3.401']);
    expect(tekst(screen.getByTestId('spoor-eviction-klantreis'))).toBe('14 × 13% × 59% × € 5.865 × 80% × 90% × 75% = € 3.401');
  });
});

describe('verantwoording: bewijs en bruto → netto', () => {
  it('legt de graden, de bereikregel, de optimism bias en de dubbeltelling met de escalatiekans uit', () => {
    render(<Verantwoording />);
    const sectie = tekst(screen.getByRole('heading', { name: 'Bewijs en bereiken; bruto en netto' }).closest('section'));
    expect(sectie).toContain('± 30% (C)');
    expect(sectie).toContain('Green Book');
    expect(sectie).toContain('netto = bruto × (1 − deadweight) × (1 − verdringing) × (1 − attributie)');
    expect(sectie).toContain('kans op escalatie zonder hulp (59%');
    expect(tekst(screen.getByTestId('bruto-netto-ingesteld'))).toBe('In dit scenario staan alle aftrekken op 0.');
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { publiceerBand } from '../../src/ui/gedeeld/samenvattingBand';

const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status }));
// jsdom has no canvas: Chart.js draws nothing here; the test reads the tables and text alternatives.
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string; 'data-testid': string }) => <canvas role="img" aria-label={p['aria-label']} data-testid={p['data-testid']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
  publiceerBand(null, null);
});
afterEach(cleanup);

describe('Bestuurssamenvatting on the overview (Den Haag)', () => {
  it('opens the overview, before the cards, with the four sentences: € 231 for society, € 342 worse for the gemeente', async () => {
    render(<Overzicht />);
    const sam = screen.getByTestId('bestuurssamenvatting');
    const kaarten = document.querySelector('.kaarten')!;
    expect(sam.compareDocumentPosition(kaarten) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(sam).getByRole('heading', { level: 2 }).textContent).toBe('Samenvatting voor het bestuur');
    expect(tekst(screen.getByTestId('bestuur-maatschappij'))).toContain('Klantreis Financiële Hulpverlening doet het beter voor de maatschappij: het saldo is € 231 per klant beter');
    expect(tekst(screen.getByTestId('bestuur-gemeente'))).toContain('€ 342 per klant slechter dan Reguliere werkwijze (FIG-route): de gemeente betaalt alle kosten');
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toContain('€ 231 (puntschatting)');
    expect(tekst(screen.getByTestId('bestuur-pm'))).toContain('financiële vaardigheden (+)');
  });

  it('carries an Afdrukken button that prints the report from the overview', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<Overzicht />);
    const knop = within(screen.getByTestId('bestuurssamenvatting')).getByRole('button', { name: 'Afdrukken / PDF' });
    act(() => knop.click());
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('shows both charts with a table alternative holding the same figures', { timeout: 60_000 }, async () => {
    render(<Overzicht />);
    const saldo = await screen.findByTestId('bestuur-tabel-saldo', {}, { timeout: 15000 });
    expect([...saldo.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening']);
    expect(tekst(tr0(saldo))).toMatch(/^€ −440$/);
    expect(tekst(tr1(saldo))).toMatch(/^€ −209$/);
    const partijen = screen.getByTestId('bestuur-tabel-partijen');
    const rij = (naam: string) => tekst([...partijen.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === naam)!.querySelector('td'));
    expect(rij('Gemeente')).toMatch(/^€ −342$/);
    expect(rij('UWV')).toBe('€ 127');
    expect(rij('Maatschappij (totaal)')).toBe('€ 231');
    expect(screen.getByTestId('bestuur-grafiek-partijen').getAttribute('aria-label')).toContain('Gemeente');
  });

  it('takes the Monte Carlo band once a run for this scenario is at hand, and drops it when the input changes', () => {
    render(<Overzicht />);
    // More draws than the live band's 10.000: quoted whether or not the live band is already current
    // (with the WebAssembly kernel it can finish during an earlier test and stay cached).
    act(() => publiceerBand(DEN_HAAG, { trekkingen: 20_000, verschil: { klantreis: { p5: -80, p95: 540, gemiddelde: 235, kansPositief: 0.9 } } }));
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toContain('in 90% van 20.000 Monte Carlo-trekkingen ligt het tussen € −80 en € 540');
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toContain('90%.');
    act(() => useScenarioStore.setState({ scenario: { ...DEN_HAAG, titel: 'Anders' } }));
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toContain('nog niet berekend');
  });

  it('quotes the run with more draws when the live band beside it is current too: never a coarser figure than the cards (review)', { timeout: 120_000 }, async () => {
    render(<Overzicht />);
    await vi.waitFor(() => expect(screen.getByTestId('live-band-klantreis').getAttribute('data-actueel')).toBe('true'), { timeout: 100_000 });
    const live = tekst(screen.getByTestId('bestuur-zekerheid'));
    expect(live).toMatch(/in 90% van 10\.000 Monte Carlo-trekkingen/);
    // A coarser run of the Monte Carlo view (500 draws): the summary keeps the live band's 10.000.
    act(() => publiceerBand(DEN_HAAG, { trekkingen: 500, verschil: { klantreis: { p5: -271, p95: 1506, gemiddelde: 600, kansPositief: 0.85 } } }));
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toBe(live);
    // A finer one (50.000 draws): the summary quotes it, with its number of draws.
    act(() => publiceerBand(DEN_HAAG, { trekkingen: 50_000, verschil: { klantreis: { p5: -80, p95: 540, gemiddelde: 235, kansPositief: 0.9 } } }));
    expect(tekst(screen.getByTestId('bestuur-zekerheid'))).toContain('in 90% van 50.000 Monte Carlo-trekkingen ligt het tussen € −80 en € 540');
  });

  it('speaks English', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Overzicht />);
    expect(screen.getByRole('heading', { name: 'Summary for the board' })).toBeTruthy();
    expect(tekst(screen.getByTestId('bestuur-gemeente'))).toContain("For the municipality's own budget, Klantreis Financiële Hulpverlening is €342 per client worse");
  });
});

function tr0(t: Element) {
  return t.querySelectorAll('tbody tr')[0]!.querySelector('td');
}
function tr1(t: Element) {
  return t.querySelectorAll('tbody tr')[1]!.querySelector('td');
}

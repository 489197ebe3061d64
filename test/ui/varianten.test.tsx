// @vitest-environment jsdom
/**
 * Variants and the KBA table in the app (issue 11 items 5 and 6): the overview's side-by-side table,
 * the print sections, and the results CSV read back with papaparse.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { kbaTabel } from '../../src/model/kbaTabel';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { resultatenCsv } from '../../src/ui/gedeeld/export/csv';
import { SECTIES } from '../../src/ui/Afdrukrapport';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';

const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status }));
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').trim();

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('overzicht: varianten naast elkaar', () => {
  it('toont elke variant als kolom, met het saldo per klant en de afwijking met bron', async () => {
    render(<Overzicht />);
    const sectie = await screen.findByTestId('overzicht-varianten', {}, { timeout: 20000 });
    const koppen = within(sectie).getAllByRole('columnheader').map((th) => tekst(th));
    expect(koppen).toEqual(['Aannames van het rapport (conservatief)', 'Bovenschattingen van Van Geuns e.a. (2011)']);
    expect(tekst(screen.getByTestId('overzicht-varianten-saldo-rapport-klantreis'))).toMatch(/^€ −209$/);
    expect(tekst(screen.getByTestId('overzicht-varianten-saldo-bovenschattingen-klantreis'))).toBe('€ 1.768');
    expect(tekst(screen.getByTestId('overzicht-varianten-saldo-bovenschattingen-regulier'))).toBe('€ 340');
    expect(tekst(screen.getByTestId('overzicht-varianten-verschil-bovenschattingen-klantreis'))).toBe('€ 1.428');
    expect(tekst(sectie)).toContain('Maanden eerder uit de bijstand: 12 maanden (scenario 4 maanden; bron: Van Geuns e.a. 2011');
    expect(tekst(sectie)).toContain('geen ervan is de voorkeursvariant');
  });

  it('in het Engels; zonder varianten geen sectie', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Overzicht />);
    expect(tekst(await screen.findByTestId('overzicht-varianten', {}, { timeout: 20000 }))).toContain('none of them is the preferred one');
    cleanup();
    useScenarioStore.setState({ scenario: { ...DEN_HAAG, varianten: undefined } });
    render(<Overzicht />);
    await act(async () => {}); // the lazy section has loaded (it did above) and rendered
    expect(screen.queryByTestId('overzicht-varianten')).toBeNull();
  });
});

describe('afdruk: varianten en KBA-tabel', () => {
  it('de KBA-tabel met de cijfers van Den Haag, varianten als kolommen, PM-posten als PM (+)', () => {
    // the report's own sections: the variants on page 1, the KBA table with the results
    const r = berekenScenario(DEN_HAAG);
    render(<>{SECTIES.filter((x) => x.id === 'varianten' || x.id === 'kba').map(({ id, Sectie }) => <Sectie key={id} s={DEN_HAAG} r={r} />)}</>);
    const kba = screen.getByTestId('print-kba');
    expect(within(kba).getAllByRole('columnheader').map((th) => tekst(th))).toEqual([
      'Post',
      'Aannames van het rapport (conservatief): Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)',
      'Bovenschattingen van Van Geuns e.a. (2011): Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)',
    ]);
    expect(tekst(screen.getByTestId('kba-kosten.totaal-0'))).toBe('€ 24.429');
    expect(tekst(screen.getByTestId('kba-saldo-0'))).toBe('€ 5.322');
    expect(tekst(screen.getByTestId('kba-saldo-1'))).toBe('€ 32.838');
    expect(tekst(screen.getByTestId('kba-partij.gemeente-0'))).toMatch(/^€ −7.857$/);
    expect(tekst(screen.getByTestId('kba-pm.minderStress-1'))).toBe('PM (+)');
    expect(tekst(screen.getByTestId('kba-perspectief.welvaart-0'))).toMatch(/^€ −?[\d.]+$/);
    expect(screen.getByTestId('print-varianten')).toBeTruthy();
  });
});

describe('CSV: varianten en KBA-tabel, teruggelezen met papaparse', () => {
  const lees = (s: Scenario) => Papa.parse<string[]>(resultatenCsv(s, berekenScenario(s), 'nl'), { delimiter: ';' }).data;

  it('de KBA-tabel leest terug naar de bedragen van het model, tot op de cent', () => {
    const rijen = lees(DEN_HAAG);
    const kop = rijen.findIndex((r) => r[0]!.startsWith('KBA-overzichtstabel'));
    expect(kop).toBeGreaterThan(0);
    expect(rijen[kop]![0]).toContain('voor 23 klanten');
    expect(rijen[kop + 1]).toEqual([
      'Post',
      'Aannames van het rapport (conservatief): Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)',
      'Bovenschattingen van Van Geuns e.a. (2011): Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)',
    ]);
    const t = kbaTabel(DEN_HAAG);
    t.rijen.forEach((r, i) => {
      const regel = rijen[kop + 2 + i]!;
      expect(regel[0], r.sleutel).toBe(r.label.nl);
      r.cellen.forEach((c, j) => {
        if (c.soort === 'bedrag') expect(Number(regel[j + 1]!.replace(',', '.')), `${r.sleutel}[${j}]`).toBeCloseTo(c.waarde.toNumber(), 2);
        else expect(regel[j + 1]).toBe(c.soort === 'pm' ? `PM (${c.teken})` : 'n.b.');
      });
    });
    const saldo = rijen.slice(kop).find((r) => r[0] === 'Saldo (baten − kosten)')!;
    expect(saldo.slice(1)).toEqual(['5322,37', '32838,37']);
  });

  it('de varianten naast elkaar: saldo per klant per werkwijze, en elke afwijking met haar bron', () => {
    const rijen = lees(DEN_HAAG);
    const kop = rijen.findIndex((r) => r[0]!.startsWith('Varianten naast elkaar'));
    expect(rijen[kop + 1]).toEqual(['Onderdeel', 'Aannames van het rapport (conservatief)', 'Bovenschattingen van Van Geuns e.a. (2011)']);
    expect(rijen[kop + 2]).toEqual(['Saldo per klant: Reguliere werkwijze (FIG-route)', '-440,29', '340,34']);
    expect(rijen[kop + 3]).toEqual(['Saldo per klant: Klantreis Financiële Hulpverlening', '-208,88', '1768,09']);
    const bron = rijen.find((r) => r[0] === 'Bron van de afwijking in variant Bovenschattingen van Van Geuns e.a. (2011): Maanden eerder uit de bijstand')!;
    expect(bron[2]).toMatch(/^Van Geuns e\.a\. 2011, genoemd in Regioplan 2020, par\. 3\.5, baat 1/);
    expect(rijen.find((r) => r[0] === 'Afwijking in variant Bovenschattingen van Van Geuns e.a. (2011): Maanden eerder uit de bijstand')!.slice(1)).toEqual(['', '12']);
  });
});

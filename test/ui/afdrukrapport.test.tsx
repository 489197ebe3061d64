// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Afdrukrapport, { cssTekst, SECTIES } from '../../src/ui/Afdrukrapport';
import { laadAfdrukrapport, useAfdrukrapport } from '../../src/ui/afdrukken';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string; 'data-testid': string }) => <canvas role="img" aria-label={p['aria-label']} data-testid={p['data-testid']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('Afdrukrapport (issue 13 item 2)', { timeout: 60_000 }, () => {
  it('puts the parts in order: summary (page 1), results, assumptions, appendix', () => {
    const { container } = render(<Afdrukrapport />);
    expect([...container.querySelectorAll('[data-deel]')].map((d) => d.getAttribute('data-deel'))).toEqual(['samenvatting', 'resultaten', 'aannames', 'bijlage']);
    const p1 = container.querySelector('[data-deel="samenvatting"]')!;
    expect(tekst(p1.querySelector('.print-titelblok'))).toContain(DEN_HAAG.titel);
    // The unedited example is not "based on" anything (an edited copy is: e2e spec 16).
    expect(p1.querySelector('[data-testid="print-gebaseerd-op"]')).toBeNull();
    expect(tekst(p1.querySelector('[data-testid="print-auteur"]'))).toContain('Auteur: MKBA Schuldhulp, naar Regioplan 2020.');
    expect(tekst(p1.querySelector('[data-testid="print-afgedrukt"]'))).toMatch(/^Afgedrukt op \d{1,2} \w+ \d{4}\. Berekend met MKBA Schuldhulp\.$/);
    expect(tekst(p1.querySelector('[data-testid="bestuur-gemeente"]'))).toContain('€ 342 per klant slechter');
    expect(p1.querySelector('[data-testid="bestuur-grafiek-saldo"]')).not.toBeNull();
    // Results: table 3.13 and the per-party tables; the assumptions mark own values; the appendix has every benefit's trace.
    expect(container.querySelector('[data-deel="resultaten"] [data-testid="tabel-313"]')).not.toBeNull();
    expect(container.querySelector('[data-deel="resultaten"] [data-sectie="partijen"] table')).not.toBeNull();
    expect(container.querySelector('[data-deel="aannames"] [data-parameter="welfareExit.monthsEarlier"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-deel="bijlage"] .print-spoor-tabel[data-baat]')).toHaveLength(7);
    expect(tekst(container.querySelector('[data-testid="print-spoor-welfareExit-klantreis"]'))).toContain('14 × 43,5% × 80% × € 4.667 = € 22.738');
    expect(tekst(container.querySelector('[data-deel="bijlage"] .print-bronnen'))).toContain('Purpose (2019), Gemeenten zetten de Schouders Eronder');
  });

  it('compact: each source once above the parameters that share it; the PM ratings in the KBA table, their notes in the appendix', () => {
    const { container } = render(<Afdrukrapport />);
    const bronnen = [...container.querySelectorAll('[data-deel="aannames"] .print-bron-rij')].map((r) => tekst(r));
    expect(bronnen).toEqual([
      'Bron: Purpose 2019',
      'Bron: Van Geuns e.a. 2011 (Schuldhulpverlening loont!)',
      'Bron: Maatschappelijke Prijslijst Effectencalculator 2016',
      'Bron: Van Geuns e.a. 2011 (Schuldhulpverlening loont!)',
      'Bron: CPB/PBL 2013; SEO 2016',
    ]);
    expect(container.querySelectorAll('[data-deel="aannames"] tr[data-parameter]').length).toBeGreaterThan(30);
    // The ranges the analysis uses, as on Invoer and Onzekerheid (tester9 #3: was rounded to "€ 4.100 – € 7.600").
    const bereik = (id: string) => tekst(container.querySelector(`[data-deel="aannames"] [data-parameter="${id}"] td:last-child`)).replace(/ \(.*$/, '');
    expect(bereik('eviction.cost')).toBe('€ 4.105,50 – € 7.624,50');
    expect(bereik('jobRetention.wwAnnualCost')).toBe('€ 14.420 – € 26.780');
    expect(bereik('homelessness.careSafetyCost')).toBe('€ 30.198 – € 56.082');
    expect(bereik('welfareExit.monthsEarlier')).toBe('4 – 12 maanden');
    expect(container.querySelector('[data-testid="print-pm"]')).toBeNull();
    expect(tekst(container.querySelector('[data-deel="resultaten"] [data-testid="print-kba"]'))).toContain('Minder stress en meer rustPM (+)');
    const pm = container.querySelector('[data-deel="bijlage"] [data-testid="print-pm-toelichting"]')!;
    expect(tekst(pm.querySelector('h2'))).toBe('Niet in geld uitgedrukte effecten (PM-posten)');
    expect(tekst(pm)).toContain('Minder stress en meer rust (+ positief)');
  });

  it('one list places the sections: every id once, each in a known part', () => {
    const ids = SECTIES.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SECTIES.slice(0, 2).map((x) => x.deel)).toEqual(['samenvatting', 'samenvatting']);
  });

  it('writes the running title as a safe CSS string for the @page margin box', () => {
    expect(cssTekst('Den Haag "test" \\ x\nregel')).toBe('"Den Haag \\"test\\" \\\\ x regel"');
    const { container } = render(<Afdrukrapport />);
    expect(container.querySelector('style')!.textContent).toBe(`@page { @top-left { content: "MKBA Schuldhulp — ${DEN_HAAG.titel}"; } }`);
  });

  it('marks an own value in the assumptions', () => {
    useScenarioStore.setState({ scenario: { ...DEN_HAAG, parameters: { ...DEN_HAAG.parameters, 'welfareExit.monthsEarlier': 6 } } });
    const { container } = render(<Afdrukrapport />);
    expect(container.querySelector('[data-parameter="welfareExit.monthsEarlier"]')!.classList.contains('eigen-waarde')).toBe(true);
    expect(tekst(container.querySelector('[data-testid="print-eigen-waarden"]'))).toContain('Maanden eerder uit de bijstand: 6 maanden');
  });

  it('is mounted on beforeprint (Ctrl-P, Afdrukken, page.pdf) and removed on afterprint, from any view', async () => {
    await laadAfdrukrapport();
    function Proef() {
      const Rapport = useAfdrukrapport();
      return Rapport ? <Rapport /> : <p>scherm</p>;
    }
    render(<Proef />);
    expect(screen.queryByTestId('afdrukrapport')).toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('afdrukrapport')).toBeTruthy();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByTestId('afdrukrapport')).toBeNull();
  });
});

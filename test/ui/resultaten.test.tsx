// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import Afdrukrapport from '../../src/ui/Afdrukrapport';
import { vangDownload } from '../helpers/download';

// jsdom has no canvas: the chart component is replaced; its text alternative is what we test.
vi.mock('react-chartjs-2', () => ({
  // Like the real component: a canvas with role="img" and the props it is given.
  Bar: ({ data, options: _o, ...rest }: { data: { datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-datasets={data.datasets.map((d) => d.label).join('|')} />
  ),
}));
const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status, useInvoerStatusStore: { getState: () => status } }));

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
const cellen = (rij: Element | null) => [...(rij?.querySelectorAll('td') ?? [])].map((c) => tekst(c));

function rij(container: HTMLElement, tabel: string, id: string): Element {
  const r = container.querySelector(`[data-testid="${tabel}"] [data-rij="${id}"]`);
  if (!r) throw new Error(`geen rij ${id} in ${tabel}`);
  return r;
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
  status.ongeldig = false;
});
afterEach(cleanup);

describe('Resultaten: table 3.13', () => {
  it('shows every published per-item figure for both pathways, nl-NL', () => {
    const { container } = render(<Resultaten />);
    const gepubliceerd: Record<string, [string, string, string, string]> = {
      investering: ['€ 35.400', '€ 1.539', '€ 59.829', '€ 2.601'],
      welfareExit: ['€ 8.978', '€ 390', '€ 22.738', '€ 989'],
      jobRetention: ['€ 5.661', '€ 246', '€ 9.019', '€ 392'],
      reintegration: ['€ 320', '€ 14', '€ 509', '€ 22'],
      eviction: ['€ 2.854', '€ 124', '€ 6.298', '€ 274'],
      homelessness: ['€ 5.093', '€ 221', '€ 11.238', '€ 489'],
      utilityCutoff: ['€ 1.301', '€ 57', '€ 2.871', '€ 125'],
      socialSupport: ['€ 1.066', '€ 46', '€ 2.352', '€ 102'],
    };
    for (const [id, verwacht] of Object.entries(gepubliceerd)) {
      expect(cellen(rij(container, 'tabel-313', id)).slice(0, 4), id).toEqual(verwacht);
    }
  });

  it('totals all seven benefits, with the difference column and the ratio', () => {
    const { container } = render(<Resultaten />);
    expect(cellen(rij(container, 'tabel-313', 'totaalBaten'))).toEqual(['€ 25.274', '€ 1.099', '€ 55.025', '€ 2.392', '€ 29.751', '€ 1.294']);
    expect(cellen(rij(container, 'tabel-313', 'saldo'))).toEqual(['€ −10.127', '€ −440', '€ −4.804', '€ −209', '€ 5.322', '€ 231']);
    expect(cellen(rij(container, 'tabel-313', 'investering')).slice(4)).toEqual(['€ 24.429', '€ 1.062']);
    expect(cellen(rij(container, 'tabel-313', 'verhouding'))).toEqual(['0,71', '0,92', 'n.v.t.']);
  });

  it('is a proper table: caption and scoped headers, reference cohort in the column heads', () => {
    render(<Resultaten />);
    const tabel = screen.getByRole('table', { name: /vergelijk tabel 3\.13/ });
    expect(within(tabel).getAllByRole('columnheader', { name: 'Voor 23 klanten' })).toHaveLength(3);
    expect(within(tabel).getByRole('columnheader', { name: 'Verschil Klantreis Financiële Hulpverlening − Reguliere werkwijze (FIG-route)' })).toBeTruthy();
    expect(within(tabel).getByRole('rowheader', { name: 'Kortere uitkeringsduur (PW)' })).toBeTruthy();
    for (const th of tabel.querySelectorAll('th')) expect(th.getAttribute('scope')).toMatch(/^(row|col|rowgroup|colgroup)$/);
  });
});

describe('Resultaten: costs, outcomes, traces, stakeholders', () => {
  it('mirrors table 3.3 with the normalisation step', () => {
    render(<Resultaten />);
    const tabel = screen.getByTestId('tabel-33');
    const t = tekst(tabel);
    for (const x of ['€ 20.300', '€ 12.100', '€ 8.000', '€ 4.235', '€ 39.100', '€ 9.900', '€ 7.000', '€ 3.829', '€ 44.635', '€ 59.829', '€ 1.539', '€ 2.601']) {
      expect(t).toContain(x);
    }
    expect(t).toContain('€ 44.635 / 29 × 23 = € 35.400');
    expect(t).toContain('niet nodig: al 23 klanten');
    expect(tekst(within(tabel.closest('section')!).getByText(/^7 × € 311/))).toBe('7 × € 311 + 6 × € 343 + 0 × € 405 = € 4.235');
  });

  it('mirrors tables 3.4 and 3.5 with the eligible clients E', () => {
    const { container } = render(<Resultaten />);
    expect(tekst(screen.getByTestId('tabel-34'))).toContain('Nog in de fase schulden regelen85');
    expect(cellen(rij(container, 'tabel-35', 'inAanmerking'))).toEqual(['8', '27,6%', '14', '60,9%']);
    const t35 = tekst(screen.getByTestId('tabel-35'));
    expect(t35).toContain('30,4%');
    expect(tekst(container)).toContain(
      'Reguliere werkwijze (FIG-route): van de 8 klanten in de fase schulden regelen gaan er 7 naar “oplossing” en 1 naar “geen oplossing” (85% van 8, afgerond op hele klanten zoals in het rapport; zie de verantwoording).',
    );
  });

  it('shows the live calculation trace, derived unit amounts and normalisation per benefit', () => {
    const { container } = render(<Resultaten />);
    expect(tekst(screen.getByTestId('spoor-welfareExit-klantreis'))).toBe('14 × 43,5% × 80% × € 4.667 = € 22.738');
    expect(tekst(screen.getByTestId('spoor-welfareExit-regulier'))).toBe('8 × 37,9% × 80% × € 4.667 = € 11.320');
    expect(tekst(screen.getByTestId('normalisatie-welfareExit-regulier'))).toBe('€ 11.320 / 29 × 23 = € 8.978');
    expect(screen.queryByTestId('normalisatie-welfareExit-klantreis')).toBeNull();
    expect(tekst(screen.getByTestId('spoor-jobRetention-regulier'))).toBe(
      '8 × 24,1% × 50% × 45% × € 13.733 + 8 × 24,1% × 50% × 5% × € 24.500 = € 7.138',
    );
    const baat1 = container.querySelector('[data-baat="welfareExit"]')!;
    expect(tekst(baat1)).toContain('Bespaard bedrag per uitgestroomde klant: € 14.000 × 4 / 12 = € 4.667 (afgerond op hele euro’s, zoals in het rapport)');
    expect(tekst(baat1)).toContain('E × aandeel PW × aandeel dat uitstroomt × (PW-uitkering per jaar × maanden eerder / 12)');
    expect(tekst(baat1)).toContain('Van Geuns e.a. 2011 (Schuldhulpverlening loont!)');
    expect(tekst(container.querySelector('[data-baat="homelessness"]'))).toContain('€ 15.000 + € 43.140 = € 58.140');
    expect(container.querySelectorAll('details.baat-detail')).toHaveLength(7);
  });

  it('shows the stakeholder distribution and the components with the 50/50 assumption marked', () => {
    render(<Resultaten />);
    const sh = tekst(screen.getByTestId('tabel-stakeholders'));
    expect(sh).toContain('Gemeente€ 11.849');
    expect(sh).toContain('€ 28.421');
    const comp = tekst(screen.getByTestId('tabel-componenten'));
    expect(comp).toContain('Politie 50%, Zorgverzekeraars 50% (aanname van deze tool)');
  });
});

describe('Resultaten: charts, export, print', { timeout: 60_000 }, () => {
  it('loads both charts lazily, each with a text alternative with live numbers', async () => {
    render(<Resultaten />);
    const a = await screen.findByTestId('grafiek-kosten-baten', {}, { timeout: 30_000 });
    expect(a.getAttribute('role')).toBe('img');
    expect(a.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).toContain('Klantreis Financiële Hulpverlening: kosten € 2.601, baten € 2.392.');
    expect(a.tagName).toBe('CANVAS');
    expect(a.getAttribute('data-datasets')).toBe(
      'Kosten|Kortere uitkeringsduur (PW)|Voorkomen uitkeringen door werkbehoud|Voorkomen kosten van re-integratie|Voorkomen kosten van huisuitzetting|Voorkomen kosten van dakloosheid|Voorkomen kosten van afsluiting gas/water/elektriciteit|Voorkomen kosten van maatschappelijke ondersteuning en ggz',
    );
    const b = screen.getByTestId('grafiek-stakeholders');
    expect(b.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).toContain('Gemeente € 28.421');
    expect(within(a.closest('figure')!).getByRole('link').getAttribute('href')).toBe('#tabel-313');
  });

  it('downloads the CSV through a Blob and <a download>', async () => {
    const download = vangDownload((a) => {
      expect(a.download).toBe('mkba-den-haag-klantreis-financiele-hulpverlening-versus-reguliere.csv');
      expect(a.href).toBe('blob:test');
    });
    render(<Resultaten />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(download.klik).toHaveBeenCalledOnce();
    const bytes = await download.bytes();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Kortere uitkeringsduur (PW);8978,15;390,35;22737,62;988,59;');
    download.herstel();
  });

  it('the CSV download carries the two-pathway comparison chosen on the overview, as the table does (defect 7)', async () => {
    const drie = VOORBEELDEN.find((v) => v.scenario.werkwijzen.length === 3)!.scenario;
    useScenarioStore.setState({ scenario: { ...drie, vergelijking: { a: 'klantreis-nazorg', b: 'klantreis' } } });
    const download = vangDownload();
    render(<Resultaten />);
    const kop = 'Verschil Klantreis met nazorg − Klantreis Financiële Hulpverlening';
    expect(screen.getByTestId('tabel-313').textContent).toContain(kop);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await download.tekst()).toContain(`${kop} – voor `);
    download.herstel();
  });

  it('prints with window.print and opens the disclosures for the printout', () => {
    const print = vi.fn();
    window.print = print;
    const { container } = render(<Resultaten />);
    fireEvent.click(screen.getByRole('button', { name: 'Afdrukken / PDF' }));
    expect(print).toHaveBeenCalledOnce();
    const details = [...container.querySelectorAll('details')];
    expect(details.some((d) => d.open)).toBe(false);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(details.every((d) => d.open)).toBe(true);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(details.some((d) => d.open)).toBe(false);
  });

  it('leaves the inputs and the sources to the printed report (src/ui/Afdrukrapport.tsx), which has them', () => {
    expect(render(<Resultaten />).container.querySelector('.print-kop')).toBeNull();
    cleanup();
    const { container } = render(<Afdrukrapport />);
    const kop = container.querySelector('.print-kop')!;
    expect(tekst(container.querySelector('.print-titelblok'))).toContain(DEN_HAAG.titel);
    expect(tekst(kop)).toContain('Bron: Purpose 2019Kans op schuldregeling na start fase schulden regelen85%C59,5% – 100%');
    expect(tekst(container.querySelector('.print-bronnen'))).toContain('Purpose (2019), Gemeenten zetten de Schouders Eronder');
  });
});

describe('Resultaten: language and edge cases', { timeout: 60_000 }, () => {
  it('switches to English: headings and number format', () => {
    const { container } = render(<Resultaten />);
    act(() => useVoorkeuren.getState().zetTaal('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Results' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Investment and benefits per pathway/ })).toBeTruthy();
    expect(cellen(rij(container, 'tabel-313', 'investering')).slice(0, 4)).toEqual(['€35,400', '€1,539', '€59,829', '€2,601']);
    expect(tekst(screen.getByTestId('spoor-welfareExit-klantreis'))).toBe('14 × 43.5% × 80% × €4,667 = €22,738');
    expect(screen.getByRole('button', { name: 'Print / PDF' })).toBeTruthy();
  });

  it('shows "n.v.t." for a pathway without costs, never NaN or Infinity', async () => {
    const k = DEN_HAAG.werkwijzen[1]!;
    const nul = (x: { bedrag: number; aantal: number }) => ({ ...x, bedrag: 0 });
    const gratis: Scenario = {
      ...DEN_HAAG,
      werkwijzen: [
        DEN_HAAG.werkwijzen[0]!,
        {
          ...k,
          kosten: {
            preparation: { bedrag: 0 },
            settlementPhase: nul(k.kosten.settlementPhase),
            debtArrangement: { ...k.kosten.debtArrangement, bedrag: 0 },
            budgetManagement: { basis: nul(k.kosten.budgetManagement.basis), plus: nul(k.kosten.budgetManagement.plus), totaal: nul(k.kosten.budgetManagement.totaal) },
          },
        },
      ],
    };
    useScenarioStore.getState().zetScenario(gratis);
    const { container } = render(<Resultaten />);
    await screen.findByTestId('grafiek-kosten-baten', {}, { timeout: 30_000 });
    expect(cellen(rij(container, 'tabel-313', 'verhouding'))).toEqual(['0,71', 'n.v.t.', 'n.v.t.']);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('shows the "niet bijgewerkt" banner', () => {
    status.ongeldig = true;
    status.aantalFouten = 1;
    render(<Resultaten />);
    expect(tekst(screen.getByTestId('niet-bijgewerkt'))).toContain('Niet bijgewerkt.');
  });
});

describe('Tabel 3.13 op papier', () => {
  it('eight pathways print in parts of at most four column groups (five were wider than A4: tester3 defects3 #1), each pathway and difference once, with the same figures', async () => {
    const { voegToe } = await import('../../src/store/werkwijzen');
    let s: Scenario = DEN_HAAG;
    for (let i = 0; i < 6; i++) {
      const r = voegToe(s);
      if (!r.ok) throw new Error(r.bericht);
      s = r.scenario;
    }
    useScenarioStore.getState().zetScenario(s);
    const { container } = render(<Resultaten />);
    await screen.findByTestId('grafiek-kosten-baten', {}, { timeout: 30_000 });
    const koppen = (t: Element) => [...t.querySelectorAll('thead th.groepkop')].map((th) => tekst(th));
    const scherm = container.querySelector('[data-testid="tabel-313"]')!;
    expect(scherm.closest('.geen-print')).not.toBeNull();
    const delen = [...container.querySelectorAll('[data-testid="tabel-313-print"] table')];
    expect(delen.map((d) => koppen(d).length)).toEqual([4, 4, 4, 3]);
    expect(delen.flatMap(koppen)).toEqual(koppen(scherm));
    expect(koppen(scherm)).toHaveLength(15);
    const saldo = (t: Element) => cellen(t.querySelector('[data-rij="saldo"]'));
    expect(delen.flatMap(saldo)).toEqual(saldo(scherm));
    expect(tekst(delen[3]!.querySelector('caption'))).toBe('Investering en baten per werkwijze (vergelijk tabel 3.13 van het rapport) (deel 4 van 4)');
  });

  it('two pathways: one table, also on paper', async () => {
    const { container } = render(<Resultaten />);
    await screen.findByTestId('grafiek-kosten-baten', {}, { timeout: 30_000 });
    expect(container.querySelector('[data-testid="tabel-313-print"]')).toBeNull();
    expect(container.querySelector('[data-testid="tabel-313"]')!.closest('.geen-print')).toBeNull();
  });
});

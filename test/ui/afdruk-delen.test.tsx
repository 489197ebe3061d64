// @vitest-environment jsdom
// Tester3 defects3 #1: with four or more pathways one wide print table ("Baten per partij": three columns
// per pathway) made Chromium shrink the whole printed report to 5–6 pt. On paper a wide table now comes in
// parts of a few pathways each (src/ui/gedeeld/afdrukDelen.ts); on screen it stays whole. The e2e spec
// 25-afdruk-veel-werkwijzen.mjs checks the real widths and the PDF's text size in Chromium.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import type { Rangorde } from '../../src/model/onzekerheid/rangorde';
import { useScenarioStore, resultaatVan } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { voegToe } from '../../src/store/werkwijzen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Afdrukrapport from '../../src/ui/Afdrukrapport';
import { KOLOMMEN_OP_PAPIER, OpPapier, kolomDelen } from '../../src/ui/gedeeld/afdrukDelen';
import { RangordeTabel } from '../../src/ui/gedeeld/onzekerheid/RangordeTabel';
import { StakeholderTabellen } from '../../src/ui/resultaten/StakeholderTabellen';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string; 'data-testid': string }) => <canvas role="img" aria-label={p['aria-label']} data-testid={p['data-testid']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

function metWerkwijzen(n: number): Scenario {
  let s: Scenario = DEN_HAAG;
  while (s.werkwijzen.length < n) {
    const r = voegToe(s, `Werkwijze ${s.werkwijzen.length + 1}`);
    if (!r.ok) throw new Error(r.bericht);
    s = r.scenario;
  }
  return s;
}

/** The data columns of a table: the most number/text cells (not row headings) in one row, colspans counted. */
function dataKolommen(t: Element): number {
  return Math.max(0, ...[...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].reduce((n, td) => n + (td.colSpan || 1), 0)));
}

/** The tables that print: not those hidden on paper (.geen-print). */
const opPapier = (c: Element) => [...c.querySelectorAll('table')].filter((t) => !t.closest('.geen-print'));

beforeEach(() => {
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('kolomDelen', () => {
  it('splits into even consecutive parts of at most the allowed data columns', () => {
    const acht = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(kolomDelen(acht, { perItem: 3 })).toEqual([[1, 2, 3], [4, 5, 6], [7, 8]]);
    expect(kolomDelen(acht, { perItem: 2 })).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
    expect(kolomDelen(acht, { vast: 1, max: 6 })).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
    expect(kolomDelen(acht.slice(0, 7), { max: 6 })).toEqual([[1, 2, 3, 4], [5, 6, 7]]);
    // Three pathways with three columns each (nine) stay one table: the three-pathway example prints as before.
    expect(kolomDelen([1, 2, 3], { perItem: 3 })).toEqual([[1, 2, 3]]);
    expect(kolomDelen([], { perItem: 3 })).toEqual([[]]);
    // A table may ask for fewer, never for more than KOLOMMEN_OP_PAPIER.
    expect(kolomDelen(acht, { max: 20 }).every((d) => d.length <= KOLOMMEN_OP_PAPIER)).toBe(true);
  });
});

describe('Afdrukrapport met acht werkwijzen (tester3 defects3 #1)', { timeout: 60_000 }, () => {
  it(`no printed table has more than ${KOLOMMEN_OP_PAPIER} data columns; a split table's parts say "deel i van n" and hold every pathway once`, () => {
    const s = metWerkwijzen(8);
    useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [] });
    const { container } = render(<Afdrukrapport />);
    const tabellen = opPapier(container);
    expect(tabellen.length).toBeGreaterThan(10);
    const teBreed = tabellen.filter((t) => dataKolommen(t) > KOLOMMEN_OP_PAPIER).map((t) => `${dataKolommen(t)}: ${tekst(t.querySelector('caption')).slice(0, 60)}`);
    expect(teBreed).toEqual([]);

    // "Baten per partij": three columns per pathway, so three parts (3, 3, 2 pathways) with the same rows.
    const partij = [...container.querySelectorAll('table[data-testid="tabel-welvaart-partij"]')];
    expect(partij.map((t) => tekst(t.querySelector('caption')).match(/\(deel \d van \d\)$/)?.[0])).toEqual(['(deel 1 van 3)', '(deel 2 van 3)', '(deel 3 van 3)']);
    expect(partij.flatMap((t) => [...t.querySelectorAll('thead th.groepkop')].map((th) => tekst(th)))).toEqual(s.werkwijzen.map((w) => w.naam));
    for (const t of partij) expect([...t.querySelectorAll('tbody th[scope="row"]')].map((th) => tekst(th))).toEqual([...partij[0]!.querySelectorAll('tbody th[scope="row"]')].map((th) => tekst(th)));
    // Each part's ids are its own (the caption labels its region).
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id).filter((id) => id.startsWith('welvaart-partij-caption'));
    expect(ids).toEqual(['welvaart-partij-caption-deel-1', 'welvaart-partij-caption-deel-2', 'welvaart-partij-caption-deel-3']);
    // The same figures as the whole table: the welfare total of the last pathway is in the last part.
    const laatste = s.werkwijzen[7]!.id;
    expect(partij[2]!.querySelector(`[data-testid="welvaart-partij-${laatste}-totaal"]`)).not.toBeNull();

    // The other tables with a column per pathway are split too: components (with the split column), the inputs, the KBA table.
    const delen = (caption: string) => tabellen.filter((t) => tekst(t.querySelector('caption')).startsWith(caption)).length;
    expect(delen('Baten per onderdeel en hun verdeling over partijen')).toBe(2);
    expect(delen('Werkwijzen: cohort, uitkomsten, samenstelling en kosten per klant')).toBe(2);
    expect(delen('KBA-overzichtstabel')).toBeGreaterThan(1);
    expect(delen('Investering en baten per werkwijze')).toBe(4);
  });

  it('Den Haag (two pathways): every table whole, no "deel" in any caption', () => {
    useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
    const { container } = render(<Afdrukrapport />);
    expect(opPapier(container).filter((t) => /\((deel|part) \d/.test(tekst(t.querySelector('caption'))))).toEqual([]);
  });

  it('on screen the same table stays whole (it scrolls sideways)', () => {
    const s = metWerkwijzen(8);
    const { container } = render(<StakeholderTabellen s={s} r={resultaatVan(s)} />);
    const partij = container.querySelectorAll('table[data-testid="tabel-welvaart-partij"]');
    expect(partij).toHaveLength(1);
    expect(dataKolommen(partij[0]!)).toBe(24);
    expect(container.querySelectorAll('table[data-testid="tabel-componenten"]')).toHaveLength(1);
  });

  it('the pairwise Monte Carlo table prints its columns in parts with every row, in English too', () => {
    const s = metWerkwijzen(8);
    const ids = s.werkwijzen.map((w) => w.id);
    const ro: Rangorde = {
      paarsgewijs: Object.fromEntries(ids.map((a) => [a, Object.fromEntries(ids.filter((b) => b !== a).map((b) => [b, 0.5]))])),
      gelijk: Object.fromEntries(ids.map((a) => [a, Object.fromEntries(ids.filter((b) => b !== a).map((b) => [b, 0]))])),
      kansBeste: Object.fromEntries(ids.map((a, i) => [a, i === 0 ? 0.3 : 0.1])),
      verwachteRang: Object.fromEntries(ids.map((a, i) => [a, i + 1])),
    };
    const t = { beste: '{naam}: {kans}', hoek: 'Rij beter dan kolom', kansBeste: 'Kans de beste te zijn', verwachteRang: 'Verwachte rang' };
    useVoorkeuren.setState({ taal: 'en' });
    const { container } = render(
      <OpPapier.Provider value={true}>
        <RangordeTabel ro={ro} trekkingen={1000} s={s} id="print" caption="Pairwise" t={t} afdruk />
      </OpPapier.Provider>,
    );
    const delen = [...container.querySelectorAll('table')];
    expect(delen.map((d) => tekst(d.querySelector('caption')))).toEqual(['Pairwise (part 1 of 2)', 'Pairwise (part 2 of 2)']);
    expect(delen.map(dataKolommen)).toEqual([4, 4]);
    for (const d of delen) expect(d.querySelectorAll('tbody tr')).toHaveLength(8 + 2);
    cleanup();
    // On screen (no OpPapier): one table with all eight columns.
    const scherm = render(<RangordeTabel ro={ro} trekkingen={1000} s={s} id="mc" caption="Pairwise" t={t} />).container;
    expect([...scherm.querySelectorAll('table')].map(dataKolommen)).toEqual([8]);
  });
});

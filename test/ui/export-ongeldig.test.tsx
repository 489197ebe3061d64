// @vitest-environment jsdom
/**
 * While a field holds an error the store keeps the last valid scenario; every view says "niet bijgewerkt".
 * The documents a council member gets must say it too (review): page 1 of the print, the CSV, the workbook.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { berekenScenario } from '../../src/model';
import { maakWerkmap } from '../../src/model/uitvoer/werkmap';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Afdrukrapport from '../../src/ui/Afdrukrapport';
import { downloadResultatenCsv, resultatenCsv } from '../../src/ui/gedeeld/export/csv';
import { downloadWerkmap } from '../../src/ui/gedeeld/export/werkmap';
import { inGebruikZin } from '../../src/ui/gedeeld/inGebruikZin';
import { waardenInGebruik } from '../../src/ui/invoer/inGebruik';
import { vangDownload } from '../helpers/download';
import ExcelJS from 'exceljs';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string; 'data-testid': string }) => <canvas role="img" aria-label={p['aria-label']} data-testid={p['data-testid']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const r = berekenScenario(DEN_HAAG);

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerStatusStore.getState().zetFouten(0);
});
afterEach(() => {
  cleanup();
  useInvoerStatusStore.getState().zetFouten(0);
});

describe('exports while the inputs hold an error', () => {
  it('print: page 1 says the figures are the last valid input’s, and only then', () => {
    const { container, unmount } = render(<Afdrukrapport />);
    expect(container.querySelector('[data-testid="niet-bijgewerkt"]')).toBeNull();
    unmount();
    useInvoerStatusStore.getState().zetFouten(1);
    const { container: c } = render(<Afdrukrapport />);
    const p1 = c.querySelector('[data-deel="samenvatting"]')!;
    expect(tekst(p1.querySelector('[data-testid="niet-bijgewerkt"]'))).toBe('Niet bijgewerkt. De invoer bevat 1 fout. De resultaten hieronder horen bij de laatste geldige invoer.');
    // Before the summary, right under the title block.
    const html = p1.innerHTML;
    expect(html.indexOf('niet-bijgewerkt')).toBeLessThan(html.indexOf('bestuurssamenvatting'));
  });

  it('CSV: the second row says so (nl, en); the figures are the same', () => {
    const lees = (t: string) => Papa.parse<string[]>(t, { delimiter: ';' }).data;
    const goed = lees(resultatenCsv(DEN_HAAG, r, 'nl'));
    const fout = lees(resultatenCsv(DEN_HAAG, r, 'nl', null, null, true));
    expect(fout[1]).toEqual(['Let op: de invoer bevat fouten; deze cijfers horen bij de laatste geldige invoer.']);
    expect([fout[0], ...fout.slice(2)]).toEqual(goed);
    expect(lees(resultatenCsv(DEN_HAAG, r, 'en', null, null, true))[1]).toEqual(['Note: the inputs contain errors; these figures belong to the last valid inputs.']);
  });

  it('workbook: Lees mij says so; otherwise not', () => {
    const leesMij = (ongeldig: boolean) => {
      const ws = maakWerkmap(DEN_HAAG, { aangemaakt: new Date('2026-01-01T00:00:00Z'), ongeldig }).workbook.getWorksheet('Lees mij')!;
      const regels: string[] = [];
      ws.eachRow((row) => regels.push(`${row.getCell(1).text}|${row.getCell(2).text}`));
      return regels;
    };
    expect(leesMij(true)).toContain('Let op|De invoer in de app bevatte fouten; deze werkmap hoort bij de laatste geldige invoer.');
    expect(leesMij(false).some((x) => x.startsWith('Let op|'))).toBe(false);
  });

  it('tester7 #6: the CSV and the workbook downloaded while a field holds invalid text name the value in use, in the on-screen sentence', async () => {
    // Klantreis preparation 2000 applied, then "25O0" typed: the scenario in use keeps 2000.
    const s = structuredClone(DEN_HAAG);
    const ww = s.werkwijzen.findIndex((w) => w.id === 'klantreis');
    s.werkwijzen[ww]!.kosten.preparation.bedrag = 2000;
    useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [] });
    const inGebruik = waardenInGebruik([`werkwijzen.${ww}.kosten.preparation.bedrag`], s);
    useInvoerStatusStore.getState().zetFouten(1, inGebruik);
    const zin = 'De resultaten rekenen nog met € 2.000 voor Start tot aan schulden regelen: kosten per klant (Klantreis Financiële Hulpverlening), de waarde van vóór deze bewerking.';
    // The notice's own sentence (NietBijgewerkt, Bewaren, the share link): one function makes it.
    expect(inGebruikZin(useInvoerStatusStore.getState().inGebruik, 'nl', { bestand: true })?.replace(/\u00a0/g, ' ')).toBe(zin);

    const lees = (t: string) => Papa.parse<string[]>(t.replace(/^\ufeff/, ''), { delimiter: ';' }).data;
    const csv = vangDownload();
    downloadResultatenCsv(s, berekenScenario(s), 'nl');
    const rijen = lees(await csv.tekst());
    csv.herstel();
    expect(rijen[1]!.map((c) => c.replace(/\u00a0/g, ' '))).toEqual(['Let op: de invoer bevat fouten; deze cijfers horen bij de laatste geldige invoer.', zin]);
    // The figures are the value in use (2000): the same as the file of the valid scenario.
    expect(rijen.slice(2)).toEqual(lees(resultatenCsv(s, berekenScenario(s), 'nl')).slice(1));
    const en = lees(resultatenCsv(s, berekenScenario(s), 'en', null, null, true, inGebruik))[1]!.map((c) => c.replace(/\u00a0/g, ' '));
    expect(en).toEqual(['Note: the inputs contain errors; these figures belong to the last valid inputs.', 'The results still use €2,000 for Start until debt settlement: cost per client (Klantreis Financiële Hulpverlening), the value from before this edit.']);

    const xlsx = vangDownload();
    await downloadWerkmap(s, 'x.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.bytes()).buffer as ArrayBuffer);
    xlsx.herstel();
    const regels: string[] = [];
    wb.getWorksheet('Lees mij')!.eachRow((row) => regels.push(`${row.getCell(1).text}|${row.getCell(2).text}`.replace(/\u00a0/g, ' ')));
    expect(regels).toContain(`Let op|De invoer in de app bevatte fouten; deze werkmap hoort bij de laatste geldige invoer. ${zin}`);
  });
});

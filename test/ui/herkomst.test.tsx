// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { metGebaseerdOp } from '../../src/store/gebaseerdOp';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { ongedaanMaken, useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { PrintBronnen, PrintKop } from '../../src/ui/gedeeld/export/PrintSamenvatting';
import { resultatenCsv } from '../../src/ui/gedeeld/export/csv';
import Invoer from '../../src/ui/invoer/Invoer';
import { BatenDetail } from '../../src/ui/resultaten/BatenDetail';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';

vi.mock('../../src/store/invoerStatus', async (orig) => orig());

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const huidig = () => useScenarioStore.getState().scenario;

/** Issue 10, item 11: Den Haag, Klantreis cohort 40 (6/12/14/8), "Maanden eerder uit de bijstand" 6. */
function repro(): Scenario {
  const s = structuredClone(DEN_HAAG);
  const k = s.werkwijzen.find((w) => w.id === 'klantreis')!;
  k.cohort = 40;
  k.uitkomsten = { oplossing: 6, gestabiliseerd: 12, geenOplossing: 14, inSchuldregelfase: 8 };
  s.parameters['welfareExit.monthsEarlier'] = 6;
  return metGebaseerdOp(s);
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('afdruk van een bewerkte kopie (issue 10, punt 11)', () => {
  it('geen auteurschap van het voorbeeld, "Gebaseerd op", eigen waarden gemarkeerd met bron van de standaard', () => {
    const s = repro();
    const { container } = render(
      <>
        <PrintKop s={s} />
        <PrintBronnen s={s} />
      </>,
    );
    const alles = tekst(container);
    expect(alles).not.toContain('Auteur: MKBA Schuldhulp, naar Regioplan 2020');
    expect(alles).not.toContain('2020-06-01.');
    expect(alles).not.toContain('23 in de Klantreis');
    expect(tekst(screen.getByTestId('print-gebaseerd-op'))).toBe(
      'Gebaseerd op: “Den Haag: Klantreis Financiële Hulpverlening versus reguliere werkwijze (Regioplan 2020)” (MKBA Schuldhulp, naar Regioplan 2020, 2020-06-01).',
    );
    expect(tekst(screen.getByTestId('print-auteur'))).toBe('Auteur niet ingevuld.');
    const rij = container.querySelector('[data-parameter="welfareExit.monthsEarlier"]')!;
    const cellen = [...rij.querySelectorAll('td')].map((c) => tekst(c));
    // The value marked, the evidence grade (since issue 11) and the range with its own source.
    expect(tekst(rij.querySelector('th'))).toBe('Maanden eerder uit de bijstand *');
    // An own value has grade D (tester5 #3: the print showed the default's C); the published range keeps its own source.
    expect(cellen.slice(0, 2)).toEqual(['6 maanden', 'D']);
    expect(cellen[2]!.startsWith('4 – 12 maanden')).toBe(true);
    expect(rij.className).toBe('eigen-waarde');
    // The source heads the run of lines that share it (issue 13 item 2): an own value is a run of its own, the
    // neighbours keep the study's source.
    expect(tekst(rij.previousElementSibling)).toBe('Bron: eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))');
    expect(tekst(rij.nextElementSibling)).toBe('Bron: Van Geuns e.a. 2011 (Schuldhulpverlening loont!)');
    const eigen = tekst(screen.getByTestId('print-eigen-waarden'));
    expect(eigen).toContain('Maanden eerder uit de bijstand: 6 maanden — eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011');
    expect(eigen).toContain('Cohort: aantal klanten in de dossieranalyse (N) (Klantreis Financiële Hulpverlening): 40 klanten — eigen waarde (standaard 23 klanten, Regioplan 2020, par. 3.2 (dossieranalyse))');
    // Changed cells in the inputs table carry a mark; unchanged ones do not.
    const cohortRij = within(container.querySelector('.print-kop table')! as HTMLElement).getByRole('rowheader', { name: 'Cohort (klanten)' }).parentElement!;
    expect([...cohortRij.querySelectorAll('td')].map((c) => tekst(c))).toEqual(['29', '40 *']);
    // The list of sources marks the parameter that no longer uses its source.
    expect(alles).toContain('Maanden eerder uit de bijstand (in dit scenario een eigen waarde)');
  });

  it('het onbewerkte voorbeeld houdt zijn auteur en bronnen', () => {
    const { container } = render(<PrintKop s={DEN_HAAG} />);
    expect(tekst(screen.getByTestId('print-auteur'))).toBe('Datum scenario: 2020-06-01. Auteur: MKBA Schuldhulp, naar Regioplan 2020.');
    expect(screen.queryByTestId('print-eigen-waarden')).toBeNull();
    expect(tekst(container)).not.toContain('eigen waarde');
  });

  it('Engels: "own value (default 4 months, …)"', () => {
    useVoorkeuren.setState({ taal: 'en' });
    const { container } = render(<PrintKop s={repro()} />);
    expect(tekst(container.querySelector('[data-parameter="welfareExit.monthsEarlier"]')!.previousElementSibling)).toContain('Source: own value (default 4 months, Van Geuns e.a. 2011');
    expect(tekst(screen.getByTestId('print-auteur'))).toBe('Author not filled in.');
  });

  it('op het scherm: de berekening per baat en de verantwoording noemen de eigen waarde', () => {
    const s = repro();
    useScenarioStore.setState({ scenario: s });
    const { container } = render(<BatenDetail s={s} r={berekenScenario(s)} />);
    expect(tekst(screen.getByTestId('eigen-welfareExit'))).toContain('Maanden eerder uit de bijstand: 6 maanden — eigen waarde (standaard 4 maanden, Van Geuns');
    expect(tekst(screen.getByTestId('eigen-welfareExit-klantreis'))).toContain('40 klanten — eigen waarde (standaard 23');
    expect(screen.queryByTestId('eigen-welfareExit-regulier')).toBeNull();
    const rij = [...container.querySelectorAll('[data-baat="welfareExit"] .parameter-tabel tr')].find((r) => tekst(r).startsWith('Maanden eerder'))!;
    expect(tekst(rij)).toContain('eigen waarde (standaard 4 maanden, Van Geuns');
    cleanup();
    render(<Verantwoording />);
    expect(tekst(screen.getByTestId('eigen-waarden'))).toContain('Maanden eerder uit de bijstand: 6 maanden — eigen waarde (standaard 4');
  });

  it('CSV uit de browser: parameter met "eigen waarde (standaard 4 maanden, …)" en de eigen invoer van de werkwijze', () => {
    const csv = resultatenCsv(repro(), berekenScenario(repro()), 'nl');
    const regel = csv.split('\r\n').find((r) => r.startsWith('Maanden eerder uit de bijstand;'))!;
    // The source holds a comma, so the shared CSV writer quotes the cell.
    expect(regel.replace(/\u00a0/g, ' ')).toBe('Maanden eerder uit de bijstand;6 maanden;"eigen waarde (standaard 4 maanden, Van Geuns e.a. 2011 (Schuldhulpverlening loont!))"');
    expect(csv).toContain('40 klanten — eigen waarde (standaard 23 klanten, Regioplan 2020, par. 3.2 (dossieranalyse))');
    expect(resultatenCsv(DEN_HAAG, berekenScenario(DEN_HAAG), 'nl')).not.toContain('eigen waarde (');
  });
});

describe('titel, beschrijving, auteur en datum in Invoer', () => {
  it('een eerste wijziging maakt een kopie "gebaseerd op" het voorbeeld, in één stap; auteur en datum zijn in te vullen', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const maanden = document.getElementById('veld-parameters-welfareExit-monthsEarlier') as HTMLInputElement;
    await user.clear(maanden);
    await user.type(maanden, '6');
    await user.tab();
    expect(huidig().parameters['welfareExit.monthsEarlier']).toBe(6);
    expect(huidig().gebaseerdOp?.titel).toBe(DEN_HAAG.titel);
    expect(useScenarioStore.getState().verleden).toEqual([DEN_HAAG]);
    // The default once (review: "standaard 4 · Bron: eigen waarde (standaard 4, …)" named it twice).
    expect(tekst(document.getElementById('veld-parameters-welfareExit-monthsEarlier-hint'))).toContain(
      'standaard 4 · Bron: eigen waarde; de standaard komt uit Van Geuns e.a. 2011 (Schuldhulpverlening loont!)',
    );
    expect(tekst(screen.getByTestId('gebaseerd-op'))).toContain('Gebaseerd op: “Den Haag: Klantreis');
    const auteur = document.getElementById('veld-auteur') as HTMLInputElement;
    const datum = document.getElementById('veld-datum') as HTMLInputElement;
    const titel = document.getElementById('veld-titel') as HTMLInputElement;
    expect(auteur.value).toBe('');
    expect(datum.value).toBe('');
    expect(titel.value).toBe(`${DEN_HAAG.titel} (bewerkt)`);

    await user.type(auteur, 'J. de Vries');
    await user.tab();
    expect(huidig().auteur).toBe('J. de Vries');
    await user.type(datum, '2021-02-29');
    expect(tekst(document.getElementById('veld-datum-fout'))).toBe('Datum (JJJJ-MM-DD): is geen bestaande datum (2021-02-29)');
    expect(huidig().datum).toBeUndefined();
    await user.clear(datum);
    await user.type(datum, '2026-12-01');
    await user.tab();
    expect(huidig().datum).toBe('2026-12-01');
    expect(useScenarioStore.getState().verleden).toHaveLength(3);

    // Undo, step by step, back to the example itself.
    act(() => ongedaanMaken());
    act(() => ongedaanMaken());
    act(() => ongedaanMaken());
    expect(huidig()).toBe(DEN_HAAG);
    expect(auteur.value).toBe('MKBA Schuldhulp, naar Regioplan 2020');
  });
});

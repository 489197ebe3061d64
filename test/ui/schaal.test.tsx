// @vitest-environment jsdom
/**
 * Scale (issue 5 part 2) and N pathways in the overview: per client, for the reference cohort and per
 * year at the inflow, where every figure per year is the model's per-client figure × the inflow.
 */
import drieJson from '../../scenarios/den-haag-drie-werkwijzen-nazorg.json';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STAKEHOLDERS, bedragenPerKlant, berekenScenario, valideerScenario, type Scenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { ongedaanMaken, useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { kopieer, voegToe } from '../../src/store/werkwijzen';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { useSchaal } from '../../src/ui/gedeeld/schaal/schaal';
import { PerJaarAfdruk } from '../../src/ui/gedeeld/schaal/Schaalweergave';
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const e = (x: number) => formatEuro(x, 'nl').replace(/\u00a0/g, ' ');
const huidig = () => useScenarioStore.getState().scenario;

const DRIE: Scenario = (() => {
  const v = valideerScenario(drieJson);
  if (!v.ok) throw new Error('ongeldig');
  return v.scenario;
})();

/** Eight pathways with long names: the Den Haag pair, copies and blank ones. */
function acht(): Scenario {
  let s: Scenario = DRIE;
  for (let i = 0; i < 5; i++) {
    const r = i % 2 ? voegToe(s, `Werkwijze met een behoorlijk lange naam nummer ${i + 4}`) : kopieer(s, 'klantreis-nazorg', `Kopie van nazorg met wijkteam en budgetcoaching ${i + 4}`);
    if (!r.ok) throw new Error(r.bericht);
    s = r.scenario;
  }
  return s;
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DRIE, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useSchaal.setState({ schaal: 'klant' });
});
afterEach(cleanup);

/** The overview; its scale section is loaded lazily (below the first screen), so wait for it. */
async function toonOverzicht() {
  render(<Overzicht />);
  await screen.findByTestId('schaal-tabel');
}

describe('overzicht met N werkwijzen', () => {
  it('three pathways: a card each and a difference sentence per project pathway against the baseline', () => {
    render(<Overzicht />);
    const r = berekenScenario(DRIE);
    for (const w of r.werkwijzen) expect(tekst(screen.getByTestId(`saldo-per-klant-${w.id}`))).toBe(e(w.saldo.perKlant.toNumber()));
    expect(screen.queryByTestId('verschil-zin-regulier')).toBeNull();
    expect(tekst(screen.getByTestId('verschil-zin-klantreis-nazorg'))).toMatch(/^Per klant kost Klantreis met nazorg € [\d.]+ (meer|minder) dan Reguliere werkwijze \(FIG-route\)/);
  });

  it('defect 5: the municipality sentence says its amounts are rounded where they do not add up (€ 721 − € 1.062 is not € −342), and "vrijwel gelijk" near zero', async () => {
    useScenarioStore.setState({ scenario: DEN_HAAG });
    await toonOverzicht();
    expect(tekst(screen.getByTestId('schaal-zin-klantreis'))).toBe(
      'Per klant kost Klantreis Financiële Hulpverlening de gemeente € 1.062 meer dan Reguliere werkwijze (FIG-route), levert het de gemeente € 721 meer baten op, en is het saldo voor de gemeente € 342 slechter. (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
    );
  });

  it('eight pathways: eight cards, seven sentences, a scale table with eight rows and seven party columns', async () => {
    const s = acht();
    useScenarioStore.setState({ scenario: s });
    await toonOverzicht();
    expect(s.werkwijzen).toHaveLength(8);
    for (const w of s.werkwijzen) expect(screen.getByRole('heading', { level: 3, name: w.naam })).toBeTruthy();
    expect(screen.getAllByTestId(/^verschil-zin-/)).toHaveLength(7);
    const tabel = screen.getByTestId('schaal-tabel');
    expect(within(tabel).getAllByRole('row')).toHaveLength(9);
    expect(within(screen.getByTestId('schaal-partijen')).getAllByRole('columnheader')).toHaveLength(8);
    const r = berekenScenario(s);
    for (const w of r.werkwijzen) expect(tekst(screen.getByTestId(`schaal-saldo-${w.id}`))).toBe(e(w.saldo.perKlant.toNumber()));
  });
});

describe('schaal: per klant, per cohort, per jaar', () => {
  it('per year = per client × inflow, per pathway, per difference and per stakeholder; per cohort = × the reference cohort', async () => {
    const user = userEvent.setup();
    await toonOverzicht();
    await user.click(screen.getByRole('radio', { name: 'Per jaar, bij de instroom' }));
    expect(screen.getByTestId('schaal-geen-instroom').textContent).toBe('Vul de instroom per jaar in om de bedragen per jaar te zien.');
    const veld = screen.getByLabelText('Instroom per jaar');
    await user.type(veld, '1.200');
    expect(huidig().instellingen.instroomPerJaar).toBe(1200);
    expect(screen.getByRole('radio', { name: 'Per jaar, bij een instroom van 1.200 klanten' })).toBeTruthy();

    const r = berekenScenario(huidig());
    const nul = r.werkwijzen.find((w) => w.nulalternatief)!;
    for (const w of r.werkwijzen) {
      const pk = bedragenPerKlant(huidig(), w);
      expect(tekst(screen.getByTestId(`schaal-kosten-${w.id}`))).toBe(e(pk.kosten.times(1200).toNumber()));
      expect(tekst(screen.getByTestId(`schaal-saldo-${w.id}`))).toBe(e(w.saldo.perKlant.times(1200).toNumber()));
      if (w === nul) continue;
      const v = r.verschillen.find((x) => x.id === w.id)!;
      expect(tekst(screen.getByTestId(`schaal-verschil-${w.id}`))).toBe(e(v.saldo.perKlant.times(1200).toNumber()));
      const pn = bedragenPerKlant(huidig(), nul);
      for (const sh of STAKEHOLDERS) {
        const verwacht = pk.stakeholders[sh].saldo.minus(pn.stakeholders[sh].saldo).times(1200).toNumber();
        expect(tekst(screen.getByTestId(`schaal-partij-${sh}-${w.id}`))).toBe(e(verwacht));
      }
    }
    // The municipality's yearly budget effect in a sentence.
    const g = bedragenPerKlant(huidig(), r.werkwijzen[1]!).stakeholders.gemeente;
    const gn = bedragenPerKlant(huidig(), nul).stakeholders.gemeente;
    const kosten = g.kosten.minus(gn.kosten).times(1200).toNumber();
    expect(tekst(screen.getByTestId('schaal-zin-klantreis'))).toContain(`Per jaar, bij 1.200 klanten per jaar, kost Klantreis Financiële Hulpverlening de gemeente ${e(Math.abs(kosten))} ${kosten > 0 ? 'meer' : 'minder'} dan Reguliere werkwijze (FIG-route)`);

    await user.click(screen.getByRole('radio', { name: 'Voor het referentiecohort (23 klanten)' }));
    for (const w of r.werkwijzen) expect(tekst(screen.getByTestId(`schaal-saldo-${w.id}`))).toBe(e(w.saldo.perKlant.times(23).toNumber()));
    await user.click(screen.getByRole('radio', { name: 'Per klant' }));
    for (const w of r.werkwijzen) expect(tekst(screen.getByTestId(`schaal-saldo-${w.id}`))).toBe(e(w.saldo.perKlant.toNumber()));
  });

  it('in English the inflow\'s message is English with English numbers (review: "Inflow per year: is groter dan 100.000.000 klanten")', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    await toonOverzicht();
    await user.click(screen.getByRole('radio', { name: 'Per year, at the inflow' }));
    const veld = screen.getByLabelText('Inflow per year');
    for (const [invoer, melding] of [
      ['200000000', 'Inflow per year: is more than 100,000,000 clients'],
      ['0', 'Inflow per year: must be at least 1 client a year'],
    ] as const) {
      await user.clear(veld);
      await user.paste(invoer);
      expect(tekst(screen.getByTestId('instroom-per-jaar-fout'))).toBe(melding);
      expect(huidig().instellingen.instroomPerJaar).toBeNull();
    }
  });

  it('a bad inflow gets a Dutch message at the field and leaves the scenario alone; undo clears a good one', async () => {
    const user = userEvent.setup();
    await toonOverzicht();
    await user.click(screen.getByRole('radio', { name: 'Per jaar, bij de instroom' }));
    const veld = screen.getByLabelText('Instroom per jaar');
    for (const [invoer, melding] of [
      ['12,5', /^Instroom per jaar: .*heel/],
      ['0', /^Instroom per jaar: moet minstens 1 klant per jaar zijn/],
      ['abc', /^Instroom per jaar: "abc" is geen getal/],
      // 1.200 or 1,2? Refused, not read as 1,2 (review: "1,700" flowed in as 1,7).
      ['1,200', /^Instroom per jaar: "1,200" is dubbelzinnig: bedoelt u 1\.200 of 1,20\? Typ 1200 of 1,20$/],
    ] as const) {
      // Pasted whole: typed digit by digit, "12" would first be a valid inflow and shown live.
      await user.clear(veld);
      await user.paste(invoer);
      expect((veld as HTMLInputElement).value).toBe(invoer);
      expect(tekst(screen.getByTestId('instroom-per-jaar-fout'))).toMatch(melding);
      expect(veld.getAttribute('aria-invalid')).toBe('true');
      expect(huidig().instellingen.instroomPerJaar).toBeNull();
    }
    await user.clear(veld);
    await user.type(veld, '950');
    await user.tab();
    expect(huidig().instellingen.instroomPerJaar).toBe(950);
    expect(screen.queryByTestId('instroom-per-jaar-fout')).toBeNull();
    // Typing 9, 95, 950 is one undo step.
    ongedaanMaken();
    expect(huidig()).toBe(DRIE);
    expect(await screen.findByTestId('schaal-geen-instroom')).toBeTruthy();
    // The field follows the store after its render (failed once in CI when asserted in the same tick).
    await waitFor(() => expect((screen.getByLabelText('Instroom per jaar') as HTMLInputElement).value).toBe(''));
  });
});

describe('afdruk per jaar', () => {
  it('the printed results carry the per-year tables when an inflow is set, and nothing without one', () => {
    const { container, rerender } = render(<PerJaarAfdruk />);
    expect(container.innerHTML).toBe('');
    useScenarioStore.setState({ scenario: { ...DRIE, instellingen: { ...DRIE.instellingen, instroomPerJaar: 800 } } });
    rerender(<PerJaarAfdruk />);
    const sectie = container.querySelector('section.alleen-print')!;
    expect(within(sectie as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe('Per jaar, bij de instroom');
    const r = berekenScenario(huidig());
    const rijen = [...sectie.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => tekst(c)));
    expect(rijen.map((x) => x[3])).toEqual(r.werkwijzen.map((w) => e(w.saldo.perKlant.times(800).toNumber())));
    expect(sectie.querySelectorAll('[data-testid]')).toHaveLength(0);
  });
});

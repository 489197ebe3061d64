// @vitest-environment jsdom
/**
 * Issue 13 item 4: the inputs view per pathway. Tabs in the WAI-ARIA pattern (one tab stop, arrow
 * keys, Home/End), the live result beside the inputs and one tap away, fields with thousands
 * separators, sources on demand, and issue 11's gross → net shares and optimism bias as fields.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { berekenScenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { useInvoerWeergave } from '../../src/ui/invoer/weergave';
import { springNaar } from '../../src/ui/invoer/springNaar';

const huidig = () => useScenarioStore.getState().scenario;
const veld = (id: string) => document.getElementById(id) as HTMLInputElement;
const tabs = () => screen.getAllByRole('tab');
const gekozen = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!;
const schoon = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: null, bronnen: false });
  // The open tab is in the address (#/invoer/aannames): each test starts without one.
  history.replaceState(null, '', location.pathname);
});
afterEach(cleanup);

describe('Invoer: tabs per pathway (ARIA tab pattern)', () => {
  it('one tab per pathway, then the assumptions and the scenario; the first project pathway is open', () => {
    render(<Invoer />);
    expect(screen.getByRole('tablist', { name: 'Onderdelen van de invoer' })).toBeTruthy();
    expect(tabs().map((t) => t.textContent)).toEqual([
      'Reguliere werkwijze (FIG-route) (nulalternatief)',
      'Klantreis Financiële Hulpverlening',
      'Aannames voor alle werkwijzen',
      'Scenario en werkwijzen',
    ]);
    expect(gekozen().textContent).toBe('Klantreis Financiële Hulpverlening');
    // Each tab controls its panel, which is labelled by the tab; only the chosen panel is shown.
    for (const t of tabs()) {
      const paneel = document.getElementById(t.getAttribute('aria-controls')!)!;
      expect(paneel.getAttribute('role')).toBe('tabpanel');
      expect(paneel.getAttribute('aria-labelledby')).toBe(t.id);
      expect(paneel.hidden).toBe(t.getAttribute('aria-selected') !== 'true');
    }
    // Roving tabindex: one tab stop.
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1]);
    // The Klantreis fields are visible, the baseline's are not.
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(false);
    expect(veld('veld-werkwijzen-0-kosten-preparation-bedrag').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('←/→ move and select (wrapping), Home/End go to the ends, focus follows; the choice survives leaving the view', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Invoer />);
    gekozen().focus();
    await user.keyboard('{ArrowRight}');
    expect(gekozen().textContent).toBe('Aannames voor alle werkwijzen');
    expect(document.activeElement).toBe(gekozen());
    expect(veld('veld-parameters-eviction-cost').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(false);
    await user.keyboard('{End}');
    expect(gekozen().textContent).toBe('Scenario en werkwijzen');
    await user.keyboard('{ArrowRight}');
    expect(gekozen().textContent).toBe('Reguliere werkwijze (FIG-route) (nulalternatief)');
    await user.keyboard('{ArrowLeft}');
    expect(gekozen().textContent).toBe('Scenario en werkwijzen');
    await user.keyboard('{Home}');
    expect(gekozen().textContent).toBe('Reguliere werkwijze (FIG-route) (nulalternatief)');
    expect(document.activeElement).toBe(gekozen());
    expect(tabs().filter((t) => t.tabIndex === 0)).toEqual([gekozen()]);
    // Tab leaves the tablist into the panel (one tab stop for the whole list).
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).not.toBe('tab');
    unmount();
    render(<Invoer />);
    expect(gekozen().textContent).toBe('Reguliere werkwijze (FIG-route) (nulalternatief)');
  });

  it('the open tab is in the address: "#/invoer" gets the open tab in place, a chosen tab is a new entry, an address change (Back, a link) opens its tab', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/invoer');
    const lengte = history.length;
    render(<Invoer />);
    expect(location.hash).toBe('#/invoer/werkwijze-klantreis');
    expect(history.length).toBe(lengte); // replaced, not pushed
    await user.click(screen.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }));
    expect(location.hash).toBe('#/invoer/aannames');
    expect(history.length).toBe(lengte + 1);
    // Back (here: the address changes) opens the tab it names.
    act(() => {
      history.replaceState(null, '', '#/invoer/werkwijze-regulier');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(gekozen().textContent).toBe('Reguliere werkwijze (FIG-route) (nulalternatief)');
    expect(useInvoerWeergave.getState().tab).toBe('werkwijze-regulier');
    cleanup();
    // A deep link opens its tab at once; an unknown tab in the address is ignored.
    history.replaceState(null, '', '#/invoer/scenario');
    render(<Invoer />);
    expect(gekozen().textContent).toBe('Scenario en werkwijzen');
    cleanup();
    useInvoerWeergave.setState({ tab: null });
    history.replaceState(null, '', '#/invoer/werkwijze-bestaat-niet');
    render(<Invoer />);
    expect(gekozen().textContent).toBe('Klantreis Financiële Hulpverlening');
    expect(location.hash).toBe('#/invoer/werkwijze-bestaat-niet');
  });

  it('jumping to a field in another tab (error summary, links) opens that tab first', () => {
    render(<Invoer />);
    expect(gekozen().textContent).toBe('Klantreis Financiële Hulpverlening');
    act(() => {
      expect(springNaar('veld-parameters-eviction-cost')).toBe(true);
    });
    expect(gekozen().textContent).toBe('Aannames voor alle werkwijzen');
    expect(document.activeElement).toBe(veld('veld-parameters-eviction-cost'));
  });
});

describe('Invoer: the live result', () => {
  it('beside the inputs, named, reachable in one tap through the "Naar de uitkomst" link, and it follows an edit', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const uitkomst = screen.getByRole('complementary', { name: 'Uitkomst per klant' });
    expect(uitkomst.id).toBe('invoer-samenvatting');
    expect(uitkomst.tabIndex).toBe(-1); // focusable target for the link
    expect(screen.getByTestId('naar-uitkomst').getAttribute('href')).toBe('#invoer-samenvatting');
    // The result is outside the tab panels: whichever tab is open, it shows every pathway's saldo.
    expect(uitkomst.closest('[role="tabpanel"]')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }));
    const kosten = veld('veld-parameters-eviction-cost');
    await user.clear(kosten);
    await user.type(kosten, '7.000');
    await user.tab();
    expect(huidig().parameters['eviction.cost']).toBe(7000);
    for (const w of berekenScenario(huidig()).werkwijzen) {
      expect(screen.getByTestId(`invoer-saldo-per-klant-${w.id}`).textContent).toBe(formatEuro(w.saldo.perKlant.toNumber(), 'nl'));
    }
  });
});

describe('Invoer: fields and sources', () => {
  it('numbers show thousands separators, in fields too; "1.100,5" and "1100" are read alike', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').value).toBe('1.700');
    expect(veld('veld-werkwijzen-1-kosten-settlementPhase-bedrag').value).toBe('1.100');
    expect(veld('veld-parameters-homelessness-careSafetyCost').value).toBe('43.140');
    const v = veld('veld-werkwijzen-1-kosten-settlementPhase-bedrag');
    await user.clear(v);
    await user.type(v, '1.100,5');
    expect(huidig().werkwijzen[1]!.kosten.settlementPhase.bedrag).toBe(1100.5);
    await user.clear(v);
    await user.type(v, '1100');
    expect(huidig().werkwijzen[1]!.kosten.settlementPhase.bedrag).toBe(1100);
  });

  it('a field with focus holds the plain number: deleting a digit of "1.700" gives 170, not 1,7; grouped again on blur', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const v = veld('veld-werkwijzen-1-kosten-preparation-bedrag');
    expect(v.value).toBe('1.700');
    await user.click(v);
    expect(v.value).toBe('1700');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(1700);
    await user.keyboard('{End}{Backspace}');
    expect(v.value).toBe('170');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(170);
    await user.tab();
    expect(v.value).toBe('170');
    // Typed without separator, shown grouped after blur; the value does not change by it.
    await user.clear(v);
    await user.type(v, '2500');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(2500);
    await user.tab();
    expect(v.value).toBe('2.500');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(2500);
    // Invalid text stays as typed on blur; the store keeps the value from before this edit (tester5 #1: not the partial 25).
    await user.clear(v);
    await user.type(v, '25x');
    await user.tab();
    expect(v.value).toBe('25x');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(2500);
  });

  it('sources on demand: hidden until "Bronnen en toelichting tonen"; a changed field names its default, never its source as its own', async () => {
    const user = userEvent.setup();
    const { container } = render(<Invoer />);
    const sectie = container.querySelector('section.invoer')!;
    expect(sectie.classList.contains('met-bronnen')).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Bronnen en toelichting tonen' }));
    expect(sectie.classList.contains('met-bronnen')).toBe(true);
    await user.click(screen.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }));
    const hint = () => schoon(document.getElementById('veld-parameters-welfareExit-monthsEarlier-hint')!.textContent);
    expect(hint()).toMatch(/^Standaard: 4 · Bron: Van Geuns e\.a\. 2011/);
    // The grade is always visible; the range is the one the analysis uses and the rule is explained once, above.
    const regel = document.getElementById('veld-parameters-welfareExit-monthsEarlier')!.closest('.veld')!;
    expect(regel.querySelector('.veld-kenmerk')!.textContent).toBe('graad C');
    expect(hint()).toContain('Plausibel bereik: 4 – 12 maanden');
    // tester9 #3: € 20.600 ± 30% is shown as the analysis uses it (€ 14.420 – € 26.780), not rounded to € 14.000 – € 27.000.
    const ww = schoon(document.getElementById('veld-parameters-jobRetention-wwAnnualCost-hint')!.textContent);
    expect(ww).toContain('Plausibel bereik: € 14.420 – € 26.780 (± 30%');
    expect(schoon(document.getElementById('veld-parameters-eviction-cost-hint')!.textContent)).toContain('Plausibel bereik: € 4.105,50 – € 7.624,50 (');
    expect(schoon(document.getElementById('veld-parameters-jobRetention-wwShare-hint')!.textContent)).toContain('Plausibel bereik: 31,5% – 58,5% (');
    const m = veld('veld-parameters-welfareExit-monthsEarlier');
    await user.clear(m);
    await user.type(m, '6');
    expect(schoon(regel.querySelector('.veld-standaard')!.textContent)).toBe('standaard 4');
    expect(hint()).toContain('Bron: eigen waarde; de standaard komt uit Van Geuns e.a. 2011');
    expect(hint().match(/standaard:? 4\b/gi)).toHaveLength(1);
    expect(hint()).not.toMatch(/^Standaard: 4 · Bron: Van Geuns/);
  });
});

describe('Invoer: gross → net and optimism bias (issue 11)', () => {
  it('a deadweight share per benefit reaches the scenario, with grade D and the report as source; an untouched 0 adds nothing to the file', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await user.click(screen.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }));
    const dw = veld('veld-brutoNetto-eviction-deadweight');
    expect(dw.value).toBe('0');
    // Editing another field leaves brutoNetto out of the scenario (Den Haag has none).
    const ob = veld('veld-instellingen-optimismeBias');
    await user.clear(ob);
    await user.type(ob, '0');
    await user.tab();
    expect('brutoNetto' in huidig()).toBe(false);
    expect('optimismeBias' in huidig().instellingen).toBe(false);
    expect(document.querySelector('label[for="veld-brutoNetto-eviction-deadweight"]')!.textContent).toBe('Deadweight');
    expect(dw.closest('.veld')!.querySelector('.veld-kenmerk')!.textContent).toBe('graad D');
    expect(schoon(document.getElementById('veld-brutoNetto-eviction-deadweight-hint')!.textContent)).toContain('Bron: Regioplan 2020 rekent zonder deze aftrek (0)');
    await user.clear(dw);
    await user.type(dw, '20');
    await user.tab();
    expect(huidig().brutoNetto).toEqual({ eviction: { deadweight: 0.2 } });
    const r = berekenScenario(huidig()).werkwijzen[1]!.baten.posten.eviction.brutoNetto;
    expect(r.deadweight.div(r.bruto).toNumber()).toBeCloseTo(0.2, 12);
    expect(screen.getByTestId('gewijzigd-brutoNetto.eviction.deadweight')).toBeTruthy();
    await user.clear(dw);
    await user.type(dw, '0');
    await user.tab();
    expect(huidig().brutoNetto).toEqual({ eviction: { deadweight: 0 } });
  });

  it('the optimism bias raises the project pathways’ costs; an invalid share gets a Dutch message naming the field', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await user.click(screen.getByRole('tab', { name: 'Aannames voor alle werkwijzen' }));
    const ob = veld('veld-instellingen-optimismeBias');
    expect(ob.value).toBe('0');
    expect(huidig().instellingen.optimismeBias).toBeUndefined();
    await user.clear(ob);
    await user.type(ob, '10');
    await user.tab();
    expect(huidig().instellingen.optimismeBias).toBe(0.1);
    const voor = berekenScenario(DEN_HAAG).werkwijzen[1]!.kosten.totaal.perKlant.toNumber();
    expect(berekenScenario(huidig()).werkwijzen[1]!.kosten.totaal.perKlant.toNumber()).toBeCloseTo(voor * 1.1, 6);
    await user.clear(ob);
    await user.type(ob, '150');
    await waitFor(() =>
      expect(document.getElementById('veld-instellingen-optimismeBias-fout')!.textContent).toMatch(/^Optimism bias: opslag op de kosten van de projectwerkwijzen: moet tussen 0% en 100% liggen/),
    );
    const dw = veld('veld-brutoNetto-homelessness-attributie');
    await user.clear(dw);
    await user.type(dw, 'abc');
    await waitFor(() => expect(document.getElementById('veld-brutoNetto-homelessness-attributie-fout')!.textContent).toMatch(/^Voorkomen kosten van dakloosheid: attributie: "abc" is geen getal/));
  });

  it('English: labels, grade and separators', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Invoer />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent).slice(2)).toEqual(['Assumptions for all pathways', 'Scenario and pathways']);
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').value).toBe('1,700');
    expect(document.querySelector('label[for="veld-brutoNetto-eviction-verdringing"]')!.textContent).toBe('Displacement');
    expect(veld('veld-parameters-eviction-cost').closest('.veld')!.querySelector('.veld-kenmerk')!.textContent).toMatch(/^grade [A-D]$/);
  });
});

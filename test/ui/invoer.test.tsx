// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BATEN, BUDGETBEHEER_VARIANTEN, COMPONENTEN, PARAMETERS, STAKEHOLDERS, UITKOMSTEN, berekenScenario, type Scenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { metGebaseerdOp } from '../../src/store/gebaseerdOp';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { leegScenario } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { useInvoerWeergave } from '../../src/ui/invoer/weergave';

const saldo = (s: Scenario, id: string) => formatEuro(berekenScenario(s).werkwijzen.find((w) => w.id === id)!.saldo.perKlant.toNumber(), 'nl');
const veld = (id: string) => document.getElementById(id) as HTMLInputElement;
const huidig = () => useScenarioStore.getState().scenario;
/** Opens a tab of the inputs view (one per pathway, then the assumptions for all pathways and the scenario). */
const naarTab = (naam: RegExp) => act(() => screen.getByRole('tab', { name: naam }).click());

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: null, bronnen: false });
  // The open tab is in the address (#/invoer/aannames): each test starts without one.
  history.replaceState(null, '', location.pathname);
});
afterEach(cleanup);

describe('Invoer', () => {
  it('editing the Klantreis preparation cost updates the totals to the engine values', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const invoer = veld('veld-werkwijzen-1-kosten-preparation-bedrag');
    expect(invoer.value).toBe('1.700');
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(DEN_HAAG, 'klantreis'));
    await user.clear(invoer);
    await user.type(invoer, '1500');
    const verwacht = structuredClone(DEN_HAAG);
    verwacht.werkwijzen[1]!.kosten.preparation.bedrag = 1500;
    expect(huidig()).toEqual(metGebaseerdOp(verwacht)); // an edited copy of the example: gebaseerd op Den Haag
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(verwacht, 'klantreis'));
    expect(screen.getByTestId('gewijzigd-werkwijzen.1.kosten.preparation.bedrag')).toBeTruthy();
  });

  const ongeldig: [string, string, string, RegExp][] = [
    [
      'a share of 140%',
      'veld-werkwijzen-1-samenstelling-aandeelPW',
      '140',
      /^Aandeel klanten met een PW-uitkering \(Klantreis Financiële Hulpverlening\): moet tussen 0% en 100% liggen, maar is 140%$/,
    ],
    [
      'a negative amount',
      'veld-werkwijzen-1-kosten-preparation-bedrag',
      '-5',
      /^Start tot aan schulden regelen: kosten per klant \(Klantreis Financiële Hulpverlening\): mag niet negatief zijn, maar is € −5$/,
    ],
    ['an empty field', 'veld-werkwijzen-0-cohort', '', /^Cohort: aantal klanten in de dossieranalyse \(N\) \(Reguliere werkwijze \(FIG-route\)\): is leeg; vul een getal in$/],
    ['text that is not a number', 'veld-parameters-eviction-cost', 'abc', /^Kosten per huisuitzetting: "abc" is geen getal; gebruik cijfers/],
  ];
  for (const [wat, id, tekst, melding] of ongeldig) {
    it(`${wat}: Dutch message at the field, store unchanged, "niet bijgewerkt"; fixing it updates the store`, async () => {
      const user = userEvent.setup();
      render(<Invoer />);
      const voor = huidig();
      const invoer = veld(id);
      const oud = invoer.value;
      // The whole text at once (pasted): typing "140" digit by digit would first commit 1% and 14%,
      // which are valid and shown live.
      await user.clear(invoer);
      if (tekst) await user.paste(tekst);
      const fout = document.getElementById(`${id}-fout`)!;
      expect(fout.textContent).toMatch(melding);
      expect(invoer.getAttribute('aria-invalid')).toBe('true');
      expect(invoer.getAttribute('aria-describedby')!.split(' ')).toContain(`${id}-fout`);
      expect(invoer.value).toBe(tekst); // what the user typed stays
      expect(huidig()).toBe(voor);
      expect(useInvoerStatusStore.getState()).toMatchObject({ ongeldig: true, aantalFouten: 1 });
      expect(screen.getByTestId('invoer-niet-bijgewerkt').textContent).toContain('Niet bijgewerkt.');
      expect(screen.getByTestId('foutoverzicht').textContent).toContain('Er staat 1 fout in de invoer');

      await user.clear(invoer);
      await user.type(invoer, oud);
      await user.tab();
      expect(document.getElementById(`${id}-fout`)).toBeNull();
      expect(invoer.getAttribute('aria-invalid')).toBe('false');
      expect(useInvoerStatusStore.getState().ongeldig).toBe(false);
      expect(screen.queryByTestId('invoer-niet-bijgewerkt')).toBeNull();
      expect(huidig()).toEqual(voor);
      expect(useScenarioStore.getState().verleden).toEqual([]); // typed back to where it was: no undo step
    });
  }

  it('outcomes that do not add up to the cohort: message at the outcome group, then a valid fix reaches the store', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const voor = huidig();
    const oplossing = veld('veld-werkwijzen-1-uitkomsten-oplossing');
    await user.clear(oplossing);
    await user.type(oplossing, '4');
    const groep = document.getElementById('veld-werkwijzen-1-uitkomsten-som-fout')!;
    expect(groep.textContent).toBe('Uitkomsten (Klantreis Financiële Hulpverlening): de aantallen tellen op tot 24, maar het cohort is 23');
    for (const u of ['oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase']) {
      const v = veld(`veld-werkwijzen-1-uitkomsten-${u}`);
      expect(v.getAttribute('aria-invalid')).toBe('true');
      expect(v.getAttribute('aria-describedby')).toContain('veld-werkwijzen-1-uitkomsten-som-fout');
    }
    expect(huidig()).toBe(voor);
    expect(useInvoerStatusStore.getState().ongeldig).toBe(true);

    // Fix by raising the cohort: 3+1 solved, 24 clients.
    const cohort = veld('veld-werkwijzen-1-cohort');
    await user.clear(cohort);
    await user.type(cohort, '24');
    await user.tab();
    const verwacht = structuredClone(DEN_HAAG);
    verwacht.werkwijzen[1]!.uitkomsten.oplossing = 4;
    verwacht.werkwijzen[1]!.cohort = 24;
    expect(huidig()).toEqual(metGebaseerdOp(verwacht));
    expect(useInvoerStatusStore.getState().ongeldig).toBe(false);
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(verwacht, 'klantreis'));
  });

  it('accepts Dutch notation for percentages and stores fractions; "12.25" is refused as in an amount field (tester9 #10)', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const pw = veld('veld-werkwijzen-1-samenstelling-aandeelPW');
    expect(pw.value).toBe('43,5');
    await user.clear(pw);
    await user.type(pw, '50,5');
    expect(huidig().werkwijzen[1]!.samenstelling.aandeelPW).toBe(0.505);
    await user.clear(pw);
    await user.type(pw, '12.25');
    expect(document.getElementById('veld-werkwijzen-1-samenstelling-aandeelPW-fout')!.textContent).toContain('Bedoelt u 12,25? Typ 12,25');
    expect(huidig().werkwijzen[1]!.samenstelling.aandeelPW).not.toBe(0.1225);
    await user.clear(pw);
    await user.type(pw, '12,25');
    expect(huidig().werkwijzen[1]!.samenstelling.aandeelPW).toBe(0.1225);
    const kosten = veld('veld-parameters-welfare-pwAnnualCost');
    await user.clear(kosten);
    await user.type(kosten, '15.000');
    expect(huidig().parameters['welfare.pwAnnualCost']).toBe(15000);
  });

  it('shows unit, default and source, marks a changed field and resets it (one undo step each)', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    naarTab(/^Aannames voor alle werkwijzen/);
    const id = 'veld-parameters-eviction-cost';
    expect(document.getElementById(`${id}-hint`)!.textContent).toMatch(/^Standaard: €\s5\.865 · Bron: Van Geuns e\.a\. 2011/);
    expect(document.getElementById(`${id}-eenheid`)!.textContent).toBe('euro');
    expect(screen.queryByTestId('gewijzigd-parameters.eviction.cost')).toBeNull();
    await user.clear(veld(id));
    await user.type(veld(id), '6000');
    await user.tab();
    expect(screen.getByTestId('gewijzigd-parameters.eviction.cost').textContent).toBe('gewijzigd');
    expect(huidig().parameters['eviction.cost']).toBe(6000);
    await user.click(screen.getByRole('button', { name: /^Terugzetten: Kosten per huisuitzetting/ }));
    await waitFor(() => expect(huidig().parameters['eviction.cost']).toBe(5865));
    // The reset moves focus into the field, which then may hold the plain number (see GetalVeld).
    expect(['5.865', '5865']).toContain(veld(id).value);
    expect((document.activeElement as HTMLElement).id).toBe(id);
    expect(screen.queryByTestId('gewijzigd-parameters.eviction.cost')).toBeNull();
    expect(useScenarioStore.getState().verleden).toHaveLength(2);
  });

  it('marks the care-and-safety split as an assumption, checks that a row adds up to 100% and resets a row', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    naarTab(/^Aannames voor alle werkwijzen/);
    const rij = document.getElementById('veld-verdeling-homelessness-careSafety-politie')!.closest('tr')!;
    expect(within(rij).getByText('(aanname)')).toBeTruthy();
    expect(rij.textContent).toContain('Politie 50%, Zorgverzekeraars 50%');
    const politie = veld('veld-verdeling-homelessness-careSafety-politie');
    expect(politie.value).toBe('50');
    await user.clear(politie);
    await user.type(politie, '40');
    expect(within(rij).getByText(/de aandelen tellen op tot 90%, maar moeten samen 100% zijn/)).toBeTruthy();
    expect(huidig()).toBe(DEN_HAAG);
    const zorg = veld('veld-verdeling-homelessness-careSafety-zorgverzekeraars');
    await user.clear(zorg);
    await user.type(zorg, '60');
    await user.tab();
    expect(huidig().verdeling['homelessness.careSafety']).toEqual({ politie: 0.4, zorgverzekeraars: 0.6 });
    const stakeholders = berekenScenario(huidig()).werkwijzen[1]!.stakeholders;
    expect(stakeholders.politie.toNumber()).toBeCloseTo(berekenScenario(DEN_HAAG).werkwijzen[1]!.stakeholders.politie.toNumber() * 0.8, 6);
    await user.click(within(rij).getByRole('button', { name: /^Terugzetten: Zorg en veiligheid/ }));
    await waitFor(() => expect(huidig().verdeling['homelessness.careSafety']).toEqual({ politie: 0.5, zorgverzekeraars: 0.5 }));
  });

  it('debt arrangements: "oplossingen" or a fixed number, prefilled with the current number', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    // The Klantreis tab is open first (the first project pathway): only its radio buttons are shown.
    expect(screen.getByRole('tab', { name: 'Klantreis Financiële Hulpverlening' }).getAttribute('aria-selected')).toBe('true');
    const vast = screen.getAllByRole('radio', { name: 'Een vast aantal' })[0]!;
    await user.click(vast);
    const aantal = veld('veld-werkwijzen-1-kosten-debtArrangement-aantal');
    const oplossingen = berekenScenario(DEN_HAAG).werkwijzen[1]!.naToedeling.oplossing.toNumber();
    expect(aantal.value).toBe(String(oplossingen));
    expect(huidig().werkwijzen[1]!.kosten.debtArrangement.aantal).toBe(oplossingen);
    await user.clear(aantal);
    await user.type(aantal, '5');
    await user.tab();
    expect(huidig().werkwijzen[1]!.kosten.debtArrangement.aantal).toBe(5);
    await user.click(screen.getAllByRole('radio', { name: 'Aantal oplossingen na toedeling' })[0]!);
    expect(huidig().werkwijzen[1]!.kosten.debtArrangement.aantal).toBe('oplossingen');
  });

  it('settings: allocation mode, rounding and reference cohort', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    naarTab(/^Aannames voor alle werkwijzen/);
    await user.click(screen.getByRole('radio', { name: /Verwachte waarden/ }));
    expect(huidig().instellingen.toedeling).toBe('verwachteWaarden');
    await user.click(screen.getByRole('checkbox', { name: /Afgeleide eenheidsbedragen afronden/ }));
    expect(huidig().instellingen.eenheidsbedragenAfronden).toBe(false);
    const ref = veld('veld-instellingen-referentieCohort');
    await user.clear(ref);
    await user.tab();
    expect(huidig().instellingen.referentieCohort).toBeNull();
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo(huidig(), 'klantreis'));
    expect(useScenarioStore.getState().verleden).toHaveLength(3);
  });

  it('"Alles terugzetten" restores every default as one undo step', async () => {
    const user = userEvent.setup();
    const s = structuredClone(DEN_HAAG);
    s.parameters['eviction.cost'] = 1;
    s.werkwijzen[1]!.kosten.preparation.bedrag = 1;
    useScenarioStore.setState({ scenario: s });
    render(<Invoer />);
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').value).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Alles terugzetten' }));
    expect(huidig()).toEqual(DEN_HAAG);
    expect(veld('veld-werkwijzen-1-kosten-preparation-bedrag').value).toBe('1.700');
    expect(useScenarioStore.getState().verleden).toEqual([s]);
  });

  it('a scenario without example has no defaults for its pathways and no reset buttons there', () => {
    useScenarioStore.setState({ scenario: leegScenario() });
    render(<Invoer />);
    expect(document.getElementById('veld-werkwijzen-1-cohort-hint')!.textContent).toBe('Geen standaardwaarde');
    expect(document.getElementById('veld-parameters-eviction-cost-hint')!.textContent).toMatch(/^Standaard: €\s5\.865/);
  });

  it('keeps invalid input when the view closes and shows it again; a replaced scenario drops it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Invoer />);
    await user.clear(veld('veld-parameters-eviction-cost'));
    await user.type(veld('veld-parameters-eviction-cost'), 'abc');
    unmount();
    expect(useInvoerStatusStore.getState().ongeldig).toBe(true);
    render(<Invoer />);
    expect(veld('veld-parameters-eviction-cost').value).toBe('abc');
    await waitFor(() => expect(document.getElementById('veld-parameters-eviction-cost-fout')).not.toBeNull());
    cleanup();
    act(() => useScenarioStore.getState().zetScenario(leegScenario()));
    expect(useInvoerStatusStore.getState().ongeldig).toBe(false);
    render(<Invoer />);
    expect(veld('veld-parameters-eviction-cost').value).toBe('5.865');
  });

  it('follows the language: English labels and decimal point', async () => {
    render(<Invoer />);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    await waitFor(() => expect(veld('veld-werkwijzen-1-samenstelling-aandeelPW').value).toBe('43.5'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Inputs');
  });
});

describe('Invoer with other scenarios', () => {
  it('edits the third pathway of a scenario with three, and a pathway note', async () => {
    const user = userEvent.setup();
    const s = structuredClone(DEN_HAAG);
    s.werkwijzen.push({ ...structuredClone(s.werkwijzen[1]!), id: 'klantreis-2', naam: 'Klantreis, tweede meting' });
    useScenarioStore.setState({ scenario: s });
    render(<Invoer />);
    const v = veld('veld-werkwijzen-2-kosten-preparation-bedrag');
    expect(document.getElementById('veld-werkwijzen-2-kosten-preparation-bedrag-hint')!.textContent).toMatch(/^Geen standaardwaarde/);
    await user.clear(v);
    await user.type(v, '900');
    await user.tab();
    const verwacht = structuredClone(s);
    verwacht.werkwijzen[2]!.kosten.preparation.bedrag = 900;
    expect(huidig()).toEqual(metGebaseerdOp(verwacht));
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis-2').textContent).toBe(saldo(verwacht, 'klantreis-2'));

    const noot = document.getElementById('veld-werkwijzen-0-toelichting') as HTMLTextAreaElement;
    await user.clear(noot);
    await user.type(noot, 'Nieuwe toelichting');
    await user.tab();
    expect(huidig().werkwijzen[0]!.toelichting).toBe('Nieuwe toelichting');
  });
});

describe('Invoer completeness', () => {
  it('has a labelled input for every parameter, every pathway input and every stakeholder share', () => {
    render(<Invoer />);
    const namen = [
      ...PARAMETERS.map((p) => `parameters.${p.id}`),
      ...COMPONENTEN.flatMap((c) => STAKEHOLDERS.map((sh) => `verdeling.${c}.${sh}`)),
      'instellingen.referentieCohort',
      'instellingen.eenheidsbedragenAfronden',
      'instellingen.optimismeBias',
      ...BATEN.flatMap((b) => ['deadweight', 'verdringing', 'attributie'].map((a) => `brutoNetto.${b}.${a}`)),
      ...[0, 1].flatMap((i) => [
        'naam',
        'cohort',
        ...UITKOMSTEN.map((u) => `uitkomsten.${u}`),
        'samenstelling.aandeelPW',
        'samenstelling.aandeelWerkend',
        'kosten.preparation.bedrag',
        'kosten.settlementPhase.bedrag',
        'kosten.settlementPhase.aantal',
        'kosten.debtArrangement.bedrag',
        ...BUDGETBEHEER_VARIANTEN.flatMap((v) => [`kosten.budgetManagement.${v}.bedrag`, `kosten.budgetManagement.${v}.aantal`]),
      ].map((r) => `werkwijzen.${i}.${r}`)),
    ];
    for (const naam of namen) {
      const el = document.querySelector(`[name="${naam}"]`) as HTMLInputElement | null;
      expect(el, naam).not.toBeNull();
      const label = el!.labels?.[0]?.textContent ?? el!.getAttribute('aria-labelledby');
      expect(label, naam).toBeTruthy();
    }
    // Every tab's fields are in the DOM (hidden tabs included), so nothing is lost when switching.
    expect(screen.getAllByRole('radio', { name: 'Een vast aantal', hidden: true })).toHaveLength(2);
    expect(screen.getByRole('radio', { name: /Verwachte waarden/, hidden: true })).toBeTruthy();
  });
});

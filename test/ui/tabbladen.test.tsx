// @vitest-environment jsdom
/**
 * The app's side of the autosave in several tabs (src/ui/scenario/opstart.ts with store/autosave.ts):
 * this page is the app (ScenarioMenu), the other tab is a Tabblad on the same storage, and its writes
 * reach the page as `storage` events through the environment, as the browser delivers them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { schrijfScenario, type Scenario } from '../../src/model';
import { AUTOSAVE_SLEUTEL } from '../../src/store/autosave';
import { useMeldingen } from '../../src/store/meldingen';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { Tabblad, TAB_SLEUTEL, alleSlots, slotTekst } from '../../src/store/tabbladen';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';
import Invoer from '../../src/ui/invoer/Invoer';
import { AANNAMES_TAB, useInvoerWeergave } from '../../src/ui/invoer/weergave';
import { NepOpslag } from '../helpers/opslag';

function metVoorbereiding(bedrag: number): Scenario {
  const c = structuredClone(DEN_HAAG);
  c.werkwijzen[1]!.kosten.preparation.bedrag = bedrag;
  return c;
}
const bedrag = () => useScenarioStore.getState().scenario.werkwijzen[1]!.kosten.preparation.bedrag;

/** The page's environment: its own session storage, and `storage` events sent by the test. */
function omgeving(opslag: NepOpslag, sessie = new NepOpslag()) {
  const luisteraars = new Set<(k: string | null, v: string | null) => void>();
  const o: Omgeving & { sessie: NepOpslag; stuur: (k: string | null, v: string | null) => void; weg: () => void } = {
    opslag,
    sessie,
    fragment: () => '',
    wisFragment: () => {},
    bijFragmentWijziging: () => () => {},
    bijOpslagWijziging: (f) => {
      luisteraars.add(f);
      return () => luisteraars.delete(f);
    },
    bijPaginaWissel: (weg) => {
      o.weg = weg;
      return () => {};
    },
    stuur: (k, v) => act(() => luisteraars.forEach((f) => f(k, v))),
    weg: () => {},
  };
  return o;
}

/** The other tab: saves as volgAutosave does, and tells the page (its storage event). */
function anderTabblad(opslag: NepOpslag, o: ReturnType<typeof omgeving>) {
  const tab = new Tabblad(opslag, new NepOpslag());
  tab.start(opslag.getItem(AUTOSAVE_SLEUTEL));
  return {
    tab,
    bewaar(s: Scenario) {
      const tekst = schrijfScenario(s);
      tab.bewaar(tekst, s.titel);
      opslag.setItem(AUTOSAVE_SLEUTEL, tekst);
      o.stuur(`mkba-schuldhulp:v1:scenario:tab:${tab.id}`, tekst);
    },
  };
}

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => cleanup());

describe('autosave in two tabs, in the app', () => {
  it("another tab's different scenario: a notice offering both; opening it is one undo step and this tab's work stays saved", async () => {
    const user = userEvent.setup();
    const opslag = new NepOpslag();
    const o = omgeving(opslag);
    render(<ScenarioMenu omgeving={o} />);
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2000)));
    const eigen = schrijfScenario(metVoorbereiding(2000));

    const b = anderTabblad(opslag, o);
    b.bewaar(metVoorbereiding(3333));
    const m = screen.getByTestId('melding-ander-tabblad');
    expect(m.textContent).toMatch(/^Een ander tabblad heeft een ander scenario automatisch bewaard: ‘Den Haag: Klantreis/);
    expect(m.textContent).toMatch(/Uw versie in dit tabblad blijft ook bewaard/);
    // Both carry the same title: the notice says what tells them apart (tester3 #14).
    expect(m.textContent).toContain('Verschilt van de versie hier in: Klantreis Financiële Hulpverlening › Kosten › Start tot aan schulden regelen › kosten per klant.');
    expect(bedrag()).toBe(2000); // nothing changes on its own
    expect([...opslag.data.values()]).toContain(eigen);

    await user.click(within(m).getByRole('button', { name: 'De versie van het andere tabblad openen' }));
    expect(bedrag()).toBe(3333);
    expect(screen.getByTestId('melding-ander-tabblad').textContent).toMatch(/Uw vorige versie blijft ook bewaard/);
    const slots = alleSlots(opslag).map((s) => slotTekst(opslag, s.id));
    expect(slots).toContain(eigen); // this tab's 2000 stays in its old slot
    expect(slots.filter((t) => t === schrijfScenario(metVoorbereiding(3333)))).toHaveLength(2); // B's, and this tab's new slot
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(bedrag()).toBe(2000);
  });

  it('"keep mine" keeps this tab\'s scenario and is not asked again for that tab; in English the notice is English', async () => {
    const user = userEvent.setup();
    useVoorkeuren.setState({ taal: 'en' });
    const opslag = new NepOpslag();
    const o = omgeving(opslag);
    render(<ScenarioMenu omgeving={o} />);
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2000)));
    const b = anderTabblad(opslag, o);
    b.bewaar(metVoorbereiding(3333));
    const m = screen.getByTestId('melding-ander-tabblad');
    expect(m.textContent).toMatch(/^Another tab has automatically saved a different scenario: ‘Den Haag/);
    await user.click(within(m).getByRole('button', { name: 'Keep my version' }));
    expect(screen.queryByTestId('melding-ander-tabblad')).toBeNull();
    b.bewaar(metVoorbereiding(3334));
    expect(screen.queryByTestId('melding-ander-tabblad')).toBeNull();
    expect(bedrag()).toBe(2000);
  });

  it("start-up: the other tabs' versions are offered (title and time); 'keep the current version' ends the offer; the menu still lists them", async () => {
    const user = userEvent.setup();
    const opslag = new NepOpslag();
    // Tab A saved 2000; tab B opened and saved a link (3333); A closed; B is still open.
    const a = new Tabblad(opslag, new NepOpslag(), () => 1_764_928_800_000); // 5 December 2025, 10:00 UTC
    a.start(null);
    a.bewaar(schrijfScenario(metVoorbereiding(2000)), 'Versie A');
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(metVoorbereiding(2000)));
    const b = new Tabblad(opslag, new NepOpslag());
    b.start(opslag.getItem(AUTOSAVE_SLEUTEL));
    b.bewaar(schrijfScenario(metVoorbereiding(3333)), DEN_HAAG.titel);
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(metVoorbereiding(3333)));
    a.sluit();

    render(<ScenarioMenu omgeving={omgeving(opslag)} />);
    expect(bedrag()).toBe(3333); // the last written, as before
    const m = screen.getByTestId('melding-andere-versies');
    expect(m.textContent).toMatch(/^Er zijn ook andere automatisch bewaarde versies/);
    expect(m.textContent).toContain('Ook bewaard: ‘Versie A’, bewaard');
    const knop = within(m).getByRole('button', { name: /^Openen: ‘Versie A’, bewaard 5 december/ });
    expect(knop).toBeTruthy();
    await user.click(within(m).getByRole('button', { name: 'Huidige versie houden' }));
    expect(screen.queryByTestId('melding-andere-versies')).toBeNull();

    // The next start: dealt with, not offered again; the menu still lists it.
    cleanup();
    opnieuwStarten();
    render(<ScenarioMenu omgeving={omgeving(opslag)} />);
    expect(screen.queryByTestId('melding-andere-versies')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bewaarde versies' }));
    await user.click(within(screen.getByTestId('melding-andere-versies')).getByRole('button', { name: /^Openen: ‘Versie A’/ }));
    expect(bedrag()).toBe(2000);
  });

  it('a reload restores this tab\'s own work, even when another tab saved later (and says so)', () => {
    const opslag = new NepOpslag();
    const sessie = new NepOpslag();
    const o = omgeving(opslag, sessie);
    render(<ScenarioMenu omgeving={o} />);
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2000)));
    expect(sessie.getItem(TAB_SLEUTEL)).not.toBeNull();
    anderTabblad(opslag, o).bewaar(metVoorbereiding(3333));
    o.weg(); // pagehide
    cleanup();
    opnieuwStarten();
    useMeldingen.setState({ meldingen: [] });
    render(<ScenarioMenu omgeving={omgeving(opslag, sessie)} />);
    expect(bedrag()).toBe(2000);
    expect(screen.getByTestId('melding-andere-versies').textContent).toMatch(/Ook bewaard: ‘Den Haag[^.]*\. Verschilt van de versie hier in: Klantreis Financiële Hulpverlening › Kosten › [^.]*\./);
  });

  it('a single tab: a reload restores exactly, without any notice', () => {
    const opslag = new NepOpslag();
    const sessie = new NepOpslag();
    const o = omgeving(opslag, sessie);
    render(<ScenarioMenu omgeving={o} />);
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2000)));
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2100)));
    o.weg();
    cleanup();
    opnieuwStarten();
    render(<ScenarioMenu omgeving={omgeving(opslag, sessie)} />);
    expect(useScenarioStore.getState().scenario).toEqual(metVoorbereiding(2100));
    expect(useMeldingen.getState().meldingen).toEqual([]);
  });

  const geopendTab = () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
  const koppen = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);
  const labels = () => [...document.querySelectorAll('label')].map((l) => (l.textContent ?? '').trim());

  it('the notice names the groups as the inputs view does ("Aannames voor alle werkwijzen", not "Parameters"), in nl and en (tester)', async () => {
    const opslag = new NepOpslag();
    const o = omgeving(opslag);
    render(<ScenarioMenu omgeving={o} />);
    const ander = structuredClone(DEN_HAAG);
    ander.parameters['welfareExit.monthsEarlier'] = 6;
    ander.instellingen.optimismeBias = 0.1;
    ander.verdeling.eviction = { gemeente: 0.5, woningcorporaties: 0.5 };
    anderTabblad(opslag, o).bewaar(ander);
    const tekst = screen.getByTestId('melding-ander-tabblad').textContent!;
    expect(tekst).toContain(
      'Verschilt van de versie hier in: Aannames voor alle werkwijzen › Optimism bias: opslag op de kosten van de projectwerkwijzen; Aannames voor alle werkwijzen › Maanden eerder uit de bijstand; Stakeholderverdeling › Huisuitzetting › Woningcorporaties en 1 ander veld.',
    );
    expect(tekst).not.toContain('Parameters');
    // The same words as the inputs view: its tab, the group heading and the field's label.
    cleanup();
    useInvoerWeergave.setState({ tab: AANNAMES_TAB, bronnen: false });
    render(<Invoer />);
    // (Plain DOM queries: role queries over the whole inputs view take seconds.)
    expect(geopendTab()).toBe('Aannames voor alle werkwijzen');
    expect(koppen()).toContain('Stakeholderverdeling');
    expect(labels().some((l) => l.startsWith('Optimism bias: opslag op de kosten van de projectwerkwijzen'))).toBe(true);
    expect(labels().some((l) => l.startsWith('Maanden eerder uit de bijstand'))).toBe(true);
    cleanup();

    // In English.
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    useMeldingen.setState({ meldingen: [] });
    opnieuwStarten();
    const opslag2 = new NepOpslag();
    const o2 = omgeving(opslag2);
    render(<ScenarioMenu omgeving={o2} />);
    anderTabblad(opslag2, o2).bewaar(ander);
    expect(screen.getByTestId('melding-ander-tabblad').textContent).toContain(
      'Differs from the version here in: Assumptions for all pathways › Optimism bias: uplift on the costs of the project pathways; Assumptions for all pathways › Months earlier out of welfare; Split over stakeholders › Eviction › Housing associations and 1 other field.',
    );
    cleanup();
    render(<Invoer />);
    expect(geopendTab()).toBe('Assumptions for all pathways');
    expect(koppen()).toContain('Split over stakeholders');
    expect(labels().some((l) => l.startsWith('Months earlier out of welfare'))).toBe(true);
  });
});

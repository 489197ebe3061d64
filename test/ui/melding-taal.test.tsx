// @vitest-environment jsdom
/**
 * tester5 #12: an open notice (a refused file's message) stayed in Dutch after switching to English.
 * A notice is now kept as a function of the language and shown in the language chosen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';
import { schrijfScenario } from '../../src/model';
import { AUTOSAVE_SLEUTEL } from '../../src/store/autosave';
import { Tabblad } from '../../src/store/tabbladen';
import { NepOpslag } from '../helpers/opslag';

const omgeving: Omgeving = { opslag: null, fragment: () => '', wisFragment: () => {}, bijFragmentWijziging: () => () => {} };
const tekst = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, inGebruik: [], concept: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('notices follow a language switch (tester5 #12)', () => {
  it('a refused file: Dutch, then all English after choosing English, and Dutch again', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    const invoer = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(invoer, new File(['{"x":'], 'kapot.json', { type: 'application/json' }));
    const melding = await screen.findByTestId('melding-actie');
    expect(tekst(melding)).toMatch(/^Het bestand “kapot\.json” is niet geopend\..*geen geldige JSON.*Het huidige scenario is niet veranderd\./);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    await waitFor(() => expect(tekst(screen.getByTestId('melding-actie'))).toMatch(/^The file “kapot\.json” was not opened\./));
    const en = tekst(screen.getByTestId('melding-actie'));
    expect(en).toContain('The current scenario has not changed.');
    expect(en).not.toMatch(/Het |niet|bestand/);
    expect(screen.getByRole('button', { name: /^Close: The file “kapot\.json” was not opened\./ })).toBeTruthy();
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    expect(tekst(screen.getByTestId('melding-actie'))).toMatch(/^Het bestand “kapot\.json” is niet geopend\./);
  });
});

/** A page whose other tab saves through the same storage and reaches it by its storage event. */
function tweeTabbladen() {
  const opslag = new NepOpslag();
  const luisteraars = new Set<(k: string | null, v: string | null) => void>();
  const o: Omgeving = {
    opslag,
    sessie: new NepOpslag(),
    fragment: () => '',
    wisFragment: () => {},
    bijFragmentWijziging: () => () => {},
    bijOpslagWijziging: (f) => {
      luisteraars.add(f);
      return () => luisteraars.delete(f);
    },
  };
  return { opslag, o, stuur: (k: string, v: string) => act(() => luisteraars.forEach((f) => f(k, v))) };
}
const metBedrag = (bedrag: number) => {
  const c = structuredClone(DEN_HAAG);
  c.werkwijzen[1]!.kosten.preparation.bedrag = bedrag;
  return c;
};
const knoppen = (el: HTMLElement) => within(el).getAllByRole('button').map((b) => b.textContent);

describe('notices with buttons and the start-up notice follow a language switch too (review)', () => {
  it("another tab's scenario: title, lines and both buttons switch, and the English button still works", async () => {
    const user = userEvent.setup();
    const { opslag, o, stuur } = tweeTabbladen();
    render(<ScenarioMenu omgeving={o} />);
    act(() => useScenarioStore.getState().zetScenario(metBedrag(2000)));
    const ander = new Tabblad(opslag, new NepOpslag());
    ander.start(opslag.getItem(AUTOSAVE_SLEUTEL));
    const tekst3333 = schrijfScenario(metBedrag(3333));
    ander.bewaar(tekst3333, DEN_HAAG.titel);
    stuur(`${AUTOSAVE_SLEUTEL}:tab:${ander.id}`, tekst3333);

    const m = () => screen.getByTestId('melding-ander-tabblad');
    expect(tekst(m())).toMatch(/^Een ander tabblad heeft een ander scenario automatisch bewaard: ‘Den Haag.*Verschilt van de versie hier in: Klantreis Financiële Hulpverlening › Kosten/);
    expect(knoppen(m())).toEqual(['Mijn versie houden', 'De versie van het andere tabblad openen', 'Sluiten']);

    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(tekst(m())).toMatch(/^Another tab has automatically saved a different scenario: ‘Den Haag[^’]*’, saved \d+ [A-Z][a-z]+ at /);
    expect(tekst(m())).toContain('Your version in this tab is kept as well. Choose which one to use here. Differs from the version here in: Klantreis Financiële Hulpverlening › Costs');
    expect(knoppen(m())).toEqual(['Keep my version', 'Open the other tab’s version', 'Close']);
    expect(tekst(m())).not.toMatch(/Verschilt|Uw versie|tabblad|bewaard/);

    await user.click(within(m()).getByRole('button', { name: 'Open the other tab’s version' }));
    expect(useScenarioStore.getState().scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(3333);
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    expect(tekst(m())).toMatch(/^Geopend: ‘Den Haag/);
  });

  it("start-up: the other versions' notice (one button per version) switches with its buttons", () => {
    const opslag = new NepOpslag();
    const a = new Tabblad(opslag, new NepOpslag(), () => 1_764_928_800_000); // 5 December 2025, 10:00 UTC
    a.start(null);
    a.bewaar(schrijfScenario(metBedrag(2000)), 'Versie A');
    const b = new Tabblad(opslag, new NepOpslag());
    b.start(opslag.getItem(AUTOSAVE_SLEUTEL));
    b.bewaar(schrijfScenario(metBedrag(3333)), DEN_HAAG.titel);
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(metBedrag(3333)));
    a.sluit();
    render(<ScenarioMenu omgeving={{ ...omgeving, opslag, sessie: new NepOpslag() }} />);
    const m = () => screen.getByTestId('melding-andere-versies');
    expect(tekst(m())).toMatch(/^Er zijn ook andere automatisch bewaarde versies.*Ook bewaard: ‘Versie A’, bewaard 5 december om/);
    expect(knoppen(m())[0]).toMatch(/^Openen: ‘Versie A’, bewaard 5 december om /);
    expect(knoppen(m()).slice(1)).toEqual(['Huidige versie houden', 'Sluiten']);

    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(tekst(m())).toMatch(/^Other automatically saved versions exist, for example from another tab\..*Also saved: ‘Versie A’, saved 5 December at /);
    expect(knoppen(m())[0]).toMatch(/^Open: ‘Versie A’, saved 5 December at /);
    expect(knoppen(m()).slice(1)).toEqual(['Keep the current version', 'Close']);
    expect(tekst(m())).not.toMatch(/Ook bewaard|Openen|december/);
  });

  it('start-up without browser storage: the notice switches; started in English (the kept choice) it is English', () => {
    render(<ScenarioMenu omgeving={omgeving} />);
    const m = () => screen.getByTestId('melding-opslag');
    expect(tekst(m())).toMatch(/^Uw werk wordt niet automatisch bewaard\./);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(tekst(m())).toBe(
      'Your work is not saved automatically.The browser storage is not available (for example in a private window or because of a setting of your organisation).You can simply go on working; save your scenario as a file with ‘Save’.Close',
    );
    cleanup();
    opnieuwStarten();
    useMeldingen.setState({ meldingen: [] });
    render(<ScenarioMenu omgeving={omgeving} />);
    expect(tekst(m())).toMatch(/^Your work is not saved automatically\./);
  });

  it('start-up with an unreadable autosave: English messages, and the example named in English', () => {
    useVoorkeuren.setState({ taal: 'en' });
    const opslag = new NepOpslag();
    opslag.setItem(AUTOSAVE_SLEUTEL, '{"schemaVersion": 2, "titel": 5}');
    render(<ScenarioMenu omgeving={{ ...omgeving, opslag, sessie: new NepOpslag() }} />);
    const m = () => tekst(screen.getByTestId('melding-opslag'));
    expect(m()).toMatch(/^The automatically saved scenario could not be read\.Scenario title: must be text, but is the number 5Pathways: must be a list of pathwaysTherefore the Den Haag example has been opened\./);
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    expect(m()).toMatch(/^Het automatisch bewaarde scenario kon niet worden gelezen\.Titel van het scenario: moet tekst zijn, maar is het getal 5Werkwijzen: .*Daarom is het voorbeeld Den Haag geopend\./);
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_BESTANDSGROOTTE, berekenScenario, schrijfScenario, type Scenario } from '../../src/model';
import { formatEuro } from '../../src/format/getal';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { metGebaseerdOp } from '../../src/store/gebaseerdOp';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { AUTOSAVE_SLEUTEL, ONLEESBAAR_SLEUTEL, OUDE_VERSIE_SLEUTEL, type Opslag } from '../../src/store/autosave';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten, type Omgeving } from '../../src/ui/scenario/opstart';
import { maakDeellink } from '../../src/ui/scenario/deellink';
import Invoer from '../../src/ui/invoer/Invoer';

class NepOpslag implements Opslag {
  data = new Map<string, string>();
  vol = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.vol) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** A nearly full storage: writes to these keys fail as a full one does (a copy does not fit), others work. */
class BijnaVolleOpslag extends NepOpslag {
  constructor(private readonly weigert: string[]) {
    super();
  }
  override setItem(k: string, v: string) {
    if (this.weigert.includes(k)) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    super.setItem(k, v);
  }
}

function nepOmgeving(opslag: Opslag | null, fragment = ''): Omgeving & { fragment: () => string; zet: (f: string) => void; gewist: number } {
  let f = fragment;
  const luisteraars = new Set<() => void>();
  const o = {
    opslag,
    gewist: 0,
    fragment: () => f,
    wisFragment: () => {
      f = '';
      o.gewist++;
    },
    bijFragmentWijziging: (cb: () => void) => {
      luisteraars.add(cb);
      return () => luisteraars.delete(cb);
    },
    zet: (nieuw: string) => {
      f = nieuw;
      luisteraars.forEach((cb) => cb());
    },
  };
  return o;
}

function metVoorbereiding(bedrag: number, s: Scenario = DEN_HAAG): Scenario {
  const c = structuredClone(s);
  c.werkwijzen[1]!.kosten.preparation.bedrag = bedrag;
  return c;
}

/** jsdom's Blob has no text(). */
function blobTekst(b: Blob): Promise<string> {
  return new Promise((klaar) => {
    const r = new FileReader();
    r.onload = () => klaar(String(r.result));
    r.readAsText(b);
  });
}

const huidig = () => useScenarioStore.getState().scenario;
const bestandInvoer = () => document.querySelector('input[type="file"]') as HTMLInputElement;

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('opening and saving files', () => {
  it('round-trips: save → file → open gives the same scenario, and saving it again gives the same text', async () => {
    const user = userEvent.setup();
    const opgeslagen: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      opgeslagen.push(b);
      return 'blob:nep';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);

    const bewerkt = metVoorbereiding(1500);
    act(() => useScenarioStore.getState().zetScenario(bewerkt));
    await user.click(screen.getByRole('button', { name: /^Bewaren/ }));
    expect(klik).toHaveBeenCalledTimes(1);
    const a = klik.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(a.download).toBe('den-haag-klantreis-financiele-hulpverlening-versus-reguliere-werkwijze-regioplan-2020.json');
    const tekst = await blobTekst(opgeslagen[0]!);
    expect(tekst).toBe(schrijfScenario(bewerkt));

    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(2500)));
    await user.upload(bestandInvoer(), new File([tekst], 'bewaard.json', { type: 'application/json' }));
    await waitFor(() => expect(huidig()).toEqual(bewerkt));
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('Scenario geopend uit bewaard.json.');

    // Saving what was loaded gives the same text again, and loading is one undo step.
    await user.click(screen.getByRole('button', { name: /^Bewaren/ }));
    expect(await blobTekst(opgeslagen[1]!)).toBe(tekst);
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(2500);
  });

  const slecht: [string, string | (() => string), RegExp][] = [
    ['kapot.json', '{ "schemaVersion": 1, "titel": ', /Het bestand is geen geldige JSON/],
    ['leeg.json', '', /Het bestand is leeg\./],
    [
      'ongeldig.json',
      () => {
        const s = JSON.parse(schrijfScenario(DEN_HAAG));
        s.werkwijzen[1].cohort = -5;
        return JSON.stringify(s);
      },
      // The field by its label and the pathway by its name in the file, not by the path werkwijzen[1].cohort.
      /Klantreis Financiële Hulpverlening › Cohort: /,
    ],
    [
      'toekomst.json',
      () => JSON.stringify({ ...JSON.parse(schrijfScenario(DEN_HAAG)), schemaVersion: 99 }),
      /Bestandsversie: versie 99 wordt niet ondersteund/,
    ],
    ['groot.json', () => ' '.repeat(MAX_BESTANDSGROOTTE + 10), /Het bestand is 10\.485\.770 bytes; een scenariobestand mag hoogstens 10\.485\.760 bytes \(10 MB\) zijn/],
  ];
  for (const [naam, inhoud, melding] of slecht) {
    it(`a bad file (${naam}) shows an alert with the file name and what is wrong, and changes nothing`, async () => {
      const user = userEvent.setup();
      render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
      const voor = huidig();
      const geschiedenis = useScenarioStore.getState().verleden;
      const tekst = typeof inhoud === 'function' ? inhoud() : inhoud;
      await user.upload(bestandInvoer(), new File([tekst], naam, { type: 'application/json' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(`Het bestand “${naam}” is niet geopend.`);
      expect(alert.textContent).toMatch(melding);
      expect(alert.textContent).toContain('Het huidige scenario is niet veranderd.');
      expect(huidig()).toBe(voor);
      expect(useScenarioStore.getState().verleden).toBe(geschiedenis);
    });
  }

  it('opens a file dropped on the page and ignores dragged text', async () => {
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    const bewerkt = metVoorbereiding(1234);
    const bestand = new File([schrijfScenario(bewerkt)], 'gesleept.json', { type: 'application/json' });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [] } });
    expect(document.querySelector('.sleepvlak')).not.toBeNull();
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [bestand] } });
    await waitFor(() => expect(huidig()).toEqual(bewerkt));
    expect(document.querySelector('.sleepvlak')).toBeNull();

    const voor = huidig();
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(document.querySelector('.sleepvlak')).toBeNull();
    fireEvent.drop(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(huidig()).toBe(voor);
  });
});

describe('new scenario', () => {
  it('offers an empty scenario and the examples, each one undo step', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    await user.click(screen.getByRole('button', { name: /Nieuw scenario/ }));
    await user.click(screen.getByRole('button', { name: /Leeg scenario/ }));
    // Names that differ from the role labels, so the overview's cards never read "Nulalternatief / Nulalternatief".
    expect(huidig().werkwijzen.map((w) => w.naam)).toEqual(['Huidige werkwijze', 'Nieuwe werkwijze']);
    expect(huidig().titel).toBe('Nieuw scenario');
    expect(berekenScenario(huidig()).werkwijzen.every((w) => w.saldo.perKlant.isZero())).toBe(true);
    // The notice names what was opened once ("Geopend: Nieuw scenario.", not "Nieuw scenario: Nieuw scenario.").
    expect(useMeldingen.getState().meldingen.map((m) => m.titel)).toContain('Geopend: Nieuw scenario. Met ‘Ongedaan maken’ gaat u terug.');
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(huidig()).toBe(DEN_HAAG);
  });

  it('names the empty scenario and its pathways in the UI language', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    await user.click(screen.getByRole('button', { name: /New scenario/ }));
    await user.click(screen.getByRole('button', { name: /Empty scenario/ }));
    expect(huidig().werkwijzen.map((w) => w.naam)).toEqual(['Current approach', 'New approach']);
    expect(huidig().titel).toBe('New scenario');
  });
});

describe('undo and redo', () => {
  it('buttons are disabled when there is nothing to undo or redo, and work', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    const terug = screen.getByRole('button', { name: 'Ongedaan maken' }) as HTMLButtonElement;
    const vooruit = screen.getByRole('button', { name: 'Opnieuw' }) as HTMLButtonElement;
    expect(terug.disabled).toBe(true);
    expect(vooruit.disabled).toBe(true);
    const a = metVoorbereiding(1500);
    act(() => useScenarioStore.getState().zetScenario(a));
    expect(terug.disabled).toBe(false);
    await user.click(terug);
    expect(huidig()).toBe(DEN_HAAG);
    expect(vooruit.disabled).toBe(false);
    await user.click(vooruit);
    expect(huidig()).toBe(a);
    expect(terug.title).toMatch(/Ctrl\+Z/);
  });

  it('Ctrl/Cmd+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo outside text fields; in a text field the browser keeps its own undo', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    const a = metVoorbereiding(1500);
    const b = metVoorbereiding(1600);
    act(() => {
      useScenarioStore.getState().zetScenario(a);
      useScenarioStore.getState().zetScenario(b);
    });
    await user.keyboard('{Control>}z{/Control}');
    expect(huidig()).toBe(a);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(huidig()).toBe(DEN_HAAG);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(huidig()).toBe(a);
    await user.keyboard('{Control>}y{/Control}');
    expect(huidig()).toBe(b);

    const veld = document.createElement('input');
    document.body.appendChild(veld);
    veld.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(huidig()).toBe(b);
    veld.remove();
  });

  it('in the inputs view: typing then Tab is one step; Ctrl+Z outside the field undoes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />
        <Invoer />
      </>,
    );
    const veld = document.getElementById('veld-werkwijzen-1-kosten-preparation-bedrag') as HTMLInputElement;
    await user.clear(veld);
    await user.type(veld, '1500');
    await user.tab();
    expect(huidig()).toEqual(metGebaseerdOp(metVoorbereiding(1500)));
    expect(useScenarioStore.getState().verleden).toHaveLength(1);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(huidig()).toBe(DEN_HAAG);
    expect(veld.value).toBe('1.700');
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(veld.value).toBe('1.500');
    const saldo = formatEuro(berekenScenario(metVoorbereiding(1500)).werkwijzen[1]!.saldo.perKlant.toNumber(), 'nl');
    expect(screen.getByTestId('invoer-saldo-per-klant-klantreis').textContent).toBe(saldo);
  });
});

describe('autosave and start-up', () => {
  it('restores the autosaved scenario at start-up and saves every change', async () => {
    const opslag = new NepOpslag();
    const bewaard = metVoorbereiding(1111);
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(bewaard));
    render(<ScenarioMenu omgeving={nepOmgeving(opslag)} />);
    expect(huidig()).toEqual(bewaard);
    expect(useScenarioStore.getState().verleden).toEqual([]);
    const nieuw = metVoorbereiding(2222);
    act(() => useScenarioStore.getState().zetScenario(nieuw));
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(nieuw));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('unavailable storage: a notice at start-up, Den Haag, and the app keeps working', () => {
    render(<ScenarioMenu omgeving={nepOmgeving(null)} />);
    expect(huidig()).toBe(DEN_HAAG);
    expect(screen.getByTestId('melding-opslag').textContent).toMatch(/Uw werk wordt niet automatisch bewaard/);
    expect(screen.getByTestId('melding-opslag').getAttribute('role')).toBe('status');
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(1500)));
    expect(screen.getByRole('button', { name: /^Bewaren/ })).toBeTruthy();
  });

  it('autosave from an older version (schemaVersion 1): migrated, a notice at start-up, the original text kept aside, the work restored', () => {
    const eigen = structuredClone(DEN_HAAG);
    eigen.titel = 'Ons eigen scenario';
    eigen.werkwijzen[1]!.kosten.preparation.bedrag = 1234;
    const v1 = JSON.parse(schrijfScenario(eigen)) as Record<string, unknown>;
    v1.schemaVersion = 1;
    delete v1.onzekerheid;
    delete v1.tijd;
    delete v1.prijspeil;
    const inhoud = JSON.stringify(v1, null, 2);
    const opslag = new NepOpslag();
    opslag.setItem(AUTOSAVE_SLEUTEL, inhoud);
    render(<ScenarioMenu omgeving={nepOmgeving(opslag)} />);
    expect(huidig().titel).toBe('Ons eigen scenario');
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(1234);
    const m = screen.getByTestId('melding-opslag');
    expect(m.textContent).toMatch(/bijgewerkt naar de nieuwe versie/);
    expect(m.textContent).toMatch(/schemaVersion 1\) en is omgezet naar schemaVersion 2/);
    expect(m.textContent).toMatch(/De oorspronkelijke tekst is apart bewaard/);
    expect(opslag.getItem(OUDE_VERSIE_SLEUTEL)).toBe(inhoud);
  });

  it('autosave of the current version: no notice at start-up', () => {
    const opslag = new NepOpslag();
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(DEN_HAAG));
    render(<ScenarioMenu omgeving={nepOmgeving(opslag)} />);
    expect(huidig()).toEqual(DEN_HAAG);
    expect(screen.queryByTestId('melding-opslag')).toBeNull();
    expect(opslag.getItem(OUDE_VERSIE_SLEUTEL)).toBeNull();
  });

  it('corrupt or old autosave: a notice, Den Haag, and the unreadable text is kept aside', () => {
    for (const [inhoud, melding] of [
      ['{ kapot', /geen geldige JSON/],
      [JSON.stringify({ ...JSON.parse(schrijfScenario(DEN_HAAG)), schemaVersion: 0 }), /Bestandsversie: versie 0 wordt niet ondersteund/],
    ] as const) {
      cleanup();
      opnieuwStarten();
      useMeldingen.setState({ meldingen: [] });
      const opslag = new NepOpslag();
      opslag.setItem(AUTOSAVE_SLEUTEL, inhoud);
      render(<ScenarioMenu omgeving={nepOmgeving(opslag)} />);
      expect(huidig()).toEqual(DEN_HAAG);
      const m = screen.getByTestId('melding-opslag');
      expect(m.textContent).toMatch(/Het automatisch bewaarde scenario kon niet worden gelezen/);
      expect(m.textContent).toMatch(melding);
      expect(opslag.getItem(ONLEESBAAR_SLEUTEL)).toBe(inhoud);
    }
  });

  it('a kept-aside copy the full storage refused is never claimed as kept (unreadable and older-version autosave)', () => {
    // Unreadable, storage full: the notice says the copy could not be kept; the text is not removed
    // and not overwritten before the user changes something (as the notice says).
    const kapot = new BijnaVolleOpslag([ONLEESBAAR_SLEUTEL]);
    kapot.setItem(AUTOSAVE_SLEUTEL, '{ kapot');
    render(<ScenarioMenu omgeving={nepOmgeving(kapot)} />);
    let m = screen.getByTestId('melding-opslag').textContent ?? '';
    expect(m).toMatch(/De onleesbare versie kon niet apart worden bewaard, omdat de browseropslag vol is; ze staat nog waar ze stond en wordt door dit tabblad niet overschreven/);
    expect(m).not.toMatch(/is apart bewaard/);
    expect(kapot.getItem(ONLEESBAAR_SLEUTEL)).toBeNull();
    expect(kapot.getItem(AUTOSAVE_SLEUTEL)).toBe('{ kapot');
    cleanup();
    render(<ScenarioMenu omgeving={nepOmgeving(kapot)} />); // e.g. React re-mounting: still not overwritten
    const bewerkt = metVoorbereiding(1999);
    act(() => useScenarioStore.getState().zetScenario(bewerkt));
    expect(kapot.getItem(AUTOSAVE_SLEUTEL)).toBe('{ kapot');
    expect([...kapot.data.values()]).toContain(schrijfScenario(bewerkt)); // the work is in this tab's own slot

    // Unreadable, room for the copy: kept aside, and the notice says so.
    cleanup();
    opnieuwStarten();
    useMeldingen.setState({ meldingen: [] });
    const ruim = new NepOpslag();
    ruim.setItem(AUTOSAVE_SLEUTEL, '{ kapot');
    render(<ScenarioMenu omgeving={nepOmgeving(ruim)} />);
    expect(screen.getByTestId('melding-opslag').textContent).toMatch(/De onleesbare versie is apart bewaard in de browser/);
    expect(ruim.getItem(ONLEESBAAR_SLEUTEL)).toBe('{ kapot');

    // Older version, storage full: migrated and opened; the notice does not claim the original was kept.
    cleanup();
    opnieuwStarten();
    useMeldingen.setState({ meldingen: [] });
    const v1 = JSON.parse(schrijfScenario(metVoorbereiding(1234))) as Record<string, unknown>;
    v1.schemaVersion = 1;
    delete v1.onzekerheid;
    delete v1.tijd;
    delete v1.prijspeil;
    const oud = new BijnaVolleOpslag([OUDE_VERSIE_SLEUTEL]);
    oud.setItem(AUTOSAVE_SLEUTEL, JSON.stringify(v1));
    render(<ScenarioMenu omgeving={nepOmgeving(oud)} />);
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(1234);
    m = screen.getByTestId('melding-opslag').textContent ?? '';
    expect(m).toMatch(/De oorspronkelijke tekst kon niet apart worden bewaard: de browseropslag is vol/);
    expect(m).not.toMatch(/is apart bewaard/);
    expect(oud.getItem(OUDE_VERSIE_SLEUTEL)).toBeNull();
  });

  it('full storage: a notice once, the work stays on screen, the notice goes when saving works again', () => {
    const opslag = new NepOpslag();
    render(<ScenarioMenu omgeving={nepOmgeving(opslag)} />);
    opslag.vol = true;
    const a = metVoorbereiding(1500);
    act(() => useScenarioStore.getState().zetScenario(a));
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(1600)));
    expect(screen.getAllByTestId('melding-opslag')).toHaveLength(1);
    expect(screen.getByTestId('melding-opslag').textContent).toMatch(/de browseropslag is vol/);
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(1600);
    opslag.vol = false;
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(1700)));
    expect(screen.queryByTestId('melding-opslag')).toBeNull();
  });

  it('a share link at start-up wins over the autosave, is one undo step, and leaves the address', async () => {
    const opslag = new NepOpslag();
    const bewaard = metVoorbereiding(1111);
    opslag.setItem(AUTOSAVE_SLEUTEL, schrijfScenario(bewaard));
    const gedeeld = metVoorbereiding(3333);
    const link = await maakDeellink(gedeeld, 'https://x.example/mkba/');
    const omgeving = nepOmgeving(opslag, new URL(link).hash);
    render(<ScenarioMenu omgeving={omgeving} />);
    await waitFor(() => expect(huidig()).toEqual(gedeeld));
    expect(omgeving.gewist).toBe(1);
    expect(opslag.getItem(AUTOSAVE_SLEUTEL)).toBe(schrijfScenario(gedeeld));
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(huidig()).toEqual(bewaard);
  });

  it('a bad link (at start-up or on hashchange) shows a message and changes nothing', async () => {
    const omgeving = nepOmgeving(new NepOpslag(), '#s=d.AAAAbroken');
    render(<ScenarioMenu omgeving={omgeving} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^De deellink is onvolledig of beschadigd: /);
    expect(huidig()).toBe(DEN_HAAG);

    const link = await maakDeellink(metVoorbereiding(4444), 'https://x.example/');
    const halve = new URL(link).hash.slice(0, 60);
    act(() => omgeving.zet(halve));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/onvolledig of beschadigd/));
    expect(huidig()).toBe(DEN_HAAG);

    act(() => omgeving.zet(new URL(link).hash));
    await waitFor(() => expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(4444));
  });

  it('a link with "#S=" or a second "&s=" says what is wrong in it and keeps the current scenario (defect L2)', async () => {
    const link = await maakDeellink(metVoorbereiding(5555), 'https://x.example/');
    const hash = new URL(link).hash;
    const omgeving = nepOmgeving(new NepOpslag(), hash.replace('#s=', '#S='));
    render(<ScenarioMenu omgeving={omgeving} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^De deellink is ongeldig: “S=” moet “s=” zijn/));
    expect(huidig()).toBe(DEN_HAAG);
    act(() => omgeving.zet(`${hash}&s=j.e30`));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^De deellink is ongeldig: er staan 2 scenario’s in/));
    expect(huidig()).toBe(DEN_HAAG);
    // Each refused link leaves the address bar (tester5 #7), so a reload does not repeat the error.
    expect(omgeving.gewist).toBe(2);
  });

  it('a refused link (an invalid scenario) names the pathway by its name, as a file does, and leaves the address bar (tester5 #7)', async () => {
    const s = JSON.parse(schrijfScenario(DEN_HAAG));
    s.werkwijzen[1].cohort = -5;
    const link = await maakDeellink(s, 'https://x.example/#/overzicht');
    const omgeving = nepOmgeving(new NepOpslag(), new URL(link).hash);
    render(<ScenarioMenu omgeving={omgeving} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^De deellink bevat geen geldig scenario:/);
    expect(alert.textContent).toContain('Klantreis Financiële Hulpverlening › Cohort: ');
    expect(alert.textContent).not.toContain('Werkwijze 2');
    expect(alert.textContent).toContain('Het huidige scenario is niet veranderd.');
    expect(omgeving.gewist).toBe(1);
    expect(huidig()).toBe(DEN_HAAG);
  });

  it('"Deellink kopiëren" shows the link in a read-only field and copies it when possible', async () => {
    const user = userEvent.setup();
    const schrijf = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: schrijf }, configurable: true });
    render(<ScenarioMenu omgeving={nepOmgeving(new NepOpslag())} />);
    act(() => useScenarioStore.getState().zetScenario(metVoorbereiding(1500)));
    await user.click(screen.getByRole('button', { name: 'Deellink kopiëren' }));
    const veld = (await screen.findByLabelText('Deellink')) as HTMLInputElement;
    expect(veld.readOnly).toBe(true);
    expect(veld.value).toMatch(/#s=d\./);
    await waitFor(() => expect(schrijf).toHaveBeenCalledWith(veld.value));
    expect(await screen.findByText(/De deellink is gekopieerd/)).toBeTruthy();

    // Without a clipboard: copy by hand.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    await user.click(screen.getByRole('button', { name: 'Deellink kopiëren' }));
    expect(await screen.findByText(/automatisch kopiëren kan in deze browser niet/)).toBeTruthy();
    void within;
  });
});

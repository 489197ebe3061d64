// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesScenario, type Scenario } from '../../src/model';
import { dossierSjabloon } from '../../src/model/dossiers/importeer';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { useDossierMelding } from '../../src/store/dossierMelding';
import { AUTOSAVE_SLEUTEL, volgAutosave } from '../../src/store/autosave';
import { NepOpslag } from '../helpers/opslag';
import { DossierImport, SJABLOON_NAAM } from '../../src/ui/invoer/dossiers/DossierImport';
import { DossierRegie, type DossierWerker } from '../../src/ui/invoer/dossiers/regie';
import { leesDossierbestand, verwerkDossiers, type DossierAntwoord, type DossierGereed, type DossierOpdracht } from '../../src/workers/dossiersKern';

const KOP = 'werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer';
const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const scenario = () => useScenarioStore.getState().scenario;

/** 40 dossiers of a pathway the scenario does not know: 10/12/11/7 outcomes, 16 PW, 8 werk, 17 in the settlement phase (the 10 solved and 7 still in it), budget 5/2/3. */
function nazorgCsv(naam = 'Klantreis met nazorg', extra = ''): string {
  const u = [...Array(10).fill('oplossing'), ...Array(12).fill('gestabiliseerd'), ...Array(11).fill('uitval'), ...Array(7).fill('nog bezig')];
  const ink = [...Array(16).fill('PW'), ...Array(8).fill('werk'), ...Array(16).fill('anders')];
  const fase = u.map((x) => (x === 'oplossing' || x === 'nog bezig' ? 'ja' : 'nee'));
  const bb = [...Array(5).fill('basis'), ...Array(2).fill('plus'), ...Array(3).fill('totaal'), ...Array(30).fill('geen')];
  return [KOP + (extra ? ';opmerking' : ''), ...u.map((x, i) => [naam, x, ink[i], fase[i], bb[i], ...(extra ? [`${extra} ${i}`] : [])].join(';'))].join('\n') + '\n';
}

const bestand = (inhoud: string, naam = 'dossiers.csv') => new File([inhoud], naam, { type: 'text/csv' });

/** A worker that does what the real one does (verwerkDossiers), or holds its answer back. */
class NepWerker implements DossierWerker {
  onmessage: ((e: { data: DossierAntwoord | DossierGereed }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  beeindigd = false;
  opdrachten: DossierOpdracht[] = [];
  constructor(private readonly echt: boolean) {
    queueMicrotask(() => this.onmessage?.({ data: { soort: 'gereed' } }));
  }
  postMessage(o: DossierOpdracht) {
    this.opdrachten.push(o);
    if (this.echt) void verwerkDossiers(o, (a) => !this.beeindigd && this.onmessage?.({ data: a }), () => 0);
  }
  stuur(a: DossierAntwoord) {
    this.onmessage?.({ data: a });
  }
  terminate() {
    this.beeindigd = true;
  }
}

let regie: DossierRegie;
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useDossierMelding.setState({ toegepast: null });
  regie = new DossierRegie({ maakWerker: null });
});
afterEach(() => {
  regie.opruimen();
  cleanup();
  vi.restoreAllMocks();
});

async function kies(inhoud: string, naam?: string) {
  const user = userEvent.setup();
  render(<DossierImport regie={regie} />);
  await user.click(screen.getByRole('button', { name: 'Dossiers importeren (CSV)' }));
  await user.upload(screen.getByLabelText('Dossierbestand kiezen (.csv)'), bestand(inhoud, naam));
  return user;
}

const kaart = (naam: string) => screen.getAllByTestId('dossier-werkwijze').find((k) => k.getAttribute('data-naam') === naam)!;
const cel = (k: HTMLElement, rij: string) => tekst(k.querySelector(`tr[data-rij="${rij}"] td`));

describe('dossierimport in de invoer', () => {
  it('bestand kiezen → voorbeeld met de aantallen → koppelen → toepassen als één ongedaan te maken stap', async () => {
    const user = await kies(nazorgCsv(), 'nazorg.csv');
    const voorbeeld = await screen.findByTestId('dossier-voorbeeld');
    expect(tekst(within(voorbeeld).getByRole('heading', { level: 3 }))).toBe('Voorbeeld: 40 dossiers uit “nazorg.csv”');
    const k = kaart('Klantreis met nazorg');
    expect(['cohort', 'oplossing', 'gestabiliseerd', 'geenOplossing', 'inSchuldregelfase', 'fase', 'budget-basis', 'budget-plus', 'budget-totaal'].map((r) => cel(k, r))).toEqual(['40', '10', '12', '11', '7', '17', '5', '2', '3']);
    expect(cel(k, 'pw')).toBe('16 (40%)');
    expect(cel(k, 'werk')).toBe('8 (20%)');
    // Nothing has changed yet; an unknown pathway is not applied until the user chooses one.
    expect(scenario()).toBe(DEN_HAAG);
    const doel = within(k).getByLabelText('Vult werkwijze') as HTMLSelectElement;
    expect(doel.value).toBe('');
    expect((screen.getByTestId('dossier-toepassen') as HTMLButtonElement).disabled).toBe(true);
    expect(tekst(screen.getByTestId('dossier-probleem'))).toMatch(/^Kies bij minstens één werkwijze/);
    await user.selectOptions(doel, 'klantreis');
    await user.click(screen.getByTestId('dossier-toepassen'));

    const kr = scenario().werkwijzen[1]!;
    expect(kr.cohort).toBe(40);
    expect(kr.uitkomsten).toEqual({ oplossing: 10, gestabiliseerd: 12, geenOplossing: 11, inSchuldregelfase: 7 });
    expect(kr.samenstelling).toEqual({ aandeelPW: 0.4, aandeelWerkend: 0.2 });
    expect(kr.kosten.settlementPhase).toEqual({ ...DEN_HAAG.werkwijzen[1]!.kosten.settlementPhase, aantal: 17 });
    expect(kr.kosten.budgetManagement.plus.aantal).toBe(2);
    // Where the counts come from stays with them (tester3 #4).
    expect(kr.dossiertelling?.bron).toMatch(/^Dossierimport “nazorg\.csv”, \d{4}-\d{2}-\d{2}$/);
    expect(scenario().werkwijzen[0]).toEqual(DEN_HAAG.werkwijzen[0]);
    expect(useScenarioStore.getState().verleden).toEqual([DEN_HAAG]);
    expect(tekst(screen.getByTestId('dossier-melding'))).toContain('40 dossiers in “Klantreis Financiële Hulpverlening”.');
    expect(screen.queryByTestId('dossier-voorbeeld')).toBeNull();
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(scenario()).toBe(DEN_HAAG);
    // The notice described the applied state: after undo it goes, after redo it is back (tester3 #13).
    expect(screen.queryByTestId('dossier-melding')).toBeNull();
    act(() => useScenarioStore.getState().opnieuw());
    expect(tekst(screen.getByTestId('dossier-melding'))).toContain('40 dossiers in “Klantreis Financiële Hulpverlening”.');
  });

  it('een ander scenario geopend terwijl het voorbeeld openstaat: opnieuw gekoppeld aan dat scenario, met een melding (tester3 #13)', async () => {
    const user = await kies(nazorgCsv('Klantreis Financiële Hulpverlening'));
    await screen.findByTestId('dossier-voorbeeld');
    expect((within(kaart('Klantreis Financiële Hulpverlening')).getByLabelText('Vult werkwijze') as HTMLSelectElement).value).toBe('klantreis');
    const ander: Scenario = { ...DEN_HAAG, titel: 'Ander scenario', werkwijzen: DEN_HAAG.werkwijzen.map((w, i) => (i === 1 ? { ...w, id: 'kr2', naam: 'Andere naam' } : w)) };
    act(() => useScenarioStore.getState().zetScenario(ander));
    expect(tekst(screen.getByTestId('dossier-melding'))).toBe('Er is een ander scenario geopend (‘Ander scenario’). De werkwijzen uit het bestand zijn opnieuw gekoppeld aan die van dit scenario; controleer de koppeling voordat u toepast.');
    // The file's "Klantreis Financiële Hulpverlening" has no pathway of that name here: not applied until chosen.
    expect((within(kaart('Klantreis Financiële Hulpverlening')).getByLabelText('Vult werkwijze') as HTMLSelectElement).value).toBe('');
    expect((screen.getByTestId('dossier-toepassen') as HTMLButtonElement).disabled).toBe(true);
    void user;
  });

  it('een groep die alleen in accenten verschilt van een werkwijze: een hint op de kaart, en de melding noemt de niet toegepaste dossiers (tester3 #9)', async () => {
    const user = await kies(nazorgCsv('Klantreis Financiële Hulpverlening') + nazorgCsv('Klantreis Financiele Hulpverlening').split('\n').slice(1, 4).join('\n') + '\n');
    await screen.findByTestId('dossier-voorbeeld');
    const los = kaart('Klantreis Financiele Hulpverlening');
    expect(tekst(within(los).getByTestId('dossier-lijkt-op'))).toMatch(/^Lijkt op de werkwijze “Klantreis Financiële Hulpverlening” in dit scenario \(alleen accenten/);
    expect(within(kaart('Klantreis Financiële Hulpverlening')).queryByTestId('dossier-lijkt-op')).toBeNull();
    await user.click(screen.getByTestId('dossier-toepassen'));
    expect(scenario().werkwijzen[1]!.cohort).toBe(40);
    expect(tekst(screen.getByTestId('dossier-melding'))).toContain('3 dossiers uit “Klantreis Financiele Hulpverlening” niet toegepast: geen werkwijze gekozen.');
  });

  it('de melding na toepassen (met wat niet is toegepast) staat er nog als de gebruiker terugkomt, zolang die stand geldt (tester: weg na een andere weergave)', async () => {
    const user = await kies(nazorgCsv('Klantreis Financiële Hulpverlening') + nazorgCsv('Klantreis met nazorg').split('\n').slice(1, 4).join('\n') + '\n', 'nazorg.csv');
    await screen.findByTestId('dossier-voorbeeld');
    await user.click(screen.getByTestId('dossier-toepassen'));
    const verwacht = [
      'Dossiers toegepast uit “nazorg.csv”.',
      '40 dossiers in “Klantreis Financiële Hulpverlening”.',
      '3 dossiers uit “Klantreis met nazorg” niet toegepast: geen werkwijze gekozen.',
      'Met ‘Ongedaan maken’ gaat u terug.',
    ];
    const inhoud = () => [tekst(screen.getByTestId('dossier-melding').querySelector('.dossier-melding-titel')), ...within(screen.getByTestId('dossier-melding')).getAllByRole('listitem').map(tekst)];
    expect(inhoud()).toEqual(verwacht);
    // Another view and back: the component goes and comes again.
    cleanup();
    render(<DossierImport regie={regie} />);
    expect(screen.getByTestId('dossier-open').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('dossier-melding').closest('[hidden]')).toBeNull();
    expect(inhoud()).toEqual(verwacht);
    // In the other language it is told in that language.
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(inhoud()[2]).toBe('3 dossiers from “Klantreis met nazorg” not applied: no pathway chosen.');
    act(() => useVoorkeuren.setState({ taal: 'nl' }));
    // After undo it describes nothing on screen: gone, also after coming back; redo brings it back.
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(screen.queryByTestId('dossier-melding')).toBeNull();
    cleanup();
    render(<DossierImport regie={regie} />);
    expect(screen.queryByTestId('dossier-melding')).toBeNull();
    expect(screen.getByTestId('dossier-open').getAttribute('aria-expanded')).toBe('false');
    act(() => useScenarioStore.getState().opnieuw());
    expect(screen.getByTestId('dossier-open').getAttribute('aria-expanded')).toBe('true');
    expect(inhoud()).toEqual(verwacht);
    // A new file: the old notice goes.
    await user.upload(screen.getByLabelText('Dossierbestand kiezen (.csv)'), bestand(nazorgCsv(), 'tweede.csv'));
    await screen.findByTestId('dossier-voorbeeld');
    expect(screen.queryByTestId('dossier-melding')).toBeNull();
  });

  it('een herkende werkwijze is vooraf gekoppeld; twee op dezelfde werkwijze kan niet', async () => {
    const user = await kies(nazorgCsv('klantreis') + nazorgCsv('Reguliere werkwijze (FIG-route)').split('\n').slice(1).join('\n'));
    await screen.findByTestId('dossier-voorbeeld');
    const selects = screen.getAllByTestId('dossier-doel') as HTMLSelectElement[];
    expect(selects.map((s) => s.value)).toEqual(['klantreis', 'regulier']);
    await user.selectOptions(selects[1]!, 'klantreis');
    expect(tekst(screen.getByTestId('dossier-probleem'))).toBe('Twee werkwijzen uit het bestand vullen dezelfde werkwijze “Klantreis Financiële Hulpverlening”. Kies voor één ervan een andere.');
    expect((screen.getByTestId('dossier-toepassen') as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(selects[1]!, 'regulier');
    await user.click(screen.getByTestId('dossier-toepassen'));
    expect(scenario().werkwijzen.map((w) => w.cohort)).toEqual([40, 40]);
    expect(useScenarioStore.getState().verleden).toHaveLength(1);
  });

  it('"Klantreis" en "Klantréis": twee groepen van 10 en 5 in het voorbeeld, elk vooraf aan de eigen werkwijze gekoppeld (niet één groep van 15)', async () => {
    const s: Scenario = { ...DEN_HAAG, werkwijzen: [{ ...DEN_HAAG.werkwijzen[0]!, naam: 'Klantreis' }, { ...DEN_HAAG.werkwijzen[1]!, naam: 'Klantréis' }] };
    useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [], bewerking: null });
    const user = await kies(nazorgCsv('Klantreis').split('\n').slice(0, 11).join('\n') + '\n' + nazorgCsv('Klantréis').split('\n').slice(1, 6).join('\n') + '\n');
    await screen.findByTestId('dossier-voorbeeld');
    expect(screen.getAllByTestId('dossier-werkwijze').map((k) => [k.getAttribute('data-naam'), cel(k, 'cohort')])).toEqual([
      ['Klantreis', '10'],
      ['Klantréis', '5'],
    ]);
    expect((screen.getAllByTestId('dossier-doel') as HTMLSelectElement[]).map((x) => x.value)).toEqual(['regulier', 'klantreis']);
    await user.click(screen.getByTestId('dossier-toepassen'));
    expect(scenario().werkwijzen.map((w) => w.cohort)).toEqual([10, 5]);
  });

  it('met een fout in het formulier kan niet worden toegepast: wat de gebruiker typte gaat niet verloren', async () => {
    useInvoerStatusStore.setState({ ongeldig: true, aantalFouten: 1 });
    try {
      const user = await kies(nazorgCsv('klantreis'));
      await screen.findByTestId('dossier-voorbeeld');
      expect(tekst(screen.getByTestId('dossier-probleem'))).toBe(
        'Herstel eerst de invoer met een fout in het formulier. Toepassen zet het formulier opnieuw klaar, en dan zou wat u daar typte verloren gaan.',
      );
      expect((screen.getByTestId('dossier-toepassen') as HTMLButtonElement).disabled).toBe(true);
      await user.click(screen.getByTestId('dossier-toepassen'));
      expect(scenario()).toBe(DEN_HAAG);
      act(() => useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0 }));
      await user.click(screen.getByTestId('dossier-toepassen'));
      expect(scenario().werkwijzen[1]!.cohort).toBe(40);
    } finally {
      useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
    }
  });

  it('een bestand met fouten: Nederlandse meldingen met regelnummers, het scenario blijft ongemoeid', async () => {
    await kies(`${KOP}\r\nklantreis;gestabiliseerd;PW;nee;basis\r\n\r\nklantreis;gestabiliseert;PW;nee;geen\r\n`, 'fout.csv');
    const fouten = await screen.findByTestId('dossier-fouten');
    expect(fouten.getAttribute('role')).toBe('alert');
    expect(tekst(fouten.querySelector('.dossier-melding-titel'))).toBe('Het bestand “fout.csv” is niet geïmporteerd.');
    expect(screen.getAllByTestId('dossier-fout').map(tekst)).toEqual(["regel 4: uitkomst 'gestabiliseert' is onbekend (bedoelde u 'gestabiliseerd'?)"]);
    expect(tekst(fouten)).toContain('Het scenario is niet veranderd.');
    expect(screen.queryByTestId('dossier-voorbeeld')).toBeNull();
    expect(scenario()).toBe(DEN_HAAG);
    expect(useScenarioStore.getState().verleden).toEqual([]);
  });

  it('veel fouten: de eerste tien, dan "… en nog M fouten"', async () => {
    const rijen = Array.from({ length: 25 }, () => 'klantreis;opgelostt;PW;nee;geen');
    await kies([KOP, ...rijen].join('\n'));
    await screen.findByTestId('dossier-fouten');
    const regels = screen.getAllByTestId('dossier-fout').map(tekst);
    expect(regels).toHaveLength(11);
    expect(regels[0]).toBe("regel 2: uitkomst 'opgelostt' is onbekend (bedoelde u 'opgelost'?)");
    expect(regels[9]).toMatch(/^regel 11: /);
    expect(regels[10]).toBe('… en nog 15 fouten');
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('een werkwijzenaam met een leesrichtingsteken op twee regels (het sjabloon heeft twee per werkwijze): de weigering staat één keer op het scherm, met beide regels', async () => {
    const sjabloon = dossierSjabloon(DEN_HAAG.werkwijzen).replace(/Klantreis Financiële/g, 'Klantreis \u202eFinanciële\u202c');
    await kies(sjabloon, 'sjabloon.csv');
    const fouten = await screen.findByTestId('dossier-fouten');
    const weigering = "werkwijze 'Klantreis Financiële Hulpverlening' bevat een teken dat de leesrichting verandert (U+202E U+202C): de tekst zou op het scherm anders staan dan in het bestand; haal het weg";
    expect(screen.getAllByTestId('dossier-fout').map(tekst)).toEqual([`regels 3 en 5: ${weigering}`]);
    expect(tekst(fouten).split('leesrichting')).toHaveLength(2);
    expect(tekst(screen.getByTestId('dossier-import')).split('leesrichting')).toHaveLength(2);
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('dezelfde weigering op veel regels: de eerste zes regels genoemd, de rest geteld; andere fouten blijven per regel (en in het Engels)', async () => {
    const rijen = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'klantreis;opgelostt;PW;nee;geen' : 'Klant\u2067reis\u2069;oplossing;PW;ja;geen'));
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    render(<DossierImport regie={regie} />);
    await user.click(screen.getByRole('button', { name: 'Import dossiers (CSV)' }));
    await user.upload(screen.getByLabelText('Choose a dossier file (.csv)'), bestand([KOP, ...rijen].join('\n')));
    await screen.findByTestId('dossier-fouten');
    const regels = screen.getAllByTestId('dossier-fout').map(tekst);
    expect(regels[0]).toMatch(/^lines 2, 4, 6, 8, 10, 12 and 14 more: column 'werkwijze': 'Klantreis' contains a character that changes the reading direction \(U\+2067 U\+2069\)/);
    expect(regels.slice(1, 3)).toEqual(["line 3: column 'uitkomst': 'opgelostt' is not recognised (did you mean 'opgelost'?)", "line 5: column 'uitkomst': 'opgelostt' is not recognised (did you mean 'opgelost'?)"]);
    // One refusal and 20 row errors: 21, of which ten are shown.
    expect(regels[10]).toBe('… and 11 more errors');
  });

  it('aantallen die niet in het scenario passen: melding, niets veranderd', async () => {
    // 20 debt arrangements entered by hand; the file then brings a cohort of only 15.
    const s = structuredClone(DEN_HAAG) as Scenario;
    s.werkwijzen[1]!.kosten.debtArrangement.aantal = 20;
    const v = leesScenario(JSON.stringify(s));
    if (!v.ok) throw new Error('testscenario ongeldig');
    useScenarioStore.setState({ scenario: v.scenario });
    const user = await kies(nazorgCsv('klantreis').split('\n').slice(0, 16).join('\n'));
    await screen.findByTestId('dossier-voorbeeld');
    await user.click(screen.getByTestId('dossier-toepassen'));
    const m = screen.getByTestId('dossier-melding');
    expect(m.getAttribute('role')).toBe('alert');
    expect(tekst(m.querySelector('.dossier-melding-titel'))).toBe('De aantallen passen niet in het scenario; er is niets veranderd.');
    expect([...m.querySelectorAll('li')].map(tekst)).toContain('Klantreis Financiële Hulpverlening › Kosten › Gedurende de schuldregeling (3 jaar) › aantal: 20 klanten is meer dan het cohort van 15');
    expect(scenario()).toBe(v.scenario);
    expect(screen.getByTestId('dossier-voorbeeld')).toBeTruthy();
  });

  it('niet toepassen: het voorbeeld verdwijnt en het scenario blijft ongemoeid', async () => {
    const user = await kies(nazorgCsv('klantreis'));
    await screen.findByTestId('dossier-voorbeeld');
    await user.click(screen.getByTestId('dossier-sluiten'));
    expect(screen.queryByTestId('dossier-voorbeeld')).toBeNull();
    expect(regie.momentopname().uitkomst).toBeNull();
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('niet toepassen met het toetsenbord: de focus gaat naar "Bestand kiezen…", niet naar BODY (tester3 #6)', async () => {
    const user = await kies(nazorgCsv('klantreis'));
    await screen.findByTestId('dossier-voorbeeld');
    act(() => screen.getByTestId('dossier-sluiten').focus());
    await user.keyboard('{Enter}');
    expect(screen.queryByTestId('dossier-voorbeeld')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bestand kiezen…' })));
    expect(tekst(screen.getByTestId('dossier-melding'))).toBe('Het scenario is niet veranderd.');
  });

  it('in de worker: voortgang zichtbaar, Annuleren stopt de worker en verandert niets', async () => {
    let w: NepWerker | null = null;
    regie = new DossierRegie({ maakWerker: () => (w = new NepWerker(false)) });
    await kies(nazorgCsv('klantreis'), 'groot.csv');
    expect(w!.opdrachten).toHaveLength(1);
    expect(w!.opdrachten[0]!.werkwijzen).toEqual([
      { id: 'regulier', naam: 'Reguliere werkwijze (FIG-route)' },
      { id: 'klantreis', naam: 'Klantreis Financiële Hulpverlening' },
    ]);
    await act(async () => {
      await Promise.resolve();
      w!.stuur({ soort: 'voortgang', taak: w!.opdrachten[0]!.taak, rijen: 45_000, fractie: 0.45 });
    });
    const balk = screen.getByTestId('dossier-voortgang') as HTMLProgressElement;
    expect(balk.value).toBeCloseTo(0.45);
    expect(tekst(screen.getByTestId('dossier-status'))).toBe('45.000 regels gelezen (45%)');
    expect(screen.getByTestId('dossier-status').closest('[hidden]')).toBeNull();
    fireEvent.click(screen.getByTestId('dossier-annuleren'));
    expect(w!.beeindigd).toBe(true);
    expect(screen.getByTestId('dossier-status').getAttribute('data-status')).toBe('geannuleerd');
    expect(tekst(screen.getByTestId('dossier-geannuleerd'))).toBe('Het importeren is geannuleerd. Het scenario is niet veranderd.');
    // A late answer of the stopped worker changes nothing.
    act(() => w!.stuur({ soort: 'voortgang', taak: w!.opdrachten[0]!.taak, rijen: 1, fractie: 1 }));
    expect(screen.queryByTestId('dossier-voorbeeld')).toBeNull();
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('in de worker tot het eind: dezelfde aantallen als op de hoofdthread', async () => {
    regie = new DossierRegie({ maakWerker: () => new NepWerker(true) });
    await kies(nazorgCsv('klantreis'));
    await screen.findByTestId('dossier-voorbeeld');
    expect(regie.momentopname().modus).toBe('worker');
    expect(cel(kaart('klantreis'), 'geenOplossing')).toBe('11');
  });

  it('sjabloon: een CSV uit de kolomdefinities van het model, via een Blob-URL', async () => {
    const blobs: Blob[] = [];
    const namen: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:sjabloon'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      namen.push(this.download);
    });
    const user = userEvent.setup();
    render(<DossierImport regie={regie} />);
    await user.click(screen.getByRole('button', { name: 'Dossiers importeren (CSV)' }));
    await user.click(screen.getByTestId('dossier-sjabloon'));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(namen).toEqual([SJABLOON_NAAM]);
    const inhoud = await new Promise<string>((klaar) => {
      const lezer = new FileReader();
      lezer.onload = () => klaar(String(lezer.result));
      lezer.readAsText(blobs[0]!, 'utf-8');
    });
    expect(inhoud).toBe(dossierSjabloon(DEN_HAAG.werkwijzen).replace(/^\ufeff/, ''));
    expect(inhoud.split('\r\n')[0]).toBe('werkwijze;uitkomst;inkomen;schuldregelfase;budgetbeheer;klanttype');
  });

  it('een werkwijze met een klanttypemodel: melding vooraf, na toepassen vervalt het model', async () => {
    const v = leesScenario(readFileSync(join(process.cwd(), 'scenarios/klanttypen-purpose.json'), 'utf8'));
    if (!v.ok) throw new Error('klanttypen-purpose.json is ongeldig');
    useScenarioStore.setState({ scenario: v.scenario });
    const id = v.scenario.werkwijzen[1]!.id;
    const user = await kies(nazorgCsv(id));
    await screen.findByTestId('dossier-voorbeeld');
    expect(tekst(kaart(id))).toContain('rekent nu met een klanttypemodel');
    await user.click(screen.getByTestId('dossier-toepassen'));
    expect(scenario().werkwijzen[1]!.uitkomstModel).toBeUndefined();
    expect(scenario().werkwijzen[1]!.uitkomsten).toEqual({ oplossing: 10, gestabiliseerd: 12, geenOplossing: 11, inSchuldregelfase: 7 });
  });
});

describe('privacy: de regels komen niet in het scenario, de autosave of de geschiedenis', () => {
  it('na importeren en toepassen staat geen regeltekst in de autosave, de undo-geschiedenis of de regie', async () => {
    const opslag = new NepOpslag();
    const stop = volgAutosave(opslag);
    try {
      const GEHEIM = 'Mevr. J. de Vries BSN 123456782';
      const user = await kies(nazorgCsv('klantreis', GEHEIM));
      await screen.findByTestId('dossier-voorbeeld');
      await user.click(screen.getByTestId('dossier-toepassen'));
      expect(scenario().werkwijzen[1]!.cohort).toBe(40);
      const autosave = opslag.getItem(AUTOSAVE_SLEUTEL)!;
      expect(JSON.parse(autosave).werkwijzen[1].cohort).toBe(40);
      const st = useScenarioStore.getState();
      for (const [waar, json] of [
        ['autosave', autosave],
        ['scenario', JSON.stringify(st.scenario)],
        ['geschiedenis', JSON.stringify([st.verleden, st.toekomst])],
        ['regie', JSON.stringify(regie.momentopname())],
        ['pagina', document.body.innerHTML],
      ] as const) {
        expect(json.includes('Vries'), waar).toBe(false);
        expect(json.includes('123456782'), waar).toBe(false);
        expect(json.includes('nog bezig'), waar).toBe(false);
      }
    } finally {
      stop();
    }
  });
});

describe('dossiersKern', () => {
  it('een bestand in Windows-1252 (Excel) wordt goed gelezen', async () => {
    const tekst1252 = `${KOP}\nKlantreis Financiële Hulpverlening;oplossing;PW;ja;geen\n`;
    const bytes = Uint8Array.from(tekst1252, (c) => c.charCodeAt(0)); // ë = 0xEB, as Windows-1252 writes it
    const r = await leesDossierbestand(new Blob([bytes]), DEN_HAAG.werkwijzen);
    expect(r.ok && r.tellingen[0]!.werkwijze).toBe('klantreis');
    expect(r.ok && r.tellingen[0]!.naam).toBe('Klantreis Financiële Hulpverlening');
  });

  it('een Excel-bestand in plaats van een CSV: zeg wat er moet gebeuren', async () => {
    for (const kop of [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      const r = await leesDossierbestand(new Blob([new Uint8Array([...kop, 0x14, 0x00, 0x06, 0x00])]), DEN_HAAG.werkwijzen);
      expect(!r.ok && r.fouten).toEqual([
        {
          regel: null,
          bericht: expect.stringMatching(/^Het bestand is een spreadsheet \(Excel of OpenOffice\), geen CSV-bestand\. Sla het in Excel op/),
          berichtEn: expect.stringMatching(/^The file is a spreadsheet \(Excel or OpenOffice\), not a CSV file\./),
        },
      ]);
    }
  });

  it('een bestand boven 20 MB wordt geweigerd zonder het te lezen', async () => {
    const groot = { size: 30 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('niet lezen')) } as unknown as Blob;
    const r = await leesDossierbestand(groot, DEN_HAAG.werkwijzen);
    expect(!r.ok && r.fouten[0]!.bericht).toBe('Het bestand is 30 MB; een dossierbestand mag hoogstens 20 MB zijn.');
  });

  it('verwerkDossiers meldt voortgang en dan alleen de aantallen', async () => {
    const rijen = Array.from({ length: 12_000 }, (_, i) => `klantreis;${i % 2 ? 'oplossing;PW;ja' : 'uitval;PW;nee'};geen`);
    const berichten: DossierAntwoord[] = [];
    let t = 0;
    await verwerkDossiers({ soort: 'dossiers', taak: 7, bestand: new Blob([[KOP, ...rijen].join('\n')]), werkwijzen: DEN_HAAG.werkwijzen.map((w) => ({ id: w.id, naam: w.naam })) }, (a) => berichten.push(a), () => (t += 100));
    const voortgang = berichten.filter((a) => a.soort === 'voortgang');
    expect(voortgang.map((a) => a.rijen)).toEqual([0, 5000, 10_000, 12_000]);
    const laatste = berichten.at(-1)!;
    expect(laatste.soort).toBe('klaar');
    if (laatste.soort !== 'klaar' || !laatste.uitkomst.ok) throw new Error('onverwacht');
    expect(laatste.uitkomst.tellingen[0]!.uitkomsten).toEqual({ oplossing: 6000, gestabiliseerd: 0, geenOplossing: 6000, inSchuldregelfase: 0 });
    expect(JSON.stringify(berichten)).not.toContain('klantreis;');
  });
});

describe('tester #12b: een CSV als UTF-16 (Excel "Unicode-tekst")', () => {
  it('met BOM, little- en big-endian, en zonder BOM: gelezen als de UTF-8-versie', async () => {
    const tekst = `${KOP}\nKlantreis Financiële Hulpverlening;oplossing;PW;ja;geen\nklantreis;uitval;werk;nee;basis\n`;
    const utf16 = (t: string, be: boolean, bom: boolean) => {
      const eenheden = [...(bom ? [0xfeff] : []), ...Array.from(t, (c) => c.charCodeAt(0))];
      return new Uint8Array(eenheden.flatMap((u) => (be ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])));
    };
    const verwacht = await leesDossierbestand(new Blob([new TextEncoder().encode(tekst)]), DEN_HAAG.werkwijzen);
    expect(verwacht.ok).toBe(true);
    for (const [be, bom] of [[false, true], [true, true], [false, false], [true, false]] as const) {
      const r = await leesDossierbestand(new Blob([utf16(tekst, be, bom)]), DEN_HAAG.werkwijzen);
      expect(r, `be ${be}, bom ${bom}`).toEqual(verwacht);
    }
  });
});

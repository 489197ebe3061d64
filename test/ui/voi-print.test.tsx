// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import { formatAandeel, formatEuro } from '../../src/format/getal';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { binnenRuis, meestWaardevolleMeting, metExacteNullen, metRuisniveau, waardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { berekenScenario } from '../../src/model/engine';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { PrintOnzekerheid } from '../../src/ui/gedeeld/export/PrintOnzekerheid';
import { Informatiewaarde } from '../../src/ui/gedeeld/onzekerheid/Informatiewaarde';
import { zetLaatsteMonteCarlo } from '../../src/ui/gedeeld/onzekerheid/laatsteMonteCarlo';
import { stappen, type MonteCarloMetInformatie } from '../../src/workers/montecarloKern';

const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const nb = (x: string) => x.replace(/\u00a0/g, ' ');
/** Den Haag with an inflow of 400 clients a year, 2.000 draws, seed 7 (as the CLI test). */
const S: Scenario = {
  ...DEN_HAAG,
  instellingen: { ...DEN_HAAG.instellingen, instroomPerJaar: 400 },
  onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 2000, seed: 7, uitkomstenHertrekken: false } },
};

const DRIE: Scenario = VOORBEELDEN.find((v) => v.id === 'den-haag-drie-werkwijzen-nazorg')!.scenario;

let r: MonteCarloMetInformatie;
beforeAll(() => {
  const gen = stappen({ soort: 'montecarlo', taak: 1, scenario: S }, 500);
  for (;;) {
    const x = gen.next();
    if (x.done) {
      if (x.value.soort !== 'montecarlo') throw new Error(JSON.stringify(x.value));
      r = x.value.resultaat;
      break;
    }
  }
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: S, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  zetLaatsteMonteCarlo(null);
});

describe('value of information in the app (uncertainty view, print)', () => {
  it('the worker’s run carries EVPI/EVPPI from its own draws: the same numbers as the CLI’s --evppi', () => {
    const mc = maakMonteCarlo(S, S.onzekerheid, { bewaarInvoer: true });
    mc.stap(mc.totaal);
    const t = mc.trekkingen();
    const w = metRuisniveau(metExacteNullen(waardeVanInformatie(S, t.invoer, t.saldi, t.invoerTrekkingen!), S, t.invoer, t.invoerGelezen), S, t.saldi);
    expect(r.waardeVanInformatie).toEqual(w);
    // The kernel proved the welfare shares without effect on the saldo: exactly 0, and named.
    expect(w.zonderInvloed!.length).toBeGreaterThan(0);
    expect(w.zonderInvloed!.every((k) => k.startsWith('parameters.welvaartsaandeel.'))).toBe(true);
    expect(r.waardeVanInformatie!.evpiPerJaar).toBeCloseTo(w.evpi * 400, 6);
  });

  it('shows EVPI, the plain sentence scaled to the inflow, and the EVPPI ranking; English too', () => {
    const w = r.waardeVanInformatie!;
    render(<Informatiewaarde w={w} idPrefix="t" />);
    expect(tekst(screen.getByTestId('t-evpi'))).toContain(`${nb(formatEuro(w.evpi))} per klant (${nb(formatEuro(w.evpiPerJaar!))} per jaar bij een instroom van 400 klanten per jaar)`);
    const top = w.perInvoer.find((x) => x.evppi > 0);
    const zin = tekst(screen.getByTestId('t-voi-zin'));
    if (top) expect(zin).toBe(`Als de gemeente één ding lokaal meet, levert het meten van ${top.inZin.nl} de meeste beslisinformatie op: tot ${nb(formatEuro(top.evppiPerJaar!))} per jaar.`);
    else expect(zin).toMatch(/^Geen enkele invoer apart verandert de keuze/);
    const rijen = screen.getByTestId('t-evppi').querySelectorAll('tbody tr');
    // Inputs under € 0,50 per client (shown as "€ 0") are counted in a note instead of listed.
    const getoond = w.perInvoer.filter((x) => x.evppi >= 0.5).slice(0, 10);
    expect(rijen).toHaveLength(getoond.length + w.perGroep.length);
    expect([...rijen].slice(0, getoond.length).map((x) => x.getAttribute('data-rij'))).toEqual(getoond.map((x) => x.sleutel));
    // The notes say what the hidden ones are worth: the largest of them, and those without effect apart (review).
    const nul = w.perInvoer.filter((x) => w.zonderInvloed!.includes(x.sleutel));
    const overig = w.perInvoer.filter((x) => !getoond.includes(x) && !nul.includes(x));
    expect(overig.length).toBeGreaterThan(0);
    const max = Math.max(...overig.map((x) => x.evppi));
    expect(tekst(screen.getByTestId('t-evppi-overig'))).toBe(`Niet in de tabel: ${overig.length} andere onzekere invoeren, elk ${nb(formatEuro(max))} per klant of minder.`);
    expect(tekst(screen.getByTestId('t-evppi-nul'))).toBe(`Zonder invloed op het saldo (EVPPI € 0, niet in de tabel): ${nul.length} onzekere invoeren, zoals ${nul[0]!.label.nl}.`);
    // Den Haag's choice is clear in every bin of a random order: no noise floor to mention.
    expect(w.ruisniveau).toBeLessThan(0.5);
    expect(screen.queryByTestId('t-evppi-ruis')).toBeNull();
    // Groups stay listed, also at € 0 ("measuring all costs adds nothing" is itself an answer).
    for (const rij of [...rijen].slice(0, getoond.length)) expect(tekst(rij.querySelector('td'))).not.toBe(nb(formatEuro(0)));
    // Outcomes not redrawn in this run: no outcome groups, and a note says what is therefore missing.
    expect(w.perGroep.some((g) => g.sleutel.startsWith('uitkomsten'))).toBe(false);
    expect(tekst(screen.getByTestId('t-voi-vaste-uitkomsten'))).toBe(
      'De uitkomsten per werkwijze zijn in deze trekkingen niet opnieuw getrokken uit de dossiers, dus als zeker behandeld: wat het meten van de uitkomsten in meer dossiers waard is, staat niet in de rangorde.',
    );
    // The method note then does not speak of redrawn outcomes (review).
    expect(tekst(screen.getByTestId('t-voi-methode'))).toBe(
      'EVPPI per invoer met de binning-schatter van Sadatsafavi e.a. (2013); per groep eerst een lineair regressie-metamodel (Strong, Oakley & Brennan 2014). Zie de verantwoording.',
    );
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<Informatiewaarde w={w} idPrefix="t" />);
    expect(tekst(screen.getByTestId('t-voi-zin'))).toMatch(top ? /^If the municipality measures one thing locally, measuring .+ yields the most decision information: up to €[\d,]+ per year\.$/ : /^No single input changes the choice/);
  });

  it('with the outcome redraw (as Den Haag opens): each pathway’s redrawn outcomes are a row, and the sentence names the one worth most', () => {
    const H: Scenario = { ...S, onzekerheid: { ...S.onzekerheid, montecarlo: { ...S.onzekerheid.montecarlo, uitkomstenHertrekken: true } } };
    const gen = stappen({ soort: 'montecarlo', taak: 2, scenario: H }, 1000);
    let x = gen.next();
    while (!x.done) x = gen.next();
    if (x.value.soort !== 'montecarlo') throw new Error(JSON.stringify(x.value));
    const w = x.value.resultaat.waardeVanInformatie!;
    expect(w.uitkomstenHertrokken).toBe(true);
    render(<Informatiewaarde w={w} idPrefix="h" />);
    const rijen = [...screen.getByTestId('h-evppi').querySelectorAll('tbody tr')];
    const rij = (id: string) => rijen.find((r) => r.getAttribute('data-rij') === id)!;
    expect(tekst(rij('groep:uitkomsten.klantreis').querySelector('th'))).toBe('Groep: uitkomsten van Klantreis Financiële Hulpverlening, opnieuw getrokken uit de dossiers');
    expect(tekst(rij('groep:uitkomsten').querySelector('th'))).toBe('Groep: uitkomsten van alle werkwijzen, opnieuw getrokken uit de dossiers');
    const g = w.perGroep.find((x) => x.sleutel === 'uitkomsten.klantreis')!;
    expect(tekst(rij('groep:uitkomsten.klantreis').querySelectorAll('td')[1]!)).toBe(nb(formatEuro(g.evppiPerJaar!)));
    // The pathway's outcomes beat every single input here: the sentence says to measure them.
    const top = meestWaardevolleMeting(w)!;
    expect(top.sleutel).toMatch(/^uitkomsten\./);
    expect(top.evppi).toBeGreaterThan(w.perInvoer[0]!.evppi);
    expect(tekst(screen.getByTestId('h-voi-zin'))).toBe(`Als de gemeente één ding lokaal meet, levert het meten van ${top.inZin.nl} de meeste beslisinformatie op: tot ${nb(formatEuro(top.evppiPerJaar!))} per jaar.`);
    expect(screen.queryByTestId('h-voi-vaste-uitkomsten')).toBeNull();
    expect(tekst(screen.getByTestId('h-voi-methode'))).toContain('per groep (ook de opnieuw getrokken uitkomsten van een werkwijze) eerst');
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<Informatiewaarde w={w} idPrefix="h" />);
    expect(tekst(screen.getByTestId('h-voi-zin'))).toBe(`If the municipality measures one thing locally, measuring ${top.inZin.en} yields the most decision information: up to ${nb(formatEuro(top.evppiPerJaar!, 'en'))} per year.`);
  });

  it('print: the pairwise matrix, P(best), expected rank and the value of information of the last run, only while it is current', () => {
    act(() => zetLaatsteMonteCarlo({ scenario: S, resultaat: r }));
    render(<PrintOnzekerheid />);
    const sectie = screen.getByTestId('print-onzekerheid');
    expect(sectie.className).toContain('alleen-print');
    const rij = screen.getByTestId('print-paarsgewijs').querySelector('[data-rij="klantreis"]')!;
    expect([...rij.querySelectorAll('td')].map((c) => tekst(c))).toEqual([nb(formatAandeel(r.rangorde.paarsgewijs.klantreis!.regulier!, 'nl', 1)), '–']);
    const beste = screen.getByTestId('print-paarsgewijs').querySelector('[data-rij="kansBeste"]')!;
    expect([...beste.querySelectorAll('td')].map((c) => tekst(c))).toEqual(['regulier', 'klantreis'].map((id) => nb(formatAandeel(r.rangorde.kansBeste[id]!, 'nl', 1))));
    expect(screen.getByTestId('print-voi-zin')).toBeTruthy();
    // An edit makes the run stale: the section goes.
    act(() => useScenarioStore.setState({ scenario: { ...S, titel: 'Anders' } }));
    expect(screen.queryByTestId('print-onzekerheid')).toBeNull();
  });

  it('three pathways: the note gives the estimator’s noise floor, and the sentence names no measurement below it (review)', () => {
    const drie: Scenario = { ...DRIE, onzekerheid: { ...DRIE.onzekerheid, montecarlo: { trekkingen: 2000, seed: 7, uitkomstenHertrekken: false } } };
    const mc = maakMonteCarlo(drie, drie.onzekerheid, { bewaarInvoer: true });
    mc.stap(mc.totaal);
    const t = mc.trekkingen();
    const w = metRuisniveau(metExacteNullen(waardeVanInformatie(drie, t.invoer, t.saldi, t.invoerTrekkingen!), drie, t.invoer, t.invoerGelezen), drie, t.saldi);
    expect(w.ruisniveau).toBeGreaterThan(1);
    render(<Informatiewaarde w={w} idPrefix="d" />);
    expect(w.ruisgrens).toBeGreaterThan(w.ruisniveau!);
    expect(tekst(screen.getByTestId('d-evppi-ruis'))).toMatch(
      new RegExp(
        `^Ruisniveau van de schatter: een invoer zonder enige invloed komt bij 2\\.000 trekkingen rond ${nb(formatEuro(w.ruisniveau!))} per klant uit, en in 19 willekeurige volgordes tot ${nb(formatEuro(w.ruisgrens!))}\\. ` +
          `Een EVPPI tot ${nb(formatEuro(w.ruisgrens!))} is niet te onderscheiden van ruis \\(toets op 5%\\) en dus geen beslisinformatie; meer trekkingen verlagen het ruisniveau\\.`,
      ),
    );
    const top = meestWaardevolleMeting(w);
    if (top) expect(top.evppi).toBeGreaterThan(w.ruisgrens!);
    // Each row at or below the floor says so in words, in the app and in the CLI table (review: five such rows read as information).
    const rijen = [...screen.getByTestId('d-evppi').querySelectorAll('tbody tr')];
    const evppiVan = (id: string) => (id.startsWith('groep:') ? w.perGroep.find((g) => `groep:${g.sleutel}` === id)! : w.perInvoer.find((x) => x.sleutel === id)!).evppi;
    const gemarkeerd = rijen.filter((r) => tekst(r.querySelector('th')).endsWith(' · binnen ruisniveau'));
    expect(gemarkeerd.map((r) => r.getAttribute('data-rij'))).toEqual(rijen.map((r) => r.getAttribute('data-rij')!).filter((id) => evppiVan(id) <= w.ruisgrens!));
    expect(gemarkeerd.length).toBeGreaterThan(0);
    expect(gemarkeerd.length).toBeLessThan(rijen.length);
    expect(gemarkeerd.length).toBeGreaterThan(1);
    expect(tekst(screen.getByTestId('d-evppi-ruis'))).toContain(` ${gemarkeerd.length} rijen in de tabel liggen daar niet boven en zijn gemarkeerd met ‘binnen ruisniveau’.`);
    // One such row: singular (tester3 #16: '1 rijen … liggen').
    const kleinste = Math.min(...rijen.map((r) => evppiVan(r.getAttribute('data-rij')!)));
    cleanup();
    render(<Informatiewaarde w={{ ...w, ruisgrens: kleinste }} idPrefix="e" />);
    expect(tekst(screen.getByTestId('e-evppi-ruis'))).toContain(' 1 rij in de tabel ligt daar niet boven en is gemarkeerd met ‘binnen ruisniveau’.');
    const cli = naarTabel(drie, berekenScenario(drie), null, { breedte: 200, onzekerheid: { waardeVanInformatie: w } }).replace(/\u00a0/g, ' ');
    expect(cli).toContain(`Ruisniveau van de schatter: een invoer zonder enige invloed komt bij 2.000 trekkingen rond ${nb(formatEuro(w.ruisniveau!))} per klant uit, en in 19 willekeurige volgordes tot ${nb(formatEuro(w.ruisgrens!))}.`);
    const cliGemarkeerd = cli.split('\n').filter((l) => l.includes('(binnen ruisniveau)'));
    expect(cliGemarkeerd).toHaveLength(gemarkeerd.length);
    for (const r of gemarkeerd) expect(binnenRuis(w, evppiVan(r.getAttribute('data-rij')!))).toBe(true);
    // Den Haag's floor is under € 0,50: nothing marked, nothing said.
    const dh = naarTabel(S, berekenScenario(S), null, { breedte: 200, onzekerheid: { waardeVanInformatie: r.waardeVanInformatie! } });
    expect(dh).toContain('Waarde van informatie');
    expect(dh).not.toContain('binnen ruisniveau');
    expect(dh).not.toContain('Ruisniveau van de schatter');
  });
});

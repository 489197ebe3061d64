// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { gevoeligheid } from '../../src/model/onzekerheid/gevoeligheid';
import { monteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { rangordeAfgerond } from '../../src/model/onzekerheid/rangorde';
import { indexeer } from '../../src/model/prijspeil';
import { contanteWaarde } from '../../src/model/tijd';
import { formatAandeel, formatEuro, formatGetal } from '../../src/format/getal';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG, leegScenario } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';
import { PrijspeilVerantwoording } from '../../src/ui/verantwoording/PrijspeilVerantwoording';

// jsdom has no canvas: the chart component is replaced; its text alternative is what we test.
vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, ...rest }: { data: { datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-datasets={data.datasets.map((d) => d.label).join('|')} />
  ),
}));

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const cellen = (rij: Element) => [...rij.querySelectorAll('td')].map((c) => tekst(c));
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const scenario = () => useScenarioStore.getState().scenario;
// 70% (graad C): 49%–91% by the range rule (± 30%).
const ZEKERHEID = 'parameters.reintegration.pwShare';

/** The sensitivity runs in steps after the view is on screen: wait until the tornado is up to date. */
async function tornadoKlaar(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const t = screen.getByTestId('tornado-tabel');
      expect(t.getAttribute('data-bezig')).toBe('false');
      return t;
    },
    { timeout: 30_000 },
  );
}

function tornadoRij(sleutel: string): Element {
  const r = screen.getByTestId('tornado-tabel').querySelector(`[data-rij="${sleutel}"]`);
  if (!r) throw new Error(`geen rij ${sleutel}`);
  return r;
}
const veld = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const typ = (el: HTMLElement, waarde: string) => fireEvent.change(el, { target: { value: waarde } });
/** The message shown at a field: the element its aria-describedby points to that holds an error. */
function meldingBij(el: HTMLElement): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)).filter((x) => x?.classList.contains('veld-foutmelding')).map((x) => tekst(x)).join(' ');
}

// Every scenario change reruns the sensitivity analysis (70 model runs): generous timeouts on a busy
// 2-core machine; no timing is asserted.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
});

describe('one-way sensitivity (tornado)', () => {
  it('the table gives gevoeligheid(): each input at low and high, in the model’s order of influence', async () => {
    render(<Onzekerheid />);
    await tornadoKlaar();
    const g = gevoeligheid(DEN_HAAG, DEN_HAAG.onzekerheid);
    const rijen = [...screen.getByTestId('tornado-tabel').querySelectorAll('tbody tr')];
    expect(rijen.map((r) => r.getAttribute('data-rij'))).toEqual(g.regels.map((r) => r.invoer.sleutel));
    for (const r of g.regels) {
      const c = cellen(tornadoRij(r.invoer.sleutel));
      expect(nb(c[1]!), r.invoer.sleutel).toBe(nb(formatEuro(r.verschil.klantreis!.laag.toNumber())));
      expect(nb(c[2]!), r.invoer.sleutel).toBe(nb(formatEuro(r.verschil.klantreis!.hoog.toNumber())));
    }
    expect(nb(cellen(tornadoRij(ZEKERHEID))[0]!)).toBe('49% – 91%');
    // The ends the analysis uses, as the fields of Bereiken show them (tester5 #4: "€ 4.100 – € 7.600" for 5.865 ± 30% did
    // not match the fields; this reverses defect 9's rounding here, Invoer and the print keep the rounded plausible range).
    expect(nb(cellen(tornadoRij('parameters.eviction.cost'))[0]!)).toBe('€ 4.105,50 – € 7.624,50');
    expect(nb(cellen(tornadoRij('parameters.jobRetention.wwAnnualCost'))[0]!)).toBe('€ 14.420 – € 26.780');
    expect(nb(cellen(tornadoRij('werkwijzen.klantreis.samenstelling.aandeelPW'))[0]!)).toBe('27,99% – 60,01%');
    expect(tekst(screen.getByTestId('tornado-basis'))).toBe(`Bij de scenariowaarden: ${nb(formatEuro(berekenScenario(DEN_HAAG).verschillen[0]!.saldo.perKlant.toNumber()))} per klant.`);
  });

  it('has a chart with a text alternative naming the base value and the largest input', async () => {
    render(<Onzekerheid />);
    const grafiek = await screen.findByTestId('grafiek-tornado', {}, { timeout: 20_000 });
    const alt = nb(grafiek.getAttribute('aria-label') ?? '');
    expect(alt).toMatch(/^Tornadodiagram\. Verschil met het nulalternatief: Klantreis Financiële Hulpverlening, basiswaarde € 231 per klant/);
    const eerste = gevoeligheid(DEN_HAAG, DEN_HAAG.onzekerheid).regels[0]!;
    const v = eerste.verschil.klantreis!;
    expect(alt).toContain(
      nb(`${eerste.invoer.label.nl}: ${formatEuro(v.laag.toNumber())} bij de lage waarde, ${formatEuro(v.hoog.toNumber())} bij de hoge waarde.`),
    );
    expect(grafiek.getAttribute('data-datasets')).toBe('Invoer op de lage waarde|Invoer op de hoge waarde');
  });

  it('another measure: the saldo per client of the baseline, re-sorted by its own influence', async () => {
    render(<Onzekerheid />);
    await tornadoKlaar();
    fireEvent.change(screen.getByTestId('tornado-maatstaf'), { target: { value: 'saldo:regulier' } });
    const g = gevoeligheid(DEN_HAAG, DEN_HAAG.onzekerheid);
    const tabel = screen.getByTestId('tornado-tabel');
    expect(within(tabel).getByRole('columnheader', { name: 'Saldo bij laag' })).toBeTruthy();
    for (const r of g.regels) {
      const c = cellen(tornadoRij(r.invoer.sleutel));
      expect(nb(c[1]!)).toBe(nb(formatEuro(r.saldoPerKlant.regulier!.laag.toNumber())));
      expect(nb(c[2]!)).toBe(nb(formatEuro(r.saldoPerKlant.regulier!.hoog.toNumber())));
    }
    const eerste = tabel.querySelector('tbody tr')!.getAttribute('data-rij')!;
    const breedte = (k: string) => {
      const r = g.regels.find((x) => x.invoer.sleutel === k)!.saldoPerKlant.regulier!;
      return r.hoog.minus(r.laag).abs().toNumber();
    };
    expect(Math.max(...g.regels.map((r) => breedte(r.invoer.sleutel)))).toBe(breedte(eerste));
  });
});

describe('ranges and distributions', () => {
  it('editing a low value updates the scenario (validated) and the tornado table', async () => {
    render(<Onzekerheid />);
    typ(veld(`bereik-laag-${ZEKERHEID}`), '60');
    expect(scenario().onzekerheid.bereiken[ZEKERHEID]).toEqual({ laag: 0.6, hoog: 0.91 });
    expect(screen.getByTestId('tornado-tabel').getAttribute('data-bezig')).toBe('true');
    await tornadoKlaar();
    const g = gevoeligheid(scenario(), scenario().onzekerheid);
    const r = g.regels.find((x) => x.invoer.sleutel === ZEKERHEID)!;
    const c = cellen(tornadoRij(ZEKERHEID));
    expect(nb(c[0]!)).toBe('60% – 91%');
    expect(nb(c[1]!)).toBe(nb(formatEuro(r.verschil.klantreis!.laag.toNumber())));
    // One undo step for the whole edit; "gewijzigd" and a reset button on the row.
    expect(useScenarioStore.getState().verleden).toHaveLength(1);
    const rij = screen.getByTestId('bereiken-tabel').querySelector(`[data-rij="${ZEKERHEID}"]`)!;
    expect(tekst(rij.querySelector('th'))).toContain('gewijzigd');
    fireEvent.click(within(rij as HTMLElement).getByRole('button', { name: /^Terugzetten/ }));
    expect(scenario().onzekerheid.bereiken[ZEKERHEID]).toBeUndefined();
    expect(veld(`bereik-laag-${ZEKERHEID}`).value).toBe('49');
  });

  it('an own range gets grade D and a field for its source; with a source it is grade C and says it, and a new end keeps the source (tester3 #11)', () => {
    render(<Onzekerheid />);
    const k = 'parameters.eviction.cost';
    const rij = () => screen.getByTestId('bereiken-tabel').querySelector(`[data-rij="${k}"]`)!;
    expect(screen.queryByTestId(`bereik-bron-${k}`)).toBeNull();
    typ(veld(`bereik-laag-${k}`), '5000');
    expect(tekst(rij().querySelector('.toelichting'))).toMatch(/^graad D .*Aanname: eigen bereik uit het scenario/);
    fireEvent.change(screen.getByTestId(`bereik-bron-${k}`), { target: { value: 'Woningcorporatie Haag Wonen, 2025' } });
    expect(scenario().onzekerheid.bereiken[k]!.bron).toBe('Woningcorporatie Haag Wonen, 2025');
    expect(tekst(rij().querySelector('.toelichting'))).toMatch(/^graad C .*Woningcorporatie Haag Wonen, 2025/);
    typ(veld(`bereik-hoog-${k}`), '9000');
    expect(scenario().onzekerheid.bereiken[k]).toEqual({ laag: 5000, hoog: 9000, bron: 'Woningcorporatie Haag Wonen, 2025' });
    // Emptied: no source again, grade D.
    fireEvent.change(screen.getByTestId(`bereik-bron-${k}`), { target: { value: '' } });
    expect(scenario().onzekerheid.bereiken[k]).toEqual({ laag: 5000, hoog: 9000 });
    expect(tekst(rij().querySelector('.toelichting'))).toMatch(/^graad D /);
  });

  it('low above high: a Dutch message at the field, the scenario keeps its last valid state', async () => {
    render(<Onzekerheid />);
    await tornadoKlaar();
    const voor = scenario();
    const laag = veld(`bereik-laag-${ZEKERHEID}`);
    typ(laag, '99');
    expect(scenario()).toBe(voor);
    expect(laag.getAttribute('aria-invalid')).toBe('true');
    expect(meldingBij(laag)).toBe('De lage waarde is hoger dan de hoge waarde');
    expect(nb(cellen(tornadoRij(ZEKERHEID))[0]!)).toBe('49% – 91%');
    // Raising the high value completes the range that was typed; that range leaves out the scenario's 70%: refused.
    const hoog = veld(`bereik-hoog-${ZEKERHEID}`);
    typ(hoog, '99,5');
    expect(scenario()).toBe(voor);
    expect(meldingBij(hoog)).toBe('Het bereik 99% – 99,5% bevat de waarde uit het scenario (70%) niet; kies een bereik waar 70% in ligt');
    // Lowering the low value to below 70% completes it.
    typ(laag, '60');
    expect(scenario().onzekerheid.bereiken[ZEKERHEID]).toEqual({ laag: 0.6, hoog: 0.995 });
    expect(laag.getAttribute('aria-invalid')).toBeNull();
  });

  it('a range that leaves out the scenario’s value is refused with a message naming both (review: € 6.000 – € 7.000 around € 5.865 was taken)', () => {
    render(<Onzekerheid />);
    const k = 'parameters.eviction.cost';
    typ(veld(`bereik-laag-${k}`), '6000');
    expect(scenario()).toBe(DEN_HAAG);
    expect(meldingBij(veld(`bereik-laag-${k}`))).toMatch(/^Het bereik € 6\.000 – € [\d.,]+ bevat de waarde uit het scenario \(€ 5\.865\) niet; kies een bereik waar € 5\.865 in ligt$/);
    typ(veld(`bereik-laag-${k}`), '5865');
    expect(scenario().onzekerheid.bereiken[k]!.laag).toBe(5865);
  });

  it.each([
    ['140', /^Moet tussen 0% en 100% liggen, maar is 140%$/],
    ['', /^Is leeg; vul een getal in$/],
    ['abc', /^"abc" is geen getal; gebruik cijfers en een komma voor decimalen/],
  ])('a share of "%s" is refused with a message', (invoer, bericht) => {
    render(<Onzekerheid />);
    const voor = scenario();
    const hoog = veld(`bereik-hoog-${ZEKERHEID}`);
    typ(hoog, invoer);
    expect(scenario()).toBe(voor);
    expect(hoog.getAttribute('aria-invalid')).toBe('true');
    expect(meldingBij(hoog)).toMatch(bericht);
  });

  it('a negative amount is refused with the schema’s message', () => {
    render(<Onzekerheid />);
    const k = 'parameters.welfare.pwAnnualCost';
    typ(veld(`bereik-laag-${k}`), '-5');
    expect(meldingBij(veld(`bereik-laag-${k}`))).toBe('Mag niet negatief zijn, maar is € −5');
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('in English a range\'s messages are English, with English numbers (review: Dutch, "€ −5", in the English app)', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Onzekerheid />);
    const k = 'parameters.welfare.pwAnnualCost';
    typ(veld(`bereik-laag-${k}`), '-5');
    expect(meldingBij(veld(`bereik-laag-${k}`))).toBe('Must not be negative, but is −€5');
    typ(veld(`bereik-laag-${k}`), '2000000000');
    expect(meldingBij(veld(`bereik-laag-${k}`))).toBe('Is more than €1,000,000,000');
    // A rule over the whole scenario (werkBij): low above high.
    const laag = veld(`bereik-laag-${ZEKERHEID}`);
    typ(laag, '99');
    expect(meldingBij(laag)).toBe('The low value is higher than the high value');
    expect(scenario()).toBe(DEN_HAAG);
  });

  it('the distribution per input is saved in the scenario; beta only for a pathway’s shares', () => {
    render(<Onzekerheid />);
    const keuze = screen.getByTestId(`verdeling-${ZEKERHEID}`) as HTMLSelectElement;
    expect([...keuze.options].map((o) => o.value)).toEqual(['driehoek', 'uniform', 'vast']);
    fireEvent.change(keuze, { target: { value: 'uniform' } });
    expect(scenario().onzekerheid.verdelingen[ZEKERHEID]).toBe('uniform');
    const aandeel = screen.getByTestId('verdeling-werkwijzen.klantreis.samenstelling.aandeelPW') as HTMLSelectElement;
    expect(aandeel.value).toBe('beta');
    expect([...aandeel.options].map((o) => o.value)).toEqual(['driehoek', 'uniform', 'beta', 'vast']);
    fireEvent.change(aandeel, { target: { value: 'vast' } });
    expect(scenario().onzekerheid.verdelingen['werkwijzen.klantreis.samenstelling.aandeelPW']).toBe('vast');
    // Back to the default: the override goes.
    fireEvent.change(screen.getByTestId(`verdeling-${ZEKERHEID}`), { target: { value: 'driehoek' } });
    expect(scenario().onzekerheid.verdelingen[ZEKERHEID]).toBeUndefined();
  });
});

describe('switching values', () => {
  it('computed on request (main thread in jsdom), with the model’s explanation in words', async () => {
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('omslag-bereken'));
    await waitFor(() => expect(screen.getByTestId('omslag-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000 });
    const tabel = screen.getByTestId('omslag-tabel-klantreis');
    const rijen = tabel.querySelectorAll('tbody tr');
    expect(rijen.length).toBe(10);
    const voortraject = tabel.querySelector('[data-rij="werkwijzen.klantreis.kosten.preparation.bedrag"]')!;
    expect(nb(cellen(voortraject)[1]!)).toMatch(/^€ 1\.491,\d\d$/);
    const maanden = tabel.querySelector('[data-rij="parameters.welfareExit.monthsEarlier"]')!;
    expect(nb(cellen(maanden)[1]!)).toMatch(/^ongeveer .*Het saldo springt bij .* over de grens/);
    // Changing the scenario marks them out of date.
    act(() => useScenarioStore.getState().zetScenario({ ...DEN_HAAG, titel: 'Anders' }));
    expect(screen.getByTestId('omslag-verouderd')).toBeTruthy();
  });
});

describe('Monte Carlo', () => {
  it('settings are saved in the scenario; invalid ones get a message', () => {
    render(<Onzekerheid />);
    typ(veld('mc-trekkingen'), '2000');
    expect(scenario().onzekerheid.montecarlo.trekkingen).toBe(2000);
    typ(veld('mc-seed'), '42');
    expect(scenario().onzekerheid.montecarlo.seed).toBe(42);
    // "automatisch": on for Den Haag's 23 and 29 clients; the user can turn it off (and on again).
    expect((screen.getByLabelText('Rekening houden met een kleine steekproef') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Rekening houden met een kleine steekproef'));
    expect(scenario().onzekerheid.montecarlo.uitkomstenHertrekken).toBe(false);
    fireEvent.click(screen.getByLabelText('Rekening houden met een kleine steekproef'));
    expect(scenario().onzekerheid.montecarlo.uitkomstenHertrekken).toBe(true);
    const voor = scenario();
    typ(veld('mc-trekkingen'), '0');
    expect(scenario()).toBe(voor);
    expect(meldingBij(veld('mc-trekkingen'))).toBe('Moet minstens 1 zijn, maar is 0');
    typ(veld('mc-trekkingen'), '2,5');
    expect(meldingBij(veld('mc-trekkingen'))).toBe('Moet een geheel getal zijn, maar is 2,5');
    // A hang guard, not a speed limit: every edit renders the whole view again (about 17 s alone; 98 s at load 12).
  }, 180_000);

  it('an invalid Aantal trekkingen or startgetal (0, 1,5, -5, empty, 10.000.000.000) disables Start with the reason, so it never runs with the last valid count', () => {
    render(<Onzekerheid />);
    const start = screen.getByTestId('mc-start') as HTMLButtonElement;
    expect(start.disabled).toBe(false);
    for (const fout of ['0', '1,5', '-5', '', '10.000.000.000']) {
      typ(veld('mc-trekkingen'), fout);
      const melding = meldingBij(veld('mc-trekkingen'));
      expect(melding, fout).not.toBe('');
      expect(start.disabled, fout).toBe(true);
      // The reason stands beside the button (and describes it): the field's label and its message.
      const reden = document.getElementById(start.getAttribute('aria-describedby') ?? '')!;
      expect(tekst(reden)).toBe(`Start kan niet: Aantal trekkingen is ongeldig (${melding}).`);
      fireEvent.click(start);
      expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('rust');
    }
    typ(veld('mc-trekkingen'), '300');
    expect(start.disabled).toBe(false);
    expect(start.getAttribute('aria-describedby')).toBeNull();
    typ(veld('mc-seed'), '-1');
    expect(start.disabled).toBe(true);
    expect(tekst(document.getElementById(start.getAttribute('aria-describedby')!))).toMatch(/^Start kan niet: Startgetal .* is ongeldig \(/);
    typ(veld('mc-seed'), '7');
    expect(start.disabled).toBe(false);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    typ(veld('mc-trekkingen'), '0');
    expect(tekst(document.getElementById(start.getAttribute('aria-describedby')!))).toMatch(/^Cannot start: Number of draws is invalid \(.+\)\.$/);
  });

  it('runs (main thread in jsdom) to the model’s numbers, with the probability sentences; stale after a change', async () => {
    const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 1000, seed: 5, uitkomstenHertrekken: false } } };
    useScenarioStore.setState({ scenario: s });
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('mc-start'));
    expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('bezig');
    await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000 });
    const verwacht = monteCarlo(s, s.onzekerheid);
    expect(nb(tekst(screen.getByTestId('mc-kans-beter-klantreis')))).toContain(
      `Kans dat Klantreis Financiële Hulpverlening beter is dan het nulalternatief (Reguliere werkwijze (FIG-route)): ${nb(formatAandeel(verwacht.verschil.klantreis!.kansPositief, 'nl', 1))}`,
    );
    expect(nb(tekst(screen.getByTestId('mc-kans-positief-klantreis')))).toBe(
      `Kans dat het saldo per klant van Klantreis Financiële Hulpverlening positief is: ${nb(formatAandeel(verwacht.saldoPerKlant.klantreis!.kansPositief, 'nl', 1))}`,
    );
    const rij = screen.getByTestId('mc-tabel').querySelector('[data-rij="verschil:klantreis"]')!;
    const v = verwacht.verschil.klantreis!;
    // The point estimate (the Decimal result, € 231) beside the mean.
    const punt = berekenScenario(s).verschillen[0]!.saldo.perKlant.toNumber();
    expect(cellen(rij).map(nb)).toEqual([punt, v.gemiddelde, v.p5, v.p95].map((x) => nb(formatEuro(x))).concat(nb(formatAandeel(v.kansPositief, 'nl', 1))));
    expect(tekst(screen.getByTestId('mc-status'))).toBe('Klaar: 1.000 trekkingen.');
    expect(tekst(screen.getByTestId('mc-aankondiging'))).toBe('Klaar: 1.000 trekkingen.');
    // Every pathway against every other (issue 12): the matrix and the sentence, from the model's rangorde.
    const paar = screen.getByTestId('mc-paarsgewijs');
    // Shown rounded so that complementary chances add up to 100% (defect 9: here 89,25% and 10,75% read 89,3% + 10,8%).
    const ro = rangordeAfgerond(verwacht.rangorde, 1);
    expect(cellen(paar.querySelector('[data-rij="klantreis"]')!).map(nb)).toEqual([nb(formatAandeel(ro.paarsgewijs.klantreis!.regulier!, 'nl', 1)), '–']);
    const procent = (id: string, kolom: number) => Number.parseFloat(cellen(paar.querySelector(`[data-rij="${id}"]`)!)[kolom]!.replace(',', '.'));
    expect(Math.round((procent('klantreis', 0) + procent('regulier', 1)) * 10)).toBe(1000);
    expect(cellen(paar.querySelector('[data-rij="kansBeste"]')!).map(nb)).toEqual(['regulier', 'klantreis'].map((id) => nb(formatAandeel(ro.kansBeste[id]!, 'nl', 1))));
    expect(nb(tekst(screen.getByTestId('mc-beste')))).toBe(`Klantreis Financiële Hulpverlening heeft de grootste kans de beste te zijn: ${nb(formatAandeel(ro.kansBeste.klantreis!, 'nl', 1))} van de trekkingen.`);
    const histogram = await screen.findByTestId('grafiek-histogram', {}, { timeout: 20_000 });
    expect(nb(histogram.getAttribute('aria-label') ?? '')).toContain(`Histogram. Verschil met het nulalternatief: Klantreis Financiële Hulpverlening, 1.000 trekkingen`);
    expect(screen.getByTestId('mc-bakken').querySelectorAll('tbody tr').length).toBe(v.histogram.length);
    expect(screen.queryByTestId('mc-verouderd')).toBeNull();
    typ(veld('mc-seed'), '6');
    expect(screen.getByTestId('mc-verouderd')).toBeTruthy();
    expect(screen.getByTestId('mc-uitkomst').getAttribute('data-actueel')).toBe('false');
  });

  it('a new, empty scenario: the run finishes but shows no chance or interval, only that there is nothing to show (review: "43,5%" and an EVPI for nothing)', async () => {
    const leeg = leegScenario('nl');
    const s: Scenario = { ...leeg, onzekerheid: { ...leeg.onzekerheid, montecarlo: { ...leeg.onzekerheid.montecarlo, trekkingen: 300 } } };
    useScenarioStore.setState({ scenario: s });
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('mc-start'));
    await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000 });
    const uitkomst = screen.getByTestId('mc-uitkomst');
    expect(uitkomst.getAttribute('data-leeg')).toBe('true');
    expect(tekst(screen.getByTestId('mc-leeg'))).toBe('Geen onzekerheid te tonen: nog geen uitkomsten en kosten ingevuld. Vul eerst de kosten en uitkomsten van de werkwijzen in.');
    expect(tekst(uitkomst)).not.toMatch(/Kans|%|€/);
    expect(screen.queryByTestId('mc-tabel')).toBeNull();
  });

  it('cancel stops the run: status "geannuleerd", progress stays where it was', async () => {
    const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 1_000_000, seed: 5, uitkomstenHertrekken: false } } };
    useScenarioStore.setState({ scenario: s });
    render(<Onzekerheid />);
    fireEvent.click(screen.getByTestId('mc-start'));
    const balk = screen.getByTestId('mc-voortgang') as HTMLProgressElement;
    await waitFor(() => expect(Number(balk.getAttribute('value'))).toBeGreaterThan(0), { timeout: 20_000 });
    fireEvent.click(screen.getByTestId('mc-annuleren'));
    const gedaan = balk.getAttribute('value');
    expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('geannuleerd');
    expect(tekst(screen.getByTestId('mc-status'))).toMatch(/^Geannuleerd na [\d.]+ van 1\.000\.000 trekkingen\.$/);
    await new Promise((r) => setTimeout(r, 200));
    expect(balk.getAttribute('value')).toBe(gedaan);
    expect(screen.queryByTestId('mc-uitkomst')).toBeNull();
  });
});

describe('time and present value', () => {
  it('2,25% (Werkgroep discontovoet 2020): the present value shown is contanteWaarde()', () => {
    render(<Onzekerheid />);
    fireEvent.click(screen.getByLabelText('2,25% (Werkgroep discontovoet 2020)'));
    const s = scenario();
    expect(s.tijd.discontovoet).toBe(0.0225);
    const cw = contanteWaarde(berekenScenario(s), s.tijd);
    for (const w of cw) {
      expect(nb(tekst(screen.getByTestId(`cw-per-klant-${w.id}`)))).toBe(nb(formatEuro(w.saldoPerKlant.toNumber())));
      expect(nb(tekst(screen.getByTestId(`cw-totaal-${w.id}`)))).toBe(nb(formatEuro(w.saldo.toNumber())));
    }
    // Discounting lowers the Klantreis's present value below its undiscounted saldo.
    const r = berekenScenario(s).werkwijzen.find((w) => w.id === 'klantreis')!;
    expect(cw.find((w) => w.id === 'klantreis')!.saldoPerKlant.lt(r.saldo.perKlant)).toBe(true);
    expect(tekst(screen.getByTestId('cw-tabel').querySelector('caption'))).toContain('bij 2,25% over 5 jaar, voor 23 klanten');
    fireEvent.click(screen.getByLabelText('0% (niet verdisconteren, zoals het rapport)'));
    expect(scenario().tijd.discontovoet).toBe(0);
    expect(nb(tekst(screen.getByTestId('cw-per-klant-klantreis')))).toBe(nb(formatEuro(r.saldo.perKlant.toNumber())));
  });

  it('timing per item, and a horizon shorter than a spread is refused with the schema’s message', () => {
    render(<Onzekerheid />);
    fireEvent.change(screen.getByTestId('spreiding-debtArrangement'), { target: { value: 'n2' } });
    expect(scenario().tijd.spreiding.debtArrangement).toEqual([0.5, 0.5]);
    fireEvent.change(screen.getByTestId('spreiding-eviction'), { target: { value: 'n4' } });
    expect(scenario().tijd.spreiding.eviction).toEqual([0.25, 0.25, 0.25, 0.25]);
    fireEvent.change(screen.getByTestId('spreiding-eviction'), { target: { value: 'jaar0' } });
    expect(scenario().tijd.spreiding.eviction).toBeUndefined();
    const voor = scenario();
    typ(veld('tijd-horizon'), '3');
    expect(scenario()).toBe(voor);
    expect(meldingBij(veld('tijd-horizon'))).toBe('Kortere uitkeringsduur (PW): beslaat 5 jaar, langer dan de tijdshorizon van 3 jaar');
    typ(veld('tijd-horizon'), '8');
    expect(scenario().tijd.horizonJaren).toBe(8);
  });
});

describe('price level', () => {
  it('a target year without inflation figures shows the schema’s message and keeps the scenario', () => {
    render(<Onzekerheid />);
    fireEvent.change(screen.getByTestId('pp-doeljaar'), { target: { value: '2020' } });
    expect(scenario()).toBe(DEN_HAAG);
    expect(tekst(screen.getByTestId('pp-inflatie-fout'))).toBe(
      'Het inflatiecijfer voor 2012 ontbreekt (nodig om bedragen van prijspeil 2011 naar 2020 om te rekenen)',
    );
    expect(screen.getByTestId('prijspeil-niet-bijgewerkt')).toBeTruthy();
    expect(veld('pp-inflatie-2012').getAttribute('aria-invalid')).toBe('true');
  });

  it('inflation per year → the scenario, then the engine computes at the target price level', () => {
    render(<Onzekerheid />);
    fireEvent.change(screen.getByTestId('pp-doeljaar'), { target: { value: '2020' } });
    for (let j = 2012; j <= 2020; j++) typ(veld(`pp-inflatie-${j}`), '2');
    const s = scenario();
    expect(s.prijspeil.doeljaar).toBe(2020);
    expect(s.prijspeil.inflatie).toEqual(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(2012 + i), 0.02])));
    expect(screen.queryByTestId('pp-inflatie-fout')).toBeNull();
    expect(tekst(screen.getByTestId('pp-factor-2011'))).toBe(formatGetal(1.02 ** 9, 'nl', 4));
    // A direct factor for 2016 and the gemeente's own price year.
    typ(veld('pp-factor-direct-2016'), '1,1');
    expect(scenario().prijspeil.factoren).toEqual({ '2016': 1.1 });
    typ(veld('pp-prijsjaar-kosten'), '2018');
    expect(scenario().prijspeil.prijsjaarKosten).toBe(2018);
    // An impossible figure is refused at its field.
    const voor = scenario();
    typ(veld('pp-inflatie-2015'), '150');
    expect(scenario()).toBe(voor);
    expect(meldingBij(veld('pp-inflatie-2015'))).toBe('Een inflatie van meer dan 100% is niet zinvol');
  });

  it('the verantwoording shows every rescaled amount: from → to, price year, factor', () => {
    const s: Scenario = { ...DEN_HAAG, prijspeil: { doeljaar: 2016, prijsjaarKosten: 2019, inflatie: { '2012': 0.02, '2013': 0.02, '2014': 0.01, '2015': 0.01, '2016': 0.01, '2017': 0.01, '2018': 0.02, '2019': 0.02 }, factoren: {} } };
    useScenarioStore.setState({ scenario: s });
    render(<PrijspeilVerantwoording />);
    const ix = indexeer(s, s.prijspeil);
    if (!ix.ok || !ix.indexering) throw new Error('indexeer');
    const rijen = screen.getByTestId('pp-verantwoording-tabel').querySelectorAll('tbody tr');
    expect(rijen.length).toBe(ix.indexering.regels.length);
    const pw = [...rijen].find((r) => tekst(r.querySelector('th')).startsWith('Kosten PW-uitkering per jaar'))!;
    const regel = ix.indexering.regels.find((r) => r.wat.nl === tekst(pw.querySelector('th')))!;
    expect(cellen(pw).map(nb)).toEqual([
      String(regel.prijsjaar),
      formatGetal(regel.factor.toNumber(), 'nl', 4),
      nb(formatEuro(regel.van, 'nl', Number.isInteger(regel.van) ? 0 : 2)),
      nb(formatEuro(regel.naar, 'nl', Number.isInteger(regel.naar) ? 0 : 2)),
    ]);
  });
});

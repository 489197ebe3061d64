// @vitest-environment jsdom
/**
 * On file:// (no Web Workers) the Monte Carlo runs on the main thread in slices, but the value of
 * information (≤ 20.000 draws) was computed in the run's last step: one task of ~0,5–1 s (review).
 * Now it runs in steps too (one input or group, a group's regression in parts), with its progress,
 * and stops when cancelled or when the inputs change; the numbers are those of the worker.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { metExacteNullen, metRuisniveau, waardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { gelijk } from '../../src/store/gelijk';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Regie, type Planner, type TaakToestand } from '../../src/ui/onzekerheid/regie';
import MonteCarlo from '../../src/ui/onzekerheid/MonteCarlo';
import { monteCarloRegie } from '../../src/ui/onzekerheid/taken';
import { stappen, verwerk, type Antwoord, type MonteCarloMetInformatie } from '../../src/workers/montecarloKern';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
});

function metMc(trekkingen: number, hertrekken: boolean, seed = 7): Scenario {
  const s = DEN_HAAG;
  return { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { trekkingen, seed, uitkomstenHertrekken: hertrekken } } };
}

/** A planner the test drives slice by slice; `nu` counts one ms per call, so a slice is ~plakMs steps. */
function handmatig() {
  const rij: (() => void)[] = [];
  const planner: Planner = { zet: (fn) => (rij.push(fn), rij.length), wis: () => rij.splice(0) };
  let t = 0;
  return { planner, nu: () => (t += 1), volgende: () => rij.shift()?.(), leeg: () => rij.length === 0 };
}

const inhoud = (a: Antwoord) => (a.soort === 'montecarlo' ? a.resultaat : null);

function hoofdthreadRegie(h: ReturnType<typeof handmatig>) {
  return new Regie<MonteCarloMetInformatie>(
    { maakWerker: null, planner: h.planner, nu: h.nu, plakMs: 12, blok: 50, meldIntervalMs: 0, laadStappen: async () => stappen },
    inhoud,
  );
}

/** The worker's answer for the same run (its handler, as in montecarlo.worker.ts). */
function werkerAntwoord(s: Scenario): MonteCarloMetInformatie {
  let uit: MonteCarloMetInformatie | null = null;
  verwerk({ soort: 'montecarlo', taak: 1, scenario: s }, (a) => {
    if (a.soort === 'montecarlo') uit = a.resultaat;
  });
  return uit!;
}

describe('value of information on the main thread, in slices', () => {
  it.each([
    ['outcomes fixed', false],
    ['outcomes redrawn (their groups too)', true],
  ])('%s: many slices after the draws, with progress per part; the result equals the worker’s and the one-go computation exactly', async (_, hertrekken) => {
    const s = metMc(2_000, hertrekken);
    const h = handmatig();
    const regie = hoofdthreadRegie(h);
    const gezien: TaakToestand<MonteCarloMetInformatie>[] = [];
    regie.abonneer(() => gezien.push(regie.momentopname()));
    regie.start({ soort: 'montecarlo', scenario: s });
    await Promise.resolve();
    await Promise.resolve();
    let plakken = 0;
    let plakkenInformatie = 0;
    while (!h.leeg()) {
      const voor = regie.momentopname();
      h.volgende();
      plakken++;
      if (voor.informatie && regie.momentopname().status === 'bezig') plakkenInformatie++;
    }
    const t = regie.momentopname();
    expect(t.status).toBe('klaar');
    const delen = gezien.flatMap((x) => (x.informatie ? [x.informatie] : []));
    // Progress per slice in parts, up to all of them: the inputs, the groups, with the redraw the outcome groups.
    // Groups: all costs, all parameters, each of the 2 pathways' inputs; with the redraw each pathway's outcomes and all.
    const totaal = onzekereInvoer(s, s.onzekerheid).length + 4 + (hertrekken ? 3 : 0);
    expect(delen.map((d) => d.totaal).every((n) => n === delen[0]!.totaal)).toBe(true);
    expect(delen[0]!.totaal).toBe(totaal);
    const gedaan = delen.map((d) => d.gedaan);
    expect(gedaan.every((g, k) => k === 0 || g >= gedaan[k - 1]!)).toBe(true);
    expect(gedaan.at(-1)).toBeLessThanOrEqual(totaal);
    expect(gedaan.at(-1)).toBeGreaterThan(totaal / 2);
    expect(new Set(gedaan.filter((g) => g > 0 && g < totaal)).size).toBeGreaterThan(3);
    // The value of information took many slices of its own, not one task.
    expect(plakkenInformatie).toBeGreaterThan(5);
    expect(plakken).toBeGreaterThan(plakkenInformatie);
    // Numbers: identical to the worker's answer and to waardeVanInformatie in one go (the CLI's --evppi).
    const r = t.resultaat!;
    expect(r.waardeVanInformatie).not.toBeNull();
    expect(r).toEqual(werkerAntwoord(s));
    const mc = maakMonteCarlo(s, s.onzekerheid, { bewaarInvoer: true });
    mc.stap(s.onzekerheid.montecarlo.trekkingen);
    const tr = mc.trekkingen();
    const invoer = onzekereInvoer(s, s.onzekerheid);
    expect(r.waardeVanInformatie).toEqual(metRuisniveau(metExacteNullen(waardeVanInformatie(s, invoer, tr.saldi, tr.invoerTrekkingen!, tr.uitkomstTrekkingen), s, invoer, tr.invoerGelezen), s, tr.saldi));
  });

  it('cancel during the value of information stops it: no result, nothing more planned', async () => {
    const h = handmatig();
    const regie = hoofdthreadRegie(h);
    regie.start({ soort: 'montecarlo', scenario: metMc(2_000, true) });
    await Promise.resolve();
    await Promise.resolve();
    while (!h.leeg() && !(regie.momentopname().informatie?.gedaan ?? 0)) h.volgende();
    expect(regie.momentopname()).toMatchObject({ status: 'bezig' });
    expect(regie.momentopname().informatie!.gedaan).toBeGreaterThan(0);
    regie.annuleer();
    expect(h.leeg()).toBe(true);
    expect(regie.momentopname()).toMatchObject({ status: 'geannuleerd', resultaat: null });
  });

  it('new inputs stop a main-thread run (the last result stays); equal inputs or a worker run do not', async () => {
    const h = handmatig();
    const regie = hoofdthreadRegie(h);
    const s = metMc(2_000, false);
    regie.start({ soort: 'montecarlo', scenario: s });
    await Promise.resolve();
    await Promise.resolve();
    h.volgende();
    expect(regie.stopBijNieuweInvoer(structuredClone(s), gelijk)).toBe(false);
    expect(regie.momentopname().status).toBe('bezig');
    const ander = { ...s, onzekerheid: { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, seed: 8 } } };
    expect(regie.stopBijNieuweInvoer(ander, gelijk)).toBe(true);
    expect(regie.momentopname()).toMatchObject({ status: 'geannuleerd', gestoptOmdat: 'invoerGewijzigd' });
    expect(h.leeg()).toBe(true);
    // A worker's run is left alone: its result will show as out of date.
    const metWerker = new Regie<MonteCarloMetInformatie>({ maakWerker: () => ({ postMessage() {}, terminate() {}, onmessage: null, onerror: null }), planner: h.planner }, inhoud);
    metWerker.start({ soort: 'montecarlo', scenario: s });
    expect(metWerker.stopBijNieuweInvoer(ander, gelijk)).toBe(false);
    expect(metWerker.momentopname().status).toBe('bezig');
  });
});

describe('the Monte Carlo view on the main thread (jsdom has no workers)', () => {
  const tekst = (el: Element) => (el.textContent ?? '').replace(/\u00a0/g, ' ');

  it('shows the value of information’s progress, then the result; an edit during a run stops it with a reason', async () => {
    useVoorkeuren.setState({ taal: 'nl' });
    const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 3_000, seed: 5, uitkomstenHertrekken: true } } };
    useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [], bewerking: null });
    render(<MonteCarlo />);
    fireEvent.click(screen.getByTestId('mc-start'));
    await waitFor(() => expect(tekst(screen.getByTestId('mc-status'))).toMatch(/^Bezig: 3\.000 trekkingen klaar; nu de waarde van informatie \(\d+ van \d+\)\.$/), { timeout: 30_000, interval: 5 });
    await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000 });
    expect(tekst(screen.getByTestId('mc-status'))).toBe('Klaar: 3.000 trekkingen.');

    fireEvent.click(screen.getByTestId('mc-start'));
    expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('bezig');
    act(() => useScenarioStore.setState({ scenario: { ...s, titel: `${s.titel} (gewijzigd)` } }));
    expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('geannuleerd');
    expect(tekst(screen.getByTestId('mc-status'))).toMatch(/^Gestopt na [\d.]+ van 3\.000 trekkingen: de invoer is gewijzigd\. Start opnieuw voor de nieuwe invoer\.$/);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    expect(tekst(screen.getByTestId('mc-status'))).toMatch(/^Stopped after [\d,]+ of 3,000 draws: the inputs changed\. Start again for the new inputs\.$/);
  }, 60_000);

  it('after the draws the progress bar follows the value of information’s parts (it sat full until done), then shows the finished run', async () => {
    useVoorkeuren.setState({ taal: 'nl' });
    const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 2_000, seed: 5, uitkomstenHertrekken: false } } };
    useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [], bewerking: null });
    render(<MonteCarlo />);
    const balk = screen.getByTestId('mc-voortgang') as HTMLProgressElement;
    const gezien: { deel: number; delen: number; waarde: number; max: number; tekst: string | null }[] = [];
    // Every state the page shows, as it is committed (a MutationObserver, not a poll: a fast run's parts can fall between polls).
    const noteer = () => {
      const m = /nu de waarde van informatie \((\d+) van (\d+)\)/.exec(tekst(screen.getByTestId('mc-status')));
      if (m) gezien.push({ deel: Number(m[1]), delen: Number(m[2]), waarde: Number(balk.getAttribute('value')), max: Number(balk.getAttribute('max')), tekst: balk.getAttribute('aria-valuetext') });
    };
    const waarnemer = new MutationObserver(noteer);
    waarnemer.observe(balk.parentElement!, { subtree: true, childList: true, characterData: true, attributes: true });
    // The main thread reports progress only where a 12 ms slice ends, at most every 50 ms: on a fast or a busy
    // machine all parts could fall inside one slice (CI once: 'expected 0 to be greater than 0'). A clock that
    // moves 100 ms per reading ends a slice after every step, so every part is shown: the mapping is what is tested.
    let klok = performance.now();
    const tijd = vi.spyOn(performance, 'now').mockImplementation(() => (klok += 100));
    fireEvent.click(screen.getByTestId('mc-start'));
    try {
      await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 30_000, interval: 5 });
    } finally {
      tijd.mockRestore();
    }
    waarnemer.disconnect();
    expect(gezien.length).toBeGreaterThan(0);
    for (const g of gezien) {
      expect([g.waarde, g.max]).toEqual([g.deel, g.delen]);
      expect(g.tekst).toBe(`waarde van informatie: ${g.deel} van ${g.delen} onderdelen`);
    }
    expect(gezien.some((g) => g.waarde < g.max)).toBe(true);
    // Done: the bar full for the draws, as a worker's run ends.
    expect(balk.getAttribute('data-fase')).toBe('trekkingen');
    expect([balk.getAttribute('value'), balk.getAttribute('max')]).toEqual(['2000', '2000']);
    expect(tekst(screen.getByTestId('mc-status'))).toBe('Klaar: 2.000 trekkingen.');
  }, 60_000);
});

// @vitest-environment jsdom
import axe from 'axe-core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Onzekerheid from '../../src/ui/onzekerheid/Onzekerheid';
import { monteCarloRegie, omslagRegie } from '../../src/ui/onzekerheid/taken';
import { PrijspeilVerantwoording } from '../../src/ui/verantwoording/PrijspeilVerantwoording';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data: _d, options: _o, ...rest }: { data: unknown; options: unknown }) => <canvas role="img" {...rest} />,
}));

/** axe-core on the rendered view (colour contrast cannot be measured in jsdom; the e2e run covers it). */
async function overtredingen(el: Element) {
  const uit = await axe.run(el, { resultTypes: ['violations'] });
  return uit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  const s: Scenario = { ...DEN_HAAG, onzekerheid: { ...DEN_HAAG.onzekerheid, montecarlo: { trekkingen: 200, seed: 1, uitkomstenHertrekken: false } } };
  useScenarioStore.setState({ scenario: s, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  monteCarloRegie.opruimen();
  omslagRegie.opruimen();
});

describe('axe-core: the uncertainty view', { timeout: 180_000 }, () => {
  it('with results, switching values, an invalid range and missing inflation figures', async () => {
    const { container } = render(
      <main>
        <Onzekerheid />
      </main>,
    );
    await screen.findByTestId('grafiek-tornado', {}, { timeout: 60_000 });
    fireEvent.click(screen.getByTestId('omslag-bereken'));
    fireEvent.click(screen.getByTestId('mc-start'));
    await waitFor(() => expect(screen.getByTestId('mc-status').getAttribute('data-status')).toBe('klaar'), { timeout: 60_000 });
    await waitFor(() => expect(screen.getByTestId('omslag-status').getAttribute('data-status')).toBe('klaar'), { timeout: 60_000 });
    await screen.findByTestId('grafiek-histogram', {}, { timeout: 60_000 });
    fireEvent.change(screen.getByTestId('bereik-laag-parameters.allocation.successShare'), { target: { value: '99' } });
    fireEvent.change(screen.getByTestId('pp-doeljaar'), { target: { value: '2020' } });
    for (const d of container.querySelectorAll('details')) d.open = true;
    expect(await overtredingen(container)).toEqual([]);
  });

  it('in English', async () => {
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    const { container } = render(
      <main>
        <Onzekerheid />
      </main>,
    );
    await screen.findByTestId('grafiek-tornado', {}, { timeout: 60_000 });
    expect(await overtredingen(container)).toEqual([]);
  });

  it('the verantwoording section with a price level and discounting', async () => {
    act(() =>
      useScenarioStore.setState({
        scenario: { ...DEN_HAAG, tijd: { ...DEN_HAAG.tijd, discontovoet: 0.0225 }, prijspeil: { doeljaar: 2019, prijsjaarKosten: 2019, inflatie: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String(2012 + i), 0.02])), factoren: {} } },
      }),
    );
    const { container } = render(
      <main>
        <PrijspeilVerantwoording />
      </main>,
    );
    expect(screen.getByTestId('pp-verantwoording-tabel')).toBeTruthy();
    expect(screen.getByTestId('cw-verantwoording-tabel')).toBeTruthy();
    expect(await overtredingen(container)).toEqual([]);
  });
});

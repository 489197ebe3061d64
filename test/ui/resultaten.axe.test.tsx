// @vitest-environment jsdom
import axe from 'axe-core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data: _d, options: _o, ...rest }: { data: unknown; options: unknown }) => <canvas role="img" {...rest} />,
}));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => ({ ongeldig: true, aantalFouten: 3 }) }));

/** axe-core on the rendered view (colour contrast cannot be measured in jsdom; the e2e run covers it). */
async function overtredingen(el: Element) {
  const uit = await axe.run(el, { resultTypes: ['violations'] });
  return uit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

// axe on a large jsdom tree takes seconds on a slow machine: generous timeouts, no time assertions.
describe('axe-core: no violations in the views (with the banner shown)', { timeout: 120_000 }, () => {
  it('Overzicht', async () => {
    const { container } = render(
      <main>
        <Overzicht />
      </main>,
    );
    expect(await overtredingen(container)).toEqual([]);
  });

  it('Resultaten, with the disclosures open and the charts loaded', async () => {
    const { container } = render(
      <main>
        <Resultaten />
      </main>,
    );
    await screen.findByTestId('grafiek-kosten-baten', {}, { timeout: 60_000 });
    for (const d of container.querySelectorAll('details')) d.open = true;
    expect(await overtredingen(container)).toEqual([]);
  });

  it('Verantwoording, in English', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const { container } = render(
      <main>
        <Verantwoording />
      </main>,
    );
    expect(await overtredingen(container)).toEqual([]);
  });
});

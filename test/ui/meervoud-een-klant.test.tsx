// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Taal } from '../../src/format/getal';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { leegScenario } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';

// tester9 #8: with a cohort of 1 (the empty scenario) the texts said "1 klanten" / "1 clients" in 14 places.
vi.mock('react-chartjs-2', () => ({
  Bar: ({ data: _d, options: _o, ...rest }: { data: unknown; options: unknown }) => <canvas role="img" {...rest} />,
}));
vi.mock('../../src/store/invoerStatus', () => ({
  useInvoerStatus: () => ({ ongeldig: false, aantalFouten: 0 }),
  useInvoerStatusStore: { getState: () => ({ ongeldig: false, aantalFouten: 0 }) },
}));

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});
afterEach(cleanup);

/** All visible text plus every aria-label and caption (a chart's text alternative is one). */
function alleTekst(c: HTMLElement): string {
  c.querySelectorAll('details').forEach((d) => (d.open = true));
  const labels = [...c.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
  return [(c.textContent ?? ''), ...labels].join('\n').replace(/\u00a0/g, ' ');
}

describe.each<[Taal, RegExp, string[]]>([
  ['nl', /\b1 klanten\b/, ['Voor 1 klant', 'omgerekend naar 1 klant.', 'Bedragen voor 1 klant.', 'Totaal voor 1 klant', 'voor 1 klant', '1 klant)']],
  ['en', /\b1 clients\b/, ['For 1 client', 'scaled to 1 client.', 'Amounts for 1 client.', 'Total for 1 client', 'for 1 client', '1 client)']],
])('a cohort of one client (%s)', (taal, fout, goed) => {
  it('Resultaten and Verantwoording use the singular', () => {
    useVoorkeuren.setState({ taal });
    useScenarioStore.setState({ scenario: leegScenario(taal), verleden: [], toekomst: [] });
    const r = alleTekst(render(<Resultaten />).container);
    cleanup();
    const v = alleTekst(render(<Verantwoording />).container);
    const alles = r + '\n' + v;
    expect(alles.match(new RegExp(`[^\\n]{0,40}${fout.source}[^\\n]{0,20}`, 'g')) ?? []).toEqual([]);
    for (const g of goed) expect(alles).toContain(g);
    // No count form left unfilled ("{n:klant|klanten}").
    expect(alles.match(/[^\n]{0,40}\{\w+:[^}]*\}/g) ?? []).toEqual([]);
  });
});

// @vitest-environment jsdom
/**
 * Charts with eight pathways (issue 5): every pathway is in the chart data (its labels and text
 * alternative), and each chart is tall enough for every line of every (long) pathway name.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { kopieer, voegToe } from '../../src/store/werkwijzen';
import Grafieken from '../../src/ui/resultaten/Grafieken';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, ...rest }: { data: { labels: string[][]; datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-labels={JSON.stringify(data.labels)} />
  ),
}));

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

const NAMEN = [
  'Klantreis met nazorg en een vaste contactpersoon voor het hele gezin',
  'Vroegsignalering via woningcorporaties en energiebedrijven',
  'Budgetbeheer als standaard voor kwetsbare klanten',
  'Wijkteam-aanpak met budgetcoaching en schuldenrust',
  'Snelle route voor zelfredzame klanten zonder wachttijd',
  'Schuldenrust met saneringskrediet en een vaste coach',
];

function acht(): Scenario {
  let s = DEN_HAAG;
  NAMEN.forEach((n, i) => {
    const r = i % 2 ? voegToe(s, n) : kopieer(s, 'klantreis', n);
    if (!r.ok) throw new Error(r.bericht);
    s = r.scenario;
  });
  return s;
}

describe('grafieken met acht werkwijzen', () => {
  it('name all eight pathways and leave room for every line of their names', () => {
    const s = acht();
    render(<Grafieken r={berekenScenario(s)} />);
    for (const id of ['grafiek-kosten-baten', 'grafiek-stakeholders']) {
      const canvas = screen.getByTestId(id);
      const labels = JSON.parse(canvas.getAttribute('data-labels')!) as string[][];
      expect(labels.map((l) => l.join(' '))).toEqual(s.werkwijzen.map((w) => w.naam));
      for (const w of s.werkwijzen) expect(canvas.getAttribute('aria-label')).toContain(`${w.naam}:`);
      const regels = labels.reduce((n, l) => n + l.length, 0);
      expect(regels).toBeGreaterThanOrEqual(8 * 2 + 6);
      // At least 1,3 rem per line of a name (13 px text), on top of the axis and legend.
      const hoogte = parseFloat((canvas.parentElement as HTMLElement).style.height);
      expect(hoogte).toBeGreaterThanOrEqual(6 + regels * 1.3);
    }
  });
});

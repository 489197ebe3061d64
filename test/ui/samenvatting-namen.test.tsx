// @vitest-environment jsdom
/**
 * The board summary's charts shorten pathway names by their "(…)" only where no two become alike
 * (review: "Klantreis Financiële Hulpverlening" and "… (met nazorg)" showed as two identical bars and
 * two identical legend entries).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { kopieer } from '../../src/store/werkwijzen';
import SamenvattingGrafieken from '../../src/ui/overzicht/SamenvattingGrafieken';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, ...rest }: { data: { labels: (string | string[])[]; datasets: { label: string }[] }; options: unknown }) => (
    <canvas role="img" {...rest} data-labels={JSON.stringify(data.labels.map((l) => (Array.isArray(l) ? l.join(' ') : l)))} data-datasets={JSON.stringify(data.datasets.map((d) => d.label))} />
  ),
}));

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

const json = (testId: string, attr: string) => JSON.parse(screen.getByTestId(testId).getAttribute(attr)!) as string[];

describe('korte namen in de grafieken van de bestuurssamenvatting', () => {
  it('Den Haag: "(FIG-route)" valt weg, want er blijft niets dubbel', () => {
    render(<SamenvattingGrafieken s={DEN_HAAG} r={berekenScenario(DEN_HAAG)} />);
    expect(json('bestuur-grafiek-saldo', 'data-labels')).toEqual(['Reguliere werkwijze', 'Klantreis Financiële Hulpverlening']);
  });

  it('"Klantreis Financiële Hulpverlening (met nazorg)" naast de Klantreis: beide volledig, in de staven en in de legenda', () => {
    const k = kopieer(DEN_HAAG, 'klantreis', 'Klantreis Financiële Hulpverlening (met nazorg)');
    if (!k.ok) throw new Error(k.bericht);
    const s: Scenario = k.scenario;
    render(<SamenvattingGrafieken s={s} r={berekenScenario(s)} />);
    expect(json('bestuur-grafiek-saldo', 'data-labels')).toEqual(['Reguliere werkwijze', 'Klantreis Financiële Hulpverlening', 'Klantreis Financiële Hulpverlening (met nazorg)']);
    expect(json('bestuur-grafiek-partijen', 'data-datasets')).toEqual(['Klantreis Financiële Hulpverlening', 'Klantreis Financiële Hulpverlening (met nazorg)']);
  });
});

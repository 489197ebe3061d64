// @vitest-environment jsdom
/**
 * One chart redraw per main-thread task (issue 12 item 2: no task over 50 ms while the overview updates).
 * Chart.js redraws a chart in tens of ms; the board summary's two charts used to redraw in the effects of
 * one commit, one task of 54 ms. GrafiekKader now lets a changed chart wait for its turn.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { berekenScenario } from '../../src/model';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import SamenvattingGrafieken from '../../src/ui/overzicht/SamenvattingGrafieken';

vi.mock('react-chartjs-2', () => ({
  Bar: ({ data, options: _o, plugins: _p, ...rest }: { data: { datasets: { data: unknown }[] }; options: unknown; plugins: unknown }) => (
    <canvas role="img" {...rest} data-cijfers={JSON.stringify(data.datasets.map((d) => d.data))} />
  ),
}));

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const cijfers = (testId: string) => screen.getByTestId(testId).getAttribute('data-cijfers')!;
/** Runs exactly the next timer task (fake timers): one macrotask of the page. */
const eenTaak = () => act(() => void vi.advanceTimersToNextTimer());

describe('grafieken: één hertekening per taak', () => {
  it('two charts that change in one render redraw in two tasks, each with the new figures; on paper at once', () => {
    // A dearer Klantreis changes both the saldo chart and the per-party chart.
    vi.useFakeTimers();
    const duur = structuredClone(DEN_HAAG);
    duur.werkwijzen[1]!.kosten.preparation.bedrag = 9999;
    const { rerender } = render(<SamenvattingGrafieken s={DEN_HAAG} r={berekenScenario(DEN_HAAG)} />);
    const ids = [...document.querySelectorAll('canvas[data-testid]')].map((c) => c.getAttribute('data-testid')!);
    expect(ids).toHaveLength(2);
    const oud = ids.map(cijfers);
    rerender(<SamenvattingGrafieken s={duur} r={berekenScenario(duur)} />);
    const bijgewerkt = () => ids.filter((id, i) => cijfers(id) !== oud[i]).length;
    // In the render's own task no chart has redrawn yet; then one chart per task.
    expect(bijgewerkt()).toBe(0);
    eenTaak();
    expect(bijgewerkt()).toBe(1);
    eenTaak();
    expect(bijgewerkt()).toBe(2);
    // And they show what a fresh render of the new scenario shows.
    const nu = ids.map(cijfers);
    cleanup();
    render(<SamenvattingGrafieken s={duur} r={berekenScenario(duur)} />);
    expect(ids.map(cijfers)).toEqual(nu);
    cleanup();
    // On paper (the print draws its charts once, before window.print()): at once, in the render itself.
    const { rerender: opnieuw } = render(<SamenvattingGrafieken s={DEN_HAAG} r={berekenScenario(DEN_HAAG)} afdruk />);
    const papier = [...document.querySelectorAll('canvas[data-testid]')].map((c) => c.getAttribute('data-testid')!);
    const voor = papier.map(cijfers);
    opnieuw(<SamenvattingGrafieken s={duur} r={berekenScenario(duur)} afdruk />);
    expect(papier.filter((id, i) => cijfers(id) !== voor[i])).toHaveLength(2);
  });
});

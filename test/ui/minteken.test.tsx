// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Afdrukrapport from '../../src/ui/Afdrukrapport';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

afterEach(cleanup);

/** Amounts with a hyphen-minus ("€ -440", "-€440") or the summary's old own form ("−€ 994" in Dutch). */
const VERKEERD = { nl: /€\s?-\s?\d|-\s?€|−\s?€/, en: /€\s?-\s?\d|-\s?€|€\s?−/ } as const;

describe('every amount on paper has the one minus sign (review: "€ -440" beside "−€ 994")', { timeout: 60_000 }, () => {
  it.each(['nl', 'en'] as const)('Den Haag, the whole print report (summary, tables, traces, charts’ text alternatives) in %s', (taal) => {
    useVoorkeuren.setState({ taal });
    useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
    const { container } = render(<Afdrukrapport />);
    const tekst = (container.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    const alt = [...container.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ').replace(/[\u00a0\u202f]/g, ' ');
    // Den Haag has negative amounts (saldo € −440 per client): the check sees them.
    expect(tekst).toContain(taal === 'nl' ? '€ −440' : '−€440');
    expect(alt).toContain(taal === 'nl' ? '€ −440' : '−€440');
    for (const t of [tekst, alt]) expect(t.match(new RegExp(`.{0,40}(${VERKEERD[taal].source}).{0,20}`))?.[0] ?? null).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * "Nieuw scenario" offers every example in scenarios/ (issue 13, item 6): the menu is built from the
 * folder itself, so a file added there appears without any other change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG, VOORBEELDEN, eersteZin } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useMeldingen } from '../../src/store/meldingen';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { ScenarioMenu } from '../../src/ui/scenario/ScenarioMenu';
import { opnieuwStarten } from '../../src/ui/scenario/opstart';
import { NepOpslag } from '../helpers/opslag';

const MAP = resolve('scenarios');
const bestanden = readdirSync(MAP)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => ({ id: f.replace(/\.json$/, ''), data: JSON.parse(readFileSync(join(MAP, f), 'utf8')) as { titel: string; beschrijving: string } }));

const omgeving = { opslag: new NepOpslag(), fragment: () => '', wisFragment: () => {}, bijFragmentWijziging: () => () => {} };

beforeEach(() => {
  opnieuwStarten();
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useMeldingen.setState({ meldingen: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('voorbeelden', () => {
  it('elk scenariobestand in scenarios/ is een voorbeeld, het rapport voorop', () => {
    expect(bestanden.length).toBeGreaterThanOrEqual(4);
    expect(VOORBEELDEN.map((v) => v.id).sort()).toEqual(bestanden.map((b) => b.id).sort());
    expect(VOORBEELDEN[0]!.id).toBe('den-haag-klantreis-2020');
    // The others by file name (the menu's order).
    expect(VOORBEELDEN.slice(1).map((v) => v.id)).toEqual(bestanden.map((b) => b.id).filter((id) => id !== 'den-haag-klantreis-2020').sort((a, b) => a.localeCompare(b)));
    expect(VOORBEELDEN[0]!.scenario).toBe(DEN_HAAG);
    for (const b of bestanden) {
      const v = VOORBEELDEN.find((x) => x.id === b.id)!;
      expect(v.naam).toBe(b.data.titel);
      expect(v.omschrijving).toBe(eersteZin(b.data.beschrijving));
      expect(v.omschrijving.length).toBeGreaterThan(20);
    }
  });

  it('eersteZin neemt de eerste zin, ook met afkortingen en getallen erin', () => {
    expect(eersteZin('De MKBA van Regioplan (2020): 23 klanten. Alle invoer komt uit hoofdstuk 3.')).toBe('De MKBA van Regioplan (2020): 23 klanten.');
    expect(eersteZin('Bij 1.200 klanten per jaar, zie par. 2.4 en blz. 3. Meer tekst.')).toBe('Bij 1.200 klanten per jaar, zie par. 2.4 en blz. 3.');
    expect(eersteZin('  Eén zin zonder punt  ')).toBe('Eén zin zonder punt');
    expect(eersteZin('')).toBe('');
  });

  it('de voorbeelden staan pas in de pagina als het menu opengaat (niet gebouwd voor het eerste scherm)', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    expect(document.querySelectorAll('#nieuw-menu-lijst li')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /Nieuw scenario/ }));
    expect(document.querySelectorAll('#nieuw-menu-lijst [data-voorbeeld]')).toHaveLength(bestanden.length);
    await user.keyboard('{Escape}');
    expect(document.querySelectorAll('#nieuw-menu-lijst li')).toHaveLength(0);
  });

  it('het menu Nieuw scenario toont elk voorbeeld met één regel uitleg, en kiezen opent het', async () => {
    const user = userEvent.setup();
    render(<ScenarioMenu omgeving={omgeving} />);
    await user.click(screen.getByRole('button', { name: /Nieuw scenario/ }));
    for (const b of bestanden) {
      const knop = screen.getByRole('button', { name: b.data.titel });
      expect(knop.getAttribute('aria-describedby')).toBe(`voorbeeld-${b.id}`);
      expect(document.getElementById(`voorbeeld-${b.id}`)!.textContent).toBe(eersteZin(b.data.beschrijving));
    }
    const drie = bestanden.find((b) => b.id === 'den-haag-drie-werkwijzen-nazorg')!;
    await user.click(screen.getByRole('button', { name: drie.data.titel }));
    expect(useScenarioStore.getState().scenario.titel).toBe(drie.data.titel);
    expect(useScenarioStore.getState().scenario.werkwijzen).toHaveLength(3);
  });
});

// @vitest-environment jsdom
/**
 * tester9 #12: screen readers heard a whole source note (~180 characters) as the name of every low and
 * high field of Onzekerheid › Bereiken en verdelingen (122 fields). The name is now the input and the
 * column ("Kosten WW-uitkering per jaar Laag"); the grade and the range's origin are the description.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/parameters/catalog';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Bereiken from '../../src/ui/onzekerheid/Bereiken';
import { invoerStoresTerug } from '../helpers/invoerStores';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** The accessible name as testing-library computes it (dom-accessibility-api, the ARIA name computation). */
function computeAccessibleName(el: Element): string {
  let naam = '';
  screen.getAllByRole(el.tagName === 'SELECT' ? 'combobox' : 'textbox', { name: (n, e) => (e === el ? ((naam = n), true) : false) });
  return naam;
}
/** The description: the text of the elements aria-describedby points to, in order. */
const computeAccessibleDescription = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
const WW = 'parameters.jobRetention.wwAnnualCost';
const label = (taal: 'nl' | 'en') => PARAMETERS.find((p) => p.id === 'jobRetention.wwAnnualCost')!.label[taal];

beforeEach(() => invoerStoresTerug());
afterEach(cleanup);

describe('Bereiken: korte namen, de toelichting als beschrijving', () => {
  for (const taal of ['nl', 'en'] as const) {
    it(`${taal}: "${label(taal)} ${taal === 'nl' ? 'Laag' : 'Low'}", the grade and the note as description; every field's name is short`, () => {
      useVoorkeuren.setState({ taal });
      render(<Bereiken />);
      const [laag, hoog] = [screen.getByTestId(`bereik-laag-${WW}`), screen.getByTestId(`bereik-hoog-${WW}`)];
      expect(nb(computeAccessibleName(laag))).toBe(`${label(taal)} ${taal === 'nl' ? 'Laag' : 'Low'}`);
      expect(nb(computeAccessibleName(hoog))).toBe(`${label(taal)} ${taal === 'nl' ? 'Hoog' : 'High'}`);
      const beschrijving = nb(computeAccessibleDescription(laag));
      expect(beschrijving).toContain(taal === 'nl' ? 'standaard € 14.420' : 'default €14,420');
      expect(beschrijving).toContain(taal === 'nl' ? 'graad C (één studie)' : 'grade C');
      expect(beschrijving).toContain(taal === 'nl' ? 'bereikregel voor graad C' : 'grade C');
      const verdeling = screen.getByTestId(`verdeling-${WW}`);
      expect(nb(computeAccessibleName(verdeling))).toBe(`${label(taal)} ${taal === 'nl' ? 'Verdeling' : 'Distribution'}`);
      const velden = [...screen.getByTestId('bereiken-tabel').querySelectorAll('input[data-testid^="bereik-"]')];
      expect(velden.length).toBeGreaterThan(80);
      for (const v of velden) expect(nb(computeAccessibleName(v)).length, v.getAttribute('data-testid')!).toBeLessThanOrEqual(110);
    });
  }
});

// @vitest-environment jsdom
/**
 * English UI: none of the tool's own texts may show in Dutch. Each view is rendered in English with
 * the Den Haag scenario (and the inputs view with input that breaks the scenario rules); the text
 * written by the scenario's author (names, title, description, notes, sources, claims, citations)
 * is removed, and no Dutch marker word may remain.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KLANTTYPE_PARAMETERS, PARAMETERS, type Scenario } from '../../src/model';
import { DEN_HAAG, VOORBEELDEN } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import Verantwoording from '../../src/ui/verantwoording/Verantwoording';
import Resultaten from '../../src/ui/resultaten/Resultaten';
import { useVeldWaarschuwingen } from '../../src/ui/invoer/context';
import { nederlandseWoorden } from '../helpers/nederlands';

/** Text the scenario's author wrote, and citations (titles of Dutch publications). */
function vanDeAuteur(s: Scenario): string[] {
  const pub = s.publicatie;
  return [
    s.titel,
    s.beschrijving,
    s.auteur,
    ...s.bronnen,
    ...s.notities,
    ...s.werkwijzen.flatMap((w) => [w.naam, w.toelichting ?? '', ...w.pmPosten.map((p) => p.toelichting)]),
    // Variants: their names, notes and sources are the author's text too.
    ...(s.varianten ?? []).flatMap((v) => [v.naam, v.toelichting, ...Object.values(v.parameters).map((o) => o.bron)]),
    ...(pub ? [pub.bron, ...pub.claims.flatMap((c) => [c.omschrijving, c.bron])] : []),
    ...[...PARAMETERS, ...KLANTTYPE_PARAMETERS].map((p) => p.bron),
    'Van Geuns',
    // The built-in example's name is its title, like the scenario's own.
    ...VOORBEELDEN.map((v) => v.naam),
  ]
    .filter((x) => x.trim() !== '')
    .sort((a, b) => b.length - a.length);
}

/**
 * Dutch on purpose: glosses ("Baseline (nulalternatief)"), paths in the scenario file
 * ("werkwijzen[0]"), and the dossier file's own Dutch column names and values, which the import
 * explains ("the columns werkwijze (pathway), uitkomst (outcome), …").
 */
const GLOSSEN = /\((nulalternatief|werkwijze|samenstelling|oplossingen)\)|"oplossingen"|\b\w+\[\d+\]|with the columns [^.]*\./g;

function nederlandsIn(el: Element, s: Scenario): string[] {
  let t = (el.textContent ?? '').replace(/\u00a0/g, ' ');
  for (const a of vanDeAuteur(s)) t = t.split(a).join(' ');
  t = t.replace(GLOSSEN, ' ');
  const woorden = nederlandseWoorden(t);
  // Show where: the first sentence with each word.
  return woorden.map((w) => {
    const zin = t.split(/(?<=[.;:!?])\s+/).find((z) => nederlandseWoorden(z).includes(w)) ?? '';
    return `${w}: …${zin.trim().slice(0, 160)}…`;
  });
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVeldWaarschuwingen.setState({ waarschuwingen: {}, scenario: null });
  useVoorkeuren.setState({ taal: 'en' });
});
afterEach(cleanup);

describe('English UI: no Dutch app text', () => {
  it('Verantwoording (sources, assumptions, the reconciliation and its causes)', () => {
    const { container } = render(<Verantwoording />);
    expect(nederlandsIn(container, DEN_HAAG)).toEqual([]);
  });

  it('Resultaten (the parameter notes with each benefit)', () => {
    const { container } = render(<Resultaten />);
    expect(nederlandsIn(container, DEN_HAAG)).toEqual([]);
    // The workbook itself is Dutch: the button says so (tester3 #14).
    expect(container.textContent).toContain('Excel workbook (in Dutch)');
  });

  it('Invoer with input that breaks the scenario rules, and warnings', async () => {
    const user = userEvent.setup();
    const { container } = render(<Invoer />);
    const zet = async (id: string, tekst: string) => {
      const veld = document.getElementById(id) as HTMLInputElement;
      await user.clear(veld);
      if (tekst) await user.paste(tekst);
    };
    await zet('veld-werkwijzen-1-cohort', '24'); // outcomes no longer add up to the cohort
    await zet('veld-werkwijzen-1-kosten-preparation-bedrag', '-5'); // negative
    await zet('veld-werkwijzen-1-samenstelling-aandeelPW', '140'); // share above 100%
    await zet('veld-werkwijzen-0-kosten-settlementPhase-aantal', '30'); // more than the cohort of 29
    await zet('veld-parameters-welfareExit-monthsEarlier', '100'); // outside the plausible range
    await zet('veld-werkwijzen-0-naam', DEN_HAAG.werkwijzen[1]!.naam); // two pathways, one name
    expect(useInvoerStatusStore.getState().aantalFouten).toBeGreaterThanOrEqual(5);
    const fouten = screen.getByTestId('foutoverzicht').textContent ?? '';
    expect(fouten).toContain('the numbers add up to 23, but the cohort is 24');
    expect(fouten).toContain('must not be negative, but is −€5');
    expect(fouten).toContain('must be between 0% and 100%, but is 140%');
    expect(fouten).toContain('30 clients is more than the cohort of 29');
    expect(fouten).toContain('give each pathway a name of its own');
    expect(screen.getByTestId('waarschuwingsoverzicht').textContent).toContain('100 months is outside the plausible range (4 months – 12 months)');
    expect(nederlandsIn(container, DEN_HAAG)).toEqual([]);
  });
});

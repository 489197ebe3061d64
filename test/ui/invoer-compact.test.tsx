// @vitest-environment jsdom
/**
 * Issue 13 item 4 (rest): the assumptions tab is compact. Defaults on demand: the gross → net shares of
 * each benefit and the welfare shares are one line (a closed <details> whose summary carries the values)
 * while they hold their defaults, and open, marked "gewijzigd", once one differs. Repeated explanations
 * appear once: a benefit that uses parameters listed with another names that benefit once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { useInvoerWeergave } from '../../src/ui/invoer/weergave';
import { springNaar } from '../../src/ui/invoer/springNaar';

const schoon = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const details = (testId: string) => screen.getByTestId(testId) as HTMLDetailsElement;
const samenvatting = (testId: string) => schoon(details(testId).querySelector(':scope > summary')!.textContent);

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: 'aannames', bronnen: false });
});
afterEach(cleanup);

describe('Invoer, aannames: defaults on demand', () => {
  it('Den Haag: every gross → net block and the welfare shares are one closed line with their values', () => {
    render(<Invoer />);
    for (const b of ['welfareExit', 'jobRetention', 'reintegration', 'eviction', 'homelessness', 'utilityCutoff', 'socialSupport']) {
      expect(details(`bruto-netto-${b}`).open, b).toBe(false);
      expect(samenvatting(`bruto-netto-${b}`)).toBe('Bruto → netto deadweight 0% · verdringing 0% · attributie 0%');
    }
    expect(details('overige-parameters').open).toBe(false);
    expect(samenvatting('overige-parameters')).toBe('Overige parameters 11 parameters (welvaartsaandelen), alle op hun standaardwaarde');
    // The fields are there (a message's link opens them).
    expect(springNaar('veld-brutoNetto-eviction-attributie')).toBe(true);
    expect(details('bruto-netto-eviction').open).toBe(true);
  });

  it('a changed value opens its block and marks it; the summary shows the value as typed', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const dw = document.getElementById('veld-brutoNetto-eviction-deadweight') as HTMLInputElement;
    await user.clear(dw);
    await user.type(dw, '20');
    await user.tab();
    expect(useScenarioStore.getState().scenario.brutoNetto).toEqual({ eviction: { deadweight: 0.2 } });
    expect(details('bruto-netto-eviction').open).toBe(true);
    expect(samenvatting('bruto-netto-eviction')).toBe('Bruto → netto deadweight 20% · verdringing 0% · attributie 0% gewijzigd');
    expect(details('bruto-netto-homelessness').open).toBe(false);
    // Typing the default back does not snap the block shut under the user's hands.
    await user.clear(dw);
    await user.type(dw, '0');
    expect(details('bruto-netto-eviction').open).toBe(true);
    expect(samenvatting('bruto-netto-eviction')).not.toContain('gewijzigd');
  });

  it('a scenario with a changed welfare share (a file, undo) opens that block, counting the changes', () => {
    render(<Invoer />);
    act(() => useScenarioStore.getState().zetScenario({ ...DEN_HAAG, parameters: { ...DEN_HAAG.parameters, 'welvaartsaandeel.eviction': 0.5 } }));
    expect(details('overige-parameters').open).toBe(true);
    expect(samenvatting('overige-parameters')).toBe('Overige parameters 11 parameters (welvaartsaandelen), 1 niet op de standaardwaarde gewijzigd');
  });

  it('English', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Invoer />);
    expect(samenvatting('bruto-netto-eviction')).toBe('Gross → net deadweight 0% · displacement 0% · attribution 0%');
    expect(samenvatting('overige-parameters')).toBe('Other parameters 11 parameters (welfare shares), all at their default');
  });
});

describe('Invoer with "bronnen tonen": the default once per field (review: it showed twice)', () => {
  it('a changed field: "standaard 4" once, then the source of that default and that the value is an own one (nl, en)', async () => {
    const user = userEvent.setup();
    useInvoerWeergave.setState({ tab: 'aannames', bronnen: true });
    render(<Invoer />);
    const id = 'veld-parameters-welfareExit-monthsEarlier';
    const hint = () => schoon(document.getElementById(`${id}-hint`)!.textContent);
    expect(hint()).toMatch(/^Standaard: 4 · Bron: Van Geuns e\.a\. 2011 \(Schuldhulpverlening loont!\)\. /);
    const veld = document.getElementById(id) as HTMLInputElement;
    await user.clear(veld);
    await user.type(veld, '6');
    expect(hint()).toMatch(/^standaard 4 · Bron: eigen waarde; de standaard komt uit Van Geuns e\.a\. 2011 \(Schuldhulpverlening loont!\)\. /);
    expect(hint().match(/standaard:? 4\b/gi)).toHaveLength(1);
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<Invoer />);
    expect(schoon(document.getElementById(`${id}-hint`)!.textContent)).toMatch(/^default 4 · Source: own value; the default is from Van Geuns e\.a\. 2011 \(Schuldhulpverlening loont!\)\. /);
  });
});

describe('Invoer, aannames: explanations once', () => {
  it('a benefit names the benefit its shared parameters are listed with once, not after each parameter', () => {
    render(<Invoer />);
    const gedeeld = schoon(document.querySelector('#baat-reintegration .gedeelde-parameters')!.textContent);
    expect(gedeeld).toBe(
      'Gebruikt ook: Aandeel werkenden bij wie de situatie escaleert met baanverlies, Aandeel van baanverlies met instroom in de WW, Aandeel van baanverlies met instroom in de PW (staat bij 2. voorkomen uitkeringen door werkbehoud)',
    );
  });
});

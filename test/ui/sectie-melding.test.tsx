// @vitest-environment jsdom
/**
 * A link to a section that does not exist (#/invoer/bestaatniet, #/resultaten/baat-99) opened the
 * view without a word (review). Now a quiet notice names the section and the view that opened; the
 * scenario and the address stay as they were.
 */
import { useEffect, useState } from 'react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { SectieMelding } from '../../src/ui/gedeeld/SectieMelding';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { useInvoerWeergave } from '../../src/ui/invoer/weergave';

vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const slaap = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const melding = () => screen.queryByTestId('sectie-melding')?.textContent ?? null;

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

describe('SectieMelding', () => {
  it('a missing section: a notice naming the section and the view (nl and en), which can be closed', async () => {
    const user = userEvent.setup();
    render(<SectieMelding sectie="bestaatniet" view="Invoer" wachttijd={20} />);
    expect(melding()).toBeNull();
    await waitFor(() => expect(melding()).toBe('Het onderdeel “bestaatniet” uit de link bestaat niet in Invoer. Invoer is geopend bij het begin.Sluiten'));
    expect(screen.getByTestId('sectie-melding').getAttribute('role')).toBe('status');
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(melding()).toBeNull();
    cleanup();
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    render(<SectieMelding sectie="baat-99" view="Results" wachttijd={20} />);
    await waitFor(() => expect(melding()).toContain('The section “baat-99” in the link does not exist in Results. Results opened at the top.'));
  });

  it('no notice for a section that exists as an element or as a tab, nor for one that renders a moment later; a late one withdraws the notice', async () => {
    render(
      <>
        <div id="tabel-313" />
        <button type="button" data-tab="aannames" />
        <SectieMelding sectie="tabel-313" view="Resultaten" wachttijd={20} />
        <SectieMelding sectie="aannames" view="Invoer" wachttijd={20} />
        <SectieMelding sectie={undefined} view="Overzicht" wachttijd={20} />
      </>,
    );
    await slaap(60);
    expect(melding()).toBeNull();
    cleanup();

    function Laat({ na }: { na: number }) {
      const [er, zet] = useState(false);
      useEffect(() => void setTimeout(() => zet(true), na), [na]);
      return er ? <div id="baat-laat" /> : null;
    }
    render(
      <>
        <Laat na={10} />
        <SectieMelding sectie="baat-laat" view="Resultaten" wachttijd={60} />
      </>,
    );
    await slaap(120);
    expect(melding()).toBeNull();
    cleanup();
    render(
      <>
        <Laat na={80} />
        <SectieMelding sectie="baat-laat" view="Resultaten" wachttijd={20} />
      </>,
    );
    await waitFor(() => expect(melding()).not.toBeNull());
    await waitFor(() => expect(melding()).toBeNull());
  });
});

describe('the app with an unknown section in the link', () => {
  it('#/resultaten/baat-99: the results open with the notice, the scenario and the address unchanged; #/resultaten/baat-3 opens benefit 3 without one', async () => {
    history.replaceState(null, '', '#/resultaten/baat-99');
    render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Resultaten'), { timeout: 10_000 });
    await waitFor(() => expect(melding()).toContain('Het onderdeel “baat-99” uit de link bestaat niet in Resultaten. Resultaten is geopend bij het begin.'), { timeout: 5_000 });
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    expect(location.hash).toBe('#/resultaten/baat-99');
    // A valid link: the notice goes, the section opens.
    act(() => {
      location.hash = '#/resultaten/baat-3';
    });
    await waitFor(() => expect((document.getElementById('baat-reintegration') as HTMLDetailsElement | null)?.open).toBe(true), { timeout: 5_000 });
    await slaap(1_700);
    expect(melding()).toBeNull();
  }, 60_000);

  it('#/invoer/bestaatniet: the inputs view opens on its first tab with the notice naming it; #/invoer/aannames gives none', async () => {
    history.replaceState(null, '', '#/invoer/bestaatniet');
    render(<App />);
    // It names the tab on screen, not "bij het begin" (tester #14).
    await waitFor(() => expect(melding()).toContain('Het onderdeel “bestaatniet” uit de link bestaat niet in Invoer. Invoer is geopend op het tabblad “Klantreis Financiële Hulpverlening”.'), {
      timeout: 10_000,
    });
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab')).toBe('werkwijze-klantreis');
    act(() => {
      location.hash = '#/invoer/aannames';
    });
    await waitFor(() => expect(document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab')).toBe('aannames'), { timeout: 5_000 });
    await slaap(1_700);
    expect(melding()).toBeNull();
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
  }, 60_000);

  it('#/invoer/bestaatniet, then a click on a tab: the notice goes and the address names the tab', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '#/invoer/bestaatniet');
    render(<App />);
    await waitFor(() => expect(melding()).toContain('Het onderdeel “bestaatniet” uit de link bestaat niet in Invoer.'), { timeout: 10_000 });
    await user.click(screen.getByRole('tab', { name: /^Aannames/ }));
    await waitFor(() => expect(location.hash).toBe('#/invoer/aannames'));
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab')).toBe('aannames');
    await slaap(100);
    expect(melding()).toBeNull();
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
  }, 60_000);
});

describe('tester #14: an unknown view and a broken escape get the notice; it names the tab shown', () => {
  beforeEach(() => useInvoerWeergave.setState({ tab: null }));

  it('#/bestaatniet opens the overview with the notice (nl and en), the address and the scenario unchanged', async () => {
    history.replaceState(null, '', '#/bestaatniet');
    render(<App />);
    await waitFor(() => expect(melding()).toBe('Het onderdeel “bestaatniet” uit de link bestaat niet. Overzicht is geopend bij het begin.Sluiten'), { timeout: 10_000 });
    expect(screen.getByTestId('sectie-melding').getAttribute('role')).toBe('status');
    expect(location.hash).toBe('#/bestaatniet');
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    await waitFor(() => expect(melding()).toBe('The section “bestaatniet” in the link does not exist. Overview opened at the top.Close'));
  }, 60_000);

  it('tester7 #5: #/resultaten/%E2%80%AE (a reading-direction mark) and a section with characters no id has get the notice at once, the address unchanged', async () => {
    history.replaceState(null, '', '#/resultaten/%E2%80%AE');
    render(<App />);
    await waitFor(() => expect(melding()).toBe('Het onderdeel “U+202E” uit de link bestaat niet in Resultaten. Resultaten is geopend bij het begin.Sluiten'), { timeout: 10_000 });
    expect(location.hash).toBe('#/resultaten/%E2%80%AE');
    act(() => {
      location.hash = '#/resultaten/%3Cimg%20src%3Dx%3E';
    });
    await waitFor(() => expect(melding()).toBe('Het onderdeel “<img src=x>” uit de link bestaat niet in Resultaten. Resultaten is geopend bij het begin.Sluiten'));
    expect(document.querySelector('#inhoud img')).toBeNull();
    act(() => useVoorkeuren.setState({ taal: 'en' }));
    await waitFor(() => expect(melding()).toBe('The section “<img src=x>” in the link does not exist in Results. Results opened at the top.Close'));
    expect(useScenarioStore.getState().scenario).toBe(DEN_HAAG);
  }, 60_000);

  it('#/verantwoording/%E0%A4%A opens Over dit model with the notice that the link cannot be read', async () => {
    history.replaceState(null, '', '#/verantwoording/%E0%A4%A');
    render(<App />);
    await waitFor(() => expect(melding()).toBe('Het onderdeel “%E0%A4%A” uit de link is onleesbaar (een beschadigde %-code). Over dit model is geopend bij het begin.Sluiten'), {
      timeout: 10_000,
    });
    expect(location.hash).toBe('#/verantwoording/%E0%A4%A');
  }, 60_000);

  it('#/invoer/bestaatniet and #/invoer/%E0%A4%A after the assumptions tab was used: the notice names that tab; the broken link stays in the address until a tab is chosen', async () => {
    const user = userEvent.setup();
    useInvoerWeergave.setState({ tab: 'aannames' });
    history.replaceState(null, '', '#/invoer/bestaatniet');
    render(<App />);
    await waitFor(() => expect(melding()).toContain('Invoer is geopend op het tabblad “Aannames voor alle werkwijzen”.'), { timeout: 10_000 });
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('data-tab')).toBe('aannames');
    act(() => {
      location.hash = '#/invoer/%E0%A4%A';
    });
    await waitFor(() => expect(melding()).toBe('Het onderdeel “%E0%A4%A” uit de link is onleesbaar (een beschadigde %-code). Invoer is geopend op het tabblad “Aannames voor alle werkwijzen”.Sluiten'));
    await slaap(100);
    expect(location.hash).toBe('#/invoer/%E0%A4%A');
    await user.click(screen.getByRole('tab', { name: /^Klantreis/ }));
    await waitFor(() => expect(location.hash).toBe('#/invoer/werkwijze-klantreis'));
    await waitFor(() => expect(melding()).toBeNull());
  }, 60_000);
});

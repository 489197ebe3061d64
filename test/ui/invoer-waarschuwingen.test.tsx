// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { berekenScenario, type Scenario } from '../../src/model';
import { parametersBuitenBereik } from '../../src/model/parameters/bereik';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { PrintKop } from '../../src/ui/gedeeld/export/PrintSamenvatting';
import { formulierNaarScenario, naarFormulier } from '../../src/ui/invoer/formulier';
import { leesGetal, lijktDuizendtal } from '../../src/ui/gedeeld/getalInvoer';
import { zetPad } from '../../src/ui/invoer/pad';
import { useVeldWaarschuwingen } from '../../src/ui/invoer/context';
import { useInvoerWaarschuwingen } from '../../src/ui/gedeeld/waarschuwingen';

const veld = (id: string) => document.getElementById(id) as HTMLInputElement;
const huidig = () => useScenarioStore.getState().scenario;
/** Intl puts a no-break space between € and the number; tests read it as a plain space. */
const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVeldWaarschuwingen.setState({ waarschuwingen: {}, scenario: null });
  useInvoerWaarschuwingen.setState({ regels: [], scenario: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('lijktDuizendtal: "1,700" was most likely meant as 1.700', () => {
  it('examples', () => {
    expect(lijktDuizendtal('1,700', 'nl')).toEqual({ bedoeld: '1.700' });
    expect(lijktDuizendtal(' € 12,345 ', 'nl')).toEqual({ bedoeld: '12.345' });
    expect(lijktDuizendtal('1.700', 'en')).toEqual({ bedoeld: '1,700' });
    // Not ambiguous: other decimals, a leading 0, thousands separators, Dutch "1.700", English "1,700".
    for (const t of ['1,70', '1,7', '1,7000', '0,700', ',700', '1.234,567', '1700', '1.700', '1234,567']) expect(lijktDuizendtal(t, 'nl')).toBeNull();
    expect(lijktDuizendtal('1,700', 'en')).toBeNull();
  });

  it('property: every such text warns, is read as the small number, and the suggestion reads as the thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('nl' as const, 'en' as const), (geheel, breuk, taal) => {
        const d = String(breuk).padStart(3, '0');
        const t = `${geheel}${taal === 'nl' ? ',' : '.'}${d}`;
        const w = lijktDuizendtal(t, taal);
        expect(w).not.toBeNull();
        expect(leesGetal(t, taal)).toEqual({ ok: true, waarde: Number(`${geheel}.${d}`) });
        expect(leesGetal(w!.bedoeld, taal)).toEqual({ ok: true, waarde: geheel * 1000 + breuk });
      }),
    );
  });
});

describe('warnings from the form: accepted, never blocking', () => {
  const met = (paden: Record<string, string>) => {
    const f = naarFormulier(DEN_HAAG, 'nl');
    for (const [p, v] of Object.entries(paden)) zetPad(f as never, p, v);
    return formulierNaarScenario(f, DEN_HAAG, 'nl');
  };

  it('"1,700" in a euro field: the scenario takes € 1,70 and the field warns "bedoelde u 1.700?"', () => {
    const r = met({ 'werkwijzen.1.kosten.preparation.bedrag': '1,700' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(1.7);
    expect(r.waarschuwingen.map((w) => ({ ...w, bericht: w.bericht.replace(/\u00a0/g, ' ') }))).toEqual([
      {
        naam: 'werkwijzen.1.kosten.preparation.bedrag',
        bericht: '"1,700" is gelezen als € 1,70 (de komma scheidt decimalen); bedoelde u 1.700? Typ dan 1700',
      },
    ]);
  });

  it('100 months next to "Plausibel bereik: 4 – 12": a warning, and the value is used', () => {
    const r = met({ 'parameters.welfareExit.monthsEarlier': '100' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.parameters['welfareExit.monthsEarlier']).toBe(100);
    expect(r.waarschuwingen).toEqual([
      {
        naam: 'parameters.welfareExit.monthsEarlier',
        bericht: '100 maanden ligt buiten het plausibele bereik (4 maanden – 12 maanden). De waarde wordt wel gebruikt; controleer haar',
      },
    ]);
  });

  it('the Den Haag defaults give no warnings; a share of "43,125" % none either', () => {
    expect(met({}).waarschuwingen).toEqual([]);
    expect(met({ 'werkwijzen.1.samenstelling.aandeelPW': '43,125' }).waarschuwingen).toEqual([]);
    expect(parametersBuitenBereik(DEN_HAAG.parameters)).toEqual([]);
  });
});

describe('warnings in the inputs view and in print', () => {
  it('"1,700" in a euro field: warning at the field and in the summary (apart from errors), store updated, print shows it', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const id = 'veld-werkwijzen-1-kosten-preparation-bedrag';
    await user.clear(veld(id));
    await user.paste('1,700');
    expect(tekst(screen.getByTestId('waarschuwing-werkwijzen.1.kosten.preparation.bedrag'))).toBe(
      'Let op: "1,700" is gelezen als € 1,70 (de komma scheidt decimalen); bedoelde u 1.700? Typ dan 1700.',
    );
    expect(veld(id).getAttribute('aria-describedby')!.split(' ')).toContain(`${id}-waarschuwing`);
    expect(veld(id).getAttribute('aria-invalid')).toBe('false');
    // Not an error: no error summary, the store has the value, results are up to date.
    expect(screen.queryByTestId('foutoverzicht')).toBeNull();
    expect(useInvoerStatusStore.getState().ongeldig).toBe(false);
    expect(huidig().werkwijzen[1]!.kosten.preparation.bedrag).toBe(1.7);
    const overzicht = screen.getByTestId('waarschuwingsoverzicht');
    expect(tekst(overzicht.querySelector('h2'))).toBe('Controleer 1 waarde');
    expect(tekst(overzicht)).toContain('Start tot aan schulden regelen: kosten per klant (Klantreis Financiële Hulpverlening): "1,700" is gelezen als € 1,70');
    cleanup();

    render(<PrintKop s={huidig()} />);
    expect(tekst(screen.getByTestId('print-waarschuwingen'))).toContain('bedoelde u 1.700?');
  });

  it('100 months: visible warning, no error; an error elsewhere is listed apart from it', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    await user.clear(veld('veld-parameters-welfareExit-monthsEarlier'));
    await user.paste('100');
    expect(tekst(screen.getByTestId('waarschuwing-parameters.welfareExit.monthsEarlier'))).toContain('100 maanden ligt buiten het plausibele bereik (4 maanden – 12 maanden)');
    expect(huidig().parameters['welfareExit.monthsEarlier']).toBe(100);
    await user.clear(veld('veld-werkwijzen-0-cohort'));
    expect(screen.getByTestId('foutoverzicht').textContent).toContain('Er staat 1 fout in de invoer');
    expect(screen.getByTestId('foutoverzicht').textContent).not.toContain('plausibele');
    expect(screen.getByTestId('waarschuwingsoverzicht').textContent).toContain('plausibele bereik');
  });

  it('print: a scenario from a file with a value outside its range shows the warning without the form (English too)', () => {
    const s: Scenario = { ...DEN_HAAG, parameters: { ...DEN_HAAG.parameters, 'welfareExit.monthsEarlier': 100 } };
    expect(berekenScenario(s).werkwijzen.length).toBe(2);
    render(<PrintKop s={s} />);
    expect(tekst(screen.getByTestId('print-waarschuwingen'))).toContain(
      'Maanden eerder uit de bijstand: 100 maanden ligt buiten het plausibele bereik (4 maanden – 12 maanden).',
    );
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<PrintKop s={s} />);
    expect(tekst(screen.getByTestId('print-waarschuwingen'))).toContain('Months earlier out of welfare: 100 months is outside the plausible range (4 months – 12 months).');
    cleanup();
    render(<PrintKop s={DEN_HAAG} />);
    expect(screen.queryByTestId('print-waarschuwingen')).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * Effects over time in the app (issue 11): relapse, duration and drop-off per benefit in the time
 * view, and the payback year per party there, in the per-year view at the inflow and in print.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { berekenScenario } from '../../src/model';
import { tijdsverloop } from '../../src/model/tijd';
import { formatEuro } from '../../src/format/getal';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Tijd from '../../src/ui/onzekerheid/tijd/Tijd';
import { TijdAfdruk } from '../../src/ui/gedeeld/tijd/Terugverdienen';
import { Schaalweergave } from '../../src/ui/gedeeld/schaal/Schaalweergave';

const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const scenario = () => useScenarioStore.getState().scenario;
const veld = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const typ = (el: HTMLElement, waarde: string) => fireEvent.change(el, { target: { value: waarde } });

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('tijd: terugval, duur en uitval', () => {
  it('de standaard: de gemeente verdient de extra kosten van de Klantreis niet terug binnen 5 jaar, bij 0% en bij 2,25%', () => {
    render(<Tijd />);
    expect(tekst(screen.getByTestId('terugverdien-zin-klantreis'))).toBe('Klantreis Financiële Hulpverlening: de gemeente verdient haar extra kosten niet terug binnen de horizon van 5 jaar (bij 0% en bij 2,25%).');
    expect(tekst(screen.getByTestId('terugverdiend-klantreis-uwv-0'))).toBe('geen extra kosten');
    expect(veld('duur-welfareExit').value).toBe('5');
    expect(veld('uitval-welfareExit').value).toBe('0');
  });

  it('een PW-besparing van 10 jaar over een horizon van 10: terugverdiend in jaar 7 (0%) en jaar 8 (2,25%); de contante waarde is die van het model', () => {
    render(<Tijd />);
    typ(veld('tijd-horizon'), '10');
    typ(veld('duur-welfareExit'), '10');
    expect(scenario().tijd.effecten?.welfareExit?.duurJaren).toBe(10);
    expect(tekst(screen.getByTestId('terugverdien-zin-klantreis'))).toBe('Klantreis Financiële Hulpverlening: de gemeente verdient haar extra kosten terug in jaar 7 bij 0% en in jaar 8 bij 2,25%.');
    expect(tekst(screen.getByTestId('terugverdiend-klantreis-gemeente-1'))).toBe('jaar 8');
    const s = scenario();
    const v = tijdsverloop(s, berekenScenario(s)).werkwijzen.find((w) => w.id === 'klantreis')!.verschil!;
    const rij = screen.getByTestId('terugverdien-tabel-klantreis').querySelector('[data-rij="gemeente"]')!;
    expect(nb(tekst(rij.querySelectorAll('td')[1]))).toBe(nb(formatEuro(v.perVoet[1]!.partijen.gemeente.toNumber())));
  });

  it('uitval en terugval komen in het scenario; een ongeldige waarde krijgt een melding en verandert niets', () => {
    render(<Tijd />);
    typ(veld('uitval-welfareExit'), '10');
    expect(scenario().tijd.effecten?.welfareExit?.uitval).toBe(0.1);
    typ(veld('tijd-terugval'), '5');
    expect(scenario().tijd.terugval).toBe(0.05);
    const voor = scenario();
    typ(veld('uitval-eviction'), '150');
    expect(scenario()).toBe(voor);
    expect(document.body.textContent).toMatch(/tussen 0% en 100%/);
  });
});

describe('per jaar bij de instroom en in print', () => {
  it('de terugverdientabel per jaar is de contante waarde per klant × de instroom', () => {
    useScenarioStore.setState({ scenario: { ...DEN_HAAG, instellingen: { ...DEN_HAAG.instellingen, instroomPerJaar: 1000 } } });
    render(<Schaalweergave />);
    fireEvent.click(screen.getByLabelText(/Per jaar, bij een instroom van 1\.000 klanten/));
    const s = scenario();
    const v = tijdsverloop(s, berekenScenario(s)).werkwijzen.find((w) => w.id === 'klantreis')!.verschil!;
    const rij = screen.getByTestId('terugverdien-tabel-klantreis-jaar').querySelector('[data-rij="gemeente"]')!;
    expect(nb(tekst(rij.querySelectorAll('td')[0]))).toBe(nb(formatEuro(v.perVoet[0]!.partijen.gemeente.times(1000).toNumber())));
    expect(tekst(screen.getByTestId('terugverdien-zin-klantreis-jaar'))).toContain('niet terug binnen de horizon van 5 jaar');
  });

  it('print: een eigen sectie met het terugverdienjaar en het prijspeil', () => {
    const { container } = render(<TijdAfdruk />);
    expect(tekst(container.querySelector('h2'))).toBe('Wanneer verdient elke partij het terug?');
    expect(tekst(container)).toContain('Bedragen op het prijspeil van hun bron');
    expect(container.querySelectorAll('table').length).toBe(1);
  });
});

describe('CSV', () => {
  it('de app-CSV heeft per partij de contante waarde en het terugverdienjaar; de CLI-CSV de rijen "time"', async () => {
    const { resultatenCsv } = await import('../../src/ui/gedeeld/export/csv');
    const { naarCsv, csvRijen } = await import('../../src/model/uitvoer/csv');
    const { naarJson } = await import('../../src/model/uitvoer/json');
    const s = { ...DEN_HAAG, tijd: { ...DEN_HAAG.tijd, horizonJaren: 10, effecten: { welfareExit: { duurJaren: 10 } } } };
    const r = berekenScenario(s);
    const regels = resultatenCsv(s, r, 'nl').split('\r\n');
    const kop = regels.findIndex((x) => x.startsWith('"Tijd: contante waarde en terugverdienjaar per partij'));
    expect(kop).toBeGreaterThan(0);
    const gemeente = regels.slice(kop).find((x) => x.startsWith('Gemeente;'))!.split(';');
    // Columns: party, PV at 0%, PV at 2,25%, payback at 0%, payback at 2,25%.
    expect(gemeente.slice(3)).toEqual(['jaar 7', 'jaar 8']);
    const v = tijdsverloop(s, r).werkwijzen.find((w) => w.id === 'klantreis')!.verschil!;
    expect(gemeente[2]).toBe(v.perVoet[1]!.partijen.gemeente.toFixed(2).replace('.', ','));
    const json = naarJson(s, r, null);
    const rij = csvRijen(json).find((x) => x.pathway === 'klantreis' && x.category === 'time' && x.item === 'differenceFromBaseline.payback.0.0225.gemeente')!;
    expect(rij.total).toBe(8);
    expect(rij.label).toBe('Verschil met nulalternatief: Gemeente verdient de kosten terug bij 2,25%, horizon 10 jaar: in jaar 8 (jaar 0 = start)');
    expect(naarCsv(json)).toContain('differenceFromBaseline.presentValue.0.gemeente');
  });
});

describe('verantwoording', () => {
  it('elke tijdinstelling met waarde, bron, graad en bereik; een eigen waarde draagt niet de bron van de standaard', async () => {
    const { TijdVerantwoording } = await import('../../src/ui/verantwoording/TijdVerantwoording');
    useScenarioStore.setState({ scenario: { ...DEN_HAAG, tijd: { ...DEN_HAAG.tijd, terugval: 0.05 } } });
    render(<TijdVerantwoording />);
    const rij = (id: string) => [...screen.getByTestId('tijd-verantwoording').querySelector(`[data-rij="${id}"]`)!.querySelectorAll('td')].map((c) => tekst(c));
    expect(rij('tijd.discontovoet').slice(0, 3)).toEqual(['0%', '0%', expect.stringContaining('Werkgroep discontovoet 2020') as unknown as string]);
    expect(rij('tijd.discontovoet')[4]).toMatch(/^0% – 2,25%: Rapport Werkgroep discontovoet 2020/);
    expect(rij('tijd.terugval')[0]).toBe('5%');
    expect(rij('tijd.terugval')[2]).toMatch(/^eigen waarde; standaard: /);
    expect(rij('tijd.terugval')[3]).toBe('D');
    expect(rij('tijd.effecten.welfareExit.duurJaren').slice(0, 2)).toEqual(['5 jaar', '5 jaar']);
  });
});

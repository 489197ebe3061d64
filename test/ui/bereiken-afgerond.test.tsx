// @vitest-environment jsdom
/**
 * Ranges rounded the same everywhere (issue 13 §4, format/bereik): the default hints under the low and
 * high fields of Onzekerheid › Bereiken, and the range column of the time settings' verantwoording,
 * read "28%" and "60%", not "27,99%" and "60,01%", as Invoer's hint and the CLI list do.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBereik } from '../../src/format/bereik';
import { parameterBereikGebruikt } from '../../src/ui/gedeeld/opmaak';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import Bereiken from '../../src/ui/onzekerheid/Bereiken';
import { TijdVerantwoording } from '../../src/ui/verantwoording/TijdVerantwoording';
import { invoerStoresTerug } from '../helpers/invoerStores';

const nb = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const AANDEEL_PW = 'werkwijzen.klantreis.samenstelling.aandeelPW';
const ZORG = 'parameters.homelessness.careSafetyCost';

/** The two default hints of a row of the ranges table. */
function hints(sleutel: string): string[] {
  const rij = screen.getByTestId('bereiken-tabel').querySelector(`[data-rij="${sleutel}"]`)!;
  return [...rij.querySelectorAll('.onz-std')].map((e) => nb(e.textContent));
}

beforeEach(() => invoerStoresTerug());
afterEach(cleanup);

describe('Bereiken: de standaard in de hints zoals de velden hem tonen (tester5 #4; was afgerond: "standaard € 14.000" bij een veld met 14.420)', () => {
  it('Den Haag: het aandeel PW uit de dossiers (27,99%–60,01%), de kosten zorg en veiligheid (€ 30.198–€ 56.082), WW-kosten 20.600 ± 30%, huisuitzetting 5.865 ± 30%, kans op schuldregeling 85% ± 30%', () => {
    const invoer = onzekereInvoer(DEN_HAAG, DEN_HAAG.onzekerheid);
    const pw = invoer.find((i) => i.sleutel === AANDEEL_PW)!;
    // The unrounded range this test is about, so that it cannot pass by a change of data.
    expect([pw.laag, pw.hoog].map((x) => +(x * 100).toFixed(2))).toEqual([27.99, 60.01]);
    render(<Bereiken />);
    expect(hints(AANDEEL_PW)).toEqual(['standaard 27,99%', 'standaard 60,01%']);
    expect(hints(ZORG)).toEqual(['standaard € 30.198', 'standaard € 56.082']);
    expect(hints('parameters.jobRetention.wwAnnualCost')).toEqual(['standaard € 14.420', 'standaard € 26.780']);
    expect(hints('parameters.eviction.cost')).toEqual(['standaard € 4.105,50', 'standaard € 7.624,50']);
    expect(hints('parameters.allocation.successShare')).toEqual(['standaard 59,5%', 'standaard 100%']);
    // The hint is what the field holds.
    const veld = screen.getByTestId('bereik-laag-parameters.jobRetention.wwAnnualCost') as HTMLInputElement;
    expect(veld.value).toBe('14.420');
  });

  it('in het Engels', () => {
    useVoorkeuren.setState({ taal: 'en' });
    render(<Bereiken />);
    expect(hints(AANDEEL_PW)).toEqual(['default 27.99%', 'default 60.01%']);
    expect(hints(ZORG)).toEqual(['default €30,198', 'default €56,082']);
  });

  it('maanden met hun woord bij elk eind', () => {
    render(<Bereiken />);
    expect(hints('parameters.welfareExit.monthsEarlier')).toEqual(['standaard 4 maanden', 'standaard 12 maanden']);
  });

  it('het bereik van de gevoeligheidstabel: de gebruikte einden, niet afgerond', () => {
    expect(nb(parameterBereikGebruikt('euro', 14420, 26780, 'nl').bereik)).toBe('€ 14.420 – € 26.780');
    expect(nb(parameterBereikGebruikt('euro', 4105.5, 7624.5, 'nl').bereik)).toBe('€ 4.105,50 – € 7.624,50');
    expect(nb(parameterBereikGebruikt('aandeel', 0.585, 0.234, 'nl').bereik)).toBe('58,5% – 23,4%');
    expect(nb(parameterBereikGebruikt('maanden', 2, 6, 'nl').bereik)).toBe('2 – 6 maanden');
    expect(nb(parameterBereikGebruikt('euro', 14420, 26780, 'en').bereik)).toBe('€14,420 – €26,780');
  });
});

describe('TijdVerantwoording: het bereik afgerond als overal', () => {
  it('de discontovoet 0 – 2,25% volgt de ene afrondingsregel, en houdt zijn eigen cijfers (2,25% uit de richtlijn, niet 2,3%)', () => {
    render(<TijdVerantwoording />);
    const rij = screen.getByTestId('tijd-verantwoording').querySelector('[data-rij="tijd.discontovoet"]')!;
    const bereik = nb([...rij.querySelectorAll('td')][4]!.textContent);
    expect(bereik.startsWith(`${nb(formatBereik(0, 0.0225, 'aandeel'))}: `)).toBe(true);
    expect(bereik).toMatch(/^0% – 2,25%: Rapport Werkgroep discontovoet 2020/);
  });
});

describe('Bereiken: een gewijzigde waarde uit de catalogus (tester5 #3)', () => {
  it('Kosten PW-uitkering per jaar = 15.000: graad D met de regel voor graad D rond 15.000, niet de reden en het bereik van de standaard', () => {
    const s = structuredClone(DEN_HAAG);
    s.parameters['welfare.pwAnnualCost'] = 15000;
    invoerStoresTerug(s);
    render(<Bereiken />);
    const rij = screen.getByTestId('bereiken-tabel').querySelector('[data-rij="parameters.welfare.pwAnnualCost"]')!;
    const toelichting = nb(rij.querySelector('.toelichting')!.textContent);
    expect(toelichting).toBe('graad D (aanname); Aanname: een eigen waarde uit het scenario in plaats van de standaardwaarde, zonder eigen bron of bereik; daarom ± 50% volgens de bereikregel voor graad D (aanname).');
    expect(toelichting).not.toMatch(/graad C|puntschatting/);
    expect((rij.querySelector('input[id$="-laag"]') as HTMLInputElement).value).toBe('7.500');
    expect((rij.querySelector('input[id$="-hoog"]') as HTMLInputElement).value).toBe('22.500');
  });
});

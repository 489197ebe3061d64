// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model';
import type { Rangorde } from '../../src/model/onzekerheid/rangorde';
import type { WaardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { VOORBEELDEN } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Informatiewaarde } from '../../src/ui/gedeeld/onzekerheid/Informatiewaarde';
import { RangordeTabel } from '../../src/ui/gedeeld/onzekerheid/RangordeTabel';

/** Defects 9 and 15 in the app and the print (both show RangordeTabel and Informatiewaarde). */
const DRIE: Scenario = VOORBEELDEN.find((v) => v.id === 'den-haag-drie-werkwijzen-nazorg')!.scenario;
const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const T = { beste: '{naam} heeft de grootste kans de beste te zijn: {kans} van de trekkingen.', hoek: 'Rij beter dan kolom', kansBeste: 'Kans de beste te zijn', verwachteRang: 'Verwachte rang' };

/** Klantreis beats Reguliere in 64,75% of the draws, Reguliere it in 35,25% (no ties); P(best) 17,97 / 40,87 / 41,16%. */
const RO: Rangorde = {
  paarsgewijs: {
    regulier: { klantreis: 0.3525, 'klantreis-nazorg': 0.34 },
    klantreis: { regulier: 0.6475, 'klantreis-nazorg': 0.498 },
    'klantreis-nazorg': { regulier: 0.66, klantreis: 0.502 },
  },
  gelijk: { regulier: { klantreis: 0, 'klantreis-nazorg': 0 }, klantreis: { regulier: 0, 'klantreis-nazorg': 0 }, 'klantreis-nazorg': { regulier: 0, klantreis: 0 } },
  kansBeste: { regulier: 0.1797, klantreis: 0.4087, 'klantreis-nazorg': 0.4116 },
  verwachteRang: { regulier: 2.3, klantreis: 1.86, 'klantreis-nazorg': 1.84 },
};

beforeEach(() => useVoorkeuren.setState({ taal: 'nl' }));
afterEach(cleanup);

const procenten = (rij: HTMLElement) => within(rij).getAllByRole('cell').map((c) => tekst(c)).filter((x) => x !== '–').map((x) => Number.parseFloat(x.replace(',', '.')));

describe('RangordeTabel (Monte Carlo view and print)', () => {
  it('defect 9: P(best) and each complementary pair add up to 100,0% as shown', () => {
    render(<RangordeTabel ro={RO} trekkingen={10_000} s={DRIE} id="mc" caption="c" t={T} />);
    const tabel = screen.getByTestId('mc-paarsgewijs');
    const rij = (id: string) => tabel.querySelector(`tr[data-rij="${id}"]`) as HTMLElement;
    const beste = procenten(rij('kansBeste'));
    expect(beste).toEqual([18, 40.9, 41.1]);
    expect(Math.round(beste.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
    const kr = procenten(rij('klantreis'))[0]!;
    const rg = procenten(rij('regulier'))[0]!;
    expect(Math.round((kr + rg) * 10)).toBe(1000);
  });

  it('defect 15: a top within two standard errors is named as "vrijwel gelijk", with both chances', () => {
    render(<RangordeTabel ro={RO} trekkingen={10_000} s={DRIE} id="mc" caption="c" t={T} />);
    expect(tekst(screen.getByTestId('mc-beste'))).toBe(
      'Klantreis met nazorg en Klantreis Financiële Hulpverlening hebben vrijwel even grote kans de beste te zijn (41,1% en 40,9% van de trekkingen): het verschil is kleiner dan twee standaardfouten van de Monte Carlo-schatting, dus toeval in de trekkingen.',
    );
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<RangordeTabel ro={RO} trekkingen={10_000} s={DRIE} id="print" caption="c" t={T} afdruk />);
    expect(tekst(screen.getByTestId('print-beste'))).toMatch(/^Klantreis met nazorg and Klantreis Financiële Hulpverlening have almost the same probability of being best \(41\.1% and 40\.9% of the draws\)/);
  });
});

describe('Informatiewaarde (defect 15): two measurements within the noise limit of each other are named together', () => {
  const iw = (sleutel: string, evppi: number, nl: string, en: string) => ({ sleutel, label: { nl, en }, inZin: { nl, en }, evppi, evppiPerJaar: null });
  const w: WaardeVanInformatie = {
    trekkingen: 10_000,
    evpi: 467,
    evpiPerJaar: null,
    instroomPerJaar: null,
    perInvoer: [iw('x', 146, 'het aandeel met PW-uitkering', 'the share')],
    perGroep: [iw('uitkomsten.klantreis', 226, 'de uitkomsten van Klantreis', 'the outcomes of Klantreis'), iw('uitkomsten.kopie', 233, 'de uitkomsten van Klantreis (kopie)', 'the outcomes of Klantreis (copy)')],
    uitkomstenHertrokken: true,
    ruisniveau: 32,
    ruisgrens: 37,
  };
  it('nl and en', () => {
    render(<Informatiewaarde w={w} idPrefix="t" />);
    expect(tekst(screen.getByTestId('t-voi-zin'))).toBe(
      'Als de gemeente één ding lokaal meet, leveren het meten van de uitkomsten van Klantreis (kopie) en van de uitkomsten van Klantreis vrijwel evenveel beslisinformatie op: tot € 233 per klant en € 226 per klant. Het verschil is kleiner dan het ruisniveau van de schatter (€ 37), dus toeval in de trekkingen.',
    );
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    render(<Informatiewaarde w={w} idPrefix="t" />);
    expect(tekst(screen.getByTestId('t-voi-zin'))).toContain('measuring the outcomes of Klantreis (copy) and the outcomes of Klantreis yields almost the same decision information: up to €233 per client and €226 per client.');
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { verschilZin } from '../../src/ui/overzicht/verschilZin';
// The live band on each card loads its kernel with import() (bandRegie.ts); loaded here, so that import
// never outlives the test environment (vitest reports that as an error).
import '../../src/workers/bandKern';
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const status = vi.hoisted(() => ({ ongeldig: false, aantalFouten: 0 }));
vi.mock('../../src/store/invoerStatus', () => ({ useInvoerStatus: () => status }));

/** Intl puts a no-break space between € and the number; tests read it as a plain space. */
const tekst = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

function metKlantreis(f: (w: Scenario['werkwijzen'][number]) => Scenario['werkwijzen'][number]): Scenario {
  return { ...DEN_HAAG, werkwijzen: DEN_HAAG.werkwijzen.map((w) => (w.id === 'klantreis' ? f(w) : w)) };
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
  status.ongeldig = false;
  status.aantalFouten = 0;
});
afterEach(cleanup);

describe('Overzicht (Den Haag)', () => {
  it('shows costs, benefits, balance and ratio per client for both pathways', () => {
    render(<Overzicht />);
    expect(tekst(screen.getByTestId('kosten-per-klant-klantreis'))).toBe('€ 2.601');
    expect(tekst(screen.getByTestId('kosten-per-klant-regulier'))).toBe('€ 1.539');
    // All seven benefits: € 2.392 and € 1.099 (the report's six-benefit totals are € 2.370 and € 1.085).
    expect(tekst(screen.getByTestId('baten-per-klant-klantreis'))).toBe('€ 2.392');
    expect(tekst(screen.getByTestId('baten-per-klant-regulier'))).toBe('€ 1.099');
    expect(tekst(screen.getByTestId('saldo-per-klant-klantreis'))).toMatch(/^€ −209$/);
    expect(tekst(screen.getByTestId('saldo-per-klant-regulier'))).toMatch(/^€ −440$/);
    expect(tekst(screen.getByTestId('verhouding-klantreis'))).toBe('0,92');
    expect(tekst(screen.getByTestId('verhouding-regulier'))).toBe('0,71');
    expect(screen.getByRole('heading', { level: 3, name: 'Klantreis Financiële Hulpverlening' })).toBeTruthy();
    expect(tekst(screen.getByTestId('overzicht-scenario-titel'))).toBe(DEN_HAAG.titel);
  });

  it('states the difference with the baseline in one sentence with the live numbers', () => {
    render(<Overzicht />);
    expect(tekst(screen.getByTestId('verschil-zin-klantreis'))).toBe(
      'Per klant kost Klantreis Financiële Hulpverlening € 1.062 meer dan Reguliere werkwijze (FIG-route), ' +
        'levert het € 1.294 meer baten op, en is het saldo € 231 beter. (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
    );
  });

  it("mentions that the report's totals leave out reintegration, linking to the verantwoording", () => {
    const naar = vi.fn();
    render(<Overzicht onNavigeer={naar} />);
    const noot = screen.getByTestId('rapport-noot');
    expect(tekst(noot)).toContain('zes van de zeven baten');
    expect(tekst(noot)).toContain('re-integratie');
    act(() => within(noot).getByRole('link').click());
    expect(naar).toHaveBeenCalledWith('verantwoording', 'aansluiting');
    act(() => screen.getByRole('link', { name: 'Resultaten' }).click());
    expect(naar).toHaveBeenLastCalledWith('resultaten', undefined);
  });

  it('follows the store: cheaper Klantreis gives "minder" and a better balance', () => {
    render(<Overzicht />);
    act(() => {
      useScenarioStore.getState().zetScenario(metKlantreis((w) => ({ ...w, kosten: { ...w.kosten, preparation: { bedrag: 0 } } })));
    });
    // Costs 59.829 − 23 × 1.700 = 20.729 for 23 clients: € 901 per client, € 638 less than € 1.539.
    expect(tekst(screen.getByTestId('kosten-per-klant-klantreis'))).toBe('€ 901');
    expect(tekst(screen.getByTestId('saldo-per-klant-klantreis'))).toBe('€ 1.491');
    expect(tekst(screen.getByTestId('verschil-zin-klantreis'))).toBe(
      'Per klant kost Klantreis Financiële Hulpverlening € 638 minder dan Reguliere werkwijze (FIG-route), ' +
        'levert het € 1.294 meer baten op, en is het saldo € 1.931 beter. (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
    );
  });

  it('shows "n.v.t." for the ratio of a pathway without costs, never NaN or Infinity', () => {
    const gratis = metKlantreis((w) => ({
      ...w,
      kosten: {
        preparation: { bedrag: 0 },
        settlementPhase: { ...w.kosten.settlementPhase, bedrag: 0 },
        debtArrangement: { ...w.kosten.debtArrangement, bedrag: 0 },
        budgetManagement: {
          basis: { ...w.kosten.budgetManagement.basis, bedrag: 0 },
          plus: { ...w.kosten.budgetManagement.plus, bedrag: 0 },
          totaal: { ...w.kosten.budgetManagement.totaal, bedrag: 0 },
        },
      },
    }));
    useScenarioStore.getState().zetScenario(gratis);
    const { container } = render(<Overzicht />);
    expect(tekst(screen.getByTestId('verhouding-klantreis'))).toBe('n.v.t.');
    expect(tekst(screen.getByTestId('kosten-per-klant-klantreis'))).toBe('€ 0');
    expect(container.textContent).not.toMatch(/NaN|Infinity|-0\b/);
  });

  it('switches to English: headings and number format', () => {
    render(<Overzicht />);
    act(() => useVoorkeuren.getState().zetTaal('en'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overview');
    expect(tekst(screen.getByTestId('kosten-per-klant-regulier'))).toBe('€1,539');
    expect(tekst(screen.getByTestId('verhouding-klantreis'))).toBe('0.92');
    expect(tekst(screen.getByTestId('verschil-zin-klantreis'))).toBe(
      'Per client, Klantreis Financiële Hulpverlening costs €1,062 more than Reguliere werkwijze (FIG-route), ' +
        'yields €1,294 more in benefits, and its balance is €231 better. (Amounts rounded to whole euros separately, so they do not add up exactly.)',
    );
  });

  it('shows the "niet bijgewerkt" banner while invalid input is pending', () => {
    status.ongeldig = true;
    status.aantalFouten = 2;
    render(<Overzicht />);
    expect(tekst(screen.getByTestId('niet-bijgewerkt'))).toBe(
      'Niet bijgewerkt. De invoer bevat 2 fouten. De resultaten hieronder horen bij de laatste geldige invoer.',
    );
    cleanup();
    status.ongeldig = false;
    render(<Overzicht />);
    expect(screen.queryByTestId('niet-bijgewerkt')).toBeNull();
  });
});

describe('verschilZin', () => {
  it('handles both signs and zero in Dutch', () => {
    expect(verschilZin('B', 'A', { kosten: -10.2, baten: -5, saldo: 5.2 }, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Per klant kost B € 10 minder dan A, levert het € 5 minder baten op, en is het saldo € 5 beter.',
    );
    expect(verschilZin('B', 'A', { kosten: 0, baten: 0, saldo: 0 }, 'nl')).toBe('Per klant kost B even veel als A, levert het even veel baten op, en is het saldo even groot.');
    // Defect 5: under € 0,50 but not 0 is "vrijwel", with the cents; never "even groot".
    expect(verschilZin('B', 'A', { kosten: 0.4, baten: 0, saldo: -0.4 }, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Per klant kost B vrijwel even veel als A (€ 0,40 meer), levert het even veel baten op, en is het saldo vrijwel gelijk (€ 0,40 slechter).',
    );
    expect(verschilZin('B', 'A', { kosten: 100, baten: 20, saldo: -80 }, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Per klant kost B € 100 meer dan A, levert het € 20 meer baten op, en is het saldo € 80 slechter.',
    );
  });

  it('handles both signs and zero in English', () => {
    expect(verschilZin('B', 'A', { kosten: -10, baten: 0, saldo: 10 }, 'en')).toBe('Per client, B costs €10 less than A, yields the same benefits, and its balance is €10 better.');
    expect(verschilZin('B', 'A', { kosten: 0, baten: 0, saldo: 0 }, 'en')).toBe('Per client, B costs the same as A, yields the same benefits, and its balance is the same.');
    expect(verschilZin('B', 'A', { kosten: 0, baten: -3, saldo: -3 }, 'en')).toBe(
      'Per client, B costs the same as A, yields €3 less in benefits, and its balance is €3 worse.',
    );
  });

  it('defect 5: says the amounts are rounded where the parts do not add up (Den Haag: € 1.294 − € 1.062 is not the published € 231), and "vrijwel gelijk (€ 0,41 beter)" near zero', () => {
    const v = berekenScenario(DEN_HAAG).verschillen[0]!;
    const dh = { kosten: v.kosten.perKlant.toNumber(), baten: v.baten.perKlant.toNumber(), saldo: v.saldo.perKlant.toNumber() };
    expect(verschilZin('Klantreis', 'Regulier', dh, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Per klant kost Klantreis € 1.062 meer dan Regulier, levert het € 1.294 meer baten op, en is het saldo € 231 beter. (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
    );
    expect(verschilZin('Klantreis', 'Regulier', dh, 'en')).toContain('its balance is €231 better. (Amounts rounded to whole euros separately, so they do not add up exactly.)');
    // The tester's case: costs per client 1931,00 → the saldo is € 0,41 better, not "even groot".
    expect(verschilZin('Klantreis', 'Regulier', { kosten: 1293.4, baten: 1293.81, saldo: 0.41 }, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Per klant kost Klantreis € 1.293 meer dan Regulier, levert het € 1.294 meer baten op, en is het saldo vrijwel gelijk (€ 0,41 beter). (Bedragen elk afgerond op hele euro’s, dus ze tellen niet precies op.)',
    );
  });

  it('gives one sentence per project pathway', () => {
    const derde = { ...DEN_HAAG.werkwijzen[1]!, id: 'derde', naam: 'Derde route' };
    useScenarioStore.getState().zetScenario({ ...DEN_HAAG, werkwijzen: [...DEN_HAAG.werkwijzen, derde] });
    render(<Overzicht />);
    expect(screen.getByTestId('verschil-zin-klantreis')).toBeTruthy();
    expect(tekst(screen.getByTestId('verschil-zin-derde'))).toMatch(/^Per klant kost Derde route € 1\.062 meer/);
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});

describe('verhouding', () => {
  it('always shows two decimals, in both languages', async () => {
    const { verhouding } = await import('../../src/ui/gedeeld/opmaak');
    const { Decimal } = await import('../../src/model');
    expect(verhouding(new Decimal(0.9), 'nl')).toBe('0,90');
    expect(verhouding(new Decimal(2), 'nl')).toBe('2,00');
    expect(verhouding(new Decimal(1234.5), 'nl')).toBe('1.234,50');
    expect(verhouding(new Decimal(0.9197), 'en')).toBe('0.92');
    expect(verhouding(new Decimal(3), 'en')).toBe('3.00');
    expect(verhouding(null, 'en')).toBe('n/a');
  });
});

describe('Overzicht: the cards of a new scenario', () => {
  const kaarten = () =>
    [...document.querySelectorAll('.kaart')].map((k) => [k.querySelector('.kaart-naam')?.textContent, k.querySelector('.kaart-rol')?.textContent ?? null]);

  it('heads the two cards with distinct names, each over its role (nl and en)', async () => {
    const { leegScenario } = await import('../../src/store/voorbeelden');
    useScenarioStore.setState({ scenario: leegScenario('nl') });
    render(<Overzicht />);
    expect(kaarten()).toEqual([
      ['Huidige werkwijze', 'Nulalternatief'],
      ['Nieuwe werkwijze', 'Projectalternatief'],
    ]);
    cleanup();
    useVoorkeuren.setState({ taal: 'en' });
    useScenarioStore.setState({ scenario: leegScenario('en') });
    render(<Overzicht />);
    expect(kaarten()).toEqual([
      ['Current approach', 'Baseline (nulalternatief)'],
      ['New approach', 'Project alternative'],
    ]);
  });

  it('a pathway named after its role gets no second line repeating it', () => {
    const s: Scenario = {
      ...DEN_HAAG,
      werkwijzen: DEN_HAAG.werkwijzen.map((w) => ({ ...w, naam: w.nulalternatief ? 'Nulalternatief' : 'Projectalternatief' })),
    };
    useScenarioStore.setState({ scenario: s });
    render(<Overzicht />);
    expect(kaarten()).toEqual([
      ['Nulalternatief', null],
      ['Projectalternatief', null],
    ]);
  });
});

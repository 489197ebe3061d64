// @vitest-environment jsdom
/** Compare any two pathways (issue 13, item 5): the model's vergelijk, the overview's sentence and table 3.13's extra column. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { berekenScenario, vergelijk } from '../../src/model';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { VOORBEELDEN } from '../../src/store/voorbeelden';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { Overzicht } from '../../src/ui/overzicht/Overzicht';
import { Tabel313 } from '../../src/ui/resultaten/Tabel313';
// The overview's summary charts load lazily; jsdom has no canvas (their own tests are in bestuurssamenvatting.test.tsx).
vi.mock('react-chartjs-2', () => ({ Bar: (p: { 'aria-label': string }) => <canvas role="img" aria-label={p['aria-label']} /> }));

const DRIE = VOORBEELDEN.find((v) => v.id === 'den-haag-drie-werkwijzen-nazorg')!.scenario;
const tekst = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ').trim();

beforeEach(() => {
  useScenarioStore.setState({ scenario: DRIE, verleden: [], toekomst: [] });
  useVoorkeuren.setState({ taal: 'nl' });
});
afterEach(cleanup);

describe('vergelijk twee werkwijzen', () => {
  it('het model: a − b is het verschil van de genormaliseerde bedragen, en b − a is het tegengestelde', () => {
    const r = berekenScenario(DRIE);
    const ids = r.werkwijzen.map((w) => w.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const v = vergelijk(r, a, b);
        if (a === b) {
          expect(v).toBeNull();
          return;
        }
        const wa = r.werkwijzen.find((w) => w.id === a)!;
        const wb = r.werkwijzen.find((w) => w.id === b)!;
        expect(v!.saldo.perKlant.eq(wa.saldo.perKlant.minus(wb.saldo.perKlant))).toBe(true);
        expect(v!.saldo.totaal.plus(vergelijk(r, b, a)!.saldo.totaal).isZero()).toBe(true);
      }),
    );
    expect(vergelijk(r, 'bestaat-niet', ids[0]!)).toBeNull();
    // Against the baseline it is exactly the difference the tool already shows.
    const tegenNul = r.verschillen[0]!;
    expect(vergelijk(r, tegenNul.id, tegenNul.tenOpzichteVan)).toEqual(tegenNul);
  });

  it('het overzicht zegt het in één zin, en de resultatentabel krijgt een kolom erbij', async () => {
    const user = userEvent.setup();
    const r = berekenScenario(DRIE);
    const [, kr, nazorg] = r.werkwijzen;
    render(<Overzicht />);
    await user.selectOptions(screen.getByTestId('vergelijk-a'), nazorg!.id);
    await user.selectOptions(screen.getByTestId('vergelijk-b'), kr!.id);
    const v = vergelijk(r, nazorg!.id, kr!.id)!;
    const zin = tekst(screen.getByTestId('vergelijk-zin'));
    expect(zin.startsWith(`Per klant kost ${nazorg!.naam} `)).toBe(true);
    expect(zin).toContain(`dan ${kr!.naam}`);
    expect(zin).toContain(v.saldo.perKlant.gt(0) ? 'beter' : 'slechter');
    cleanup();
    const { container } = render(<Tabel313 r={r} />);
    const koppen = [...container.querySelectorAll('#tabel-313 thead th.verschil-kop')].map((k) => tekst(k));
    expect(koppen).toHaveLength(3);
    expect(koppen[2]).toBe(`Verschil ${nazorg!.naam} − ${kr!.naam}`);
    await user.click(document.body);
  });

  it('omdraaien en een keuze tegen het nulalternatief geeft geen dubbele kolom', async () => {
    const user = userEvent.setup();
    const r = berekenScenario(DRIE);
    render(<Overzicht />);
    await user.selectOptions(screen.getByTestId('vergelijk-a'), 'klantreis');
    await user.selectOptions(screen.getByTestId('vergelijk-b'), r.nulalternatief.id);
    cleanup();
    const { container } = render(<Tabel313 r={r} />);
    expect(container.querySelectorAll('#tabel-313 thead th.verschil-kop')).toHaveLength(2);
    expect(useScenarioStore.getState().scenario.vergelijking).toEqual({ a: 'klantreis', b: r.nulalternatief.id });
  });

  it('de keuze hoort bij het scenario (tester3 #7): in het bestand, één stap ongedaan te maken, weg met een verwijderde werkwijze; een bestand met een onbekende werkwijze wordt geweigerd', async () => {
    const { schrijfScenario, leesScenario } = await import('../../src/model');
    const { verwijder } = await import('../../src/store/werkwijzen');
    const user = userEvent.setup();
    render(<Overzicht />);
    await user.selectOptions(screen.getByTestId('vergelijk-a'), 'klantreis-nazorg');
    // One side only: nothing in the scenario yet.
    expect(useScenarioStore.getState().scenario.vergelijking).toBeUndefined();
    await user.selectOptions(screen.getByTestId('vergelijk-b'), 'klantreis');
    const s = useScenarioStore.getState().scenario;
    expect(s.vergelijking).toEqual({ a: 'klantreis-nazorg', b: 'klantreis' });
    expect(useScenarioStore.getState().verleden).toHaveLength(1);
    // Saved and read back: the same choice.
    const terug = leesScenario(schrijfScenario(s));
    expect(terug.ok && terug.scenario.vergelijking).toEqual({ a: 'klantreis-nazorg', b: 'klantreis' });
    // Deleting one of the two drops it.
    const weg = verwijder(s, 'klantreis-nazorg');
    expect(weg.ok && weg.scenario.vergelijking).toBeUndefined();
    // Undo: back to no choice.
    const { act } = await import('react');
    act(() => useScenarioStore.getState().ongedaanMaken());
    expect(useScenarioStore.getState().scenario.vergelijking).toBeUndefined();
    // A file that names a pathway it does not have.
    const fout = leesScenario(JSON.stringify({ ...JSON.parse(schrijfScenario(DRIE)), vergelijking: { a: 'klantreis', b: 'bestaat-niet' } }));
    expect(fout.ok).toBe(false);
    if (!fout.ok) expect(fout.fouten.map((f) => `${f.pad}: ${f.bericht}`)).toContain('vergelijking.b: "bestaat-niet" is geen werkwijze in dit scenario');
  });
});

describe('foute waarden in de nieuwe velden van een scenariobestand: een Nederlandse melding met veld en plaats', () => {
  it('vergelijking met zichzelf, dossiertelling.bron als getal of te lang', async () => {
    const { schrijfScenario, leesScenario, foutRegels } = await import('../../src/model');
    const lees = (f: (s: Record<string, any>) => void) => {
      const s = JSON.parse(schrijfScenario(DRIE));
      f(s);
      const v = leesScenario(JSON.stringify(s));
      return v.ok ? [] : foutRegels(v.fouten, 'nl', DRIE.werkwijzen.map((w) => w.naam));
    };
    expect(lees((s) => (s.vergelijking = { a: 'klantreis', b: 'klantreis' }))).toEqual(['vergelijking: vergelijkt een werkwijze met zichzelf; kies twee verschillende']);
    expect(lees((s) => (s.werkwijzen[1].dossiertelling = { klanten: 23, PW: 10, werkend: 4, bron: 5 }))).toEqual(['Klantreis Financiële Hulpverlening › dossiertelling › Bron: moet tekst zijn, maar is het getal 5']);
    expect(lees((s) => (s.werkwijzen[1].dossiertelling = { klanten: 23, PW: 10, werkend: 4, bron: 'x'.repeat(600) }))).toEqual(['Klantreis Financiële Hulpverlening › dossiertelling › Bron: is langer dan 500 tekens']);
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import Invoer from '../../src/ui/invoer/Invoer';
import { GetalVeld } from '../../src/ui/gedeeld/GetalVeld';
import { dubbelzinnig, herschrijf, leesGetal, puntAlsDecimaal } from '../../src/ui/gedeeld/getalInvoer';
import { formulierNaarScenario, naarFormulier } from '../../src/ui/invoer/formulier';
import { zetPad } from '../../src/ui/invoer/pad';
import { invoerStoresTerug } from '../helpers/invoerStores';

/**
 * The mirror of "1,700" (refused as ambiguous): "1.70" in a Dutch euro or number field. The dot is
 * the Dutch thousands separator, so a dot that cannot be one ("1.70", "12.5", ".5") is an English
 * decimal or a slip for "1.700". Review: it was read silently as 1,7. It is refused with a message
 * that suggests "1,70", also in a percentage (tester9 #10); in English the same holds for "1,70" with the roles
 * of the separators swapped.
 */

beforeEach(() => invoerStoresTerug());
afterEach(cleanup);

const SEP = { nl: { decimaal: ',', duizend: '.' }, en: { decimaal: '.', duizend: ',' } } as const;

describe('puntAlsDecimaal: the thousands separator where it cannot be one', () => {
  it.each([
    // nl: text, suggested typing
    ['1.70', '1,70'],
    ['12.5', '12,5'],
    ['.5', '0,5'],
    ['0.700', '0,700'],
    ['1.7000', '1,7000'],
    ['1234.567', '1234,567'],
    ['-1.70', '-1,70'],
    ['− € 1.70', '-1,70'],
    ['€ 1.7', '1,7'],
    [' 1.70 ', '1,70'],
    ['1\u00a0.\u202f70', '1,70'],
    ['1.70%', '1,70'],
  ])('nl %j → suggests %j, which reads as the same number and is accepted', (tekst, bedoeld) => {
    expect(puntAlsDecimaal(tekst, 'nl')).toEqual({ bedoeld });
    expect(leesGetal(bedoeld, 'nl')).toEqual(leesGetal(tekst, 'nl'));
    expect(dubbelzinnig(bedoeld, 'nl')).toBeNull();
    expect(dubbelzinnig(tekst, 'nl')).toBe(
      `"${tekst.trim()}": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u ${bedoeld}? Typ ${bedoeld}`,
    );
    // Left as typed on focus and blur, so the field never turns it into an accepted "1,7" by itself.
    expect(herschrijf(tekst, 'nl', true)).toBe(tekst);
    expect(herschrijf(tekst, 'nl', false)).toBe(tekst);
  });

  it.each(['1.700', '1.234.567', '1.234,5', '12.', '1,70', '1700', '0', 'abc', '1.2.3', '1.234.56', '1,700', '', '.'])('nl %j: not this case', (tekst) => {
    expect(puntAlsDecimaal(tekst, 'nl')).toBeNull();
  });

  it('English is the mirror: "1,70" and "12,5" are refused suggesting "1.70" and "12.5"; "1,700" and "43.5" are not this case', () => {
    expect(puntAlsDecimaal('1,70', 'en')).toEqual({ bedoeld: '1.70' });
    expect(puntAlsDecimaal('12,5', 'en')).toEqual({ bedoeld: '12.5' });
    expect(dubbelzinnig('1,70', 'en')).toBe('"1,70": in English a comma separates thousands (1,700) and a point decimals. Did you mean 1.70? Type 1.70');
    for (const t of ['1,700', '43.5', '1,234.5', '1.70']) expect(puntAlsDecimaal(t, 'en')).toBeNull();
  });

  /** Digits, both separators, spaces, signs, "€", "%" and look-alikes (Arabic decimal, middle dot, apostrophe, O, l). */
  const tekens = ['0', '1', '2', '5', '7', '9', '.', ',', '.', ',', ' ', '\u00a0', '−', '-', '+', '€', '%', '٫', '·', '’', 'O', 'l'];
  const tekst = fc.array(fc.constantFrom(...tekens), { maxLength: 10 }).map((a) => a.join(''));

  for (const taal of ['nl', 'en'] as const) {
    it(`property (${taal}): an accepted text outside a percentage uses the thousands separator only for thousands — deleting it reads the same number`, () => {
      const { duizend } = SEP[taal];
      fc.assert(
        fc.property(tekst, (t) => {
          const g = leesGetal(t, taal);
          if (!g.ok || dubbelzinnig(t, taal) !== null) return;
          expect(leesGetal(t.split(duizend).join(''), taal), t).toEqual(g);
        }),
        { numRuns: 3000 },
      );
    });

    it(`property (${taal}): every number with the thousands separator as decimal point, however decorated, is refused with a suggestion of the same value`, () => {
      const { duizend } = SEP[taal];
      fc.assert(
        fc.property(
          // Whole part: empty, with a leading 0, or 1–6 digits; decimals: 1–6 digits, but never a group of exactly three after 1–3 digits.
          fc.stringMatching(/^(|0|[0-9]{1,6})$/),
          fc.stringMatching(/^[0-9]{1,6}$/),
          fc.constantFrom('', '-', '−', '+', '€ ', '€ −', '−€', ' '),
          fc.constantFrom('', '%', ' ', '\u00a0'),
          (geheel, breuk, voor, na) => {
            fc.pre(!(/^[1-9]\d{0,2}$/.test(geheel) && breuk.length === 3));
            const t = `${voor}${geheel}${duizend}${breuk}${na}`;
            const g = leesGetal(t, taal);
            expect(g.ok, t).toBe(true);
            const p = puntAlsDecimaal(t, taal);
            expect(p, t).not.toBeNull();
            expect(dubbelzinnig(t, taal), t).toContain(p!.bedoeld);
            expect(leesGetal(p!.bedoeld, taal), t).toEqual(g);
            expect(dubbelzinnig(p!.bedoeld, taal), t).toBeNull();
          },
        ),
        { numRuns: 2000 },
      );
    });
  }
});

describe('in the forms: refused in every field, also in a percentage (tester9 #10: "37.9" was taken as 37,9% and stayed "37.9"; "17.40" meant 17,4% but "17.400" 17.400%)', () => {
  it('"1.70" in a euro field and "43.5" in a share are refused naming the field; English "4,25" months is refused', () => {
    const f = naarFormulier(DEN_HAAG, 'nl');
    zetPad(f as never, 'werkwijzen.1.kosten.preparation.bedrag', '1.70');
    zetPad(f as never, 'werkwijzen.1.samenstelling.aandeelPW', '43.5');
    const r = formulierNaarScenario(f, DEN_HAAG, 'nl');
    expect(r.ok ? [] : r.fouten).toEqual([
      {
        naam: 'werkwijzen.1.samenstelling.aandeelPW',
        bericht: '"43.5": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u 43,5? Typ 43,5',
      },
      {
        naam: 'werkwijzen.1.kosten.preparation.bedrag',
        bericht: '"1.70": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u 1,70? Typ 1,70',
      },
    ]);
    zetPad(f as never, 'werkwijzen.1.kosten.preparation.bedrag', '1,70');
    zetPad(f as never, 'werkwijzen.1.samenstelling.aandeelPW', '43,5');
    const goed = formulierNaarScenario(f, DEN_HAAG, 'nl');
    expect(goed.ok).toBe(true);
    if (goed.ok) {
      expect(goed.scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(1.7);
      expect(goed.scenario.werkwijzen[1]!.samenstelling.aandeelPW).toBe(0.435);
    }
    const e = naarFormulier(DEN_HAAG, 'en');
    zetPad(e as never, 'parameters.welfareExit.monthsEarlier', '4,25');
    const en = formulierNaarScenario(e, DEN_HAAG, 'en');
    expect(en.ok ? [] : en.fouten.map((x) => x.bericht)).toEqual(['"4,25": in English a comma separates thousands (1,700) and a point decimals. Did you mean 4.25? Type 4.25']);
  });

  it('the inputs view: "1.70" typed in a euro field shows the error and stays as typed after leaving the field; the store never holds 1,7', async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const id = 'veld-werkwijzen-0-kosten-preparation-bedrag';
    const veld = () => document.getElementById(id) as HTMLInputElement;
    await user.clear(veld());
    await user.type(veld(), '1.70');
    expect(document.getElementById(`${id}-fout`)?.textContent).toContain('Bedoelt u 1,70? Typ 1,70');
    expect(useInvoerStatusStore.getState().ongeldig).toBe(true);
    await user.tab();
    expect(veld().value).toBe('1.70');
    expect(document.getElementById(`${id}-fout`)?.textContent).toContain('"1.70"');
    expect(useScenarioStore.getState().scenario.werkwijzen[0]!.kosten.preparation.bedrag).not.toBe(1.7);
    await user.clear(veld());
    await user.paste('1,70');
    expect(useInvoerStatusStore.getState().ongeldig).toBe(false);
    expect(useScenarioStore.getState().scenario.werkwijzen[0]!.kosten.preparation.bedrag).toBe(1.7);
  });

  it('a percentage: "37.9" and "17.40" are refused with the Dutch suggestion, "17.400" is 17.400% and refused as over 100%; "43,125" stays a share; English "37,9" is refused too', () => {
    const met = (taal: 'nl' | 'en', tekst: string) => {
      const f = naarFormulier(DEN_HAAG, taal);
      zetPad(f as never, 'werkwijzen.1.samenstelling.aandeelPW', tekst);
      const r = formulierNaarScenario(f, DEN_HAAG, taal);
      return r.ok ? r.scenario.werkwijzen[1]!.samenstelling.aandeelPW : r.fouten.map((x) => x.bericht.replace(/[\u00a0\u202f]/g, ' '));
    };
    expect(met('nl', '37.9')).toEqual(['"37.9": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u 37,9? Typ 37,9']);
    expect(met('nl', '17.40')).toEqual(['"17.40": in het Nederlands scheidt een punt duizendtallen (1.700) en een komma decimalen. Bedoelt u 17,40? Typ 17,40']);
    expect(met('nl', '17.400')).toEqual([expect.stringMatching(/17\.400 ?%/)]);
    expect(met('nl', '37,9')).toBe(0.379);
    expect(met('nl', '43,125')).toBe(0.43125);
    expect(met('en', '37,9')).toEqual(['"37,9": in English a comma separates thousands (1,700) and a point decimals. Did you mean 37.9? Type 37.9']);
    expect(met('en', '37.9')).toBe(0.379);
  });

  it('the shared number field: "12.5" refused in an amount and in a percentage', async () => {
    const user = userEvent.setup();
    const gezien: (number | null)[] = [];
    const { unmount } = render(<GetalVeld label="Kosten" waarde={790} opWaarde={(x) => (gezien.push(x), null)} testId="veld" />);
    await user.clear(screen.getByTestId('veld'));
    await user.paste('12.5');
    expect(screen.getByTestId('veld-fout').textContent).toContain('Bedoelt u 12,5? Typ 12,5');
    expect(gezien).toEqual([]);
    unmount();
    render(<GetalVeld label="Aandeel" waarde={0.3} schaal={100} opWaarde={(x) => (gezien.push(x), null)} testId="veld" />);
    await user.clear(screen.getByTestId('veld'));
    await act(() => user.paste('12.5'));
    expect(screen.getByTestId('veld-fout').textContent).toContain('Bedoelt u 12,5? Typ 12,5');
    expect(gezien).toEqual([]);
    await user.clear(screen.getByTestId('veld'));
    await act(() => user.paste('12,5'));
    expect(screen.queryByTestId('veld-fout')).toBeNull();
    expect(gezien).toEqual([0.125]);
  });
});

// @vitest-environment jsdom
/**
 * Typing after pathway management (tester7 #1). After copying or adding a pathway and then renaming
 * one, the first key typed into every field that existed before was lost: 800 typed into a field of
 * 700 gave 700 > 7000 > 70000, not marked invalid, and the model used 70.000. react-hook-form's reset
 * (the form refilled from the store) forgot the fields' inputs, and a render React threw away
 * registered them again without one. Whatever the sequence of pathway actions (add, copy, rename,
 * move, delete, baseline, undo, redo), each key typed afterwards must be taken as typed, in the field
 * and in the store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { ongedaanMaken, opnieuw, useScenarioStore } from '../../src/store/scenarioStore';
import { useInvoerStatusStore } from '../../src/store/invoerStatus';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { hernoem, inStore, kopieer, maakNulalternatief, verplaats, verwijder, voegToe } from '../../src/store/werkwijzen';
import type { Scenario } from '../../src/model';
import Invoer from '../../src/ui/invoer/Invoer';
import { useVeldFouten } from '../../src/ui/invoer/context';
import { SCENARIO_TAB, useInvoerWeergave } from '../../src/ui/invoer/weergave';

const huidig = () => useScenarioStore.getState().scenario;
const veld = (naam: string) => document.getElementById(`veld-${naam.replace(/\./g, '-')}`) as HTMLInputElement;

function beginToestand() {
  useScenarioStore.setState({ scenario: DEN_HAAG, verleden: [], toekomst: [], bewerking: null });
  useInvoerStatusStore.setState({ ongeldig: false, aantalFouten: 0, concept: null });
  useVeldFouten.setState({ fouten: {} });
  useVoorkeuren.setState({ taal: 'nl' });
  useInvoerWeergave.setState({ tab: SCENARIO_TAB });
}
beforeEach(beginToestand);
afterEach(cleanup);

/** A field that exists whatever the pathways are, with where the store keeps its value. */
interface Veld {
  naam: (s: Scenario) => string;
  inStore: (s: Scenario) => number;
}
const VELDEN = {
  voorbereiding: (i: number): Veld => ({
    naam: (s) => `werkwijzen.${i % s.werkwijzen.length}.kosten.preparation.bedrag`,
    inStore: (s) => s.werkwijzen[i % s.werkwijzen.length]!.kosten.preparation.bedrag,
  }),
  pwUitkering: { naam: () => 'parameters.welfare.pwAnnualCost', inStore: (s: Scenario) => s.parameters['welfare.pwAnnualCost'] } as Veld,
  huisuitzetting: { naam: () => 'parameters.eviction.cost', inStore: (s: Scenario) => s.parameters['eviction.cost'] } as Veld,
};

/** Selects the field's text and types `tekst` key by key: after each key the field holds what was typed. */
async function typ(user: ReturnType<typeof userEvent.setup>, v: Veld, tekst: string) {
  const naam = v.naam(huidig());
  const input = veld(naam);
  await user.click(input);
  await user.keyboard('{Control>}a{/Control}');
  let getypt = '';
  for (const toets of tekst) {
    await user.keyboard(toets);
    getypt += toets;
    expect(input.value, `${naam} after typing ${getypt}`).toBe(getypt);
  }
  expect(v.inStore(huidig()), `${naam} in the store`).toBe(Number(tekst));
  await user.keyboard('{Tab}');
  expect(input.getAttribute('aria-invalid'), naam).toBe('false');
  expect(input.value).toBe(Number(tekst).toLocaleString('nl-NL'));
  expect(v.inStore(huidig())).toBe(Number(tekst));
}

type Actie = { soort: 'toevoegen' } | { soort: 'kopieer' | 'hernoem' | 'omhoog' | 'omlaag' | 'verwijder' | 'nulalternatief'; i: number } | { soort: 'ongedaan' | 'opnieuw' };

let naamTeller = 0;
function voerUit(a: Actie) {
  const id = (i: number) => huidig().werkwijzen[i % huidig().werkwijzen.length]!.id;
  switch (a.soort) {
    case 'toevoegen':
      return inStore((s) => voegToe(s));
    case 'kopieer':
      return inStore((s) => kopieer(s, id(a.i)));
    case 'hernoem':
      return inStore((s) => hernoem(s, id(a.i), `Werkwijze ${++naamTeller}`));
    case 'omhoog':
    case 'omlaag':
      return inStore((s) => verplaats(s, id(a.i), a.soort === 'omhoog' ? -1 : 1));
    case 'verwijder':
      return inStore((s) => verwijder(s, id(a.i)));
    case 'nulalternatief':
      return inStore((s) => maakNulalternatief(s, id(a.i)));
    case 'ongedaan':
      return ongedaanMaken();
    case 'opnieuw':
      return opnieuw();
  }
}

const plaats = fc.nat(7);
const actie: fc.Arbitrary<Actie> = fc.oneof(
  { arbitrary: fc.constant({ soort: 'toevoegen' as const }), weight: 2 },
  { arbitrary: plaats.map((i) => ({ soort: 'kopieer' as const, i })), weight: 2 },
  { arbitrary: plaats.map((i) => ({ soort: 'hernoem' as const, i })), weight: 3 },
  { arbitrary: fc.tuple(fc.constantFrom('omhoog' as const, 'omlaag' as const, 'verwijder' as const, 'nulalternatief' as const), plaats).map(([soort, i]) => ({ soort, i })), weight: 2 },
  { arbitrary: fc.constantFrom({ soort: 'ongedaan' as const }, { soort: 'opnieuw' as const }), weight: 1 },
);
const typen = fc.record({
  veld: fc.oneof(plaats.map(VELDEN.voorbereiding), fc.constant(VELDEN.pwUitkering), fc.constant(VELDEN.huisuitzetting)),
  tekst: fc.integer({ min: 1, max: 20_000 }).map(String),
});

describe('typing after pathway management', () => {
  it("the tester's steps: copy Klantreis, rename the copy, type 800 over 700 in Reguliere werkwijze", async () => {
    const user = userEvent.setup();
    render(<Invoer />);
    const beheer = within(screen.getByTestId('werkwijzenbeheer'));
    await user.click(beheer.getByRole('button', { name: 'Kopiëren: Klantreis Financiële Hulpverlening' }));
    await user.click(beheer.getAllByRole('button', { name: /^Naam wijzigen: Klantreis/ }).at(-1)!);
    const nieuweNaam = beheer.getByLabelText(/^Nieuwe naam voor/);
    await user.clear(nieuweNaam);
    await user.type(nieuweNaam, 'Klantreis licht{Enter}');
    expect(huidig().werkwijzen.map((w) => w.naam)).toEqual(['Reguliere werkwijze (FIG-route)', 'Klantreis Financiële Hulpverlening', 'Klantreis licht']);
    expect(veld('werkwijzen.0.kosten.preparation.bedrag').value).toBe('700');
    await typ(user, VELDEN.voorbereiding(0), '800'); // was 700 > 7000 > 70000
    await typ(user, VELDEN.voorbereiding(1), '2000');
    await typ(user, VELDEN.pwUitkering, '15000');
    await typ(user, VELDEN.voorbereiding(0), '900');
    expect(huidig().werkwijzen.map((w) => w.kosten.preparation.bedrag)).toEqual([900, 2000, DEN_HAAG.werkwijzen[1]!.kosten.preparation.bedrag]);
  }, 120_000);

  it('any sequence of pathway actions, then typing: every key is taken as typed, in the field and in the store (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(actie.map((a) => ({ a })), typen.map((t) => ({ t }))), { minLength: 1, maxLength: 5 }), typen, async (stappen, laatste) => {
        cleanup();
        beginToestand();
        const user = userEvent.setup();
        render(<Invoer />);
        for (const stap of stappen) {
          if ('a' in stap) act(() => void voerUit(stap.a));
          else await typ(user, stap.t.veld, stap.t.tekst);
        }
        await typ(user, laatste.veld, laatste.tekst);
      }),
      {
        numRuns: 10,
        examples: [
          [[{ a: { soort: 'kopieer', i: 1 } }, { a: { soort: 'hernoem', i: 2 } }], { veld: VELDEN.voorbereiding(0), tekst: '800' }],
          [[{ a: { soort: 'toevoegen' } }, { a: { soort: 'hernoem', i: 2 } }], { veld: VELDEN.pwUitkering, tekst: '15000' }],
          [[{ a: { soort: 'kopieer', i: 0 } }, { a: { soort: 'hernoem', i: 2 } }], { veld: VELDEN.huisuitzetting, tekst: '6000' }],
        ],
      },
    );
  }, 300_000);
});

// @vitest-environment jsdom
/**
 * tester9 #13: after a dossier import a share field showed "33,33333333333333" (1 of 3 dossiers with PW).
 * The field now shows it as other share fields read ("33,33"), while the scenario keeps the exact 1/3:
 * the shown text stands for the stored value, so an edit elsewhere never rounds it to 33,33%.
 */
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEN_HAAG } from '../../src/store/voorbeelden';
import { useScenarioStore, zetScenario } from '../../src/store/scenarioStore';
import Invoer from '../../src/ui/invoer/Invoer';
import { naarAandeelInvoertekst } from '../../src/ui/gedeeld/getalInvoer';
import { formulierNaarScenario, naarFormulier } from '../../src/ui/invoer/formulier';
import { leesPad, zetPad } from '../../src/ui/invoer/pad';
import { invoerStoresTerug } from '../helpers/invoerStores';

const PW = 'werkwijzen.1.samenstelling.aandeelPW';
const metDerde = () => {
  const s = structuredClone(DEN_HAAG);
  s.werkwijzen[1]!.samenstelling.aandeelPW = 1 / 3;
  return s;
};

beforeEach(() => invoerStoresTerug());
afterEach(cleanup);

describe('een aandeel uit een dossierimport (k/n) in zijn veld', () => {
  it('1/3 toont als "33,33" (en "33.33"); 43,5 en 43,125 blijven zoals ze zijn', () => {
    expect(naarAandeelInvoertekst(1 / 3, 'nl')).toBe('33,33');
    expect(naarAandeelInvoertekst(1 / 3, 'en')).toBe('33.33');
    expect(naarAandeelInvoertekst(2 / 3, 'nl')).toBe('66,67');
    expect(naarAandeelInvoertekst(0.435, 'nl')).toBe('43,5');
    expect(naarAandeelInvoertekst(0.43125, 'nl')).toBe('43,125');
    expect(naarAandeelInvoertekst(0.2799, 'nl')).toBe('27,99');
    expect(leesPad(naarFormulier(metDerde(), 'nl'), PW)).toBe('33,33');
  });

  it('het formulier houdt de exacte 1/3 bij een wijziging elders; wie zelf 33,3 typt krijgt 33,3%', () => {
    const s = metDerde();
    const f = naarFormulier(s, 'nl');
    zetPad(f as never, 'werkwijzen.1.kosten.preparation.bedrag', '1800');
    const r = formulierNaarScenario(f, s, 'nl');
    expect(r.ok && r.scenario.werkwijzen[1]!.samenstelling.aandeelPW).toBe(1 / 3);
    expect(r.ok && r.scenario.werkwijzen[1]!.kosten.preparation.bedrag).toBe(1800);
    zetPad(f as never, PW, '33,3');
    const r2 = formulierNaarScenario(f, s, 'nl');
    expect(r2.ok && r2.scenario.werkwijzen[1]!.samenstelling.aandeelPW).toBe(0.333);
  });

  it('in Invoer: het veld toont 33,33, en een andere bewerking laat 1/3 in het scenario', async () => {
    zetScenario(metDerde(), { geschiedenis: false });
    const user = userEvent.setup();
    render(<Invoer />);
    const veld = document.getElementById('veld-werkwijzen-1-samenstelling-aandeelPW') as HTMLInputElement;
    expect(veld.value).toBe('33,33');
    await user.click(veld);
    await user.tab();
    const kosten = document.getElementById('veld-werkwijzen-1-kosten-preparation-bedrag') as HTMLInputElement;
    await user.clear(kosten);
    await user.type(kosten, '1800');
    await user.tab();
    const s = useScenarioStore.getState().scenario;
    expect(s.werkwijzen[1]!.kosten.preparation.bedrag).toBe(1800);
    expect(s.werkwijzen[1]!.samenstelling.aandeelPW).toBe(1 / 3);
    expect(veld.value).toBe('33,33');
  });
});

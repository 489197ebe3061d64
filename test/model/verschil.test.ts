import { describe, expect, it } from 'vitest';
import { verschilOmschrijving, verschillendePaden } from '../../src/model/scenario/verschil';
import { DEN_HAAG } from '../../src/store/voorbeelden';

describe('what tells two versions of a scenario apart (tester3 #14: two tabs, the same title)', () => {
  it('names the differing fields by their labels, the first three and how many more', () => {
    const b = structuredClone(DEN_HAAG);
    b.werkwijzen[1]!.kosten.preparation.bedrag = 2000;
    b.parameters['welfareExit.monthsEarlier'] = 6;
    expect(verschillendePaden(DEN_HAAG, b)).toEqual(['parameters.welfareExit.monthsEarlier', 'werkwijzen[1].kosten.preparation.bedrag']);
    expect(verschilOmschrijving(DEN_HAAG, b, 'nl', DEN_HAAG.werkwijzen.map((w) => w.naam))).toBe(
      'Aannames voor alle werkwijzen › Maanden eerder uit de bijstand; Klantreis Financiële Hulpverlening › Kosten › Start tot aan schulden regelen › kosten per klant',
    );
    b.titel = 'Ander';
    b.werkwijzen[0]!.cohort = 30;
    // The inputs first, the scenario's description after them (tester6 N1).
    expect(verschilOmschrijving(DEN_HAAG, b, 'en', [])).toMatch(/^Assumptions for all pathways › Months earlier out of welfare; Pathway 1 › Cohort; Pathway 2 › .+ and 1 other field$/);
  });

  it('the first edit also changes title, description and author by itself: the one input the user changed is named first (tester6 N1)', () => {
    const b = structuredClone(DEN_HAAG);
    b.titel = `${DEN_HAAG.titel} (bewerkt)`;
    b.beschrijving = '';
    b.auteur = '';
    b.parameters['welfareExit.monthsEarlier'] = 6;
    expect(verschilOmschrijving(DEN_HAAG, b, 'nl', [])).toMatch(/^Aannames voor alle werkwijzen › Maanden eerder uit de bijstand; Titel van het scenario; .+ en 1 ander veld$/);
  });

  it('the same scenario: no difference; a list of another length or a field only one has is one difference', () => {
    expect(verschilOmschrijving(DEN_HAAG, structuredClone(DEN_HAAG), 'nl')).toBe('');
    const c = structuredClone(DEN_HAAG);
    c.werkwijzen.push(structuredClone(c.werkwijzen[1]!));
    expect(verschillendePaden(DEN_HAAG, c)).toEqual(['werkwijzen']);
    expect(verschillendePaden({ a: 1 }, { a: 1, b: 2 })).toEqual(['b']);
    expect(verschillendePaden({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toEqual(['a']);
  });
});

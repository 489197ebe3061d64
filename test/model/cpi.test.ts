/** Today's prices in one step (issue 11, item 7): the CBS CPI figures as data and "naar prijspeil". */
import { describe, expect, it } from 'vitest';
import { CBS_CPI, Decimal, LAATSTE_CPI_JAAR, berekenScenario, naarPrijspeil, prijsjarenVan } from '../../src/model';
import { indexeer } from '../../src/model/prijspeil';
import { DEN_HAAG } from '../../src/store/voorbeelden';

describe('CBS CPI', () => {
  it('heeft elk jaar van 2011 tot en met het laatste, met de gepubliceerde cijfers', () => {
    const jaren = Object.keys(CBS_CPI.jaarmutatie).map(Number);
    expect(jaren).toEqual(Array.from({ length: LAATSTE_CPI_JAAR - 2011 + 1 }, (_, i) => 2011 + i));
    expect(LAATSTE_CPI_JAAR).toBe(2025);
    // Spot checks against the CBS releases cited in CBS_CPI.bron.
    expect(CBS_CPI.jaarmutatie[2016]).toBe(0.003);
    expect(CBS_CPI.jaarmutatie[2022]).toBe(0.1);
    expect(CBS_CPI.jaarmutatie[2023]).toBe(0.038);
    expect(CBS_CPI.bron.nl).toMatch(/CBS/);
    expect(CBS_CPI.bron.en).toMatch(/Statistics Netherlands/);
  });

  it('naar prijspeil 2025: doeljaar en CBS-inflatie voor de ontbrekende jaren; eigen cijfers blijven', () => {
    const p = { ...DEN_HAAG.prijspeil, inflatie: { '2020': 0.02 } };
    const n = naarPrijspeil(p, 2025, prijsjarenVan(p));
    expect(prijsjarenVan(p)).toEqual([2011, 2016, 2019]);
    expect(n.prijspeil.doeljaar).toBe(2025);
    expect(n.prijspeil.inflatie['2020']).toBe(0.02);
    expect(n.prijspeil.inflatie['2012']).toBe(0.025);
    expect(n.ingevuld).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
    expect(n.ontbreekt).toEqual([]);
    expect(p.doeljaar).toBe(DEN_HAAG.prijspeil.doeljaar); // the input is not changed
  });

  it('een doeljaar na het laatste CBS-jaar laat die jaren leeg en zegt dat', () => {
    const n = naarPrijspeil(DEN_HAAG.prijspeil, 2027, prijsjarenVan(DEN_HAAG.prijspeil));
    expect(n.ontbreekt).toEqual([2026, 2027]);
    expect(n.prijspeil.inflatie['2026']).toBeUndefined();
  });

  it('de indexfactor van 2011 naar 2025 is het product van de jaarmutaties 2012–2025 (handberekening)', () => {
    const s = structuredClone(DEN_HAAG);
    s.prijspeil = naarPrijspeil(s.prijspeil, 2025, prijsjarenVan(s.prijspeil)).prijspeil;
    const r = indexeer(s, s.prijspeil);
    if (!r.ok || !r.indexering) throw new Error('indexering mislukt');
    const hand = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].reduce((f, y) => f.times(new Decimal(1).plus(CBS_CPI.jaarmutatie[y]!)), new Decimal(1));
    expect(r.indexering.factoren[2011]!.toString()).toBe(hand.toString());
    expect(hand.toFixed(4)).toBe('1.4360'); // checked independently: € 1 of 2011 is € 1,44 of 2025
    // The rescaled scenario computes, and its amounts are higher than at the source price levels.
    const voor = berekenScenario(DEN_HAAG).werkwijzen[1]!.baten.totaal.perKlant;
    const na = berekenScenario(r.scenario).werkwijzen[1]!.baten.totaal.perKlant;
    expect(na.gt(voor)).toBe(true);
  });

  it('zonder keuze blijft Den Haag op het prijspeil van de bronnen (het rapport)', () => {
    expect(DEN_HAAG.prijspeil.doeljaar).toBeNull();
  });
});

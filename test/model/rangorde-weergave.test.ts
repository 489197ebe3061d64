import { describe, expect, it } from 'vitest';
import { berekenScenario, type Scenario } from '../../src/model';
import { monteCarlo, type MonteCarloResultaat } from '../../src/model/onzekerheid/montecarlo';
import { kansenAfgerond, kopgroep, rangordeAfgerond, type Rangorde } from '../../src/model/onzekerheid/rangorde';
import type { WaardeVanInformatie } from '../../src/model/onzekerheid/waardeVanInformatie';
import { naarTabel } from '../../src/model/uitvoer/tabel';
import { VOORBEELDEN } from '../../src/store/voorbeelden';

/**
 * Defects 9 and 15 (second tester round): the chances shown must add up to 100% (largest remainder, as the
 * client counts), and a top that is within Monte Carlo error is named as a near tie, not as one winner.
 */
const DRIE: Scenario = VOORBEELDEN.find((v) => v.id === 'den-haag-drie-werkwijzen-nazorg')!.scenario;
const ids = ['regulier', 'klantreis', 'klantreis-nazorg'] as const;

/** A ranking made by hand: P(best) 17,55% / 40,55% / 41,9%, and Klantreis beats Reguliere in 64,75% of draws. */
function rangorde(beste: [number, number, number]): Rangorde {
  const p: Record<string, Record<string, number>> = {
    regulier: { klantreis: 0.3525, 'klantreis-nazorg': 0.34 },
    klantreis: { regulier: 0.6475, 'klantreis-nazorg': 0.498 },
    'klantreis-nazorg': { regulier: 0.66, klantreis: 0.502 },
  };
  const gelijk = Object.fromEntries(ids.map((a) => [a, Object.fromEntries(ids.filter((b) => b !== a).map((b) => [b, 0]))]));
  return { paarsgewijs: p, gelijk, kansBeste: Object.fromEntries(ids.map((a, i) => [a, beste[i]!])), verwachteRang: { regulier: 2.3, klantreis: 1.86, 'klantreis-nazorg': 1.84 } };
}

const tabelMet = (ro: Rangorde, trekkingen = 10_000) => {
  const mc: MonteCarloResultaat = { ...monteCarlo(DRIE, { ...DRIE.onzekerheid, montecarlo: { trekkingen: 50, seed: 7, uitkomstenHertrekken: false } }), trekkingen, rangorde: ro };
  return naarTabel(DRIE, berekenScenario(DRIE), null, { breedte: 200, onzekerheid: { monteCarlo: mc } }).replace(/\u00a0/g, ' ');
};
const rij = (tabel: string, label: string) => tabel.split('\n').find((r) => r.startsWith(label))!.match(/(\d+)%/g)!.map((x) => Number.parseInt(x, 10));

describe('defect 9: chances that must add up to 100% are shown so that they do', () => {
  it('kansenAfgerond: 17,97% + 40,87% + 41,16% is shown as 18,0 + 40,9 + 41,1 (each on its own: 100,1)', () => {
    expect(kansenAfgerond([0.1797, 0.4087, 0.4116], 1)).toEqual([0.18, 0.409, 0.411]);
    expect(kansenAfgerond([0.1755, 0.4055, 0.419], 0)).toEqual([0.18, 0.4, 0.42]);
  });

  it('rangordeAfgerond: per pair, a > b and b > a (and ties) add up to 100%; P(best) too; the JSON figures stay unrounded', () => {
    const ro = rangorde([0.1755, 0.4055, 0.419]);
    const a = rangordeAfgerond(ro, 1);
    expect(a.paarsgewijs.klantreis!.regulier! + a.paarsgewijs.regulier!.klantreis!).toBeCloseTo(1, 12);
    expect(ro.paarsgewijs.klantreis!.regulier).toBe(0.6475);
    expect(Object.values(rangordeAfgerond(ro, 0).kansBeste).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });

  it('the CLI table: "Kans de beste te zijn" 18% + 40% + 42% = 100% (rounded one by one: 18 + 41 + 42 = 101)', () => {
    const t = tabelMet(rangorde([0.1755, 0.4055, 0.419]));
    const kans = rij(t, 'Kans de beste te zijn');
    expect(kans).toEqual([18, 40, 42]);
    // The pair Klantreis/Reguliere: 65% and 35%, not 65% + 35%… rounded each from 64,75 / 35,25.
    expect(rij(t, 'Klantreis Financiële Hulpverlening beter dan')[0]! + rij(t, 'Reguliere werkwijze (FIG-route) beter dan')[0]!).toBe(100);
  });
});

describe('defect 15: a top within Monte Carlo error is "vrijwel gelijk"', () => {
  it('kopgroep: 41,4% against 40,8% of 10.000 draws is within two standard errors (sqrt((p1 + p2 − (p1 − p2)²)/n) ≈ 0,91 pp); 64,5% against 35,5% is not', () => {
    expect(kopgroep({ regulier: 0.179, klantreis: 0.408, 'klantreis-nazorg': 0.414 }, 10_000)).toEqual(['klantreis-nazorg', 'klantreis']);
    expect(kopgroep({ regulier: 0.355, klantreis: 0.645 }, 10_000)).toEqual(['klantreis']);
    // The same 0,6 pp with a million draws is a real difference (2 SE ≈ 0,18 pp).
    expect(kopgroep({ regulier: 0.179, klantreis: 0.408, 'klantreis-nazorg': 0.414 }, 1_000_000)).toEqual(['klantreis-nazorg']);
  });

  it('the CLI table names both, with the rule, instead of one winner', () => {
    const t = tabelMet(rangorde([0.179, 0.407, 0.414])).replace(/\s+/g, ' ');
    expect(t).toContain(
      'Klantreis met nazorg en Klantreis Financiële Hulpverlening hebben vrijwel even grote kans de beste te zijn (41,4% en 40,7% van de trekkingen): het verschil is kleiner dan twee standaardfouten van de Monte Carlo-schatting, dus toeval in de trekkingen.',
    );
    expect(t).not.toContain('heeft de grootste kans de beste te zijn');
    // A clear leader keeps the old sentence.
    expect(tabelMet(rangorde([0.1, 0.2, 0.7])).replace(/\s+/g, ' ')).toContain('De Klantreis met nazorg heeft de grootste kans de beste te zijn: 70% van de trekkingen.');
  });

  it('the value-of-information sentence names both outcome groups when they differ by less than the noise limit (CLI table)', () => {
    const iw = (sleutel: string, evppi: number, nl: string) => ({ sleutel, label: { nl, en: nl }, inZin: { nl, en: nl }, evppi, evppiPerJaar: null });
    const w: WaardeVanInformatie = {
      trekkingen: 10_000,
      evpi: 467,
      evpiPerJaar: null,
      instroomPerJaar: null,
      perInvoer: [iw('x', 146, 'het aandeel met PW-uitkering')],
      perGroep: [iw('uitkomsten.klantreis', 226, 'de uitkomsten van Klantreis'), iw('uitkomsten.kopie', 233, 'de uitkomsten van Klantreis (kopie)')],
      uitkomstenHertrokken: true,
      ruisniveau: 32,
      ruisgrens: 37,
    };
    const tabel = (x: WaardeVanInformatie) =>
      naarTabel(DRIE, berekenScenario(DRIE), null, { breedte: 300, onzekerheid: { waardeVanInformatie: x } }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    expect(tabel(w)).toContain(
      'Als de gemeente één ding lokaal meet, leveren het meten van de uitkomsten van Klantreis (kopie) en van de uitkomsten van Klantreis vrijwel evenveel beslisinformatie op: tot € 233 per klant en € 226 per klant. Het verschil is kleiner dan het ruisniveau van de schatter (€ 37), dus toeval in de trekkingen.',
    );
    // € 60 apart, more than the noise limit: one named.
    const ver = { ...w, perGroep: [iw('uitkomsten.klantreis', 173, 'de uitkomsten van Klantreis'), w.perGroep[1]!] };
    expect(tabel(ver)).toContain('levert het meten van de uitkomsten van Klantreis (kopie) de meeste beslisinformatie op: tot € 233 per klant.');
  });
});

/**
 * Any number of pathways (issue 5): a pathway computes the same whether it stands alone against the
 * baseline or next to other pathways; and the reference-cohort rule with three pathways.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { berekenScenario, formatFouten, referentieCohort, valideerScenario, type Resultaat, type Scenario } from '../../src/model';

const PAD = fileURLToPath(new URL('../../scenarios/den-haag-drie-werkwijzen-nazorg.json', import.meta.url));
const drie = () => JSON.parse(readFileSync(PAD, 'utf8'));

function geldig(data: unknown): Scenario {
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}

/** The file data with only the given pathways (in that order). */
function met(ids: string[], wijzig: (d: any) => void = () => {}): Scenario {
  const d = drie();
  d.werkwijzen = ids.map((id) => d.werkwijzen.find((w: any) => w.id === id));
  d.onzekerheid.bereiken = {}; // refers to the nazorg pathway, which may be absent
  wijzig(d);
  return geldig(d);
}

/** Every Decimal as its exact text (decimal.js's toJSON), every other value as is: equal = equal to the last digit. */
const exact = (x: unknown) => JSON.stringify(x);

const deel = (r: Resultaat, id: string) => ({
  werkwijze: r.werkwijzen.find((w) => w.id === id)!,
  verschil: r.verschillen.find((v) => v.id === id),
});

describe('drie werkwijzen: elke werkwijze rekent alsof ze alleen tegen het nulalternatief staat', () => {
  const r3 = berekenScenario(met(['regulier', 'klantreis', 'klantreis-nazorg']));
  for (const id of ['klantreis', 'klantreis-nazorg']) {
    it(`${id}: elk getal (kosten, baten, saldo, stakeholders, componenten, toedeling, verschil) gelijk aan [regulier, ${id}]`, () => {
      const r2 = berekenScenario(met(['regulier', id]));
      expect(r2.referentieCohort).toBe(r3.referentieCohort);
      expect(exact(deel(r3, id))).toBe(exact(deel(r2, id)));
    });
  }
  it('de vergelijking is niet leeg: alle getallen staan erin, en twee werkwijzen verschillen', () => {
    const tekst = exact(deel(r3, 'klantreis'));
    expect(tekst).toContain('"59829"');
    expect(tekst.length).toBeGreaterThan(2000);
    expect(tekst).not.toBe(exact(deel(r3, 'klantreis-nazorg')));
  });
  it('het nulalternatief zelf ook', () => {
    const r2 = berekenScenario(met(['regulier', 'klantreis-nazorg']));
    expect(exact(r3.nulalternatief)).toBe(exact(r2.nulalternatief));
    expect(r3.verschillen.map((v) => v.id)).toEqual(['klantreis', 'klantreis-nazorg']);
  });
  it('ook met het referentiecohort uit de regel (null) en fractionele toedeling', () => {
    const wijzig = (d: any) => {
      d.instellingen.referentieCohort = null;
      d.instellingen.toedeling = 'verwachteWaarden';
      d.instellingen.eenheidsbedragenAfronden = false;
    };
    const r = berekenScenario(met(['regulier', 'klantreis', 'klantreis-nazorg'], wijzig));
    const r2 = berekenScenario(met(['regulier', 'klantreis-nazorg'], wijzig));
    expect(exact(deel(r, 'klantreis-nazorg'))).toBe(exact(deel(r2, 'klantreis-nazorg')));
  });
  it('de rapportcijfers blijven: Klantreis € 59.829 kosten; nazorg € 64.029 (8 oplossingen × € 1.400 in plaats van 7 × € 1.000)', () => {
    const kr = r3.werkwijzen.find((w) => w.id === 'klantreis')!;
    const nz = r3.werkwijzen.find((w) => w.id === 'klantreis-nazorg')!;
    expect(kr.kosten.totaal.totaal.toNumber()).toBe(59829);
    expect(nz.kosten.posten.debtArrangement.bruto.toNumber()).toBe(11200);
    expect(nz.kosten.totaal.totaal.toNumber()).toBe(64029);
    expect(nz.inAanmerking.toNumber()).toBe(15);
    expect(kr.inAanmerking.toNumber()).toBe(14);
  });
});

describe('referentiecohort bij drie werkwijzen: de instelling, anders de N van de eerste projectwerkwijze in de lijst', () => {
  /** Three pathways; the nazorg one gets N = 40 (its counts scaled so that it stays valid). */
  const metN40 = (volgorde: string[]) =>
    met(volgorde, (d) => {
      d.instellingen.referentieCohort = null;
      const w = d.werkwijzen.find((x: any) => x.id === 'klantreis-nazorg');
      w.cohort = 40;
      w.uitkomsten = { oplossing: 7, gestabiliseerd: 12, geenOplossing: 12, inSchuldregelfase: 9 };
      w.kosten.settlementPhase.aantal = 16; // the 7 + 9 who started the settlement phase
    });
  it('[regulier, klantreis, nazorg(40)] → 23, het cohort van de Klantreis', () => {
    const s = metN40(['regulier', 'klantreis', 'klantreis-nazorg']);
    expect(referentieCohort(s)).toBe(23);
    expect(berekenScenario(s).referentieCohort).toBe(23);
  });
  it('[nazorg(40), regulier, klantreis] → 40: de eerste projectwerkwijze, ook als het nulalternatief niet vooraan staat', () => {
    expect(referentieCohort(metN40(['klantreis-nazorg', 'regulier', 'klantreis']))).toBe(40);
  });
  it('[regulier, nazorg(40), klantreis] → 40: het nulalternatief (29) telt nooit als eerste projectwerkwijze', () => {
    expect(referentieCohort(metN40(['regulier', 'klantreis-nazorg', 'klantreis']))).toBe(40);
  });
  it('een ingesteld referentiecohort gaat altijd voor', () => {
    const s = metN40(['regulier', 'klantreis-nazorg', 'klantreis']);
    s.instellingen.referentieCohort = 100;
    expect(referentieCohort(s)).toBe(100);
  });
  it('de keuze verandert alleen de totalen: per klant is elk bedrag gelijk, en totaal = per klant × referentiecohort', () => {
    const a = berekenScenario(metN40(['regulier', 'klantreis', 'klantreis-nazorg']));
    const b = berekenScenario(metN40(['klantreis-nazorg', 'regulier', 'klantreis']));
    for (const id of ['regulier', 'klantreis', 'klantreis-nazorg']) {
      const wa = a.werkwijzen.find((w) => w.id === id)!;
      const wb = b.werkwijzen.find((w) => w.id === id)!;
      expect(wa.saldo.perKlant.eq(wb.saldo.perKlant)).toBe(true);
      expect(wa.kosten.totaal.perKlant.eq(wb.kosten.totaal.perKlant)).toBe(true);
      expect(wa.saldo.totaal.minus(wa.saldo.perKlant.times(23)).abs().lt(1e-30)).toBe(true);
      expect(wb.saldo.totaal.minus(wb.saldo.perKlant.times(40)).abs().lt(1e-30)).toBe(true);
    }
  });
});

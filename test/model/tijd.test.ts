/**
 * Effects over time (issue 11, item 3): duration, drop-off (uitval), relapse (terugval), horizon,
 * the 2,25% preset beside 0%, present value and payback year per party. Hand computations in the
 * comments; the defaults reproduce the report.
 */
import { describe, expect, it } from 'vitest';
import { berekenScenario, bedragenPerKlant, STAKEHOLDERS, valideerScenario, Decimal, type Scenario } from '../../src/model';
import { contanteWaarde, getoondeVoeten, prijspeilZin, jaarProfiel, terugverdienJaar, tijdParameters, tijdsverloop } from '../../src/model/tijd';
import { DISCONTOVOET_STANDAARD, TijdSchema } from '../../src/model/scenario/tijdSchema';
import { naarJson } from '../../src/model/uitvoer/json';
import { parameterLijst, bereikZonderHerkomst } from '../../src/model/uitvoer/parameters';
import { laadDenHaag, kopie } from '../helpers/scenario';

const denHaag = laadDenHaag();
const met = (f: (s: Scenario) => void): Scenario => {
  const s = kopie(denHaag);
  f(s);
  const v = valideerScenario(s);
  if (!v.ok) throw new Error(v.fouten.map((x) => `${x.pad}: ${x.bericht}`).join('\n'));
  return v.scenario;
};
const getallen = (a: Decimal[]) => a.map((x) => x.toNumber());

describe('standaard: het rapport blijft', () => {
  const r = berekenScenario(denHaag);
  const tv = tijdsverloop(denHaag, r);

  it('het jaarprofiel is precies de spreiding van het rapport, aangevuld met nullen tot de horizon', () => {
    expect(getallen(jaarProfiel(denHaag.tijd, 'welfareExit'))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(getallen(jaarProfiel(denHaag.tijd, 'eviction'))).toEqual([1, 0, 0, 0, 0]);
    expect(getallen(jaarProfiel(denHaag.tijd, 'debtArrangement'))).toEqual([1 / 3, 1 / 3, 1 / 3, 0, 0]);
  });

  it('bij 0% is de contante waarde per partij het saldo van het rapport per partij', () => {
    expect(tv.voeten).toEqual([0, 0.0225]);
    for (const w of tv.werkwijzen) {
      const e = r.werkwijzen.find((x) => x.id === w.id)!;
      // Exact up to the 40-digit decimal rounding of the per-client division.
      expect(w.perVoet[0]!.saldo.minus(e.saldo.perKlant).abs().toNumber()).toBeLessThan(1e-30);
      const pk = bedragenPerKlant(denHaag, e);
      for (const sh of STAKEHOLDERS) expect(w.perVoet[0]!.partijen[sh].minus(pk.stakeholders[sh].saldo).abs().toNumber()).toBeLessThan(1e-20);
      // The yearly flows add up to the same saldo.
      const som = w.stromen.baten.reduce((a, b) => a.plus(b)).minus(w.stromen.kosten.reduce((a, b) => a.plus(b)));
      expect(som.minus(e.saldo.perKlant).abs().toNumber()).toBeLessThan(1e-9);
    }
  });

  it('de bestaande contante waarde verandert niet door de nieuwe instellingen op hun standaard', () => {
    const expliciet = met((s) => {
      s.tijd.terugval = 0;
      s.tijd.effecten = { welfareExit: { duurJaren: 5, uitval: 0 }, eviction: { duurJaren: 1 } };
      s.tijd.discontovoet = 0.0225;
    });
    const zonder = met((s) => void (s.tijd.discontovoet = 0.0225));
    const a = contanteWaarde(berekenScenario(expliciet), expliciet.tijd);
    const b = contanteWaarde(berekenScenario(zonder), zonder.tijd);
    for (const [i, x] of a.entries()) expect(x.saldo.eq(b[i]!.saldo)).toBe(true);
  });
});

describe('uitval, terugval en duur: met de hand over meerdere jaren', () => {
  // PW-besparing: spreiding 5 × 20%, duur 7 jaar, uitval 10% en terugval 5% per jaar, horizon 8.
  // Jaar j: 0,2 × (0,9 × 0,95)^j = 0,2 × 0,855^j voor j < 7; jaar 5 en 6 zetten het laatste jaaraandeel voort; jaar 7 valt na de duur.
  const s = met((x) => {
    x.tijd.horizonJaren = 8;
    x.tijd.terugval = 0.05;
    x.tijd.effecten = { welfareExit: { duurJaren: 7, uitval: 0.1 } };
  });
  const hand = [0.2, 0.171, 0.146205, 0.125005275, 0.106879510125, 0.091381981156875, 0.078131593889128125, 0];

  it('het jaarprofiel', () => {
    const p = getallen(jaarProfiel(s.tijd, 'welfareExit'));
    expect(p).toHaveLength(8);
    p.forEach((x, j) => expect(x).toBeCloseTo(hand[j]!, 15));
    // Terugval raakt ook een eenmalige baat niet in jaar 0, en de kosten nooit.
    expect(getallen(jaarProfiel(s.tijd, 'eviction'))).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(getallen(jaarProfiel(s.tijd, 'debtArrangement'))[2]).toBeCloseTo(1 / 3, 15);
  });

  it('de contante waarde van de Klantreis: PW-besparing × Σ profiel (0%) en × Σ profiel/1,0225^j (2,25%)', () => {
    const r = berekenScenario(s);
    const tv = tijdsverloop(s, r);
    const k = r.werkwijzen.find((w) => w.id === 'klantreis')!;
    const pw = k.baten.posten.welfareExit.perKlant.toNumber();
    const overig = k.saldo.perKlant.toNumber() - pw; // de andere baten vallen in jaar 0, de kosten lopen niet terug
    const w = tv.werkwijzen.find((x) => x.id === 'klantreis')!;
    expect(w.perVoet[0]!.saldo.toNumber()).toBeCloseTo(overig + pw * 0.918603360171003125, 9);
    // Σ_j hand[j] / 1,0225^j = 0,87191749189705357878; de kosten van de schuldregeling verdisconteren ook.
    const kostenSR = k.kosten.posten.debtArrangement.perKlant.toNumber();
    const verdisconteerdSR = (kostenSR / 3) * (1 + 1 / 1.0225 + 1 / 1.0225 ** 2);
    expect(w.perVoet[1]!.saldo.toNumber()).toBeCloseTo(overig + kostenSR - verdisconteerdSR + pw * 0.87191749189705357878, 9);
    // In de JSON voor het referentiecohort.
    const json = naarJson(s, r, null).pathways.find((p) => p.id === 'klantreis')!.time!;
    expect(json.discountRates.map((d) => d.discountRate)).toEqual([0, 0.0225]);
    expect(json.discountRates[0]!.presentValue.netPerClient).toBeCloseTo(overig + pw * 0.918603360171003125, 9);
    expect(json.years[6]!.benefits).toBeCloseTo(pw * 0.078131593889128125 * r.referentieCohort, 6);
    expect(json.settings.benefits.welfareExit).toEqual({ durationYears: 7, dropOffPerYear: 0.1 });
    expect(json.settings.relapsePerYear).toBe(0.05);
  });

  it('een kortere duur kapt af; jaren na de horizon tellen niet', () => {
    const kort = met((x) => void (x.tijd.effecten = { welfareExit: { duurJaren: 2 } }));
    expect(getallen(jaarProfiel(kort.tijd, 'welfareExit'))).toEqual([0.2, 0.2, 0, 0, 0]);
    const lang = met((x) => void (x.tijd.effecten = { welfareExit: { duurJaren: 30 } }));
    expect(getallen(jaarProfiel(lang.tijd, 'welfareExit'))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe('terugverdienjaar per partij', () => {
  const nul = (n: number) => Array.from({ length: n }, () => new Decimal(0));
  const d = (a: number[]) => a.map((x) => new Decimal(x));

  it('met de hand: het eerste jaar vanaf waar het cumulatieve saldo niet meer onder 0 komt', () => {
    // −100, +30, +30, +30: cumulatief −100, −70, −40, −10, +20 → jaar 4.
    expect(terugverdienJaar(d([-100, 30, 30, 30, 30]), d([100, 0, 0, 0, 0]), 0)).toEqual({ status: 'terugverdiend', jaar: 4 });
    // Bij 10%: −100 + 27,27 + 24,79 + 22,54 + 20,49 = −4,91 → niet binnen de horizon.
    expect(terugverdienJaar(d([-100, 30, 30, 30, 30]), d([100, 0, 0, 0, 0]), 0.1)).toEqual({ status: 'nietBinnenHorizon' });
    // Cumulatief −100, 20, −10, 30: in jaar 1 even boven 0, maar pas vanaf jaar 3 blijvend.
    expect(terugverdienJaar(d([-100, 120, -30, 40]), d([100, 0, 30, 0]), 0)).toEqual({ status: 'terugverdiend', jaar: 3 });
    expect(terugverdienJaar(d([5, 5]), nul(2), 0)).toEqual({ status: 'geenKosten' });
  });

  it('Den Haag: de gemeente verdient haar extra kosten van de Klantreis niet terug binnen 5 jaar; met een PW-besparing van 10 jaar in jaar 7 (0%) en jaar 8 (2,25%)', () => {
    // Extra per klant voor de gemeente (Klantreis − regulier), jaar 0…4: −801,2031, 110,1524, 110,1524, 119,6476, 119,6476
    // (jaar 1–2: PW-besparing min schuldregeling; jaar 3–4: alleen PW-besparing). Cumulatief in jaar 4: −341,60.
    const r = berekenScenario(denHaag);
    const v = tijdsverloop(denHaag, r).werkwijzen.find((w) => w.id === 'klantreis')!.verschil!;
    getallen(v.stromen.partijen.gemeente).forEach((x, j) => expect(x).toBeCloseTo([-801.2031, 110.1524, 110.1524, 119.6476, 119.6476][j]!, 4));
    expect(v.perVoet[0]!.terugverdiend.gemeente).toEqual({ status: 'nietBinnenHorizon' });
    expect(v.perVoet[0]!.partijen.gemeente.toNumber()).toBeCloseTo(-341.6, 1);
    // Bij 2,25%: −801,2031 + 110,1524/1,0225 + 110,1524/1,0225² + 119,6476/1,0225³ + 119,6476/1,0225⁴ = −366,74.
    expect(v.perVoet[1]!.partijen.gemeente.toNumber()).toBeCloseTo(-366.74, 1);
    // De andere partijen dragen geen kosten.
    expect(v.perVoet[0]!.terugverdiend.uwv).toEqual({ status: 'geenKosten' });

    // PW-besparing 10 jaar (horizon 10): jaar 5…9 elk +119,6476 → cumulatief −221,96, −102,31, +17,34 (jaar 7).
    // Bij 2,25%: … −154,99 (jaar 6), −52,60 (jaar 7), +47,54 (jaar 8).
    const s = met((x) => {
      x.tijd.horizonJaren = 10;
      x.tijd.effecten = { welfareExit: { duurJaren: 10 } };
    });
    const lang = tijdsverloop(s, berekenScenario(s)).werkwijzen.find((w) => w.id === 'klantreis')!.verschil!;
    expect(lang.perVoet[0]!.terugverdiend.gemeente).toEqual({ status: 'terugverdiend', jaar: 7 });
    expect(lang.perVoet[1]!.terugverdiend.gemeente).toEqual({ status: 'terugverdiend', jaar: 8 });
    const json = naarJson(s, berekenScenario(s), null).pathways.find((p) => p.id === 'klantreis')!.time!;
    expect(json.differenceFromBaseline!.discountRates.map((x) => x.payback.gemeente)).toEqual([
      { status: 'paidBack', year: 7 },
      { status: 'paidBack', year: 8 },
    ]);
  });
});

describe('de discontovoet van de leidraad', () => {
  it('2,25% staat altijd naast 0%, en een eigen voet komt erbij', () => {
    expect(DISCONTOVOET_STANDAARD).toBe(0.0225);
    expect(getoondeVoeten(TijdSchema.parse({}))).toEqual([0, 0.0225]);
    expect(getoondeVoeten(TijdSchema.parse({ discontovoet: 0.0225 }))).toEqual([0, 0.0225]);
    expect(getoondeVoeten(TijdSchema.parse({ discontovoet: 0.04 }))).toEqual([0, 0.0225, 0.04]);
  });
  it('de uitvoer noemt het prijspeil', () => {
    const r = berekenScenario(denHaag);
    const t = naarJson(denHaag, r, null).pathways[0]!.time!;
    expect(t.priceLevel.targetYear).toBeUndefined();
    expect(t.priceLevel.note).toMatch(/^Bedragen op het prijspeil van hun bron \(kosten 2019, baten 2011–2016\)/);
    expect(prijspeilZin({ prijspeil: { ...denHaag.prijspeil, doeljaar: 2019 } })).toBe("Alle bedragen in euro's van 2019 (prijspeil 2019); de discontovoet is reëel, dus bovenop de inflatie.");
  });
});

describe('de tijdinstellingen als gegevens', () => {
  it('elke tijdparameter staat in mkba --parameters, met een bron of een reden voor zijn bereik', () => {
    const l = parameterLijst();
    for (const p of tijdParameters(denHaag.tijd)) {
      const j = l.parameters.find((x) => x.id === p.id);
      expect(j, p.id).toBeDefined();
      expect(j!.grade).toBe(p.graad);
    }
    expect(l.parameters.find((x) => x.id === 'tijd.effecten.welfareExit.duurJaren')!.default).toBe(5);
    expect(l.parameters.find((x) => x.id === 'tijd.discontovoet')!.range).toMatchObject({ low: 0, high: 0.0225 });
    expect(bereikZonderHerkomst(l)).toEqual([]);
  });
  it('een ongeldige uitval of duur krijgt een Nederlandse melding met het veld', () => {
    const v = valideerScenario({ ...kopie(denHaag), tijd: { ...denHaag.tijd, effecten: { welfareExit: { uitval: 1.5, duurJaren: 0 } } } });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.fouten.map((f) => f.pad).sort()).toEqual(['tijd.effecten.welfareExit.duurJaren', 'tijd.effecten.welfareExit.uitval']);
    expect(v.fouten.find((f) => f.pad.endsWith('uitval'))!.bericht).toMatch(/tussen 0% en 100%/);
  });
});

/**
 * Outcome model per client type (issue 5): counts = N × Σ mix × rate, rounded with the largest
 * remainder; the file's uitkomsten must equal them; defaults from Purpose 2020/2021 as data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  berekenScenario,
  formatFouten,
  KLANTTYPE_PARAMETERS,
  KLANTTYPEN,
  leesScenario,
  leidUitkomstenAf,
  metAfgeleideUitkomsten,
  schrijfScenario,
  standaardUitkomstModel,
  UITKOMSTEN,
  valideerScenario,
  verklaarUitkomsten,
  type KlanttypenModel,
  type Scenario,
} from '../../src/model';
import { denHaagData } from '../helpers/uitvoer';

const exact = (x: unknown) => JSON.stringify(x);

function melding(data: unknown): string {
  const v = valideerScenario(data);
  expect(v.ok).toBe(false);
  return v.ok ? '' : formatFouten(v.fouten);
}
function geldig(data: unknown): Scenario {
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(formatFouten(v.fouten));
  return v.scenario;
}

/** A model with one type at 100% and the given rates for it (the other types' rates: defaults). */
function eenType(type: (typeof KLANTTYPEN)[number], kansen: KlanttypenModel['kansen'][typeof type]): KlanttypenModel {
  const m = standaardUitkomstModel();
  m.mix = { zelfstandig: 0, afhankelijk: 0, kwetsbaar: 0, [type]: 1 };
  m.kansen[type] = kansen;
  return m;
}

/** Den Haag with the Klantreis (werkwijzen[1]) on a model, its counts filled by leidUitkomstenAf. */
function klantreisMetModel(model: KlanttypenModel, cohort = 23) {
  const d = denHaagData();
  const w = d.werkwijzen[1];
  w.cohort = cohort;
  w.uitkomstModel = model;
  w.uitkomsten = leidUitkomstenAf(w);
  // Who got a solution or is still in the settlement phase started it.
  w.kosten.settlementPhase.aantal = Math.max(w.kosten.settlementPhase.aantal, w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase);
  return d;
}

describe('standaardwaarden als parameters met bron en bereik', () => {
  it('15 parameters: 3 voor de mix, 4 kansen per klanttype; elke standaard binnen het bereik, met een bron', () => {
    expect(KLANTTYPE_PARAMETERS).toHaveLength(15);
    for (const p of KLANTTYPE_PARAMETERS) {
      expect(p.eenheid).toBe('aandeel');
      expect(p.bereik.laag).toBeLessThanOrEqual(p.standaard);
      expect(p.standaard).toBeLessThanOrEqual(p.bereik.hoog);
      expect(p.bron.length).toBeGreaterThan(10);
      expect(p.label.nl && p.label.en).toBeTruthy();
    }
    expect(KLANTTYPE_PARAMETERS.filter((p) => p.bron.startsWith('Aanname')).map((p) => p.id)).toEqual([
      'klanttypen.zelfstandig.oplossing',
      'klanttypen.afhankelijk.oplossing',
      'klanttypen.kwetsbaar.oplossing',
    ]);
  });
  it('mix 20/40/40 (Purpose 2020); kansen per type tellen op tot 100%', () => {
    const m = standaardUitkomstModel();
    expect(m.mix).toEqual({ zelfstandig: 0.2, afhankelijk: 0.4, kwetsbaar: 0.4 });
    expect(m.kansen.zelfstandig).toEqual({ oplossing: 0, gestabiliseerd: 0.16, geenOplossing: 0.42, inSchuldregelfase: 0.42 });
    expect(m.kansen.afhankelijk).toEqual({ oplossing: 0, gestabiliseerd: 0.12, geenOplossing: 0.54, inSchuldregelfase: 0.34 });
    expect(m.kansen.kwetsbaar).toEqual({ oplossing: 0, gestabiliseerd: 0.1, geenOplossing: 0.63, inSchuldregelfase: 0.27 });
  });
  it('succes (1 − geen oplossing) per type is die van de Klantmonitor, 58/46/37%, gewogen 44,8% (monitor: 44%)', () => {
    const m = standaardUitkomstModel();
    const succes = KLANTTYPEN.map((t) => Math.round((1 - m.kansen[t].geenOplossing) * 100));
    expect(succes).toEqual([58, 46, 37]);
    const gewogen = KLANTTYPEN.reduce((a, t) => a + m.mix[t] * (1 - m.kansen[t].geenOplossing), 0);
    expect(gewogen).toBeCloseTo(0.448, 12);
  });
  it('de standaard is telkens een nieuwe kopie', () => {
    const a = standaardUitkomstModel();
    a.mix.zelfstandig = 0.9;
    expect(standaardUitkomstModel().mix.zelfstandig).toBe(0.2);
  });
});

describe('afleiding van de aantallen', () => {
  it('één klanttype op 100% met hele aantallen: N = 50, kansen 10/20/30/40% → 5/10/15/20, gelijk aan directe invoer', () => {
    const model = eenType('afhankelijk', { oplossing: 0.1, gestabiliseerd: 0.2, geenOplossing: 0.3, inSchuldregelfase: 0.4 });
    const a = verklaarUitkomsten(50, model);
    expect(a.afgerond).toEqual({ oplossing: 5, gestabiliseerd: 10, geenOplossing: 15, inSchuldregelfase: 20 });
    expect(UITKOMSTEN.every((u) => a.afronding[u].isZero())).toBe(true);

    const metModel = geldig(klantreisMetModel(model, 50));
    const d = denHaagData();
    d.werkwijzen[1].cohort = 50;
    d.werkwijzen[1].uitkomsten = { oplossing: 5, gestabiliseerd: 10, geenOplossing: 15, inSchuldregelfase: 20 };
    d.werkwijzen[1].kosten.settlementPhase.aantal = 25;
    const direct = geldig(d);
    expect(metModel.werkwijzen[1]!.uitkomstModel).toBeDefined();
    expect(direct.werkwijzen[1]!.uitkomstModel).toBeUndefined();
    expect(exact(berekenScenario(metModel))).toBe(exact(berekenScenario(direct)));
  });

  it('met afronding: N = 23, zelfstandig 0/16/42/42% → verwacht 0 / 3,68 / 9,66 / 9,66 → 0/4/10/9 (bij gelijke rest gaat de klant naar de eerdere uitkomst)', () => {
    const model = eenType('zelfstandig', standaardUitkomstModel().kansen.zelfstandig);
    const a = verklaarUitkomsten(23, model);
    expect(UITKOMSTEN.map((u) => a.verwacht[u].toString())).toEqual(['0', '3.68', '9.66', '9.66']);
    expect(a.afgerond).toEqual({ oplossing: 0, gestabiliseerd: 4, geenOplossing: 10, inSchuldregelfase: 9 });
    expect(UITKOMSTEN.map((u) => a.afronding[u].toString())).toEqual(['0', '0.32', '0.34', '-0.66']);

    const d = denHaagData();
    d.werkwijzen[1].uitkomsten = { oplossing: 0, gestabiliseerd: 4, geenOplossing: 10, inSchuldregelfase: 9 };
    expect(exact(berekenScenario(geldig(klantreisMetModel(model))))).toBe(exact(berekenScenario(geldig(d))));
  });

  it('de Purpose-mix op 23 klanten: aandelen 0 / 12% / 55,2% / 32,8% → 0 / 2,76 / 12,696 / 7,544 → 0/3/13/7, met de uitleg per type', () => {
    const a = verklaarUitkomsten(23, standaardUitkomstModel());
    expect(UITKOMSTEN.map((u) => a.aandelen[u].toString())).toEqual(['0', '0.12', '0.552', '0.328']);
    expect(UITKOMSTEN.map((u) => a.verwacht[u].toString())).toEqual(['0', '2.76', '12.696', '7.544']);
    expect(a.afgerond).toEqual({ oplossing: 0, gestabiliseerd: 3, geenOplossing: 13, inSchuldregelfase: 7 });
    const kw = a.perType.find((p) => p.type === 'kwetsbaar')!;
    expect(kw.klanten.toString()).toBe('9.2');
    expect(kw.uitkomsten.geenOplossing.verwacht.toString()).toBe('5.796');
    // per outcome: the types' expected counts add up to the total expected count
    for (const u of UITKOMSTEN) {
      expect(a.perType.reduce((s, p) => s.plus(p.uitkomsten[u].verwacht), a.verwacht[u].minus(a.verwacht[u])).eq(a.verwacht[u])).toBe(true);
    }
  });

  it('leidUitkomstenAf zonder model geeft de ingevoerde aantallen (een kopie); metAfgeleideUitkomsten volgt een nieuw cohort', () => {
    const w = { cohort: 23, uitkomsten: { oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 } };
    const u = leidUitkomstenAf(w);
    expect(u).toEqual(w.uitkomsten);
    expect(u).not.toBe(w.uitkomsten);
    expect(metAfgeleideUitkomsten(w)).toBe(w);
    const metModel = { ...w, cohort: 100, uitkomstModel: standaardUitkomstModel() };
    expect(metAfgeleideUitkomsten(metModel).uitkomsten).toEqual({ oplossing: 0, gestabiliseerd: 12, geenOplossing: 55, inSchuldregelfase: 33 });
  });

  it('eigenschap: de afgeleide aantallen tellen op tot N en wijken per uitkomst minder dan één klant af van de verwachting', () => {
    const deel = fc.integer({ min: 0, max: 1000 });
    const verdeling = (n: number) => fc.array(deel, { minLength: n, maxLength: n }).filter((a) => a.some((x) => x > 0)).map((a) => a.map((x) => x / a.reduce((s, y) => s + y, 0)));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), verdeling(3), verdeling(4), verdeling(4), verdeling(4), (N, mix, k1, k2, k3) => {
        const m: KlanttypenModel = {
          soort: 'klanttypen',
          mix: { zelfstandig: mix[0]!, afhankelijk: mix[1]!, kwetsbaar: mix[2]! },
          kansen: Object.fromEntries(KLANTTYPEN.map((t, i) => [t, Object.fromEntries(UITKOMSTEN.map((u, j) => [u, [k1, k2, k3][i]![j]!]))])) as KlanttypenModel['kansen'],
        };
        const a = verklaarUitkomsten(N, m);
        expect(UITKOMSTEN.reduce((s, u) => s + a.afgerond[u], 0)).toBe(N);
        for (const u of UITKOMSTEN) {
          expect(Number.isInteger(a.afgerond[u]) && a.afgerond[u] >= 0).toBe(true);
          expect(a.afronding[u].abs().lt(1)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20200601 },
    );
  });
});

describe('uitkomsten en model in het bestand: nooit stilletjes veranderd', () => {
  it('een bestand met model en de afgeleide aantallen is geldig en schrijft precies terug (model en aantallen blijven)', () => {
    const s = geldig(klantreisMetModel(standaardUitkomstModel()));
    const tekst = schrijfScenario(s);
    const terug = leesScenario(tekst);
    expect(terug.ok).toBe(true);
    if (!terug.ok) return;
    expect(schrijfScenario(terug.scenario)).toBe(tekst);
    expect(terug.scenario.werkwijzen[1]!.uitkomstModel).toEqual(standaardUitkomstModel());
    expect(terug.scenario.werkwijzen[1]!.uitkomsten).toEqual({ oplossing: 0, gestabiliseerd: 3, geenOplossing: 13, inSchuldregelfase: 7 });
  });
  it('aantallen die afwijken van het model: geweigerd, met het pad en beide reeksen aantallen', () => {
    const d = klantreisMetModel(standaardUitkomstModel());
    d.werkwijzen[1].uitkomsten = { oplossing: 3, gestabiliseerd: 7, geenOplossing: 8, inSchuldregelfase: 5 };
    expect(melding(d)).toBe(
      'werkwijzen[1].uitkomsten: wijken af van het klanttypemodel (dat geeft 0/3/13/7 bij een cohort van 23; in het bestand staat 3/7/8/5, ' +
        'in de volgorde oplossing/gestabiliseerd/geen oplossing/in schuldregelfase). Neem de afgeleide aantallen over, of verwijder uitkomstModel om de aantallen zelf in te voeren',
    );
  });
  it('een ander cohort zonder nieuwe aantallen: ook geweigerd (naast de melding dat de som niet klopt)', () => {
    const d = klantreisMetModel(standaardUitkomstModel());
    d.werkwijzen[1].cohort = 30;
    const m = melding(d);
    expect(m).toContain('werkwijzen[1].uitkomsten: de aantallen tellen op tot 23, maar het cohort is 30');
    expect(m).toContain('werkwijzen[1].uitkomsten: wijken af van het klanttypemodel (dat geeft 0/4/16/10 bij een cohort van 30');
  });
  it('een mix die niet optelt tot 100%: geweigerd met het pad; geen verwarrende tweede melding over de aantallen', () => {
    const d = klantreisMetModel(standaardUitkomstModel());
    d.werkwijzen[1].uitkomstModel.mix.kwetsbaar = 0.3;
    expect(melding(d)).toBe('werkwijzen[1].uitkomstModel.mix: de aandelen van de klanttypen tellen op tot 90%, maar moeten samen 100% zijn');
  });
  it('kansen die niet optellen tot 100%: geweigerd met het klanttype in het pad', () => {
    const d = klantreisMetModel(standaardUitkomstModel());
    d.werkwijzen[1].uitkomstModel.kansen.kwetsbaar.geenOplossing = 0.58;
    expect(melding(d)).toBe('werkwijzen[1].uitkomstModel.kansen.kwetsbaar: de kansen op de vier uitkomsten tellen op tot 95%, maar moeten samen 100% zijn');
  });
  it('een bijna-100% wordt niet als "100%" gemeld', () => {
    const d = klantreisMetModel(standaardUitkomstModel());
    d.werkwijzen[1].uitkomstModel.mix.kwetsbaar = 0.3999999;
    expect(melding(d)).toContain('tellen op tot 99,99999%, maar moeten samen 100% zijn');
  });
  it('een kans boven 100%, een onbekende soort, een onbekend klanttype, een ontbrekende kans', () => {
    const geval = (wijzig: (m: any) => void) => {
      const d = klantreisMetModel(standaardUitkomstModel());
      wijzig(d.werkwijzen[1].uitkomstModel);
      return melding(d);
    };
    expect(geval((m) => (m.kansen.zelfstandig.oplossing = 1.2))).toContain('werkwijzen[1].uitkomstModel.kansen.zelfstandig.oplossing: moet tussen 0% en 100% liggen, maar is 120%');
    expect(geval((m) => (m.soort = 'segmenten'))).toContain('werkwijzen[1].uitkomstModel.soort: moet een uitkomstmodel zijn met soort "klanttypen"');
    expect(geval((m) => (m.mix.onbekend = 0))).toContain('werkwijzen[1].uitkomstModel.mix: onbekend veld "onbekend"');
    expect(geval((m) => delete m.kansen.afhankelijk.gestabiliseerd)).toContain('werkwijzen[1].uitkomstModel.kansen.afhankelijk.gestabiliseerd: moet een getal zijn, maar is afwezig');
  });
  it('zonder model (Den Haag) blijven de uitkomsten direct ingevoerd', () => {
    const s = geldig(denHaagData());
    expect(s.werkwijzen.every((w) => w.uitkomstModel === undefined)).toBe(true);
    expect(schrijfScenario(s)).not.toContain('uitkomstModel');
  });
});

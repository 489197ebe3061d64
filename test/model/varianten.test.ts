/**
 * Variants (issue 11 item 5): the schema of `varianten`, each variant = a separate run of the
 * overridden scenario, and Den Haag's base results unchanged by its variants.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenScenario, leesScenario, formatFouten, PARAMETERS, type Resultaat } from '../../src/model';
import { berekenVarianten } from '../../src/model/varianten';
import { VARIANT_SLEUTELS } from '../../src/model/scenario/variantenSchema';
import { DEN_HAAG_PAD, laadDenHaag } from '../helpers/scenario';

const TEKST = readFileSync(DEN_HAAG_PAD, 'utf8');
const bestand = (): any => JSON.parse(TEKST);

function lees(d: unknown) {
  return leesScenario(JSON.stringify(d));
}

function fouten(d: unknown) {
  const r = lees(d);
  if (r.ok) throw new Error('geaccepteerd');
  return r.fouten;
}

/** Every figure of a result as plain strings, for exact comparison. */
function cijfers(r: Resultaat): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const w of r.werkwijzen) {
    uit[`${w.id}.kosten`] = w.kosten.totaal.totaal.toString();
    uit[`${w.id}.baten`] = w.baten.totaal.totaal.toString();
    uit[`${w.id}.saldo`] = w.saldo.totaal.toString();
    uit[`${w.id}.saldoPerKlant`] = w.saldo.perKlant.toString();
    for (const [b, x] of Object.entries(w.baten.posten)) uit[`${w.id}.baten.${b}`] = x.totaal.toString();
    for (const [k, x] of Object.entries(w.kosten.posten)) uit[`${w.id}.kosten.${k}`] = x.totaal.toString();
    for (const [sh, x] of Object.entries(w.stakeholders)) uit[`${w.id}.partij.${sh}`] = x.toString();
  }
  return uit;
}

describe('varianten in het scenariobestand', () => {
  it('zijn optioneel: zonder varianten is Den Haag geldig en zijn er geen variantresultaten', () => {
    const d = bestand();
    delete d.varianten;
    const r = lees(d);
    expect(r.ok).toBe(true);
    if (r.ok) expect(berekenVarianten(r.scenario)).toEqual([]);
  });

  it('Den Haag heeft de aannames van het rapport en de bovenschattingen van Van Geuns e.a., elke afwijking met een bron', () => {
    const s = laadDenHaag();
    expect(s.varianten?.map((v) => v.id)).toEqual(['rapport', 'bovenschattingen']);
    for (const v of s.varianten!) {
      expect(Object.keys(v.parameters).length, v.id).toBeGreaterThan(0);
      for (const [k, o] of Object.entries(v.parameters)) {
        expect(o.bron.trim().length, `${v.id}.${k}`).toBeGreaterThan(10);
        expect(o.bron, `${v.id}.${k}`).toMatch(/Regioplan 2020|Van Geuns/);
      }
    }
    expect(s.varianten![0]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(4);
    expect(s.varianten![1]!.parameters['welfareExit.monthsEarlier']!.waarde).toBe(12);
  });

  it('een onbekende parameter: melding noemt de variant en de sleutel, met een suggestie', () => {
    const d = bestand();
    d.varianten[1].parameters['welfareExit.monthsEarly'] = { waarde: 12, bron: 'x' };
    const f = fouten(d);
    expect(f).toContainEqual({
      pad: 'varianten[1].parameters.welfareExit.monthsEarly',
      bericht: 'variant "Bovenschattingen van Van Geuns e.a. (2011)" (bovenschattingen): "welfareExit.monthsEarly" is geen parameter die een variant kan wijzigen (bedoelde u "welfareExit.monthsEarlier"?)',
    });
  });

  it('een afwijking zonder bron wordt geweigerd (elke afwijking heeft een bron)', () => {
    const d = bestand();
    delete d.varianten[1].parameters['welfareExit.monthsEarlier'].bron;
    expect(formatFouten(fouten(d))).toContain('varianten[1].parameters.welfareExit.monthsEarlier.bron: ontbreekt; elke afwijking in een variant heeft een bron nodig');
    const leeg = bestand();
    leeg.varianten[0].parameters['welfareExit.monthsEarlier'].bron = '  ';
    expect(fouten(leeg).some((f) => f.pad === 'varianten[0].parameters.welfareExit.monthsEarlier.bron')).toBe(true);
  });

  it('een waarde buiten het bereik van de parameter: melding met variant, label en waarde', () => {
    const d = bestand();
    d.varianten[1].parameters['welfareExit.exitShare'] = { waarde: 1.5, bron: 'test' };
    d.varianten[1].parameters['welfareExit.monthsEarlier'].waarde = 700;
    const f = fouten(d);
    expect(f).toContainEqual({
      pad: 'varianten[1].parameters.welfareExit.exitShare.waarde',
      bericht: 'variant "Bovenschattingen van Van Geuns e.a. (2011)" (bovenschattingen), Aandeel bijstandsklanten dat uitstroomt: moet tussen 0% en 100% liggen, maar is 150%',
    });
    expect(f.find((x) => x.pad === 'varianten[1].parameters.welfareExit.monthsEarlier.waarde')?.bericht).toMatch(/Maanden eerder uit de bijstand: is meer dan 600 maanden/);
  });

  it('twee varianten met hetzelfde id of dezelfde naam worden geweigerd', () => {
    const d = bestand();
    d.varianten[1].id = 'rapport';
    d.varianten[1].naam = ' aannames VAN HET RAPPORT (conservatief)';
    const f = fouten(d);
    expect(f).toContainEqual({ pad: 'varianten[1].id', bericht: '"rapport" is ook het id van variant nr. 1' });
    expect(f.find((x) => x.pad === 'varianten[1].naam')?.bericht).toMatch(/is ook de naam van variant nr\. 1/);
  });

  it('de Engelse melding bij een onbekende parameter', async () => {
    const { valideerScenario } = await import('../../src/model');
    const d = bestand();
    d.varianten[0].parameters['eviction.kost'] = { waarde: 1, bron: 'x' };
    const r = valideerScenario(d, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten.find((f) => f.pad === 'varianten[0].parameters.eviction.kost')?.bericht).toBe('variant "Aannames van het rapport (conservatief)" (rapport): "eviction.kost" is not a parameter a variant can change (did you mean "eviction.cost"?)');
  });
});

describe('een variant is een aparte berekening van het gewijzigde scenario', () => {
  it('Den Haag: elke variant geeft precies de uitkomsten van het scenario met die waarden in parameters', () => {
    const s = laadDenHaag();
    for (const v of berekenVarianten(s)) {
      const d = bestand();
      delete d.varianten;
      for (const [k, o] of Object.entries(s.varianten!.find((x) => x.id === v.id)!.parameters)) d.parameters[k] = o.waarde;
      const apart = lees(d);
      if (!apart.ok) throw new Error(formatFouten(apart.fouten));
      expect(cijfers(v.resultaat), v.id).toEqual(cijfers(berekenScenario(apart.scenario)));
    }
  });

  it('eigenschap: willekeurige afwijkingen (parameters, optimism bias, bruto → netto) = een aparte run met die waarden in het bestand', () => {
    const sleutelsMetEenheid = VARIANT_SLEUTELS.map((k) => k);
    const afwijking = fc.constantFrom(...sleutelsMetEenheid).chain((k) =>
      fc.tuple(fc.constant(k), k.eenheid === 'aandeel' ? fc.double({ min: 0, max: 1, noNaN: true }) : k.eenheid === 'maanden' ? fc.integer({ min: 0, max: 600 }) : fc.integer({ min: 0, max: 1_000_000 })),
    );
    fc.assert(
      fc.property(fc.array(afwijking, { minLength: 1, maxLength: 6 }), (lijst) => {
        const d = bestand();
        const parameters = Object.fromEntries(lijst.map(([k, w]) => [k.sleutel, { waarde: w, bron: 'eigenschapstest' }]));
        d.varianten = [{ id: 'x', naam: 'X', parameters }];
        const metVariant = lees(d);
        if (!metVariant.ok) throw new Error(formatFouten(metVariant.fouten));
        const [v] = berekenVarianten(metVariant.scenario);

        const apart = bestand();
        delete apart.varianten;
        for (const [k, o] of Object.entries(parameters)) {
          const w = o.waarde;
          if (k === 'instellingen.optimismeBias') apart.instellingen.optimismeBias = w;
          else if (k.startsWith('brutoNetto.')) {
            const [, baat, aftrek] = k.split('.') as [string, string, string];
            apart.brutoNetto ??= {};
            apart.brutoNetto[baat] = { ...apart.brutoNetto[baat], [aftrek]: w };
          } else apart.parameters[k] = w;
        }
        const r = lees(apart);
        if (!r.ok) throw new Error(formatFouten(r.fouten));
        expect(cijfers(v!.resultaat)).toEqual(cijfers(berekenScenario(r.scenario)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('Den Haag: de varianten veranderen het scenario zelf niet', () => {
  it('met en zonder varianten dezelfde uitkomsten, cijfer voor cijfer (de gepubliceerde cijfers blijven)', () => {
    const d = bestand();
    delete d.varianten;
    const zonder = lees(d);
    if (!zonder.ok) throw new Error('ongeldig');
    expect(cijfers(berekenScenario(laadDenHaag()))).toEqual(cijfers(berekenScenario(zonder.scenario)));
  });

  it('de variant "rapport" geeft het saldo van het rapport: Klantreis € −4.804, regulier € −10.127 (voor 23 klanten)', () => {
    const [rapport] = berekenVarianten(laadDenHaag());
    expect(cijfers(rapport!.resultaat)).toEqual(cijfers(berekenScenario(laadDenHaag())));
    const saldo = (id: string) => Math.round(rapport!.resultaat.werkwijzen.find((w) => w.id === id)!.saldo.totaal.toNumber());
    expect([saldo('klantreis'), saldo('regulier')]).toEqual([-4804, -10127]);
  });

  it('bovenschattingen: 12 maanden eerder uit de bijstand verdrievoudigt de PW-besparing; Klantreis 14 × 43,5% × 80% × € 14.000 = € 68.208', () => {
    const [rapport, hoog] = berekenVarianten(laadDenHaag());
    const baat = (v: typeof hoog, id: string) => v!.resultaat.werkwijzen.find((w) => w.id === id)!.baten.posten.welfareExit.totaal;
    expect(baat(hoog, 'klantreis').toNumber()).toBeCloseTo(14 * 0.435 * 0.8 * 14000, 6);
    // Regulier: 8 × 37,9% × 80% × € 14.000, omgerekend naar 23 klanten.
    expect(baat(hoog, 'regulier').toNumber()).toBeCloseTo((8 * 0.379 * 0.8 * 14000 * 23) / 29, 6);
    // The report rounds € 14.000 × 4/12 to € 4.667; × 3 that is € 14.001, not € 14.000.
    expect(Math.round(baat(rapport, 'klantreis').toNumber())).toBe(22738);
    const saldo = hoog!.resultaat.werkwijzen.find((w) => w.id === 'klantreis')!.saldo;
    expect(saldo.totaal.toFixed(2)).toBe('40666.14');
    expect(hoog!.afwijkingen).toEqual([
      expect.objectContaining({ sleutel: 'welfareExit.monthsEarlier', scenarioWaarde: 4, waarde: 12 }),
    ]);
    expect(PARAMETERS.find((p) => p.id === 'welfareExit.monthsEarlier')!.bereik.hoog).toBe(12);
  });
});

describe('JSON en CSV van de opdrachtregel', () => {
  it('variants: per variant id, naam, afwijkingen met bron, en per werkwijze het saldo', async () => {
    const { naarJson } = await import('../../src/model/uitvoer/json');
    const { naarCsv, CSV_MACHINE } = await import('../../src/model/uitvoer/csv');
    const s = laadDenHaag();
    const json = naarJson(s, berekenScenario(s));
    expect(json.variants?.map((v) => v.id)).toEqual(['rapport', 'bovenschattingen']);
    const hoog = json.variants![1]!;
    expect(hoog.name).toBe('Bovenschattingen van Van Geuns e.a. (2011)');
    expect(hoog.overrides).toEqual([{ key: 'welfareExit.monthsEarlier', value: 12, scenarioValue: 4, source: s.varianten![1]!.parameters['welfareExit.monthsEarlier']!.bron }]);
    const kr = hoog.pathways.find((w) => w.id === 'klantreis')!;
    expect(kr.net).toBeCloseTo(40666.14, 2);
    expect(kr.netPerClient).toBeCloseTo(1768.09, 2);
    // welfare: the engine's welfare saldo of the variant (welvaartHaak.ts).
    const hoogScenario = { ...s, varianten: undefined, parameters: { ...s.parameters, 'welfareExit.monthsEarlier': 12 } };
    expect(kr.welfare.netPerClient).toBe(berekenScenario(hoogScenario).werkwijzen.find((w) => w.id === 'klantreis')!.welvaart.saldo.perKlant.toNumber());
    // The base pathways keep their meaning: the report's saldo.
    expect(json.pathways.find((w) => w.id === 'klantreis')!.net).toBeCloseTo(-4804.23454, 5);
    expect(json.variants![0]!.pathways.map((w) => w.net)).toEqual(json.pathways.map((w) => w.net));
    const zonder = kopieZonderVarianten(s);
    expect(naarJson(zonder, berekenScenario(zonder)).variants).toBeUndefined();
    const regels = naarCsv(json, CSV_MACHINE).split('\r\n').filter((r) => r.includes(',variant,'));
    expect(regels).toContain('klantreis,Klantreis Financiële Hulpverlening,variant,bovenschattingen.net,Saldo in variant Bovenschattingen van Van Geuns e.a. (2011),' + String(kr.net) + ',' + String(kr.netPerClient));
  });
});

function kopieZonderVarianten(s: ReturnType<typeof laadDenHaag>) {
  return { ...s, varianten: undefined };
}

describe('geen -0 in de uitvoer', () => {
  it('een "-0" in het bestand (scenario of variant) wordt in JSON variants 0 (gevonden door test/fuzz/validator.test.ts)', async () => {
    const { naarJson } = await import('../../src/model/uitvoer/json');
    const d = bestand();
    d.parameters['welfareExit.monthsEarlier'] = -0;
    d.varianten[0].parameters['welfareExit.exitShare'] = { waarde: -0, bron: 'test' };
    const r = leesScenario(JSON.stringify(d).replace('"welfareExit.monthsEarlier":0', '"welfareExit.monthsEarlier":-0').replace('"waarde":0,"bron":"test"', '"waarde":-0,"bron":"test"'));
    if (!r.ok) throw new Error(formatFouten(r.fouten));
    const v = naarJson(r.scenario, berekenScenario(r.scenario)).variants![0]!;
    for (const o of v.overrides) {
      expect(Object.is(o.value, -0), o.key).toBe(false);
      expect(Object.is(o.scenarioValue, -0), o.key).toBe(false);
    }
  });
});

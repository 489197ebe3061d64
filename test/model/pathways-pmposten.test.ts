/**
 * Non-monetised effects (PM-posten) per pathway (issue 5): the four from Regioplan 2020 chapter 4
 * plus custom ones; judgements '+', '0', '-' (shown '−'); never part of the saldo.
 */
import { describe, expect, it } from 'vitest';
import {
  berekenScenario,
  formatFouten,
  PM_BEOORDELING_WEERGAVE,
  PM_EFFECT_LABELS,
  PM_EFFECTEN,
  PM_POSTEN_DEN_HAAG,
  pmNaam,
  pmOverzicht,
  schrijfScenario,
  standaardPmPosten,
  valideerScenario,
} from '../../src/model';
import { laadDenHaag } from '../helpers/scenario';
import { denHaagData } from '../helpers/uitvoer';

function melding(data: unknown): string {
  const v = valideerScenario(data);
  expect(v.ok).toBe(false);
  return v.ok ? '' : formatFouten(v.fouten);
}
const metPosten = (posten: unknown[]) => {
  const d = denHaagData();
  d.werkwijzen[1].pmPosten = posten;
  return d;
};

describe('de vier effecten uit hoofdstuk 4 in het Den Haag-scenario', () => {
  const s = laadDenHaag();
  it('de Klantreis heeft de vier, alle "+" ten opzichte van regulier, met een kwalitatieve toelichting; regulier (het nulalternatief) geen', () => {
    const kr = s.werkwijzen.find((w) => w.id === 'klantreis')!;
    expect(kr.pmPosten.map((p) => [p.effect, p.beoordeling])).toEqual(PM_EFFECTEN.map((e) => [e, '+']));
    for (const p of kr.pmPosten) {
      expect(p.toelichting).toMatch(/^Kwalitatief \(Regioplan 2020, hoofdstuk 4/);
      expect(p.toelichting).toContain('saldo');
    }
    expect(s.werkwijzen.find((w) => w.id === 'regulier')!.pmPosten).toEqual([]);
    expect(kr.pmPosten).toEqual(PM_POSTEN_DEN_HAAG);
  });
  it('labels in het Nederlands en Engels; het minteken wordt als − getoond', () => {
    expect(PM_EFFECT_LABELS.minderStress).toEqual({ nl: 'Minder stress en meer rust', en: 'Less stress and more peace of mind' });
    expect(PM_BEOORDELING_WEERGAVE['-'].teken).toBe('\u2212');
    expect(pmNaam({ effect: 'ervarenGezondheid' }, 'en')).toBe('Better perceived health');
    expect(pmNaam({ effect: 'eigen', naam: 'Schaamte' })).toBe('Schaamte');
  });
  it('standaardPmPosten geeft een kopie die de standaard niet verandert', () => {
    const a = standaardPmPosten();
    a[0]!.beoordeling = '-';
    expect(PM_POSTEN_DEN_HAAG[0]!.beoordeling).toBe('+');
  });
  it('PM-posten tellen niet mee: zonder of met andere oordelen zijn alle bedragen gelijk', () => {
    const d = metPosten([{ effect: 'minderStress', beoordeling: '-' }, { effect: 'eigen', naam: 'Werkdruk', beoordeling: '0' }]);
    const v = valideerScenario(d);
    expect(v.ok).toBe(true);
    if (v.ok) expect(JSON.stringify(berekenScenario(v.scenario))).toBe(JSON.stringify(berekenScenario(s)));
  });
});

describe('pmOverzicht: effecten × werkwijzen', () => {
  it('Den Haag: vier rijen, regulier leeg, Klantreis vier keer +', () => {
    const o = pmOverzicht(laadDenHaag());
    expect(o.werkwijzen.map((w) => [w.id, w.nulalternatief])).toEqual([['regulier', true], ['klantreis', false]]);
    expect(o.rijen.map((r) => r.sleutel)).toEqual([...PM_EFFECTEN]);
    expect(o.rijen.every((r) => r.cellen.regulier === null && r.cellen.klantreis?.teken === '+')).toBe(true);
    expect(o.telling).toEqual({ regulier: { plus: 0, nul: 0, min: 0 }, klantreis: { plus: 4, nul: 0, min: 0 } });
  });
  it('eigen effecten achter de vaste, in volgorde van voorkomen; − voor een negatief oordeel', () => {
    const d = metPosten([
      { effect: 'eigen', naam: 'Werkdruk klantbegeleiders', beoordeling: '-', toelichting: 'meer uren' },
      { effect: 'inkomenspositie', beoordeling: '0' },
    ]);
    d.werkwijzen[0].pmPosten = [{ effect: 'eigen', naam: 'Wachttijd', beoordeling: '0' }];
    const v = valideerScenario(d);
    if (!v.ok) throw new Error(formatFouten(v.fouten));
    const o = pmOverzicht(v.scenario);
    expect(o.rijen.map((r) => r.naam.nl)).toEqual(['Betere inkomenspositie', 'Wachttijd', 'Werkdruk klantbegeleiders']);
    const werkdruk = o.rijen[2]!;
    expect(werkdruk.cellen.klantreis).toEqual({ beoordeling: '-', teken: '−', toelichting: 'meer uren' });
    expect(werkdruk.cellen.regulier).toBeNull();
    expect(o.telling.klantreis).toEqual({ plus: 0, nul: 1, min: 1 });
  });
});

describe('PM-posten in het bestand', () => {
  it('een bestand zonder pmPosten krijgt een lege lijst en schrijft die weg', () => {
    const d = denHaagData();
    for (const w of d.werkwijzen) delete w.pmPosten;
    const v = valideerScenario(d);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.werkwijzen.map((w) => w.pmPosten)).toEqual([[], []]);
    expect(schrijfScenario(v.scenario)).toContain('"pmPosten": []');
  });
  it('een toelichting mag ontbreken (wordt leeg)', () => {
    const v = valideerScenario(metPosten([{ effect: 'minderStress', beoordeling: '+' }]));
    expect(v.ok && v.scenario.werkwijzen[1]!.pmPosten[0]!.toelichting).toBe('');
  });
  it.each([
    ['onbekend effect', [{ effect: 'geluk', beoordeling: '+' }], 'werkwijzen[1].pmPosten[0].effect: moet een van deze effecten zijn: "financieleVaardigheden", "inkomenspositie", "ervarenGezondheid", "minderStress", "eigen"'],
    ['eigen zonder naam', [{ effect: 'eigen', beoordeling: '+' }], 'werkwijzen[1].pmPosten[0].naam: ontbreekt; een eigen effect heeft een naam nodig'],
    ['eigen met lege naam', [{ effect: 'eigen', naam: '  ', beoordeling: '+' }], 'werkwijzen[1].pmPosten[0].naam: ontbreekt; een eigen effect heeft een naam nodig'],
    ['vast effect met naam', [{ effect: 'minderStress', naam: 'Rust', beoordeling: '+' }], 'werkwijzen[1].pmPosten[0].naam: hoort alleen bij effect "eigen"'],
    ['typografisch minteken', [{ effect: 'minderStress', beoordeling: '\u2212' }], 'werkwijzen[1].pmPosten[0].beoordeling: moet "+", "0" of "-" zijn (gebruik het gewone minteken "-")'],
    ['beoordeling als getal', [{ effect: 'minderStress', beoordeling: 1 }], 'werkwijzen[1].pmPosten[0].beoordeling: moet "+", "0" of "-" zijn'],
    ['dubbel effect', [{ effect: 'minderStress', beoordeling: '+' }, { effect: 'minderStress', beoordeling: '0' }], 'werkwijzen[1].pmPosten[1].effect: dit effect staat al eerder in de lijst van deze werkwijze'],
    ['dubbele eigen naam', [{ effect: 'eigen', naam: 'Rust', beoordeling: '+' }, { effect: 'eigen', naam: 'rust ', beoordeling: '0' }], 'werkwijzen[1].pmPosten[1].naam: dit effect staat al eerder in de lijst van deze werkwijze'],
    ['onbekend veld', [{ effect: 'minderStress', beoordeling: '+', bedrag: 100 }], 'werkwijzen[1].pmPosten[0]: onbekend veld "bedrag"'],
    ['geen lijst', 'veel', 'werkwijzen[1].pmPosten: moet een lijst van PM-posten zijn'],
  ])('%s: Nederlandse melding met het pad', (_naam, posten, verwacht) => {
    expect(melding(metPosten(posten as unknown[]))).toContain(verwacht);
  });
});

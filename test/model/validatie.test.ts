import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFouten, leesScenario, schrijfScenario, valideerScenario } from '../../src/model';
import { DEN_HAAG_PAD } from '../helpers/scenario';

const tekst = readFileSync(DEN_HAAG_PAD, 'utf8');
const basis = () => JSON.parse(tekst);

function melding(data: unknown): string {
  const v = valideerScenario(data);
  expect(v.ok).toBe(false);
  return v.ok ? '' : formatFouten(v.fouten);
}

describe('scenariobestand: round trip', () => {
  it('het Den Haag-bestand is precies wat het programma schrijft', () => {
    const v = leesScenario(tekst);
    expect(v.ok).toBe(true);
    if (v.ok) expect(schrijfScenario(v.scenario)).toBe(tekst);
  });
  it('een bestand met alleen het verplichte deel krijgt de standaardwaarden en schrijft daarna stabiel', () => {
    const d = basis();
    delete d.parameters;
    delete d.verdeling;
    delete d.instellingen;
    const v = valideerScenario(d);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.parameters['allocation.successShare']).toBe(0.85);
    expect(v.scenario.instellingen.toedeling).toBe('heleKlanten');
    const eens = schrijfScenario(v.scenario);
    const w = leesScenario(eens);
    expect(w.ok && schrijfScenario(w.scenario)).toBe(eens);
  });
});

describe('ongeldige scenario’s krijgen een Nederlandse melding met het veld', () => {
  it('uitkomsten die niet optellen tot het cohort', () => {
    const d = basis();
    d.werkwijzen[1].uitkomsten.geenOplossing = 9;
    expect(melding(d)).toBe('werkwijzen[1].uitkomsten: de aantallen tellen op tot 24, maar het cohort is 23');
  });
  it('een aandeel boven 100%', () => {
    const d = basis();
    d.werkwijzen[0].samenstelling.aandeelPW = 1.4;
    expect(melding(d)).toBe('werkwijzen[0].samenstelling.aandeelPW: moet tussen 0% en 100% liggen, maar is 140%');
  });
  it('een negatief aandeel in de parameters', () => {
    const d = basis();
    d.parameters['escalation.withoutHelp'] = -0.1;
    expect(melding(d)).toBe('parameters.escalation.withoutHelp: moet tussen 0% en 100% liggen, maar is -10%');
  });
  it('een negatief aantal klanten', () => {
    const d = basis();
    d.werkwijzen[0].kosten.settlementPhase.aantal = -3;
    expect(melding(d)).toContain('werkwijzen[0].kosten.settlementPhase.aantal: mag niet negatief zijn, maar is -3');
  });
  it('een gebroken aantal klanten', () => {
    const d = basis();
    d.werkwijzen[1].cohort = 23.5;
    expect(melding(d)).toContain('werkwijzen[1].cohort: moet een heel aantal klanten zijn, maar is 23,5');
  });
  it('een kostenpost met meer klanten dan het cohort', () => {
    const d = basis();
    d.werkwijzen[1].kosten.budgetManagement.basis.aantal = 30;
    expect(melding(d)).toContain('werkwijzen[1].kosten.budgetManagement.basis.aantal: 30 klanten is meer dan het cohort van 23');
  });
  it('een onbekende schemaVersion', () => {
    const d = basis();
    d.schemaVersion = 99;
    expect(melding(d)).toBe('schemaVersion: versie 99 wordt niet ondersteund; deze versie van MKBA Schuldhulp leest alleen schemaVersion 1');
  });
  it('een ontbrekende schemaVersion', () => {
    const d = basis();
    delete d.schemaVersion;
    expect(melding(d)).toMatch(/^schemaVersion: ontbreekt/);
  });
  it('tekst waar een getal hoort', () => {
    const d = basis();
    d.parameters['eviction.cost'] = '5865';
    expect(melding(d)).toBe('parameters.eviction.cost: moet een getal zijn, maar is tekst "5865"');
  });
  it('een onbekend veld', () => {
    const d = basis();
    d.werkwijzen[0].kleur = 'blauw';
    expect(melding(d)).toBe('werkwijzen[0]: onbekend veld "kleur"');
  });
  it('een onbekende parameter', () => {
    const d = basis();
    d.parameters['welfareExit.maandenLater'] = 3;
    expect(melding(d)).toBe('parameters: onbekend veld "welfareExit.maandenLater"');
  });
  it('twee nulalternatieven', () => {
    const d = basis();
    d.werkwijzen[1].nulalternatief = true;
    expect(melding(d)).toBe('werkwijzen: precies één werkwijze moet het nulalternatief zijn, maar het zijn er 2');
  });
  it('een stakeholderverdeling die niet optelt tot 100%', () => {
    const d = basis();
    d.verdeling['homelessness.careSafety'] = { politie: 0.5, zorgverzekeraars: 0.4 };
    expect(melding(d)).toBe('verdeling.homelessness.careSafety: de aandelen tellen op tot 90%, maar moeten samen 100% zijn');
  });
  it('__proto__ als sleutel wordt een onbekend veld, niet een prototype', () => {
    const v = leesScenario(tekst.replace('"titel":', '"__proto__": {"x": 1}, "titel":'));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(formatFouten(v.fouten)).toContain('onbekend veld "__proto__"');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('geen JSON', () => {
    const v = leesScenario('{"schemaVersion": 1, "titel": ');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten[0]!.bericht).toMatch(/^Het bestand is geen geldige JSON/);
  });
  it('JSON met een fout midden in het bestand noemt regel en kolom', () => {
    const v = leesScenario('{\n  "schemaVersion": 1,\n  "titel": "x",,\n}');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten[0]!.bericht).toMatch(/regel 3, kolom \d+/);
  });
  it('geldige JSON die geen scenario is', () => {
    expect(melding([1, 2, 3])).toMatch(/geen scenario/);
    expect(melding('hallo')).toMatch(/geen scenario/);
  });
  it('een leeg bestand', () => {
    const v = leesScenario('   ');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten[0]!.bericht).toBe('Het bestand is leeg.');
  });
  it('een bestand boven de 1 MB', () => {
    const v = leesScenario(tekst.replace('"beschrijving": "', `"beschrijving": "${'x'.repeat(1_100_000)}`));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten[0]!.bericht).toMatch(/^Het bestand is 1,\d MB; een scenariobestand mag hoogstens 1 MB zijn\.$/);
  });
  it('diep geneste rommel crasht niet', () => {
    const diep = '['.repeat(100_000) + ']'.repeat(100_000);
    const v = leesScenario(`{"schemaVersion": 1, "titel": ${diep}}`);
    expect(v.ok).toBe(false);
  });
});

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
    expect(melding(d)).toBe('parameters.escalation.withoutHelp: moet tussen 0% en 100% liggen, maar is −10%');
  });
  it('een negatief aantal klanten', () => {
    const d = basis();
    d.werkwijzen[0].kosten.settlementPhase.aantal = -3;
    expect(melding(d)).toContain('werkwijzen[0].kosten.settlementPhase.aantal: mag niet negatief zijn, maar is −3');
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
    expect(melding(d)).toBe('schemaVersion: versie 99 wordt niet ondersteund; deze versie van MKBA Schuldhulp leest schemaVersion 1 tot en met 2');
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
  it('een bestand boven de 10 MB', () => {
    const groot = tekst.replace('"beschrijving": "', `"beschrijving": "${'x'.repeat(11_000_000)}`);
    const v = leesScenario(groot);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fouten[0]!.bericht).toBe(`Het bestand is ${Buffer.byteLength(groot).toLocaleString('nl-NL')} bytes; een scenariobestand mag hoogstens 10.485.760 bytes (10 MB) zijn.`);
  });
  it('diep geneste rommel crasht niet', () => {
    const diep = '['.repeat(100_000) + ']'.repeat(100_000);
    const v = leesScenario(`{"schemaVersion": 1, "titel": ${diep}}`);
    expect(v.ok).toBe(false);
  });
});

describe('migratie van oudere bestanden', () => {
  /** The Den Haag file as version 1 wrote it: no onzekerheid, tijd or prijspeil. */
  const versie1 = () => {
    const d = basis();
    d.schemaVersion = 1;
    delete d.onzekerheid;
    delete d.tijd;
    delete d.prijspeil;
    return d;
  };
  it('versie 1 wordt versie 2 met dezelfde uitkomsten (geen indexatie, 0% disconto)', async () => {
    const { berekenScenario } = await import('../../src/model');
    const oud = valideerScenario(versie1());
    const nieuw = leesScenario(tekst);
    expect(oud.ok && nieuw.ok).toBe(true);
    if (!oud.ok || !nieuw.ok) return;
    expect(oud.scenario.schemaVersion).toBe(2);
    expect(oud.scenario).toEqual(nieuw.scenario);
    const a = berekenScenario(oud.scenario).werkwijzen.map((w) => w.saldo.perKlant.toString());
    const b = berekenScenario(nieuw.scenario).werkwijzen.map((w) => w.saldo.perKlant.toString());
    expect(a).toEqual(b);
  });
  it('een versie-1-bestand met velden van versie 2 wordt geweigerd met de melding van het schema', () => {
    const d = versie1();
    d.werkwijzen[0].samenstelling.aandeelPW = 2;
    expect(melding(d)).toContain('werkwijzen[0].samenstelling.aandeelPW: moet tussen 0% en 100% liggen');
  });
});

describe('instellingen van versie 2', () => {
  it('een onbekende sleutel in onzekerheid.bereiken', () => {
    const d = basis();
    d.onzekerheid.bereiken['parameters.bestaatNiet'] = { laag: 0, hoog: 1 };
    expect(melding(d)).toBe('onzekerheid.bereiken.parameters.bestaatNiet: verwijst naar een onbekende parameter of werkwijze');
  });
  it('een bètaverdeling voor een parameter zonder dossiers', () => {
    const d = basis();
    d.onzekerheid.verdelingen['parameters.escalation.withoutHelp'] = 'beta';
    expect(melding(d)).toMatch(/bètaverdeling kan alleen/);
  });
  it('laag boven hoog', () => {
    const d = basis();
    d.onzekerheid.bereiken['parameters.escalation.withoutHelp'] = { laag: 0.7, hoog: 0.5 };
    expect(melding(d)).toBe('onzekerheid.bereiken.parameters.escalation.withoutHelp: de lage waarde is hoger dan de hoge waarde');
  });
  it('een negatief aantal trekkingen en een seed die geen geheel getal is', () => {
    const d = basis();
    d.onzekerheid.montecarlo.trekkingen = -5;
    d.onzekerheid.montecarlo.seed = 1.5;
    const m = melding(d);
    expect(m).toContain('onzekerheid.montecarlo.trekkingen: moet minstens 1 zijn, maar is −5');
    expect(m).toContain('onzekerheid.montecarlo.seed: moet een geheel getal zijn, maar is 1,5');
  });
  it('een doeljaar zonder de inflatiecijfers die nodig zijn', () => {
    const d = basis();
    d.prijspeil.doeljaar = 2020;
    d.prijspeil.inflatie = { '2012': 0.02 };
    expect(melding(d)).toBe('prijspeil.inflatie: het inflatiecijfer voor 2013 ontbreekt (nodig om bedragen van prijspeil 2011 naar 2020 om te rekenen)');
  });
  it('met alle inflatiecijfers rekent het model op het doelprijspeil', async () => {
    const { berekenScenario } = await import('../../src/model');
    const d = basis();
    d.prijspeil.doeljaar = 2020;
    d.prijspeil.inflatie = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(2012 + i), 0.02]));
    const v = valideerScenario(d);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const kr = berekenScenario(v.scenario).werkwijzen[1]!;
    // € 14.000 (2011) × 1,02⁹ × 4 / 12, rounded to whole euros as in the report.
    expect(kr.baten.posten.welfareExit.afgeleid[0]!.berekening.uitkomst.toNumber()).toBe(Math.round((14000 * 1.02 ** 9 * 4) / 12));
    // Costs of the gemeente (2019) × 1,02 for 2020.
    expect(kr.kosten.posten.preparation.bruto.toNumber()).toBeCloseTo(23 * 1700 * 1.02, 6);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genereerJsonSchema, SCHEMA_BESTAND } from '../scripts/json-schema';
import { leesScenario, SCHEMA_VERSION } from '../src/model/index';
import { valideerJsonSchema } from './helpers/json-schema';
import { denHaagData, ROOT } from './helpers/uitvoer';

const opSchijf = () => readFileSync(join(ROOT, SCHEMA_BESTAND), 'utf8');
const schema = () => JSON.parse(opSchijf());

describe('scenarios/scenario.schema.json', () => {
  it('is actueel: gelijk aan een verse generatie uit ScenarioSchema', () => {
    const vers = genereerJsonSchema();
    expect(opSchijf() === vers, `${SCHEMA_BESTAND} is verouderd: voer \`npm run schema\` uit en commit het bestand`).toBe(true);
  });

  it('is deterministisch, netjes opgemaakt en eindigt op een regeleinde', () => {
    const a = genereerJsonSchema();
    expect(genereerJsonSchema()).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toBe(JSON.stringify(JSON.parse(a), null, 2) + '\n');
    expect(JSON.parse(a).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('het Den Haag-scenario voldoet eraan (en verwijst ernaar)', () => {
    const data = denHaagData();
    expect(data.$schema).toBe('./scenario.schema.json');
    expect(valideerJsonSchema(schema(), data)).toEqual([]);
  });

  it('beschrijft het bestand zoals mensen het schrijven: standaardwaarden mogen ontbreken', () => {
    const data = denHaagData();
    for (const k of ['parameters', 'verdeling', 'instellingen', 'beschrijving', 'auteur', 'bronnen', 'notities', 'publicatie', '$schema']) delete data[k];
    expect(valideerJsonSchema(schema(), data)).toEqual([]);
    expect(leesScenario(JSON.stringify(data)).ok).toBe(true);
  });

  it('weigert wat ook de tool weigert: aandeel 140%, negatief aantal, gebroken aantal, onbekend veld, versie 99', () => {
    const varianten: [string, (d: any) => void, RegExp][] = [
      ['aandeel', (d) => (d.werkwijzen[1].samenstelling.aandeelPW = 1.4), /aandeelPW: groter dan 1/],
      ['negatief', (d) => (d.werkwijzen[0].uitkomsten.oplossing = -1), /oplossing: kleiner dan 0/],
      ['gebroken', (d) => (d.werkwijzen[0].uitkomsten.oplossing = 1.5), /oplossing: verwacht integer/],
      ['onbekend', (d) => (d.werkwijzen[0].kleur = 'rood'), /werkwijzen\[0\]\.kleur: niet toegestaan/],
      ['versie', (d) => (d.schemaVersion = 99), new RegExp(`schemaVersion: moet ${SCHEMA_VERSION} zijn`)],
      ['parameter', (d) => (d.parameters['bestaat.niet'] = 1), /parameters\.bestaat\.niet: niet toegestaan/],
      ['claim', (d) => (d.publicatie.claims[0].soort = 'anders'), /oneOf/],
    ];
    for (const [naam, wijzig, melding] of varianten) {
      const d = denHaagData();
      wijzig(d);
      expect(valideerJsonSchema(schema(), d).join('\n'), naam).toMatch(melding);
      expect(leesScenario(JSON.stringify(d)).ok, naam).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { indexeer } from '../../src/model/prijspeil';
import { JAAR_MAX, JAAR_MIN, JAAR_PATROON, PrijspeilSchema } from '../../src/model/scenario/prijspeilSchema';
import { leesScenario } from '../../src/model';
import { denHaagData } from '../helpers/uitvoer';

/** Issue 10.9: doeljaar allowed 2100, but the inflation and factor keys stopped at "2099". One range for all. */
const melding = (d: Record<string, any>) => {
  const v = leesScenario(JSON.stringify(d));
  return v.ok ? null : v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('\n');
};

describe('prijspeil: één jaarbereik voor doeljaar, prijsjaar en de sleutels van inflatie en factoren', () => {
  it('doeljaar 2100 met een inflatiecijfer voor elk jaar tot en met 2100 is geldig en rekent', () => {
    const d = denHaagData();
    const inflatie = Object.fromEntries(Array.from({ length: 2100 - 2011 }, (_, i) => [String(2012 + i), 0.02]));
    d.prijspeil = { doeljaar: 2100, prijsjaarKosten: 2019, inflatie, factoren: {} };
    expect(melding(d)).toBeNull();
    const v = leesScenario(JSON.stringify(d));
    const r = v.ok && indexeer(v.scenario, v.scenario.prijspeil);
    expect(r && r.ok && r.indexering!.factoren[2019]!.toNumber()).toBeCloseTo(1.02 ** 81, 9);
  });

  it('elk jaar van het bereik mag als doeljaar, prijsjaar en sleutel; het jaar ervoor en erna nergens', () => {
    for (let j = JAAR_MIN - 1; j <= JAAR_MAX + 1; j++) {
      const binnen = j >= JAAR_MIN && j <= JAAR_MAX;
      for (const p of [{ doeljaar: j }, { prijsjaarKosten: j }, { inflatie: { [String(j)]: 0.01 } }, { factoren: { [String(j)]: 1.1 } }]) {
        expect(PrijspeilSchema.safeParse(p).success, `${JSON.stringify(p)}`).toBe(binnen);
      }
    }
  });

  it('het patroon (ook in het gepubliceerde JSON Schema) is precies het bereik, voor elke viercijferige sleutel', () => {
    for (let j = 1000; j <= 9999; j++) expect(JAAR_PATROON.test(String(j)), String(j)).toBe(j >= JAAR_MIN && j <= JAAR_MAX);
  });

  it('een sleutel buiten het bereik krijgt een melding met het bereik; geen jaartal de bekende melding', () => {
    const d = denHaagData();
    d.prijspeil.inflatie = { '2101': 0.02 };
    expect(melding(d)).toBe('prijspeil.inflatie.2101: de sleutel "2101" moet een jaartal van 1990 tot en met 2100 zijn');
    d.prijspeil.inflatie = { 'vorig jaar': 0.02 };
    expect(melding(d)).toBe('prijspeil.inflatie.vorig jaar: de sleutel "vorig jaar" moet een jaartal zijn (bijv. "2015")');
  });
});

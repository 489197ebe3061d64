// @vitest-environment jsdom
import { globalConfig } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13 (speed): the scenario schema is built on first use, not when the app's modules load
 * (src/model/scenario/lui.ts). zod sets its default message locale when it builds its first schema
 * (classic/schemas.ts, _ensureDefaultLocale): that is the sign used here that a schema was built.
 */
describe('het scenarioschema wordt pas bij het eerste gebruik gebouwd (issue 13, snelheid)', () => {
  it('de modules van het eerste scherm laden zonder één zod-schema te bouwen; de eerste validatie bouwt het', async () => {
    expect(globalConfig.localeError, 'al een schema gebouwd voor de test begint').toBeUndefined();
    // Everything the first screen imports (the app and its start-up), and the model's public face.
    await import('../../src/ui/App');
    await import('../../src/ui/scenario/opstart');
    const model = await import('../../src/model');
    const { DEN_HAAG } = await import('../../src/store/voorbeelden');
    expect(DEN_HAAG.werkwijzen.map((w) => w.id)).toEqual(['regulier', 'klantreis']);
    expect(globalConfig.localeError, 'een schema gebouwd bij het laden').toBeUndefined();
    // The detector works: the first validation builds the schema.
    const v = model.valideerScenario({ schemaVersion: model.SCHEMA_VERSION });
    expect(v.ok).toBe(false);
    expect(globalConfig.localeError).toBeTypeOf('function');
  });
});

describe('lui(): een schema dat bij het eerste gebruik wordt gebouwd', () => {
  it('bouwt pas bij het eerste gebruik, één keer, en gedraagt zich als het schema zelf', async () => {
    const z = await import('zod');
    const { echt, lui } = await import('../../src/model/scenario/lui');
    let gebouwd = 0;
    const X = lui(() => (gebouwd++, z.strictObject({ a: z.number().min(1) }).describe('een x')));
    expect(gebouwd).toBe(0);
    expect(X.parse({ a: 2 })).toEqual({ a: 2 });
    expect(X.safeParse({ a: 0 }).success).toBe(false);
    expect(X.shape.a.safeParse(5).success).toBe(true);
    expect(X).toBeInstanceOf(z.ZodObject);
    expect(X.parse).toBe(X.parse);
    expect(echt(X)).toBe(echt(X));
    expect(gebouwd).toBe(1);
    // A method wraps the schema itself, so zod finds its description (the JSON Schema keeps it).
    expect(X.optional().unwrap()).toBe(echt(X));
    expect(z.globalRegistry.get(echt(X))?.description).toBe('een x');
    expect(z.toJSONSchema(X.optional())).toEqual(z.toJSONSchema(echt(X).optional()));
    expect(echt(5)).toBe(5);
  });

  it('de delen van het scenarioschema zijn de gedeelde, beschreven schema’s zelf', async () => {
    const z = await import('zod');
    const { echt } = await import('../../src/model/scenario/lui');
    const { ScenarioSchema, WerkwijzeSchema } = await import('../../src/model/scenario/schema');
    const { UitkomstModelSchema } = await import('../../src/model/scenario/uitkomstModelSchema');
    const { PmPostenSchema } = await import('../../src/model/scenario/pmPostenSchema');
    expect(ScenarioSchema.shape.werkwijzen.element).toBe(echt(WerkwijzeSchema));
    expect(WerkwijzeSchema.shape.uitkomstModel.unwrap()).toBe(echt(UitkomstModelSchema));
    expect(WerkwijzeSchema.shape.pmPosten).toBe(echt(PmPostenSchema));
    expect(z.globalRegistry.get(echt(PmPostenSchema))?.description).toMatch(/^Effecten die niet in geld zijn uitgedrukt/);
  });
});

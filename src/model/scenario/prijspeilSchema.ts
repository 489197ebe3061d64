import * as z from 'zod';

/** Price level (prijspeil): rescale euro amounts from their price year to a target year (issue 4). */
/** The years a price level can name: one range for the target year, the cost price year and the keys of inflation and factors. */
export const JAAR_MIN = 1990;
export const JAAR_MAX = 2100;
/** JAAR_MIN to JAAR_MAX as a pattern, for the published JSON Schema too (test/model/prijspeil-jaren.test.ts checks every year). */
export const JAAR_PATROON = /^(199\d|20\d\d|2100)$/;
const jaar = () =>
  z
    .number()
    .int({ error: () => 'moet een jaartal zijn' })
    .min(JAAR_MIN, { error: () => `moet ${JAAR_MIN} of later zijn` })
    .max(JAAR_MAX, { error: () => `moet ${JAAR_MAX} of eerder zijn` });
const jaarSleutel = z
  .string()
  .regex(/^\d{4}$/, { error: () => 'moet een jaartal zijn (bijv. "2015")' })
  .regex(JAAR_PATROON, { error: () => `moet een jaartal van ${JAAR_MIN} tot en met ${JAAR_MAX} zijn` });

export const PrijspeilSchema = z.strictObject({
  /** Target price year; null = no indexation (reproduces the report). */
  doeljaar: jaar().nullable().default(null),
  /** Price year of the pathways' own cost amounts (gemeente). */
  prijsjaarKosten: jaar().default(2019),
  /** Yearly inflation per year, e.g. { "2012": 0.025 } = 2,5% from 2011 to 2012. */
  inflatie: z.record(jaarSleutel, z.number().min(-0.5, { error: () => 'een deflatie van meer dan 50% is niet zinvol' }).max(1, { error: () => 'een inflatie van meer dan 100% is niet zinvol' })).default({}),
  /** Direct index factors from a price year to the target year; override the inflation figures. */
  factoren: z.record(jaarSleutel, z.number().positive({ error: () => 'moet groter dan 0 zijn' }).max(100, { error: () => 'is onwaarschijnlijk groot' })).default({}),
});
export type Prijspeil = z.output<typeof PrijspeilSchema>;

import * as z from 'zod';
import { m } from './velden';
import { eenmalig, lui } from './lui';

/** Price level (prijspeil): rescale euro amounts from their price year to a target year (issue 4). */
/** The years a price level can name: one range for the target year, the cost price year and the keys of inflation and factors. */
export const JAAR_MIN = 1990;
export const JAAR_MAX = 2100;
/** JAAR_MIN to JAAR_MAX as a pattern, for the published JSON Schema too (test/model/prijspeil-jaren.test.ts checks every year). */
export const JAAR_PATROON = /^(199\d|20\d\d|2100)$/;
const jaar = () =>
  z
    .number()
    .int({ error: () => m('moet een jaartal zijn', 'must be a year') })
    .min(JAAR_MIN, { error: () => m(`moet ${JAAR_MIN} of later zijn`, `must be ${JAAR_MIN} or later`) })
    .max(JAAR_MAX, { error: () => m(`moet ${JAAR_MAX} of eerder zijn`, `must be ${JAAR_MAX} or earlier`) });
const jaarSleutel = eenmalig(() =>
  z
  .string()
  .regex(/^\d{4}$/, { error: () => m('moet een jaartal zijn (bijv. "2015")', 'must be a year (e.g. "2015")') })
  .regex(JAAR_PATROON, { error: () => m(`moet een jaartal van ${JAAR_MIN} tot en met ${JAAR_MAX} zijn`, `must be a year from ${JAAR_MIN} to ${JAAR_MAX}`) }),
);

export const PrijspeilSchema = lui(() => z.strictObject({
  /** Target price year; null = no indexation (reproduces the report). */
  doeljaar: jaar().nullable().default(null),
  /** Price year of the pathways' own cost amounts (gemeente). */
  prijsjaarKosten: jaar().default(2019),
  /** Yearly inflation per year, e.g. { "2012": 0.025 } = 2,5% from 2011 to 2012. */
  inflatie: z.record(jaarSleutel(), z.number().min(-0.5, { error: () => m('een deflatie van meer dan 50% is niet zinvol', 'a deflation of more than 50% makes no sense') }).max(1, { error: () => m('een inflatie van meer dan 100% is niet zinvol', 'an inflation of more than 100% makes no sense') })).default({}),
  /** Direct index factors from a price year to the target year; override the inflation figures. */
  factoren: z.record(jaarSleutel(), z.number().positive({ error: () => m('moet groter dan 0 zijn', 'must be more than 0') }).max(100, { error: () => m('is onwaarschijnlijk groot', 'is implausibly large') })).default({}),
}));
export type Prijspeil = z.output<typeof PrijspeilSchema>;

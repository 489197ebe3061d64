import * as z from 'zod';

/** Price level (prijspeil): rescale euro amounts from their price year to a target year (issue 4). */
const jaar = () => z.number().int({ error: () => 'moet een jaartal zijn' }).min(1990, { error: () => 'moet 1990 of later zijn' }).max(2100, { error: () => 'moet 2100 of eerder zijn' });
const jaarSleutel = z.string().regex(/^(19|20)\d\d$/, { error: () => 'moet een jaartal zijn (bijv. "2015")' });

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

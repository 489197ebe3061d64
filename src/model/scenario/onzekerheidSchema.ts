import * as z from 'zod';
import { geheelGetal, getal } from './velden';

/** Settings for the uncertainty analyses (issue 4): ranges, distributions and the Monte Carlo run. */
export const VERDELINGEN = ['driehoek', 'uniform', 'beta', 'vast'] as const;
export type VerdelingSoort = (typeof VERDELINGEN)[number];

export const BereikSchema = z
  .strictObject({ laag: getal(), hoog: getal() })
  .refine((b) => b.laag <= b.hoog, { error: 'de lage waarde is hoger dan de hoge waarde' });

export const OnzekerheidSchema = z.strictObject({
  /** Overrides of the default low/high per uncertain input, keyed by its sleutel (see invoer.ts). */
  bereiken: z.record(z.string(), BereikSchema).default({}),
  /** Distribution per uncertain input; default: triangular, and beta for a pathway's shares. */
  verdelingen: z.record(z.string(), z.enum(VERDELINGEN, { error: () => 'moet "driehoek", "uniform", "beta" of "vast" zijn' })).default({}),
  montecarlo: z
    .strictObject({
      trekkingen: geheelGetal(1, 1_000_000).default(10_000),
      seed: geheelGetal(0, 4_294_967_295).default(20200601),
      /** Also redraw the outcome counts per pathway (Dirichlet on the dossier counts). */
      uitkomstenHertrekken: z.boolean().default(false),
    })
    .prefault({}),
});
export type Onzekerheid = z.output<typeof OnzekerheidSchema>;

export const STANDAARD_ONZEKERHEID: Onzekerheid = OnzekerheidSchema.parse({});

import * as z from 'zod';
import { aandeel, aantalKlanten } from './schema';

/** Settings for the uncertainty analyses (issue 4): ranges, distributions and the Monte Carlo run. */
export const VERDELINGEN = ['driehoek', 'uniform', 'beta', 'vast'] as const;
export type VerdelingSoort = (typeof VERDELINGEN)[number];

const getal = () => z.number({ error: (iss) => `moet een getal zijn, maar is ${typeof iss.input === 'string' ? `tekst "${iss.input}"` : String(iss.input)}` });

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
      trekkingen: aantalKlanten().min(1, { error: () => 'moet minstens 1 trekking zijn' }).max(1_000_000, { error: () => 'mag hoogstens 1.000.000 trekkingen zijn' }).default(10_000),
      seed: aantalKlanten().max(4_294_967_295, { error: () => 'moet een geheel getal van 0 tot en met 4.294.967.295 zijn' }).default(20200601),
      /** Also redraw the outcome counts per pathway (Dirichlet on the dossier counts). */
      uitkomstenHertrekken: z.boolean().default(false),
    })
    .prefault({}),
});
export type Onzekerheid = z.output<typeof OnzekerheidSchema>;

export const STANDAARD_ONZEKERHEID: Onzekerheid = OnzekerheidSchema.parse({});

/** A share setting that is reused by the time module. */
export const discontovoet = () => aandeel();

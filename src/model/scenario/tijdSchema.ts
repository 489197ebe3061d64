import * as z from 'zod';
import { BATEN, KOSTENPOSTEN, type BaatId } from '../begrippen';
import { aandeel, m } from './velden';
import { eenmalig, lui } from './lui';

/** Time horizon, discount rate and timing per item (issue 4). */
export const TIJD_POSTEN = [...KOSTENPOSTEN, ...BATEN] as const;
export type TijdPost = (typeof TIJD_POSTEN)[number];

/** The Dutch standard discount rate (Werkgroep discontovoet 2020, in force since 2021). */
export const DISCONTOVOET_STANDAARD = 0.0225;

/** Timing defaults from the report: the debt arrangement runs three years; PW savings fall in the five years until exit. */
export const STANDAARD_SPREIDING: Partial<Record<TijdPost, number[]>> = {
  debtArrangement: [1 / 3, 1 / 3, 1 / 3],
  welfareExit: [0.2, 0.2, 0.2, 0.2, 0.2],
};

const spreiding = eenmalig(() => z
  .array(z.number().min(0, { error: () => m('een jaaraandeel mag niet negatief zijn', 'a share per year may not be negative') }), { error: () => m('moet een lijst van jaaraandelen zijn', 'must be a list of shares per year') })
  .min(1, { error: () => m('moet minstens één jaar bevatten', 'must hold at least one year') })
  .max(50, { error: () => m('mag hoogstens 50 jaar beslaan', 'may span at most 50 years') })
  .refine((a) => Math.abs(a.reduce((x, y) => x + y, 0) - 1) < 1e-9, { error: () => m('de jaaraandelen moeten samen 100% zijn', 'the shares per year must add up to 100%') }));

/**
 * Effects over time per benefit (issue 11): how long the effect lasts and how much of it is lost each
 * year. Optional; absent = the report's duration (the length of the item's spread) and no drop-off.
 */
const effect = eenmalig(() => z.strictObject({
  duurJaren: z.number().int({ error: () => m('moet een heel aantal jaren zijn', 'must be a whole number of years') }).min(1, { error: () => m('moet minstens 1 jaar zijn', 'must be at least 1 year') }).max(50, { error: () => m('mag hoogstens 50 jaar zijn', 'may be at most 50 years') }).optional()
    .describe('Hoeveel jaar het effect duurt (standaard: de spreiding van het rapport; 1 zonder spreiding)'),
  uitval: aandeel().optional().describe('Uitval (drop-off): deel van het effect dat elk jaar verloren gaat (0–1; standaard 0)'),
}));

export const TijdSchema = lui(() => z
  .strictObject({
    horizonJaren: z.number().int({ error: () => m('moet een heel aantal jaren zijn', 'must be a whole number of years') }).min(1, { error: () => m('moet minstens 1 jaar zijn', 'must be at least 1 year') }).max(50, { error: () => m('mag hoogstens 50 jaar zijn', 'may be at most 50 years') }).default(5),
    discontovoet: aandeel().max(0.2, { error: () => m('een discontovoet boven 20% is niet zinvol', 'a discount rate above 20% makes no sense') }).default(0),
    spreiding: z.partialRecord(z.enum(TIJD_POSTEN), spreiding()).default(() => structuredClone(STANDAARD_SPREIDING)),
    effecten: z.partialRecord(z.enum(BATEN), effect()).optional(),
    terugval: aandeel().optional().describe('Terugval in schulden: deel van de klanten in aanmerking dat per jaar terugvalt en vanaf dan geen baten meer geeft (0–1; standaard 0)'),
  })
  .superRefine((t, ctx) => {
    for (const [post, a] of Object.entries(t.spreiding)) {
      if (a && a.length > t.horizonJaren) {
        ctx.addIssue({ code: 'custom', path: ['spreiding', post], message: m(`beslaat ${a.length} jaar, langer dan de tijdshorizon van ${t.horizonJaren} jaar`, `spans ${a.length} years, longer than the time horizon of ${t.horizonJaren} years`) });
      }
    }
  }));
export type Tijd = z.output<typeof TijdSchema>;

/** The time settings of one benefit, with the defaults filled in: the report's duration, no drop-off, no relapse. */
export function effectVan(t: Tijd, baat: BaatId): { duurJaren: number; uitval: number; terugval: number } {
  const e = t.effecten?.[baat];
  return { duurJaren: e?.duurJaren ?? standaardDuur(t, baat), uitval: e?.uitval ?? 0, terugval: t.terugval ?? 0 };
}

/** The report's duration of a benefit: the years of its spread (1 without a spread). */
export const standaardDuur = (t: Pick<Tijd, 'spreiding'>, baat: BaatId) => t.spreiding[baat]?.length ?? 1;

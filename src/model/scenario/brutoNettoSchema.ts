import * as z from 'zod';
import { BATEN, type BaatId } from '../begrippen';
import { aandeel } from './velden';
import { eenmalig, lui } from './lui';

/**
 * Gross → net per benefit (issue 11): `brutoNetto.<baatId> = { deadweight, attributie, verdringing }`,
 * shares 0–1, each 0 by default (as in the report). Optional in a file, so older files stay valid.
 */
const aftrekken = eenmalig(() => z.strictObject({
  deadweight: aandeel().optional().describe('Deel van de baat dat ook zonder hulp was bereikt (0–1; standaard 0)'),
  attributie: aandeel().optional().describe('Deel van de baat dat aan anderen dan de werkwijze toe te schrijven is (0–1; standaard 0)'),
  verdringing: aandeel().optional().describe('Deel van de baat dat elders verloren gaat (verdringing, 0–1; standaard 0)'),
}));

/** Optional throughout (a missing benefit or share is 0), so a file says only what it sets. */
export const BrutoNettoSchema = lui(() => z.strictObject(
  Object.fromEntries(BATEN.map((b) => [b, aftrekken().optional()])) as Record<BaatId, z.ZodOptional<ReturnType<typeof aftrekken>>>,
));
export type BrutoNetto = z.output<typeof BrutoNettoSchema>;

/** The three shares of one benefit, 0 where the scenario does not set them. */
export function aftrekAandelen(b: BrutoNetto | undefined, baat: BaatId): { deadweight: number; attributie: number; verdringing: number } {
  const a = b?.[baat];
  return { deadweight: a?.deadweight ?? 0, attributie: a?.attributie ?? 0, verdringing: a?.verdringing ?? 0 };
}

/** The keys of gross → net inputs that can carry a range: "brutoNetto.<baatId>.<aftrek>". */
export const BRUTO_NETTO_SLEUTEL = /^brutoNetto\.([A-Za-z]+)\.(deadweight|attributie|verdringing)$/;
export const isBrutoNettoSleutel = (k: string) => {
  const m = BRUTO_NETTO_SLEUTEL.exec(k);
  return m !== null && (BATEN as readonly string[]).includes(m[1]!);
};

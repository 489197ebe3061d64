import * as z from 'zod';
import { UITKOMSTEN, type UitkomstId } from '../begrippen';
import { KLANTTYPEN, SOM_TOLERANTIE, type KlanttypeId } from '../klanttypen';
import { formatAandeel } from '../../format/getal';
import { aandeel, m, meldingTaal } from './velden';
import { eenmalig, lui } from './lui';

/** A sum of shares in a message: enough decimals that a near miss never reads as "100%". */
export const formatSom = (som: number) => formatAandeel(som, meldingTaal(), 7);

const somMoetHonderd = (wat: string, what: string) => (waarden: Record<string, number>, ctx: z.core.$RefinementCtx) => {
  const som = Object.values(waarden).reduce((a, b) => a + b, 0);
  if (Math.abs(som - 1) > SOM_TOLERANTIE) {
    ctx.addIssue({ code: 'custom', message: m(`${wat} tellen op tot ${formatSom(som)}, maar moeten samen 100% zijn`, `${what} add up to ${formatSom(som)}, but must add up to 100%`), input: waarden });
  }
};

const kansenSchema = eenmalig(() => z
  .strictObject(Object.fromEntries(UITKOMSTEN.map((u) => [u, aandeel()])) as Record<UitkomstId, ReturnType<typeof aandeel>>)
  .superRefine(somMoetHonderd('de kansen op de vier uitkomsten', 'the probabilities of the four outcomes'))
  .describe('Kans per uitkomst voor dit klanttype (0–1); samen 100%'));

/**
 * Outcome model of a pathway (issue 5). Absent: the outcome counts are entered directly. With
 * soort "klanttypen": the counts follow from the client-type mix and the outcome rates per type
 * (see src/model/klanttypen.ts), and `uitkomsten` must equal the derived counts.
 */
export const UitkomstModelSchema = lui(() => z
  .discriminatedUnion(
    'soort',
    [
      z.strictObject({
        soort: z.literal('klanttypen'),
        mix: z
          .strictObject(Object.fromEntries(KLANTTYPEN.map((t) => [t, aandeel()])) as Record<KlanttypeId, ReturnType<typeof aandeel>>)
          .superRefine(somMoetHonderd('de aandelen van de klanttypen', 'the shares of the client types'))
          .describe('Aandeel zelfstandige, afhankelijke en kwetsbare klanten in het cohort (Purpose 2020); samen 100%'),
        kansen: z
          .strictObject(Object.fromEntries(KLANTTYPEN.map((t) => [t, kansenSchema()])) as Record<KlanttypeId, ReturnType<typeof kansenSchema>>)
          .describe('Per klanttype de kans op oplossing, gestabiliseerd, geen oplossing (uitval) en nog in de fase schulden regelen'),
      }),
    ],
    { error: () => 'moet een uitkomstmodel zijn met soort "klanttypen"' },
  )
  .describe('Optioneel: leid de uitkomsten af uit klanttypen. Afwezig = uitkomsten direct ingevoerd.'));
export type UitkomstModelInvoer = z.input<typeof UitkomstModelSchema>;

import * as z from 'zod';
import { PM_BEOORDELINGEN, PM_EFFECT_KEUZES, pmSleutel } from '../pmPosten';
import { namenlijst } from '../namen';
import { m, tekst, zichtbareTekst } from './velden';
import { echt, lui } from './lui';

/** One non-monetised effect (PM-post) of a pathway, judged relative to the nulalternatief. */
export const PmPostSchema = lui(() => z
  .strictObject({
    effect: z
      .enum(PM_EFFECT_KEUZES, {
        error: () => `moet een van deze effecten zijn: ${PM_EFFECT_KEUZES.map((e) => `"${e}"`).join(', ')} (eigen: een zelfgekozen effect met een naam)`,
      })
      .describe('Een van de vier effecten uit Regioplan 2020, hoofdstuk 4, of "eigen"'),
    naam: zichtbareTekst(120).optional().describe('Naam van een eigen effect (alleen bij effect "eigen")'),
    beoordeling: z
      .enum(PM_BEOORDELINGEN, { error: () => 'moet "+", "0" of "-" zijn (gebruik het gewone minteken "-")' })
      .describe('Effect ten opzichte van het nulalternatief: + positief, 0 geen verschil, - negatief'),
    toelichting: tekst(2000).default('').describe('Wat er over dit effect bekend is, en waarop het oordeel berust'),
  })
  .superRefine((p, ctx) => {
    if (p.effect === 'eigen' && (p.naam === undefined || p.naam.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['naam'], message: m('ontbreekt; een eigen effect heeft een naam nodig', 'is missing; an effect of your own needs a name'), input: p.naam });
    }
    if (p.effect !== 'eigen' && p.naam !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['naam'], message: m(`hoort alleen bij effect "eigen"; "${p.effect}" heeft al een vaste naam`, `belongs only with effect "eigen"; "${p.effect}" already has a fixed name`), input: p.naam });
    }
  }));

export const PmPostenSchema = lui(() => z
  .array(echt(PmPostSchema), { error: () => 'moet een lijst van PM-posten zijn' })
  .max(30, { error: () => 'mag hoogstens 30 PM-posten bevatten' })
  .superRefine((lijst, ctx) => {
    const gezien = new Set<string>();
    // Own effects by the pathways' name rule (model/namen.ts): also a look-alike is the same effect.
    const eigen = namenlijst();
    lijst.forEach((p, i) => {
      const d = p.effect === 'eigen' ? eigen(p.naam ?? '', i) : null;
      const k = pmSleutel(p);
      if (d !== null || (p.effect !== 'eigen' && gezien.has(k))) {
        const lijkt = d?.lijkt ?? { nl: '', en: '' };
        ctx.addIssue({
          code: 'custom',
          path: [i, p.effect === 'eigen' ? 'naam' : 'effect'],
          message: m(
            `dit effect staat al eerder in de lijst van deze werkwijze${lijkt.nl ? ` (lijkende tekens tellen niet mee: ${lijkt.nl})` : ''}`,
            `this effect is already listed earlier for this pathway${lijkt.en ? ` (look-alike characters do not count: ${lijkt.en})` : ''}`,
          ),
          input: p,
        });
      }
      gezien.add(k);
    });
  })
  .default([])
  .describe('Effecten die niet in geld zijn uitgedrukt (PM-posten), met een oordeel ten opzichte van het nulalternatief; tellen niet mee in het saldo'));

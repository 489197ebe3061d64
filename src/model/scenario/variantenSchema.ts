import * as z from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { BAAT_LABELS, BATEN, type BaatId } from '../begrippen';
import { PARAMETERS } from '../parameters/catalog';
import type { Eenheid, Label } from '../parameters/types';
import { namenlijst } from '../namen';
import { aandeel, bedrag, beschrijfWaarde, getal, inTaal, kort, m, maanden, meldingTaal, tekst, zichtbareTekst } from './velden';
import type { Taal } from '../../format/getal';
import { echt, eenmalig, lui } from './lui';

/**
 * Variants (issue 11 item 5, the leidraad's "at least two scenarios, shown equally"):
 * `varianten: [{ id, naam, toelichting, parameters: { <sleutel>: { waarde, bron } } }]`.
 * A variant is the same scenario with some assumptions set otherwise; every override carries its
 * own `bron` (required, not empty), so "each override is sourced" is checked by the schema itself.
 *
 * Keys: a parameter id of the catalog ("welfareExit.monthsEarlier"), "instellingen.optimismeBias",
 * or a gross → net share "brutoNetto.<baat>.<deadweight|attributie|verdringing>". Euro amounts are at
 * the parameter's own price year, like `parameters` (a price-level setting indexes them alike).
 */

const AFTREK_NAMEN = ['deadweight', 'attributie', 'verdringing'] as const;

export interface VariantSleutel {
  sleutel: string;
  label: Label;
  eenheid: Eenheid;
}

/** Every key a variant may override, with its label and unit, in catalog order. */
export const VARIANT_SLEUTELS: readonly VariantSleutel[] = [
  ...PARAMETERS.map((p) => ({ sleutel: p.id as string, label: p.label, eenheid: p.eenheid })),
  { sleutel: 'instellingen.optimismeBias', label: { nl: 'Optimism bias: opslag op de kosten van de projectwerkwijzen', en: 'Optimism bias: uplift on the costs of the project pathways' }, eenheid: 'aandeel' },
  ...BATEN.flatMap((b: BaatId) =>
    AFTREK_NAMEN.map((a) => ({
      sleutel: `brutoNetto.${b}.${a}`,
      label: { nl: `${BAAT_LABELS[b].nl}: ${a}`, en: `${BAAT_LABELS[b].en}: ${a === 'attributie' ? 'attribution' : a === 'verdringing' ? 'displacement' : a}` },
      eenheid: 'aandeel' as const,
    })),
  ),
];

const PER_SLEUTEL = new Map(VARIANT_SLEUTELS.map((k) => [k.sleutel, k]));
export const variantSleutel = (k: string): VariantSleutel | undefined => PER_SLEUTEL.get(k);

const waardeSchema = (e: Eenheid) => (e === 'aandeel' ? aandeel() : e === 'maanden' ? maanden() : bedrag());

/** Why a value is refused for a key by its unit's rule (a share 0–1, months ≤ 600, …), in the language under way; null if it is fine. */
const waardeFout = (def: VariantSleutel, waarde: unknown): string | null => {
  const r = waardeSchema(def.eenheid).safeParse(waarde);
  return r.success ? null : r.error.issues[0]!.message;
};

/**
 * The unit's message for a value of a variant's override, without the variant's name (null: accepted,
 * or not a key a variant can change): for the variants editor, whose field and list name the variant
 * and the parameter themselves (tester9 #5). The schema below gives the same message, prefixed.
 */
export function variantWaardeFout(sleutel: string, waarde: number, taal: Taal): string | null {
  const def = PER_SLEUTEL.get(sleutel);
  return def ? inTaal(taal, () => waardeFout(def, waarde)) : null;
}

const OverrideSchema = eenmalig(() => z.strictObject({
  waarde: getal().describe('De waarde in deze variant (in de eenheid van de parameter; euro’s in het prijsjaar van de parameter)'),
  bron: z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? m('ontbreekt; elke afwijking in een variant heeft een bron nodig', 'is missing; every override in a variant needs a source')
          : m(`moet tekst zijn, maar is ${beschrijfWaarde(iss.input)}`, `must be text, but is ${beschrijfWaarde(iss.input)}`),
    })
    .pipe(zichtbareTekst(500))
    .describe('Waar deze waarde vandaan komt; verplicht: elke afwijking van het scenario heeft een bron'),
}));
export type VariantOverride = z.output<ReturnType<typeof OverrideSchema>>;

const ID = /^[a-z][a-z0-9-]{0,39}$/;

/** "variant "bovenschatting"": how a message names the variant it is about. */
const variantNaam = (v: { id: string; naam: string }) => m(`variant "${kort(v.naam)}" (${v.id})`, `variant "${kort(v.naam)}" (${v.id})`);

export const VariantSchema = lui(() => z
  .strictObject({
    id: z
      .string({ error: () => m('moet tekst zijn', 'must be text') })
      .regex(ID, {
        error: () =>
          m(
            'moet beginnen met een kleine letter en mag alleen kleine letters, cijfers en - bevatten (max. 40 tekens)',
            'must start with a lower-case letter and hold only lower-case letters, digits and - (at most 40 characters)',
          ),
      }),
    naam: zichtbareTekst(120),
    toelichting: tekst(2000).default(''),
    parameters: z.record(z.string(), OverrideSchema()).default({}).describe('Afwijkingen van het scenario: per parameter { waarde, bron }'),
  })
  .superRefine((v, ctx) => {
    for (const [k, o] of Object.entries(v.parameters)) {
      const def = PER_SLEUTEL.get(k);
      if (!def) {
        const dichtst = closest(k, [...PER_SLEUTEL.keys()]);
        const tip = distance(k, dichtst) <= Math.max(3, Math.floor(k.length / 4)) ? dichtst : null;
        ctx.addIssue({
          code: 'custom',
          path: ['parameters', k],
          message: m(
            `${variantNaam(v)}: "${kort(k)}" is geen parameter die een variant kan wijzigen${tip ? ` (bedoelde u "${tip}"?)` : ''}`,
            `${variantNaam(v)}: "${kort(k)}" is not a parameter a variant can change${tip ? ` (did you mean "${tip}"?)` : ''}`,
          ),
        });
        continue;
      }
      const fout = waardeFout(def, o.waarde);
      if (fout !== null) {
        ctx.addIssue({ code: 'custom', path: ['parameters', k, 'waarde'], message: `${variantNaam(v)}, ${def.label[meldingTaal()]}: ${fout}` });
      }
    }
  }));
export type Variant = z.output<typeof VariantSchema>;

export const VariantenSchema = lui(() => z
  .array(echt(VariantSchema), { error: () => m('moet een lijst van varianten zijn', 'must be a list of variants') })
  .max(8, { error: () => m('mag hoogstens acht varianten bevatten', 'must hold at most eight variants') })
  .superRefine((lijst, ctx) => {
    const ids = new Map<string, number>();
    const dubbel = namenlijst();
    lijst.forEach((v, i) => {
      const eerder = ids.get(v.id);
      if (eerder !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: m(`"${kort(v.id)}" is ook het id van variant nr. ${eerder + 1}`, `"${kort(v.id)}" is also the id of variant no. ${eerder + 1}`) });
      } else ids.set(v.id, i);
      // The pathways' rule (model/namen.ts): also a look-alike ("Hoog" with a Cyrillic о) is the same name.
      const d = dubbel(v.naam, i);
      if (d !== null) {
        const { nl: lijkt, en: lijktEn } = d.lijkt;
        ctx.addIssue({
          code: 'custom',
          path: [i, 'naam'],
          message: m(
            `"${kort(v.naam)}" is ook de naam van variant nr. ${d.index + 1}${lijkt ? ` (lijkende tekens tellen niet mee: ${lijkt})` : ''}; geef elke variant een eigen naam`,
            `"${kort(v.naam)}" is also the name of variant no. ${d.index + 1}${lijktEn ? ` (look-alike characters do not count: ${lijktEn})` : ''}; give each variant a name of its own`,
          ),
        });
      }
    });
  })
  .describe(
    'Varianten: hetzelfde scenario met andere aannames, naast elkaar getoond zonder voorkeur. Per variant een id, naam, toelichting en de parameters die afwijken, elk met waarde en bron',
  ));

import * as z from 'zod';
import { PARAMETERS } from '../parameters/catalog';
import {
  BATEN,
  BUDGETBEHEER_VARIANTEN,
  COMPONENTEN,
  KOSTENPOSTEN,
  STANDAARD_VERDELING,
  STAKEHOLDERS,
  UITKOMSTEN,
  type ComponentId,
} from '../begrippen';
import { formatAandeelGevonden, formatGevonden } from '../../format/getal';

/**
 * The scenario file: the single source of truth for its types, its validation and the published
 * JSON Schema (scenarios/scenario.schema.json). Structure keys are Dutch; the ids of cost items,
 * benefits, parameters and stakeholders are the engine's machine ids, also used in its JSON output.
 */
export const SCHEMA_VERSION = 2;

import { aandeel, aantalKlanten, bedrag, getal, kort, maanden, tekst } from './velden';
import { ONZEKERE_WERKWIJZEVELDEN, OnzekerheidSchema } from './onzekerheidSchema';
import { PrijspeilSchema } from './prijspeilSchema';
import { TijdSchema } from './tijdSchema';
import { indexfactor } from '../prijsindex';
import { UitkomstModelSchema } from './uitkomstModelSchema';
import { PmPostenSchema } from './pmPostenSchema';
import { formatAantallen, modelIsVolledig, verklaarUitkomsten } from '../klanttypen';
export { aandeel, aantalKlanten, bedrag } from './velden';

const kostenpostMetAantal = () =>
  z.strictObject({
    bedrag: bedrag().describe('Kosten per klant (euro)'),
    aantal: aantalKlanten().describe('Aantal klanten dat met dit onderdeel startte'),
  });

const uitkomstenSchema = z.strictObject(
  Object.fromEntries(UITKOMSTEN.map((u) => [u, aantalKlanten()])) as Record<
    (typeof UITKOMSTEN)[number],
    ReturnType<typeof aantalKlanten>
  >,
);

export const WerkwijzeSchema = z
  .strictObject({
    id: z
      .string({ error: () => 'moet tekst zijn' })
      .regex(/^[a-z][a-z0-9-]{0,39}$/, {
        error: () => 'moet beginnen met een kleine letter en mag alleen kleine letters, cijfers en - bevatten (max. 40 tekens)',
      }),
    naam: tekst(120).min(1, { error: () => 'mag niet leeg zijn' }),
    nulalternatief: z.boolean({ error: () => 'moet true of false zijn' }),
    cohort: aantalKlanten().min(1, { error: () => 'moet minstens 1 klant zijn' }).describe('Aantal klanten in de dossieranalyse (N)'),
    uitkomsten: uitkomstenSchema.describe('Uitkomsten van de trajecten; tellen op tot het cohort. Met een uitkomstModel: precies de daaruit afgeleide aantallen'),
    uitkomstModel: UitkomstModelSchema.optional(),
    samenstelling: z.strictObject({
      aandeelPW: aandeel().describe('Aandeel klanten met een Participatiewet-uitkering'),
      aandeelWerkend: aandeel().describe('Aandeel klanten met werk'),
    }),
    kosten: z.strictObject({
      preparation: z.strictObject({ bedrag: bedrag().describe('Kosten per klant; geldt voor het hele cohort') }),
      settlementPhase: kostenpostMetAantal(),
      debtArrangement: z.strictObject({
        bedrag: bedrag(),
        aantal: z
          .union([z.literal('oplossingen'), aantalKlanten()], {
            error: () => 'moet een heel aantal klanten zijn of "oplossingen" (het aantal oplossingen na toedeling)',
          })
          .describe('Aantal schuldregelingen, of "oplossingen" voor het aantal oplossingen na toedeling'),
      }),
      budgetManagement: z.strictObject(
        Object.fromEntries(BUDGETBEHEER_VARIANTEN.map((v) => [v, kostenpostMetAantal()])) as Record<
          (typeof BUDGETBEHEER_VARIANTEN)[number],
          ReturnType<typeof kostenpostMetAantal>
        >,
      ),
    }),
    pmPosten: PmPostenSchema,
    toelichting: tekst(5000).optional(),
  })
  .superRefine((w, ctx) => {
    const som = UITKOMSTEN.reduce((acc, u) => acc + w.uitkomsten[u], 0);
    if (som !== w.cohort) {
      ctx.addIssue({
        code: 'custom',
        path: ['uitkomsten'],
        message: `de aantallen tellen op tot ${formatGevonden(som)}, maar het cohort is ${formatGevonden(w.cohort)}`,
      });
    }
    // With an outcome model the counts in the file must be the derived ones: never silently replaced.
    if (w.uitkomstModel && modelIsVolledig(w.uitkomstModel)) {
      const afgeleid = verklaarUitkomsten(w.cohort, w.uitkomstModel).afgerond;
      if (UITKOMSTEN.some((u) => afgeleid[u] !== w.uitkomsten[u])) {
        ctx.addIssue({
          code: 'custom',
          path: ['uitkomsten'],
          message:
            `wijken af van het klanttypemodel (dat geeft ${formatAantallen(afgeleid)} bij een cohort van ${formatGevonden(w.cohort)}; ` +
            `in het bestand staat ${formatAantallen(w.uitkomsten)}, in de volgorde oplossing/gestabiliseerd/geen oplossing/in schuldregelfase). ` +
            'Neem de afgeleide aantallen over, of verwijder uitkomstModel om de aantallen zelf in te voeren',
        });
      }
    }
    const teGroot = (path: (string | number)[], aantal: number) => {
      if (aantal > w.cohort) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${formatGevonden(aantal)} klanten is meer dan het cohort van ${formatGevonden(w.cohort)}`,
        });
      }
    };
    teGroot(['kosten', 'settlementPhase', 'aantal'], w.kosten.settlementPhase.aantal);
    if (typeof w.kosten.debtArrangement.aantal === 'number') {
      teGroot(['kosten', 'debtArrangement', 'aantal'], w.kosten.debtArrangement.aantal);
    }
    for (const v of BUDGETBEHEER_VARIANTEN) teGroot(['kosten', 'budgetManagement', v, 'aantal'], w.kosten.budgetManagement[v].aantal);
    const budgetSom = BUDGETBEHEER_VARIANTEN.reduce((acc, v) => acc + w.kosten.budgetManagement[v].aantal, 0);
    if (budgetSom > w.cohort) {
      ctx.addIssue({
        code: 'custom',
        path: ['kosten', 'budgetManagement'],
        message: `samen ${formatGevonden(budgetSom)} klanten in budgetbeheer, meer dan het cohort van ${formatGevonden(w.cohort)}`,
      });
    }
  });

const parametersSchema = z.strictObject(
  Object.fromEntries(
    PARAMETERS.map((p) => {
      const basis = p.eenheid === 'aandeel' ? aandeel() : p.eenheid === 'maanden' ? maanden() : bedrag();
      return [p.id, basis.default(p.standaard).describe(`${p.label.nl} (${p.eenheid}; bron: ${p.bron})`)];
    }),
  ) as Record<(typeof PARAMETERS)[number]['id'], z.ZodDefault<z.ZodNumber>>,
);

const verdelingSchema = z
  .strictObject(Object.fromEntries(STAKEHOLDERS.map((s) => [s, aandeel().optional()])) as Record<(typeof STAKEHOLDERS)[number], z.ZodOptional<z.ZodNumber>>)
  .superRefine((v, ctx) => {
    const som = Object.values(v).reduce<number>((acc, x) => acc + (x ?? 0), 0);
    if (Math.abs(som - 1) > 1e-9) {
      ctx.addIssue({ code: 'custom', message: `de aandelen tellen op tot ${formatAandeelGevonden(som)}, maar moeten samen 100% zijn` });
    }
  });

const verdelingenSchema = z.strictObject(
  Object.fromEntries(
    COMPONENTEN.map((c) => [c, verdelingSchema.default(() => ({ ...STANDAARD_VERDELING[c].verdeling }))]),
  ) as Record<ComponentId, z.ZodDefault<typeof verdelingSchema>>,
);

const gepubliceerdBedrag = z.strictObject({ totaal: getal(), perKlant: getal().optional() });

const publicatieWerkwijze = z.strictObject({
  kosten: gepubliceerdBedrag.optional(),
  kostenposten: z.partialRecord(z.enum(KOSTENPOSTEN), z.strictObject({ aantal: getal().optional(), bruto: getal() })).optional(),
  baten: z.partialRecord(z.enum(BATEN), gepubliceerdBedrag.extend({ bruto: getal().optional() })).optional(),
  totaalBaten: gepubliceerdBedrag.optional(),
  saldo: gepubliceerdBedrag.optional(),
});

const tekstclaim = z.discriminatedUnion('soort', [
  z.strictObject({
    soort: z.literal('verschilBaat'),
    omschrijving: tekst(500),
    bron: tekst(200),
    baat: z.enum(BATEN),
    werkwijze: z.string(),
    tenOpzichteVan: z.string(),
    bedrag: getal(),
  }),
  z.strictObject({
    soort: z.literal('aandeelStakeholder'),
    omschrijving: tekst(500),
    bron: tekst(200),
    werkwijze: z.string(),
    stakeholder: z.enum(STAKEHOLDERS),
    aandeel: aandeel(),
  }),
]);

/** A calendar date "JJJJ-MM-DD" that exists (no 2020-02-30). */
const datumSchema = () =>
  z
    .string({ error: () => 'moet een datum zijn (JJJJ-MM-DD)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => 'moet een datum zijn in de vorm JJJJ-MM-DD' })
    .refine(
      (d) => {
        const [j, m, dag] = d.split('-').map(Number) as [number, number, number];
        const t = new Date(0);
        t.setUTCFullYear(j, m - 1, dag);
        return t.getUTCFullYear() === j && t.getUTCMonth() === m - 1 && t.getUTCDate() === dag;
      },
      { error: (iss) => `is geen bestaande datum (${String(iss.input)})` },
    );

export const PublicatieSchema = z.strictObject({
  bron: tekst(300),
  referentieCohort: aantalKlanten().min(1, { error: () => 'moet minstens 1 klant zijn' }),
  werkwijzen: z.record(z.string(), publicatieWerkwijze),
  claims: z.array(tekstclaim).max(100).default([]),
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION, { error: () => `wordt niet ondersteund; deze versie leest schemaVersion ${SCHEMA_VERSION}` }),
    titel: tekst(200).min(1, { error: () => 'mag niet leeg zijn' }),
    beschrijving: tekst(5000).default(''),
    auteur: tekst(200).default(''),
    datum: datumSchema().optional(),
    /** The example this scenario was made from: its title, author and date are not this scenario's own. */
    gebaseerdOp: z
      .strictObject({
        titel: tekst(200).min(1, { error: () => 'mag niet leeg zijn' }),
        auteur: tekst(200).optional(),
        datum: datumSchema().optional(),
      })
      .optional()
      .describe('Het voorbeeld waarop dit scenario is gebaseerd (titel, auteur en datum van dat voorbeeld); auteur en datum bovenaan zijn die van dit scenario'),
    bronnen: z.array(tekst(500)).max(100).default([]),
    notities: z.array(tekst(2000)).max(100).default([]),
    instellingen: z
      .strictObject({
        toedeling: z
          .enum(['heleKlanten', 'verwachteWaarden'], { error: () => 'moet "heleKlanten" of "verwachteWaarden" zijn' })
          .default('heleKlanten')
          .describe('heleKlanten: afronden met de grootste-restmethode (zoals het rapport); verwachteWaarden: fractioneel'),
        eenheidsbedragenAfronden: z
          .boolean({ error: () => 'moet true of false zijn' })
          .default(false)
          .describe('Afgeleide eenheidsbedragen (bijv. € 14.000 × 4/12) afronden op hele euro’s, zoals het rapport deed'),
        referentieCohort: aantalKlanten()
          .min(1, { error: () => 'moet minstens 1 klant zijn' })
          .nullable()
          .default(null)
          .describe('Cohort waarnaar alle werkwijzen worden omgerekend; null = het cohort van de eerste projectwerkwijze (de eerste werkwijze in de lijst die niet het nulalternatief is)'),
        instroomPerJaar: aantalKlanten()
          .min(1, { error: () => 'moet minstens 1 klant per jaar zijn' })
          .nullable()
          .default(null)
          .describe('Instroom per jaar: aantal nieuwe klanten per jaar dat het traject start (geteld zoals het cohort). Geeft de kosten, baten en het saldo per jaar (per klant × instroom); null = niet ingesteld'),
      })
      .prefault({}),
    parameters: parametersSchema.prefault({}),
    verdeling: verdelingenSchema.prefault({}),
    werkwijzen: z
      .array(WerkwijzeSchema, { error: () => 'moet een lijst van werkwijzen zijn' })
      .min(2, { error: () => 'moet minstens twee werkwijzen bevatten (een nulalternatief en een projectalternatief)' })
      .max(8, { error: () => 'mag hoogstens acht werkwijzen bevatten' }),
    /** Uncertainty analyses: ranges, distributions, Monte Carlo draws and seed. */
    onzekerheid: OnzekerheidSchema.prefault({}),
    /** Time horizon, discount rate and timing per item. */
    tijd: TijdSchema.prefault({}),
    /** Price level: target year and inflation; no target year reproduces the report. */
    prijspeil: PrijspeilSchema.prefault({}),
    publicatie: PublicatieSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const nul = s.werkwijzen.filter((w) => w.nulalternatief).length;
    if (nul !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['werkwijzen'],
        message: `precies één werkwijze moet het nulalternatief zijn, maar het zijn er ${nul}`,
      });
    }
    const gezien = new Set<string>();
    s.werkwijzen.forEach((w, i) => {
      if (gezien.has(w.id)) {
        ctx.addIssue({ code: 'custom', path: ['werkwijzen', i, 'id'], message: `"${kort(w.id)}" komt meer dan eens voor` });
      }
      gezien.add(w.id);
    });
    // Names tell the pathways apart in every table and chart (the rename dialog applies the same rule).
    const namen = new Map<string, number>();
    s.werkwijzen.forEach((w, i) => {
      const n = w.naam.trim().toLowerCase();
      const eerder = namen.get(n);
      if (eerder !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['werkwijzen', i, 'naam'],
          message: `"${kort(w.naam)}" is ook de naam van werkwijzen[${eerder}]; geef elke werkwijze een eigen naam, zodat tabellen en grafieken ze uit elkaar houden`,
        });
      } else namen.set(n, i);
    });
    const werkwijzeVelden = Object.keys(ONZEKERE_WERKWIJZEVELDEN);
    const bekendeSleutel = (k: string) =>
      (k.startsWith('parameters.') && PARAMETERS.some((p) => `parameters.${p.id}` === k)) ||
      s.werkwijzen.some((w) => werkwijzeVelden.some((v) => `werkwijzen.${w.id}.${v}` === k));
    for (const deel of ['bereiken', 'verdelingen'] as const) {
      for (const [k, v] of Object.entries(s.onzekerheid[deel])) {
        if (!bekendeSleutel(k)) {
          ctx.addIssue({ code: 'custom', path: ['onzekerheid', deel, k], message: 'verwijst naar een onbekende parameter of werkwijze' });
        } else if (deel === 'verdelingen' && v === 'beta' && !/^werkwijzen\..+\.samenstelling\./.test(k)) {
          ctx.addIssue({ code: 'custom', path: ['onzekerheid', deel, k], message: 'een bètaverdeling kan alleen voor een aandeel uit de dossiers van een werkwijze (samenstelling)' });
        }
      }
    }
    if (s.prijspeil.doeljaar !== null) {
      const jaren = new Set<number>([s.prijspeil.prijsjaarKosten, ...PARAMETERS.flatMap((p) => ('prijsjaar' in p ? [p.prijsjaar] : []))]);
      for (const jaar of [...jaren].sort()) {
        const f = indexfactor(s.prijspeil, jaar);
        if (!f.ok) {
          ctx.addIssue({ code: 'custom', path: ['prijspeil', 'inflatie'], message: f.fout });
          break;
        }
      }
    }
    if (s.publicatie) {
      for (const id of Object.keys(s.publicatie.werkwijzen)) {
        if (!gezien.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['publicatie', 'werkwijzen', id], message: `werkwijze "${kort(id)}" bestaat niet in dit scenario` });
        }
      }
      s.publicatie.claims.forEach((c, i) => {
        const ids = c.soort === 'verschilBaat' ? [c.werkwijze, c.tenOpzichteVan] : [c.werkwijze];
        for (const id of ids) {
          if (!gezien.has(id)) {
            ctx.addIssue({ code: 'custom', path: ['publicatie', 'claims', i], message: `werkwijze "${kort(id)}" bestaat niet in dit scenario` });
          }
        }
      });
    }
  });

/** A scenario as the engine reads it (defaults filled in). */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as it may stand in a file (defaults optional). */
export type ScenarioInvoer = z.input<typeof ScenarioSchema>;
export type Werkwijze = z.output<typeof WerkwijzeSchema>;
export type Publicatie = z.output<typeof PublicatieSchema>;
export type Tekstclaim = Publicatie['claims'][number];

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

/**
 * The scenario file: the single source of truth for its types, its validation and the published
 * JSON Schema (scenarios/scenario.schema.json). Structure keys are Dutch; the ids of cost items,
 * benefits, parameters and stakeholders are the engine's machine ids, also used in its JSON output.
 * Every schema is built on its first use, not when the module loads (lui.ts; issue 13, speed).
 */
export const SCHEMA_VERSION = 2;

import { aandeel, aantalKlanten, bedrag, formatAandeelGevonden, formatGevonden, getal, kort, m, maanden, meldingTaal, tekst, zichtbareTekst } from './velden';
import { namenlijst } from '../namen';
import { ONZEKERE_WERKWIJZEVELDEN, OnzekerheidSchema } from './onzekerheidSchema';
import { PrijspeilSchema } from './prijspeilSchema';
import { TijdSchema } from './tijdSchema';
import { indexfactor } from '../prijsindex';
import { UitkomstModelSchema } from './uitkomstModelSchema';
import { PmPostenSchema } from './pmPostenSchema';
import { BrutoNettoSchema, isBrutoNettoSleutel } from './brutoNettoSchema';
import { VariantenSchema } from './variantenSchema';
import { formatAantallen, modelIsVolledig, verklaarUitkomsten } from '../klanttypen';
import { echt, eenmalig, lui } from './lui';
export { aandeel, aantalKlanten, bedrag } from './velden';

const NIET_LEEG = () => m('mag niet leeg zijn', 'must not be empty');
const TRUE_OF_FALSE = () => m('moet true of false zijn', 'must be true or false');
const MINSTENS_1_KLANT = () => m('moet minstens 1 klant zijn', 'must be at least 1 client');
const klanten = (n: number) => (meldingTaal() === 'en' ? (n === 1 ? 'client' : 'clients') : n === 1 ? 'klant' : 'klanten');

const kostenpostMetAantal = () =>
  z.strictObject({
    bedrag: bedrag().describe('Kosten per klant (euro)'),
    aantal: aantalKlanten().describe('Aantal klanten dat met dit onderdeel startte'),
  });

const uitkomstenSchema = eenmalig(() => z.strictObject(
  Object.fromEntries(UITKOMSTEN.map((u) => [u, aantalKlanten()])) as Record<
    (typeof UITKOMSTEN)[number],
    ReturnType<typeof aantalKlanten>
  >,
));

export const WerkwijzeSchema = lui(() => z
  .strictObject({
    id: z
      .string({ error: () => m('moet tekst zijn', 'must be text') })
      .regex(/^[a-z][a-z0-9-]{0,39}$/, {
        error: () =>
          m(
            'moet beginnen met een kleine letter en mag alleen kleine letters, cijfers en - bevatten (max. 40 tekens)',
            'must start with a lower-case letter and hold only lower-case letters, digits and - (at most 40 characters)',
          ),
      }),
    naam: zichtbareTekst(120),
    nulalternatief: z.boolean({ error: () => TRUE_OF_FALSE() }),
    cohort: aantalKlanten().min(1, { error: () => MINSTENS_1_KLANT() }).describe('Aantal klanten in de dossieranalyse (N)'),
    uitkomsten: uitkomstenSchema().describe('Uitkomsten van de trajecten; tellen op tot het cohort. Met een uitkomstModel: precies de daaruit afgeleide aantallen'),
    uitkomstModel: echt(UitkomstModelSchema).optional(),
    samenstelling: z.strictObject({
      aandeelPW: aandeel().describe('Aandeel klanten met een Participatiewet-uitkering'),
      aandeelWerkend: aandeel().describe('Aandeel klanten met werk'),
    }),
    dossiertelling: z
      .strictObject({
        klanten: aantalKlanten().min(1, { error: () => MINSTENS_1_KLANT() }),
        PW: aantalKlanten(),
        werkend: aantalKlanten(),
        bron: tekst(500)
          .optional()
          .describe('Waar de telling vandaan komt; de dossierimport schrijft het bestand en de datum ("Dossierimport “dossiers.csv”, 2026-12-06")'),
      })
      .optional()
      .describe(
        'De telling in de eigen dossiers achter de samenstelling (de dossierimport schrijft haar): van "klanten" dossiers hadden "PW" een PW-uitkering en "werkend" werk. ' +
          'Zolang een aandeel deze telling is (op 0,1% na), trekt de onzekerheidsanalyse het uit Beta(k+1, n−k+1) (graad A); een ander aandeel is een eigen waarde (graad D)',
      ),
    kosten: z.strictObject({
      preparation: z.strictObject({ bedrag: bedrag().describe('Kosten per klant; geldt voor het hele cohort') }),
      settlementPhase: kostenpostMetAantal(),
      debtArrangement: z.strictObject({
        bedrag: bedrag(),
        aantal: z
          .union([z.literal('oplossingen'), aantalKlanten()], {
            error: () =>
              m(
                'moet een heel aantal klanten zijn of "oplossingen" (het aantal oplossingen na toedeling)',
                'must be a whole number of clients or "oplossingen" (the number of solutions after allocation)',
              ),
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
    pmPosten: echt(PmPostenSchema),
    toelichting: tekst(5000).optional(),
  })
  .superRefine((w, ctx) => {
    const t = w.dossiertelling;
    if (t && t.PW + t.werkend > t.klanten) {
      ctx.addIssue({
        code: 'custom',
        path: ['dossiertelling'],
        message: m(
          `${formatGevonden(t.PW)} met een PW-uitkering en ${formatGevonden(t.werkend)} werkend zijn samen meer dan de ${formatGevonden(t.klanten)} getelde dossiers`,
          `${formatGevonden(t.PW)} on welfare and ${formatGevonden(t.werkend)} employed are together more than the ${formatGevonden(t.klanten)} counted case files`,
        ),
      });
    }
    const som = UITKOMSTEN.reduce((acc, u) => acc + w.uitkomsten[u], 0);
    if (som !== w.cohort) {
      ctx.addIssue({
        code: 'custom',
        path: ['uitkomsten'],
        message: m(
          `de aantallen tellen op tot ${formatGevonden(som)}, maar het cohort is ${formatGevonden(w.cohort)}`,
          `the numbers add up to ${formatGevonden(som)}, but the cohort is ${formatGevonden(w.cohort)}`,
        ),
      });
    }
    // With an outcome model the counts in the file must be the derived ones: never silently replaced.
    if (w.uitkomstModel && modelIsVolledig(w.uitkomstModel)) {
      const afgeleid = verklaarUitkomsten(w.cohort, w.uitkomstModel).afgerond;
      if (UITKOMSTEN.some((u) => afgeleid[u] !== w.uitkomsten[u])) {
        ctx.addIssue({
          code: 'custom',
          path: ['uitkomsten'],
          message: m(
            `wijken af van het klanttypemodel (dat geeft ${formatAantallen(afgeleid)} bij een cohort van ${formatGevonden(w.cohort)}; ` +
              `in het bestand staat ${formatAantallen(w.uitkomsten)}, in de volgorde oplossing/gestabiliseerd/geen oplossing/in schuldregelfase). ` +
              'Neem de afgeleide aantallen over, of verwijder uitkomstModel om de aantallen zelf in te voeren',
            `differ from the client-type model (which gives ${formatAantallen(afgeleid)} for a cohort of ${formatGevonden(w.cohort)}; ` +
              `the file has ${formatAantallen(w.uitkomsten)}, in the order resolved/stabilised/not resolved/in the settlement phase). ` +
              'Take the derived numbers, or remove uitkomstModel to enter the numbers yourself',
          ),
        });
      }
    }
    const teGroot = (path: (string | number)[], aantal: number) => {
      if (aantal > w.cohort) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: m(
            `${formatGevonden(aantal)} ${klanten(aantal)} is meer dan het cohort van ${formatGevonden(w.cohort)}`,
            `${formatGevonden(aantal)} ${klanten(aantal)} is more than the cohort of ${formatGevonden(w.cohort)}`,
          ),
        });
      }
    };
    teGroot(['kosten', 'settlementPhase', 'aantal'], w.kosten.settlementPhase.aantal);
    // Who got a solution or is still in the settlement phase has started it (defect 1: 0 started, 3 + 5 in it).
    const gestart = w.uitkomsten.oplossing + w.uitkomsten.inSchuldregelfase;
    if (w.kosten.settlementPhase.aantal < gestart && gestart <= w.cohort) {
      const sp = w.kosten.settlementPhase.aantal;
      ctx.addIssue({
        code: 'custom',
        path: ['kosten', 'settlementPhase', 'aantal'],
        message: m(
          `${formatGevonden(sp)} ${klanten(sp)} is minder dan de ${formatGevonden(gestart)} klanten die volgens de uitkomsten met schulden regelen zijn gestart ` +
            `(${formatGevonden(w.uitkomsten.oplossing)} met een oplossing voor de schulden en ${formatGevonden(w.uitkomsten.inSchuldregelfase)} nog in de fase schulden regelen)`,
          `${formatGevonden(sp)} ${klanten(sp)} is fewer than the ${formatGevonden(gestart)} clients who by the outcomes started the settlement phase ` +
            `(${formatGevonden(w.uitkomsten.oplossing)} with debts resolved and ${formatGevonden(w.uitkomsten.inSchuldregelfase)} still in the settlement phase)`,
        ),
      });
    }
    if (typeof w.kosten.debtArrangement.aantal === 'number') {
      teGroot(['kosten', 'debtArrangement', 'aantal'], w.kosten.debtArrangement.aantal);
    }
    for (const v of BUDGETBEHEER_VARIANTEN) teGroot(['kosten', 'budgetManagement', v, 'aantal'], w.kosten.budgetManagement[v].aantal);
    const budgetSom = BUDGETBEHEER_VARIANTEN.reduce((acc, v) => acc + w.kosten.budgetManagement[v].aantal, 0);
    if (budgetSom > w.cohort) {
      ctx.addIssue({
        code: 'custom',
        path: ['kosten', 'budgetManagement'],
        message: m(
          `samen ${formatGevonden(budgetSom)} klanten in budgetbeheer, meer dan het cohort van ${formatGevonden(w.cohort)}`,
          `together ${formatGevonden(budgetSom)} clients in budget management, more than the cohort of ${formatGevonden(w.cohort)}`,
        ),
      });
    }
  }));

const parametersSchema = eenmalig(() => z.strictObject(
  Object.fromEntries(
    PARAMETERS.map((p) => {
      const basis = p.eenheid === 'aandeel' ? aandeel() : p.eenheid === 'maanden' ? maanden() : bedrag();
      return [p.id, basis.default(p.standaard).describe(`${p.label.nl} (${p.eenheid}; bron: ${p.bron})`)];
    }),
  ) as Record<(typeof PARAMETERS)[number]['id'], z.ZodDefault<z.ZodNumber>>,
));

const verdelingSchema = eenmalig(() => z
  .strictObject(Object.fromEntries(STAKEHOLDERS.map((s) => [s, aandeel().optional()])) as Record<(typeof STAKEHOLDERS)[number], z.ZodOptional<z.ZodNumber>>)
  .superRefine((v, ctx) => {
    const som = Object.values(v).reduce<number>((acc, x) => acc + (x ?? 0), 0);
    if (Math.abs(som - 1) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        message: m(`de aandelen tellen op tot ${formatAandeelGevonden(som)}, maar moeten samen 100% zijn`, `the shares add up to ${formatAandeelGevonden(som)}, but must add up to 100%`),
      });
    }
  }));

const verdelingenSchema = eenmalig(() => z.strictObject(
  Object.fromEntries(
    COMPONENTEN.map((c) => [c, verdelingSchema().default(() => ({ ...STANDAARD_VERDELING[c].verdeling }))]),
  ) as Record<ComponentId, z.ZodDefault<ReturnType<typeof verdelingSchema>>>,
));

const gepubliceerdBedrag = eenmalig(() => z.strictObject({ totaal: getal(), perKlant: getal().optional() }));

const publicatieWerkwijze = eenmalig(() => z.strictObject({
  kosten: gepubliceerdBedrag().optional(),
  kostenposten: z.partialRecord(z.enum(KOSTENPOSTEN), z.strictObject({ aantal: getal().optional(), bruto: getal() })).optional(),
  baten: z.partialRecord(z.enum(BATEN), gepubliceerdBedrag().extend({ bruto: getal().optional() })).optional(),
  totaalBaten: gepubliceerdBedrag().optional(),
  saldo: gepubliceerdBedrag().optional(),
}));

const tekstclaim = eenmalig(() => z.discriminatedUnion('soort', [
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
]));

/** A calendar date "JJJJ-MM-DD" that exists (no 2020-02-30). */
const datumSchema = () =>
  z
    .string({ error: () => m('moet een datum zijn (JJJJ-MM-DD)', 'must be a date (YYYY-MM-DD)') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m('moet een datum zijn in de vorm JJJJ-MM-DD', 'must be a date in the form YYYY-MM-DD') })
    .refine(
      (d) => {
        const [j, m, dag] = d.split('-').map(Number) as [number, number, number];
        const t = new Date(0);
        t.setUTCFullYear(j, m - 1, dag);
        return t.getUTCFullYear() === j && t.getUTCMonth() === m - 1 && t.getUTCDate() === dag;
      },
      { error: (iss) => m(`is geen bestaande datum (${String(iss.input)})`, `is not an existing date (${String(iss.input)})`) },
    );

export const PublicatieSchema = lui(() => z.strictObject({
  bron: tekst(300),
  referentieCohort: aantalKlanten().min(1, { error: () => MINSTENS_1_KLANT() }),
  werkwijzen: z.record(z.string(), publicatieWerkwijze()),
  claims: z.array(tekstclaim()).max(100).default([]),
}));

export const ScenarioSchema = lui(() => z
  .strictObject({
    // Bounded like every text, so that the largest valid file has a known size (valideer.ts).
    $schema: tekst(1000).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION, { error: () => `wordt niet ondersteund; deze versie leest schemaVersion ${SCHEMA_VERSION}` }),
    titel: zichtbareTekst(200),
    beschrijving: tekst(5000).default(''),
    auteur: tekst(200).default(''),
    datum: datumSchema().optional(),
    /** The example this scenario was made from: its title, author and date are not this scenario's own. */
    gebaseerdOp: z
      .strictObject({
        titel: zichtbareTekst(200),
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
          .enum(['heleKlanten', 'verwachteWaarden'], { error: () => m('moet "heleKlanten" of "verwachteWaarden" zijn', 'must be "heleKlanten" or "verwachteWaarden"') })
          .default('heleKlanten')
          .describe('heleKlanten: afronden met de grootste-restmethode (zoals het rapport); verwachteWaarden: fractioneel'),
        eenheidsbedragenAfronden: z
          .boolean({ error: () => TRUE_OF_FALSE() })
          .default(false)
          .describe('Afgeleide eenheidsbedragen (bijv. € 14.000 × 4/12) afronden op hele euro’s, zoals het rapport deed'),
        referentieCohort: aantalKlanten()
          .min(1, { error: () => MINSTENS_1_KLANT() })
          .nullable()
          .default(null)
          .describe('Cohort waarnaar alle werkwijzen worden omgerekend; null = het cohort van de eerste projectwerkwijze (de eerste werkwijze in de lijst die niet het nulalternatief is)'),
        instroomPerJaar: aantalKlanten()
          .min(1, { error: () => m('moet minstens 1 klant per jaar zijn', 'must be at least 1 client a year') })
          .nullable()
          .default(null)
          .describe('Instroom per jaar: aantal nieuwe klanten per jaar dat het traject start (geteld zoals het cohort). Geeft de kosten, baten en het saldo per jaar (per klant × instroom); null = niet ingesteld'),
        optimismeBias: aandeel()
          .optional()
          .describe('Optimism bias: opslag op de kosten van de projectwerkwijzen (0–1, bijv. 0,1 = 10%); 0 = de kosten zoals opgegeven (het rapport)'),
      })
      .prefault({}),
    parameters: parametersSchema().prefault({}),
    /** Gross → net per benefit: deadweight, attributie, verdringing (issue 11); all 0 reproduces the report. */
    brutoNetto: echt(BrutoNettoSchema).optional(),
    verdeling: verdelingenSchema().prefault({}),
    werkwijzen: z
      .array(echt(WerkwijzeSchema), { error: () => m('moet een lijst van werkwijzen zijn', 'must be a list of pathways') })
      .min(2, { error: () => m('moet minstens twee werkwijzen bevatten (een nulalternatief en een projectalternatief)', 'must hold at least two pathways (a baseline and a project alternative)') })
      .max(8, { error: () => m('mag hoogstens acht werkwijzen bevatten', 'may hold at most eight pathways') }),
    /** Uncertainty analyses: ranges, distributions, Monte Carlo draws and seed. */
    onzekerheid: echt(OnzekerheidSchema).prefault({}),
    /** Time horizon, discount rate and timing per item. */
    tijd: echt(TijdSchema).prefault({}),
    /** Price level: target year and inflation; no target year reproduces the report. */
    prijspeil: echt(PrijspeilSchema).prefault({}),
    publicatie: echt(PublicatieSchema).optional(),
    /** Variants (issue 11): the same scenario with other, sourced assumptions; none by default. */
    varianten: echt(VariantenSchema).optional(),
    /** The two pathways compared directly (issue 13 item 5), part of the analysis as the council reads it. */
    vergelijking: z
      .strictObject({
        a: z.string({ error: () => m('moet tekst zijn', 'must be text') }),
        b: z.string({ error: () => m('moet tekst zijn', 'must be text') }),
      })
      .optional()
      .describe('Twee werkwijzen (id a en b) die het overzicht, de resultaten, de afdruk en de exports direct vergelijken (a − b), naast elk tegen het nulalternatief'),
  })
  .superRefine((s, ctx) => {
    if (s.vergelijking) {
      const { a, b } = s.vergelijking;
      for (const [kant, id] of [['a', a], ['b', b]] as const) {
        if (!s.werkwijzen.some((w) => w.id === id)) {
          ctx.addIssue({ code: 'custom', path: ['vergelijking', kant], message: m(`"${kort(id)}" is geen werkwijze in dit scenario`, `"${kort(id)}" is not a pathway in this scenario`) });
        }
      }
      if (a === b) ctx.addIssue({ code: 'custom', path: ['vergelijking'], message: m('vergelijkt een werkwijze met zichzelf; kies twee verschillende', 'compares a pathway with itself; choose two different ones') });
    }
    const nul = s.werkwijzen.filter((w) => w.nulalternatief).length;
    if (nul !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['werkwijzen'],
        message: m(`precies één werkwijze moet het nulalternatief zijn, maar het zijn er ${nul}`, `exactly one pathway must be the baseline (nulalternatief), but there are ${nul}`),
      });
    }
    const gezien = new Set<string>();
    s.werkwijzen.forEach((w, i) => {
      if (gezien.has(w.id)) {
        ctx.addIssue({ code: 'custom', path: ['werkwijzen', i, 'id'], message: m(`"${kort(w.id)}" komt meer dan eens voor`, `"${kort(w.id)}" occurs more than once`) });
      }
      gezien.add(w.id);
    });
    // Names tell the pathways apart in every table and chart: one rule (naamSleutel) with the rename dialog and the dossier import.
    const dubbel = namenlijst();
    s.werkwijzen.forEach((w, i) => {
      const d = dubbel(w.naam, i);
      if (d !== null) {
        const eerder = d.index;
        const anders = w.naam !== d.naam ? ' (hoofdletters, spaties en onzichtbare tekens tellen niet mee)' : '';
        // A look-alike (only equal by lijkSleutel) says which characters only look like a Latin letter.
        const { nl: lijkt, en: lijktEn } = d.lijkt;
        ctx.addIssue({
          code: 'custom',
          path: ['werkwijzen', i, 'naam'],
          message: m(
            `"${kort(w.naam)}" is ook de naam van werkwijzen[${eerder}]${lijkt ? ` (lijkende tekens tellen niet mee: ${lijkt})` : anders}; geef elke werkwijze een eigen naam, zodat tabellen en grafieken ze uit elkaar houden`,
            `"${kort(w.naam)}" is also the name of werkwijzen[${eerder}]${lijktEn ? ` (look-alike characters do not count: ${lijktEn})` : anders ? ' (capitals, spaces and invisible characters do not count)' : ''}; give each pathway a name of its own, so that tables and charts tell them apart`,
          ),
        });
      }
    });
    const werkwijzeVelden = Object.keys(ONZEKERE_WERKWIJZEVELDEN);
    const bekendeSleutel = (k: string) =>
      k === 'instellingen.optimismeBias' ||
      isBrutoNettoSleutel(k) ||
      (k.startsWith('parameters.') && PARAMETERS.some((p) => `parameters.${p.id}` === k)) ||
      s.werkwijzen.some((w) => werkwijzeVelden.some((v) => `werkwijzen.${w.id}.${v}` === k));
    for (const deel of ['bereiken', 'verdelingen'] as const) {
      for (const [k, v] of Object.entries(s.onzekerheid[deel])) {
        if (!bekendeSleutel(k)) {
          ctx.addIssue({ code: 'custom', path: ['onzekerheid', deel, k], message: m('verwijst naar een onbekende parameter of werkwijze', 'refers to an unknown parameter or pathway') });
        } else if (deel === 'verdelingen' && v === 'beta' && !/^werkwijzen\..+\.samenstelling\./.test(k)) {
          ctx.addIssue({ code: 'custom', path: ['onzekerheid', deel, k], message: m('een bètaverdeling kan alleen voor een aandeel uit de dossiers van een werkwijze (samenstelling)', 'a beta distribution is only possible for a share from the case files of a pathway (samenstelling)') });
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
          ctx.addIssue({ code: 'custom', path: ['publicatie', 'werkwijzen', id], message: m(`werkwijze "${kort(id)}" bestaat niet in dit scenario`, `pathway "${kort(id)}" does not exist in this scenario`) });
        }
      }
      s.publicatie.claims.forEach((c, i) => {
        const ids = c.soort === 'verschilBaat' ? [c.werkwijze, c.tenOpzichteVan] : [c.werkwijze];
        for (const id of ids) {
          if (!gezien.has(id)) {
            ctx.addIssue({ code: 'custom', path: ['publicatie', 'claims', i], message: m(`werkwijze "${kort(id)}" bestaat niet in dit scenario`, `pathway "${kort(id)}" does not exist in this scenario`) });
          }
        }
      });
    }
  }));

/** A scenario as the engine reads it (defaults filled in). */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as it may stand in a file (defaults optional). */
export type ScenarioInvoer = z.input<typeof ScenarioSchema>;
export type Werkwijze = z.output<typeof WerkwijzeSchema>;
export type Publicatie = z.output<typeof PublicatieSchema>;
export type Tekstclaim = Publicatie['claims'][number];

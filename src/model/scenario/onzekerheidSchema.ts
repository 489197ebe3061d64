import * as z from 'zod';
import { PARAMETERS } from '../parameters/catalog';
import type { Eenheid } from '../parameters/types';
// The message language's number formats (velden.ts): an English message gets en-GB numbers, as the English tables.
import { beschrijfWaarde, formatAandeelGevonden, formatBedragGevonden, formatGetal, formatGevonden, geheelGetal, getal, m, MAX_BEDRAG, MAX_KLANTEN, MAX_MAANDEN, tekst } from './velden';
import { isBrutoNettoSleutel } from './brutoNettoSchema';
import { echt, eenmalig, lui } from './lui';

/** Settings for the uncertainty analyses (issue 4): ranges, distributions and the Monte Carlo run. */
export const VERDELINGEN = ['driehoek', 'uniform', 'beta', 'vast'] as const;
export type VerdelingSoort = (typeof VERDELINGEN)[number];

/** The pathway inputs that can be uncertain ("werkwijzen.<id>.<veld>"), with their units. */
export const ONZEKERE_WERKWIJZEVELDEN = {
  'samenstelling.aandeelPW': 'aandeel',
  'samenstelling.aandeelWerkend': 'aandeel',
  'kosten.preparation.bedrag': 'euro',
  'kosten.settlementPhase.bedrag': 'euro',
  'kosten.debtArrangement.bedrag': 'euro',
} as const satisfies Record<string, Eenheid>;

/**
 * The unit of an uncertain input by its key ("parameters.<id>" from the catalog, or a pathway field);
 * undefined for a key that names nothing (the scenario schema reports those, knowing the pathways).
 */
export function eenheidVanSleutel(sleutel: string): Eenheid | undefined {
  if (sleutel === 'instellingen.optimismeBias' || isBrutoNettoSleutel(sleutel)) return 'aandeel';
  if (sleutel.startsWith('parameters.')) return PARAMETERS.find((p) => `parameters.${p.id}` === sleutel)?.eenheid;
  const m = /^werkwijzen\.[^.]+\.(.+)$/.exec(sleutel);
  return m ? (ONZEKERE_WERKWIJZEVELDEN as Record<string, Eenheid>)[m[1]!] : undefined;
}

/** What is wrong with one end of a range for an input of this unit, or null. */
function grensFout(eenheid: Eenheid, x: number): string | null {
  switch (eenheid) {
    case 'aandeel':
      return x < 0 || x > 1 ? m(`een aandeel moet tussen 0% en 100% liggen, maar is ${formatAandeelGevonden(x)}`, `a share must lie between 0% and 100%, but is ${formatAandeelGevonden(x)}`) : null;
    case 'euro':
      if (x < 0) return m(`een bedrag mag niet negatief zijn, maar is ${formatBedragGevonden(x)}`, `an amount may not be negative, but is ${formatBedragGevonden(x)}`);
      return x > MAX_BEDRAG ? m(`een bedrag mag hoogstens ${formatBedragGevonden(MAX_BEDRAG)} zijn, maar is ${formatBedragGevonden(x)}`, `an amount may be at most ${formatBedragGevonden(MAX_BEDRAG)}, but is ${formatBedragGevonden(x)}`) : null;
    case 'maanden':
      if (x < 0) return m(`een aantal maanden mag niet negatief zijn, maar is ${formatGevonden(x)}`, `a number of months may not be negative, but is ${formatGevonden(x)}`);
      return x > MAX_MAANDEN ? m(`mag hoogstens ${MAX_MAANDEN} maanden zijn, maar is ${formatGevonden(x)}`, `may be at most ${MAX_MAANDEN} months, but is ${formatGevonden(x)}`) : null;
    case 'klanten':
      return x < 0 || x > MAX_KLANTEN
        ? m(`een aantal klanten moet tussen 0 en ${formatGetal(MAX_KLANTEN)} liggen, maar is ${formatGevonden(x)}`, `a number of clients must lie between 0 and ${formatGetal(MAX_KLANTEN)}, but is ${formatGevonden(x)}`)
        : null;
  }
}

export const BereikSchema = lui(() => z
  .strictObject({
    laag: getal(),
    hoog: getal(),
    /** The source of this range, shown with it. */
    bron: tekst(500).optional(),
    /** Or, without a source: why this range is assumed. */
    aanname: tekst(500).optional(),
  })
  .refine((b) => b.laag <= b.hoog, { error: () => m('de lage waarde is hoger dan de hoge waarde', 'the low value is higher than the high value') }));

/** Ranges per input, each end within what the input's unit allows (a share 0–100%, an amount ≥ € 0, …). */
const BereikenSchema = eenmalig(() => z.record(z.string(), echt(BereikSchema)).superRefine((bereiken, ctx) => {
  for (const [sleutel, b] of Object.entries(bereiken)) {
    const eenheid = eenheidVanSleutel(sleutel);
    if (!eenheid) continue;
    for (const kant of ['laag', 'hoog'] as const) {
      const f = grensFout(eenheid, b[kant]);
      if (f) ctx.addIssue({ code: 'custom', path: [sleutel, kant], message: `${kant === 'laag' ? m('de lage waarde', 'the low value') : m('de hoge waarde', 'the high value')}: ${f}` });
    }
  }
}));

export const OnzekerheidSchema = lui(() => z.strictObject({
  /** Overrides of the default low/high per uncertain input, keyed by its sleutel (see invoer.ts). */
  bereiken: BereikenSchema().default({}),
  /** Distribution per uncertain input; default: triangular, and beta for a pathway's shares. */
  verdelingen: z.record(z.string(), z.enum(VERDELINGEN, { error: () => m('moet "driehoek", "uniform", "beta" of "vast" zijn', 'must be "driehoek", "uniform", "beta" or "vast"') })).default({}),
  montecarlo: z
    .strictObject({
      trekkingen: geheelGetal(1, 1_000_000).default(10_000),
      seed: geheelGetal(0, 4_294_967_295).default(20200601),
      /**
       * Also redraw the outcome counts per pathway (Dirichlet on the dossier counts, see posterior.ts).
       * "automatisch": on when a pathway has fewer than HERTREK_GRENS clients (a small sample), else off.
       */
      uitkomstenHertrekken: z
        .union([z.boolean(), z.literal('automatisch')], { error: (iss) => m(`moet true, false of "automatisch" zijn, maar is ${beschrijfWaarde(iss.input)}`, `must be true, false or "automatisch", but is ${beschrijfWaarde(iss.input)}`) })
        .default('automatisch'),
    })
    .prefault({}),
}));
export type Onzekerheid = z.output<typeof OnzekerheidSchema>;

/**
 * Up to this many draws the app's Monte Carlo keeps every input's draws and redrawn outcome count (trekkingen × slots × 8
 * bytes) and computes EVPI/EVPPI from them (a few seconds at 10.000 draws); the CLI has no limit.
 */
export const VOI_MAX_TREKKINGEN = 20_000;

/** Below this many clients in a pathway the counts are a small sample: "automatisch" redraws them. */
export const HERTREK_GRENS = 100;

/**
 * Whether the Monte Carlo redraws the outcome counts: the setting, or for "automatisch" whether any
 * pathway has fewer than HERTREK_GRENS clients (then all are redrawn; a large pathway barely moves).
 * The point estimate (Decimal) never depends on this.
 */
export function hertrekkenActief(s: { werkwijzen: readonly { cohort: number }[] }, instellingen: Onzekerheid): boolean {
  const v = instellingen.montecarlo.uitkomstenHertrekken;
  return v === 'automatisch' ? s.werkwijzen.some((w) => w.cohort < HERTREK_GRENS) : v;
}

/** The settings of a scenario that sets none (every default); built on first use, like the schema. */
export const standaardOnzekerheid: () => Onzekerheid = eenmalig(() => OnzekerheidSchema.parse({}));

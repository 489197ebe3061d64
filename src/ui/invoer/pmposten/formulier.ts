import { PM_BEOORDELINGEN, PM_EFFECT_KEUZES, pmNaam, type PmBeoordeling, type PmEffect, type PmPost } from '../../../model';
import type { Taal } from '../../../format/getal';

/**
 * The non-monetised effects (PM-posten, issue 5 part 5) of a pathway in the inputs form: one entry
 * per effect with its rating, note and (for a custom effect) its name, under
 * "werkwijzen.0.pmPosten.2.beoordeling" etc., the same paths as in the scenario file.
 */
export interface PmWaarden {
  effect: PmEffect;
  /** Only used for effect "eigen". */
  naam: string;
  beoordeling: PmBeoordeling;
  toelichting: string;
}

export const pmVeld = (i: number, j: number, rel: 'naam' | 'beoordeling' | 'toelichting') => `werkwijzen.${i}.pmPosten.${j}.${rel}`;

export function pmNaarFormulier(posten: readonly PmPost[]): PmWaarden[] {
  return posten.map((p) => ({ effect: p.effect, naam: p.effect === 'eigen' ? (p.naam ?? '') : '', beoordeling: p.beoordeling, toelichting: p.toelichting }));
}

const tekst = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The pathway's PM items from the form. Unknown effects or ratings are passed on as they are, so the
 * schema names them; `velden` hears every field name (so schema errors land on the field).
 */
export function pmUitFormulier(f: readonly Partial<PmWaarden>[] | undefined, i: number, basis: readonly PmPost[], velden: (naam: string) => void): PmPost[] {
  if (!Array.isArray(f)) return basis.map((p) => ({ ...p }));
  return f.map((p, j) => {
    velden(pmVeld(i, j, 'beoordeling'));
    velden(pmVeld(i, j, 'toelichting'));
    const effect = (PM_EFFECT_KEUZES as readonly string[]).includes(p.effect as string) ? (p.effect as PmEffect) : ('eigen' as const);
    const beoordeling = (PM_BEOORDELINGEN as readonly string[]).includes(p.beoordeling as string) ? (p.beoordeling as PmBeoordeling) : ('0' as const);
    if (effect === 'eigen') {
      velden(pmVeld(i, j, 'naam'));
      return { effect, naam: tekst(p.naam).trim(), beoordeling, toelichting: tekst(p.toelichting) };
    }
    return { effect, beoordeling, toelichting: tekst(p.toelichting) };
  });
}

const L = {
  nl: { post: 'PM-post', naam: 'naam', beoordeling: 'beoordeling', toelichting: 'toelichting', effect: 'effect', lijst: 'PM-posten', nieuw: 'nieuw effect' },
  en: { post: 'PM item', naam: 'name', beoordeling: 'rating', toelichting: 'note', effect: 'effect', lijst: 'PM items', nieuw: 'new effect' },
};

/**
 * The label of a PM field (["2", "beoordeling"] below "pmPosten") for its message: the effect's name
 * as typed in the form when known ("Minder stress en meer rust: beoordeling").
 */
export function pmLabel(rel: readonly string[], taal: Taal, post?: Partial<PmWaarden>): string {
  const l = L[taal];
  if (rel.length === 0) return l.lijst;
  const naam = post ? pmNaam({ effect: (post.effect ?? 'eigen') as PmEffect, naam: post.naam }, taal).trim() : '';
  const nr = `${l.post} ${Number(rel[0]) + 1}`;
  const wie = !post ? nr : naam === '' ? `${nr} (${l.nieuw})` : naam;
  const wat = rel[1] as keyof typeof l | undefined;
  return wat && wat in l ? `${wie}: ${l[wat]}` : wie;
}

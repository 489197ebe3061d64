import { Decimal, ONE, alsGetal } from './decimal';
import { PARAMETERS, type ParameterId } from './parameters/catalog';
import type { Label } from './parameters/types';
import type { Prijspeil } from './scenario/prijspeilSchema';
import type { Scenario } from './scenario/schema';
import { indexfactor } from './prijsindex';
import { BUDGETBEHEER_VARIANTEN } from './begrippen';

export { indexfactor };

export interface Indexering {
  /** Factor per source year. */
  factoren: Record<number, Decimal>;
  /** What was rescaled, for the verantwoording. */
  regels: { wat: Label; prijsjaar: number; factor: Decimal; van: number; naar: number }[];
}

export type IndexResultaat = { ok: true; scenario: Scenario; indexering: Indexering | null } | { ok: false; fout: string };

/**
 * Rescales every euro amount to the target price year. Without a target year the scenario comes back
 * unchanged (the report's figures).
 */
export function indexeer(s: Scenario, p: Prijspeil): IndexResultaat {
  if (p.doeljaar === null) return { ok: true, scenario: s, indexering: null };
  const factoren: Record<number, Decimal> = {};
  const factor = (jaar: number): Decimal | string => {
    if (!factoren[jaar]) {
      const r = indexfactor(p, jaar);
      if (!r.ok) return r.fout;
      factoren[jaar] = r.factor;
    }
    return factoren[jaar]!;
  };
  const regels: Indexering['regels'] = [];
  const parameters = { ...s.parameters };
  for (const def of PARAMETERS) {
    if (!('prijsjaar' in def)) continue;
    const f = factor(def.prijsjaar);
    if (typeof f === 'string') return { ok: false, fout: f };
    const van = s.parameters[def.id as ParameterId];
    const naar = alsGetal(f.times(van));
    parameters[def.id as ParameterId] = naar;
    regels.push({ wat: def.label, prijsjaar: def.prijsjaar, factor: f, van, naar });
  }
  const fk = factor(p.prijsjaarKosten);
  if (typeof fk === 'string') return { ok: false, fout: fk };
  const maal = (x: number) => alsGetal(fk.times(x));
  const werkwijzen = s.werkwijzen.map((w) => {
    const k = w.kosten;
    regels.push({ wat: { nl: `${w.naam}: kosten per klant`, en: `${w.naam}: costs per client` }, prijsjaar: p.prijsjaarKosten, factor: fk, van: k.preparation.bedrag, naar: maal(k.preparation.bedrag) });
    return {
      ...w,
      kosten: {
        preparation: { bedrag: maal(k.preparation.bedrag) },
        settlementPhase: { ...k.settlementPhase, bedrag: maal(k.settlementPhase.bedrag) },
        debtArrangement: { ...k.debtArrangement, bedrag: maal(k.debtArrangement.bedrag) },
        budgetManagement: Object.fromEntries(BUDGETBEHEER_VARIANTEN.map((v) => [v, { ...k.budgetManagement[v], bedrag: maal(k.budgetManagement[v].bedrag) }])) as typeof k.budgetManagement,
      },
    };
  });
  return { ok: true, scenario: { ...s, parameters, werkwijzen }, indexering: { factoren, regels } };
}

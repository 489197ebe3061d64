import type { Decimal } from '../decimal';
import { berekenScenario } from '../engine';
import { PARAMETERS } from '../parameters/catalog';
import { indexfactor } from '../prijspeil';
import type { Scenario } from '../scenario/schema';
import { contanteWaarde } from '../tijd';
import { onzekereInvoer, type OnzekereInvoer } from './invoer';

/**
 * The numbers behind the notes of the uncertainty analysis (the verantwoording of issue 4): why the
 * Monte Carlo mean differs from the scenario's result, at which price level switching values stand,
 * what the analyses leave out (discounting, client types). All taken from the scenario, so the notes
 * always name the scenario's own inputs and values.
 */

/** The mean of the distribution the Monte Carlo draws an input from (see trek() in montecarlo.ts). */
export function verdelingsGemiddelde(i: OnzekereInvoer): number {
  const { laag, hoog, basis } = i;
  if (i.verdeling === 'vast' || laag === hoog) return i.verdeling === 'vast' ? basis : laag;
  if (i.verdeling === 'uniform') return (laag + hoog) / 2;
  if (i.verdeling === 'beta' && i.telling) return (i.telling.k + 1) / (i.telling.n + 2);
  // Triangular (also beta without dossier counts): mean (low + mode + high) / 3, mode = the scenario value.
  const modus = Math.min(hoog, Math.max(laag, basis));
  return (laag + modus + hoog) / 3;
}

export interface Toelichting {
  /** The triangular input whose mean lies furthest from its scenario value (relative to its range). */
  driehoek: { invoer: OnzekereInvoer; modus: number; gemiddelde: number } | null;
  /** The first share drawn from Beta(k+1, n−k+1): its mean (k+1)/(n+2) against k/n. */
  beta: { invoer: OnzekereInvoer; k: number; n: number; gemiddelde: number } | null;
  prijspeil: {
    doeljaar: number | null;
    /** The source price years of the euro inputs, ascending. */
    bronjaren: number[];
    /** An euro input from another price year than the target, with its index factor. */
    voorbeeld: { invoer: OnzekereInvoer; prijsjaar: number; factor: Decimal } | null;
  };
  tijd: {
    discontovoet: number;
    /** Per project pathway: its difference from the baseline per client, undiscounted and as present value. */
    verschillen: { id: string; naam: string; onverdisconteerd: Decimal; contant: Decimal }[];
  };
  /** Names of the pathways whose outcomes come from a client-type model. */
  klanttypen: string[];
}

export function toelichting(s: Scenario): Toelichting {
  const invoer = onzekereInvoer(s, s.onzekerheid);

  let driehoek: Toelichting['driehoek'] = null;
  let verst = 0;
  for (const i of invoer) {
    if (i.verdeling !== 'driehoek' || !(i.hoog > i.laag)) continue;
    const gemiddelde = verdelingsGemiddelde(i);
    const afstand = Math.abs(gemiddelde - i.basis) / (i.hoog - i.laag);
    if (afstand > verst + 1e-12) {
      verst = afstand;
      driehoek = { invoer: i, modus: Math.min(i.hoog, Math.max(i.laag, i.basis)), gemiddelde };
    }
  }

  const b = invoer.find((i) => i.verdeling === 'beta' && i.telling);
  const beta = b?.telling ? { invoer: b, k: b.telling.k, n: b.telling.n, gemiddelde: verdelingsGemiddelde(b) } : null;

  const prijsjaarVan = (i: OnzekereInvoer): number | undefined => {
    if (i.eenheid !== 'euro') return undefined;
    if (i.doel.soort === 'werkwijze') return s.prijspeil.prijsjaarKosten;
    if (i.doel.soort !== 'parameter') return undefined;
    const id = i.doel.id;
    const def = PARAMETERS.find((p) => p.id === id);
    return def && 'prijsjaar' in def ? def.prijsjaar : undefined;
  };
  const bronjaren = [...new Set(invoer.map(prijsjaarVan).filter((j): j is number => j !== undefined))].sort((x, y) => x - y);
  const doeljaar = s.prijspeil.doeljaar;
  let voorbeeld: Toelichting['prijspeil']['voorbeeld'] = null;
  if (doeljaar !== null) {
    for (const i of invoer) {
      const jaar = prijsjaarVan(i);
      if (jaar === undefined || jaar === doeljaar) continue;
      const f = indexfactor(s.prijspeil, jaar);
      if (f.ok) voorbeeld = { invoer: i, prijsjaar: jaar, factor: f.factor };
      break;
    }
  }

  const r = berekenScenario(s);
  const cw = s.tijd.discontovoet > 0 ? contanteWaarde(r, s.tijd) : null;
  const nul = cw?.find((c) => c.id === r.nulalternatief.id);
  const verschillen = r.verschillen.map((v) => {
    const c = cw?.find((x) => x.id === v.id);
    return {
      id: v.id,
      naam: r.werkwijzen.find((w) => w.id === v.id)!.naam,
      onverdisconteerd: v.saldo.perKlant,
      contant: c && nul ? c.saldoPerKlant.minus(nul.saldoPerKlant) : v.saldo.perKlant,
    };
  });

  return {
    driehoek,
    beta,
    prijspeil: { doeljaar, bronjaren, voorbeeld },
    tijd: { discontovoet: s.tijd.discontovoet, verschillen },
    klanttypen: s.werkwijzen.filter((w) => w.uitkomstModel).map((w) => w.naam),
  };
}

import { PARAMETERS } from './parameters/catalog';
import type { Prijspeil } from './scenario/prijspeilSchema';

/**
 * CBS consumer price index (CPI, alle huishoudens): the yearly change ("jaarmutatie"), as a share.
 * The figure at year Y is the average price rise from Y−1 to Y. Only figures checked against a
 * published CBS source are here; a later year is left out until it can be checked.
 */
export const CBS_CPI = {
  bron: {
    nl: 'CBS, consumentenprijsindex (CPI), jaarmutatie alle huishoudens. 2011–2023: CBS-nieuwsbericht “Inflatie 3,8 procent in 2023” (januari 2024, tabel consumentenprijzen, % verandering t.o.v. een jaar eerder); 2024: CBS-nieuwsbericht “Inflatie 3,3 procent in 2024” (januari 2025); 2025: CBS, jaarcijfer 2025 bekendgemaakt op 13 januari 2026 (3,3%). Ook te vinden in CBS StatLine, tabel Consumentenprijzen; prijsindex 2015=100.',
    en: 'Statistics Netherlands (CBS), consumer price index (CPI), yearly change, all households. 2011–2023: CBS news release “Inflatie 3,8 procent in 2023” (January 2024, table of consumer prices, % change on a year earlier); 2024: CBS news release “Inflatie 3,3 procent in 2024” (January 2025); 2025: CBS annual figure published 13 January 2026 (3.3%). Also in CBS StatLine, table Consumentenprijzen; prijsindex 2015=100.',
  },
  opgehaald: '2026-12-05',
  jaarmutatie: {
    2011: 0.023,
    2012: 0.025,
    2013: 0.025,
    2014: 0.01,
    2015: 0.006,
    2016: 0.003,
    2017: 0.014,
    2018: 0.017,
    2019: 0.026,
    2020: 0.013,
    2021: 0.027,
    2022: 0.1,
    2023: 0.038,
    2024: 0.033,
    2025: 0.033,
  } as Readonly<Record<number, number>>,
} as const;

/** The last year with a checked CBS figure: the latest "Naar prijspeil" target. */
export const LAATSTE_CPI_JAAR = Math.max(...Object.keys(CBS_CPI.jaarmutatie).map(Number));

export interface NaarPrijspeil {
  prijspeil: Prijspeil;
  /** Years filled from the CBS figures. */
  ingevuld: number[];
  /** Years needed but without a checked CBS figure (left empty, the scenario's own figure if any). */
  ontbreekt: number[];
}

/**
 * "Naar prijspeil <jaar>" in one step: the target year, and the CBS inflation for every year between
 * the earliest price year and the target that the scenario does not set itself (its own figures and
 * direct factors stay as they are).
 */
export function naarPrijspeil(p: Prijspeil, doeljaar: number, prijsjaren: readonly number[]): NaarPrijspeil {
  const jaren = [...prijsjaren, doeljaar];
  const [lo, hi] = [Math.min(...jaren), Math.max(...jaren)];
  const inflatie: Record<string, number> = { ...p.inflatie };
  const ingevuld: number[] = [];
  const ontbreekt: number[] = [];
  for (let y = lo + 1; y <= hi; y++) {
    if (inflatie[String(y)] !== undefined) continue;
    const cbs = CBS_CPI.jaarmutatie[y];
    if (cbs === undefined) ontbreekt.push(y);
    else {
      inflatie[String(y)] = cbs;
      ingevuld.push(y);
    }
  }
  return { prijspeil: { ...p, doeljaar, inflatie }, ingevuld, ontbreekt };
}

/** The price years of a scenario's amounts: the catalog's sources and the pathways' own costs. */
export function prijsjarenVan(p: Prijspeil): number[] {
  const jaren = new Set<number>([p.prijsjaarKosten]);
  for (const def of PARAMETERS) if ('prijsjaar' in def && def.prijsjaar !== undefined) jaren.add(def.prijsjaar);
  return [...jaren].sort((a, b) => a - b);
}

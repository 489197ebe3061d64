import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leesScenario, type Scenario } from '../../src/model/index';
import { DEN_HAAG_PAD } from './scenario';

/** Helpers for the output and CLI tests (test/uitvoer.test.ts, test/cli.test.ts, test/schema.test.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Den Haag scenario as file data, to build variants from. */
export function denHaagData(): Record<string, any> {
  return JSON.parse(readFileSync(DEN_HAAG_PAD, 'utf8'));
}

export function valideer(data: unknown): Scenario {
  const v = leesScenario(JSON.stringify(data));
  if (!v.ok) throw new Error(v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('\n'));
  return v.scenario;
}

/** Every number in a JSON-like value, with its path. */
export function alleGetallen(x: unknown, pad = '$'): { pad: string; waarde: number }[] {
  if (typeof x === 'number') return [{ pad, waarde: x }];
  if (Array.isArray(x)) return x.flatMap((y, i) => alleGetallen(y, `${pad}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => alleGetallen(v, `${pad}.${k}`));
  return [];
}

/** Intl puts a no-break space after the euro sign; tests compare with a plain space. */
export const gewoneSpaties = (s: string) => s.replace(/\u00a0/g, ' ');

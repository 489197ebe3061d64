import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Validatie } from '../src/model/scenario/valideer.ts';

/** The import query that asks for an example file's validated scenario (src/store/voorbeelden.ts). */
export const GEVALIDEERD = '?gevalideerd';

/**
 * The scenario of an example file as the schema yields it (defaults filled in, migrated), as JSON
 * text; throws with every message when the file is not a valid scenario.
 */
export function gevalideerdVoorbeeld(pad: string, valideerScenario: (data: unknown) => Validatie): string {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(pad, 'utf8'));
  } catch (e) {
    throw new Error(`Ingebouwd voorbeeld ${basename(pad)} is geen leesbare JSON: ${(e as Error).message}`);
  }
  const v = valideerScenario(data);
  if (!v.ok) throw new Error(`Ingebouwd voorbeeld ${basename(pad)} is ongeldig: ${v.fouten.map((f) => `${f.pad}: ${f.bericht}`).join('; ')}`);
  return JSON.stringify(v.scenario);
}

type Valideer = (data: unknown) => Validatie;
let valideer: Promise<Valideer> | null = null;

/**
 * The schema's validation, loaded when the first example is asked for, through Vite's module runner:
 * so vite.config.ts does not bundle the model, whose imports without file extensions made Vite print
 * a long configLoader warning on every build, dev start and test run. The same code, the same JSON.
 */
function laadValideer(): Promise<Valideer> {
  valideer ??= runnerImport<{ valideerScenario: Valideer }>(fileURLToPath(new URL('../src/model/scenario/valideer.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'warn',
  }).then((r) => r.module.valideerScenario);
  return valideer;
}

/**
 * The built-in examples are validated when the app is built (and by the dev server and vitest, which
 * use the same plugins), not in the browser at start-up: building the zod schemas' parsers and parsing
 * Den Haag before the first screen took about a tenth of the cold load at 4× CPU (issue 13, speed).
 * `scenarios/x.json?gevalideerd` loads as the validated scenario; an invalid example fails the build.
 * Files, links, CSV and the autosave are still validated in full when they are read.
 */
export const voorbeeldenGevalideerd: Plugin = {
  name: 'mkba:voorbeelden-gevalideerd',
  enforce: 'pre',
  async load(id) {
    if (!id.endsWith(`.json${GEVALIDEERD}`)) return null;
    const pad = id.slice(0, -GEVALIDEERD.length);
    this.addWatchFile(pad);
    // JSON.parse of one string: V8 reads that faster than the same object as a JS literal.
    return `export default JSON.parse(${JSON.stringify(gevalideerdVoorbeeld(pad, await laadValideer()))});`;
  },
};

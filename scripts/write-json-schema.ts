/**
 * Writes scenarios/scenario.schema.json from the zod schema.
 *   npm run schema             write the file
 *   npm run schema -- --check  exit 1 if the file on disk differs from a fresh generation (for CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { genereerJsonSchema, SCHEMA_BESTAND } from './json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pad = resolve(root, SCHEMA_BESTAND);

function main(args: string[]): number {
  const onbekend = args.filter((a) => a !== '--check');
  if (onbekend.length > 0) {
    console.error(`onbekende optie: ${onbekend[0]}\ngebruik: npm run schema [-- --check]`);
    return 2;
  }
  const nieuw = genereerJsonSchema();
  if (args.includes('--check')) {
    let oud: string | null = null;
    try {
      oud = readFileSync(pad, 'utf8');
    } catch {
      oud = null;
    }
    if (oud === nieuw) {
      console.log(`${SCHEMA_BESTAND} is actueel.`);
      return 0;
    }
    console.error(
      oud === null
        ? `${SCHEMA_BESTAND} ontbreekt; voer \`npm run schema\` uit en commit het bestand.`
        : `${SCHEMA_BESTAND} is verouderd: het wijkt af van ScenarioSchema. Voer \`npm run schema\` uit en commit het bestand.`,
    );
    return 1;
  }
  writeFileSync(pad, nieuw, 'utf8');
  console.log(`${SCHEMA_BESTAND} geschreven (${nieuw.length} tekens).`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`het schema kon niet worden geschreven: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}

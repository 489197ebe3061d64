import * as z from 'zod';
import { ScenarioSchema, SCHEMA_VERSION } from '../src/model/scenario/schema';
import { echt } from '../src/model/scenario/lui';

/** Where the published JSON Schema lives, relative to the repository root. */
export const SCHEMA_BESTAND = 'scenarios/scenario.schema.json';

/**
 * The JSON Schema of a scenario file, generated from the zod schema (the single source of truth).
 * It describes the file as people write it (io: 'input': defaults optional). The cross-field checks
 * of the zod schema (counts adding up to the cohort, one baseline, unique ids, ...) cannot be
 * expressed in JSON Schema; the tool itself checks them when it reads a file.
 *
 * Deterministic: the same zod schema always gives the same text, pretty-printed with a trailing newline.
 */
export function genereerJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(echt(ScenarioSchema), { io: 'input', target: 'draft-2020-12' });
  const schema = {
    $schema,
    title: `MKBA Schuldhulp: scenariobestand (schemaVersion ${SCHEMA_VERSION})`,
    description:
      'Gegenereerd uit ScenarioSchema (src/model/scenario/schema.ts) met `npm run schema`; niet met de hand bewerken. ' +
      'Controles over meerdere velden (de uitkomsten tellen op tot het cohort, precies één nulalternatief, unieke ids, ' +
      'aantallen niet groter dan het cohort, verdelingen die optellen tot 100%) staan niet in dit schema; MKBA Schuldhulp doet ze bij het inlezen.',
    ...rest,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

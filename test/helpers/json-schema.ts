/**
 * A small JSON Schema (2020-12) validator for the keywords zod's toJSONSchema emits for our schema.
 * It throws on any keyword it does not know, so a zod upgrade that emits new keywords makes the
 * test fail loudly instead of passing by ignoring them.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIES = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$comment']);
const BEKEND = new Set([
  'type', 'const', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern',
  'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'minItems', 'maxItems', 'anyOf', 'oneOf', 'allOf',
]);

function typeKlopt(t: string, x: unknown): boolean {
  switch (t) {
    case 'null': return x === null;
    case 'boolean': return typeof x === 'boolean';
    case 'string': return typeof x === 'string';
    case 'number': return typeof x === 'number' && Number.isFinite(x);
    case 'integer': return typeof x === 'number' && Number.isInteger(x);
    case 'array': return Array.isArray(x);
    case 'object': return typeof x === 'object' && x !== null && !Array.isArray(x);
    default: throw new Error(`onbekend type in schema: ${t}`);
  }
}

export function valideerJsonSchema(schema: Schema, x: unknown, pad = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${pad}: niet toegestaan`];
  const fouten: string[] = [];
  for (const k of Object.keys(schema)) {
    if (!ANNOTATIES.has(k) && !BEKEND.has(k)) throw new Error(`onbekend sleutelwoord in schema bij ${pad}: ${k}`);
  }
  const s = schema as Record<string, any>;
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeKlopt(t, x))) return [`${pad}: verwacht ${types.join('|')}, kreeg ${JSON.stringify(x)?.slice(0, 40)}`];
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(x)) fouten.push(`${pad}: moet ${JSON.stringify(s.const)} zijn`);
  if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(x))) fouten.push(`${pad}: niet in enum`);
  if (typeof x === 'number') {
    if (s.minimum !== undefined && x < s.minimum) fouten.push(`${pad}: kleiner dan ${s.minimum}`);
    if (s.maximum !== undefined && x > s.maximum) fouten.push(`${pad}: groter dan ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && x <= s.exclusiveMinimum) fouten.push(`${pad}: niet groter dan ${s.exclusiveMinimum}`);
    if (s.exclusiveMaximum !== undefined && x >= s.exclusiveMaximum) fouten.push(`${pad}: niet kleiner dan ${s.exclusiveMaximum}`);
  }
  if (typeof x === 'string') {
    const n = [...x].length;
    if (s.minLength !== undefined && n < s.minLength) fouten.push(`${pad}: korter dan ${s.minLength}`);
    if (s.maxLength !== undefined && n > s.maxLength) fouten.push(`${pad}: langer dan ${s.maxLength}`);
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(x)) fouten.push(`${pad}: past niet op ${s.pattern}`);
  }
  if (Array.isArray(x)) {
    if (s.minItems !== undefined && x.length < s.minItems) fouten.push(`${pad}: minder dan ${s.minItems} elementen`);
    if (s.maxItems !== undefined && x.length > s.maxItems) fouten.push(`${pad}: meer dan ${s.maxItems} elementen`);
    if (s.items !== undefined) x.forEach((y, i) => fouten.push(...valideerJsonSchema(s.items, y, `${pad}[${i}]`)));
  }
  if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
    const obj = x as Record<string, unknown>;
    const props: Record<string, Schema> = s.properties ?? {};
    for (const r of s.required ?? []) if (!(r in obj)) fouten.push(`${pad}.${r}: ontbreekt`);
    for (const [k, v] of Object.entries(obj)) {
      if (s.propertyNames !== undefined) fouten.push(...valideerJsonSchema(s.propertyNames, k, `${pad} sleutel ${k}`));
      if (k in props) fouten.push(...valideerJsonSchema(props[k]!, v, `${pad}.${k}`));
      else if (s.additionalProperties !== undefined) fouten.push(...valideerJsonSchema(s.additionalProperties, v, `${pad}.${k}`));
    }
  }
  if (s.allOf) for (const sub of s.allOf) fouten.push(...valideerJsonSchema(sub, x, pad));
  if (s.anyOf && !s.anyOf.some((sub: Schema) => valideerJsonSchema(sub, x, pad).length === 0)) fouten.push(`${pad}: past op geen van de anyOf-varianten`);
  if (s.oneOf) {
    const n = s.oneOf.filter((sub: Schema) => valideerJsonSchema(sub, x, pad).length === 0).length;
    if (n !== 1) fouten.push(`${pad}: past op ${n} oneOf-varianten in plaats van 1`);
  }
  return fouten;
}

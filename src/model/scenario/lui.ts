/**
 * Schemas built on first use instead of when their module loads (issue 13, speed). Building the
 * scenario schema's few hundred zod objects took ~0,2 s of the app's cold load at 4x CPU, before the
 * first saldo, although the first screen validates nothing (the built-in examples come in validated,
 * src/store/voorbeelden.ts). Each schema is still built once, by the same code, so the single source
 * of truth, its rules and the published JSON Schema stay as they are.
 */

const ECHT = Symbol('echt schema');

/** `bouw()` once, on the first call; the same value after that. */
export function eenmalig<T>(bouw: () => T): () => T {
  let waarde: T | undefined;
  let klaar = false;
  return () => {
    if (!klaar) {
      waarde = bouw();
      klaar = true;
    }
    return waarde as T;
  };
}

/**
 * A stand-in for the schema `bouw()` returns, built when it is first used (a method, a property):
 * `X.parse(…)`, `X.shape`, `z.infer<typeof X>` work as with the schema itself. Inside another
 * schema use `echt(X)`: zod keeps descriptions and shared parts by the schema object itself.
 */
export function lui<T extends object>(bouw: () => T): T {
  const echtSchema = eenmalig(bouw);
  // zod's methods use `this`: they are called on the schema itself, so that `X.optional()` wraps the
  // schema and not this stand-in (one function per method, so `X.parse === X.parse`).
  const gebonden = new Map<PropertyKey, { van: unknown; aan: unknown }>();
  const metSchema = (k: PropertyKey, v: unknown) => {
    if (typeof v !== 'function') return v;
    let g = gebonden.get(k);
    if (g?.van !== v) gebonden.set(k, (g = { van: v, aan: v.bind(echtSchema()) }));
    return g.aan;
  };
  return new Proxy({} as T, {
    get: (_doel, k) => (k === ECHT ? echtSchema() : metSchema(k, Reflect.get(echtSchema(), k))),
    set: (_doel, k, v) => Reflect.set(echtSchema(), k, v),
    has: (_doel, k) => k === ECHT || Reflect.has(echtSchema(), k),
    ownKeys: () => Reflect.ownKeys(echtSchema()),
    getOwnPropertyDescriptor: (_doel, k) => {
      const d = Reflect.getOwnPropertyDescriptor(echtSchema(), k);
      // The stand-in's own (empty) target has no fixed properties; a proxy may not report one.
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(echtSchema()),
  });
}

/** The schema behind a stand-in of lui() (built now if it was not yet); any other value as it is. */
export function echt<T>(s: T): T {
  return ((s as { [ECHT]?: T } | null)?.[ECHT] ?? s) as T;
}

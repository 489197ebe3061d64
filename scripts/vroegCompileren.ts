import { parseAst } from 'vite';

/** The runtime's __commonJSMin, exported to the other chunks: e(`nr`,l=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports)). */
const CJS_DEFINITIE = /[\w$]+\(`([\w$]+)`,([\w$]+)=\(([\w$]+),([\w$]+)\)=>\(\)=>\(\4\|\|\(\3\(\(\4=\{exports:\{\}\}\)\.exports,\4,\4\.exports\),\3=null\),\4\.exports\)/;

/** The name under which a chunk exports __commonJSMin to the other chunks, if it does. */
export function cjsExportNaam(code: string): string | undefined {
  return CJS_DEFINITIE.exec(code)?.[1];
}

interface Knoop {
  type: string;
  start: number;
  end: number;
  [k: string]: unknown;
}

/**
 * Puts parentheses back around the function expressions in a SystemJS chunk (file://) that V8
 * should compile at once, while the script streams in off the main thread (its "PIFE" heuristic),
 * instead of on the main thread at their first call (issue 13, speed): the function given to
 * System.register and the `execute` function it returns (the top-level code of every module in the
 * chunk), and each CommonJS module's factory (React DOM among them). The ES module chunks have both already (a module's top level compiles when it
 * streams in, and rolldown writes `__commonJSMin((…) => {…})` with the extra parentheses), but
 * plugin-legacy's Babel pass and the minifier drop them. Parentheses around a function expression
 * change nothing in what the code does.
 */
export function vroegCompileren(code: string, cjsExport?: string): string {
  const ast = parseAst(code, { preserveParens: true }) as unknown as Knoop;
  // __commonJSMin as the chunk calls it: defined here by the runtime, or taken from the chunk that
  // exports it (under the name `cjsExport`) in a SystemJS setter (l=e.nr).
  const def = CJS_DEFINITIE.exec(code);
  const cjs = new Set<string>();
  if (def) cjs.add(def[2]!);
  if (cjsExport) for (const m of code.matchAll(new RegExp(`([\\w$]+)=[\\w$]+\\.${cjsExport}(?![\\w$])`, 'g'))) cjs.add(m[1]!);
  const haakjes: [number, number][] = [];
  const isFunctie = (n: unknown): n is Knoop => !!n && typeof n === 'object' && ['FunctionExpression', 'ArrowFunctionExpression'].includes((n as Knoop).type);
  const bron = (n: Knoop) => code.slice(n.start, n.end);
  const loop = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) loop(x);
      return;
    }
    const k = n as Knoop;
    if (k.type === 'Property' && (k.key as Knoop | undefined)?.type === 'Identifier' && (k.key as { name?: string }).name === 'execute' && isFunctie(k.value)) haakjes.push([k.value.start, k.value.end]);
    if (k.type === 'CallExpression' && bron(k.callee as Knoop) === 'System.register' && isFunctie((k.arguments as unknown[]).at(-1))) {
      const f = (k.arguments as Knoop[]).at(-1)!;
      haakjes.push([f.start, f.end]);
    }
    if (k.type === 'CallExpression' && (k.arguments as unknown[]).length === 1 && isFunctie((k.arguments as unknown[])[0]) && cjs.has(bron(k.callee as Knoop))) {
      const f = (k.arguments as Knoop[])[0]!;
      haakjes.push([f.start, f.end]);
    }
    for (const [sleutel, v] of Object.entries(k)) if (sleutel !== 'type' && v && typeof v === 'object') loop(v);
  };
  loop(ast);
  // Every '(' and ')' as an edit of its own, applied from the end so that earlier positions stay
  // valid (functions nest: execute holds the factories). A function already in parentheses is a
  // ParenthesizedExpression to the parser, so it is not in the list.
  const invoegingen = haakjes.flatMap(([van, tot]): [number, string][] => [[van, '('], [tot, ')']]);
  invoegingen.sort((a, b) => b[0] - a[0] || (a[1] === '(' ? -1 : 1));
  let uit = code;
  for (const [plek, teken] of invoegingen) uit = `${uit.slice(0, plek)}${teken}${uit.slice(plek)}`;
  return uit;
}

/**
 * V8's explicit compile hint (Chrome and Edge 136+; other browsers read a comment): every function in
 * the file is compiled while the script streams in, off the main thread, instead of at its first call
 * on the main thread (issue 13, speed). For the start chunks, whose code the first screen runs (React
 * DOM, the engine, the overview): a trace of the cold load at 4x CPU showed ~0,4 s of lazy
 * compilation on the main thread before the first saldo, ~0,04 s with the hint. The comment must be
 * the first line of the file (before "use strict").
 */
export const COMPILEER_BIJ_LADEN = '//# allFunctionsCalledOnLoad\n';

/** `code` with the compile hint as its first line (once). */
export function metCompileerHint(code: string): string {
  return code.startsWith(COMPILEER_BIJ_LADEN) ? code : COMPILEER_BIJ_LADEN + code;
}

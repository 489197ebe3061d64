/**
 * The import graph of src/: which module imports which (static, dynamic and type-only imports alike),
 * read with TypeScript's own pre-processor. Used by test/architectuur.test.ts for the layout rules;
 * run it to see the depth and the longest chain:  npx tsx scripts/importgraaf.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '..'));

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => {
    const p = join(map, n);
    return statSync(p).isDirectory() ? bestanden(p) : /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

function los(van: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const b = normalize(join(dirname(van), spec));
  for (const c of [b, `${b}.ts`, `${b}.tsx`, join(b, 'index.ts'), join(b, 'index.tsx')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Module (path relative to the repo, e.g. "src/ui/App.tsx") → the modules it imports. */
export function importGraaf(): Map<string, string[]> {
  const graaf = new Map<string, string[]>();
  for (const f of bestanden(join(ROOT, 'src'))) {
    const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
    const doelen = info.importedFiles.map((i) => los(f, i.fileName)).filter((x): x is string => x !== null && /\.tsx?$/.test(x));
    graaf.set(relative(ROOT, f), [...new Set(doelen.map((d) => relative(ROOT, d)))]);
  }
  return graaf;
}

/** Every cycle found by a depth-first search, each as its chain of modules (first = last). */
export function cycli(graaf: Map<string, string[]>): string[][] {
  const gevonden: string[][] = [];
  const staat = new Map<string, 'bezig' | 'klaar'>();
  const stapel: string[] = [];
  const bezoek = (f: string) => {
    staat.set(f, 'bezig');
    stapel.push(f);
    for (const t of graaf.get(f) ?? []) {
      if (staat.get(t) === 'bezig') gevonden.push([...stapel.slice(stapel.indexOf(t)), t]);
      else if (!staat.has(t)) bezoek(t);
    }
    stapel.pop();
    staat.set(f, 'klaar');
  };
  for (const f of graaf.keys()) if (!staat.has(f)) bezoek(f);
  return gevonden;
}

/** The longest chain of imports from `start` (an import back into the chain is not followed). */
export function langsteKeten(graaf: Map<string, string[]>, start: string): string[] {
  const memo = new Map<string, string[]>();
  const bezig = new Set<string>();
  const keten = (f: string): string[] => {
    const m = memo.get(f);
    if (m) return m;
    bezig.add(f);
    let best: string[] = [];
    for (const t of graaf.get(f) ?? []) {
      if (bezig.has(t)) continue;
      const k = keten(t);
      if (k.length > best.length) best = k;
    }
    const r = [f, ...best];
    bezig.delete(f);
    memo.set(f, r);
    return r;
  };
  return keten(start);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const g = importGraaf();
  const c = cycli(g);
  const k = langsteKeten(g, 'src/main.tsx');
  console.log(`${g.size} modules; cycli: ${c.length}`);
  for (const x of c.slice(0, 10)) console.log(`  cyclus: ${x.join(' → ')}`);
  console.log(`diepte vanaf src/main.tsx: ${k.length - 1} importstappen`);
  console.log(k.map((x) => `  ${x}`).join('\n'));
}

/**
 * The layout rules of DEVELOPERS.md as a test (issue 13, item 9):
 * - src/model is pure: it imports nothing from the UI, the store, the CLI or the workers;
 * - a view (a folder directly under src/ui, except gedeeld) imports only from itself, src/ui/gedeeld,
 *   the store, the model and format; src/ui/gedeeld imports no view;
 * - no import cycles anywhere in src (type-only imports count too).
 */
import { describe, expect, it } from 'vitest';
import { cycli, importGraaf } from '../scripts/importgraaf';

const graaf = importGraaf();
const deel = (f: string) => f.split('/');
/** The view a UI module belongs to ("invoer" for src/ui/invoer/klanttypen/x.tsx), "gedeeld", or null for src/ui/App.tsx. */
const viewVan = (f: string) => (f.startsWith('src/ui/') && deel(f).length > 3 ? deel(f)[2]! : null);

/** May module `van` import module `naar`? */
function mag(van: string, naar: string): boolean {
  if (van.startsWith('src/model/')) return naar.startsWith('src/model/') || naar.startsWith('src/format/');
  const v = viewVan(van);
  if (v === null) return true; // src/ui/App.tsx puts the views together; store, CLI and workers are not views
  if (!naar.startsWith('src/ui/')) return /^src\/(store|model|format|workers)\//.test(naar);
  const n = viewVan(naar);
  return n === 'gedeeld' || (v !== 'gedeeld' && n === v);
}

function overtredingen(regel: (van: string, naar: string) => boolean): string[] {
  return [...graaf].flatMap(([van, naar]) => naar.filter((n) => !regel(van, n)).map((n) => `${van} → ${n}`));
}

describe('architectuur', () => {
  it('leest het hele importnetwerk (anders bewijzen de regels niets)', () => {
    expect(graaf.size).toBeGreaterThan(100);
    expect(graaf.get('src/ui/App.tsx')).toContain('src/ui/overzicht/Overzicht.tsx');
  });

  it('src/model is puur en een view importeert geen andere view, alleen gedeeld, store, model en format', () => {
    expect(overtredingen(mag)).toEqual([]);
  });

  it('geen importcycli', () => {
    expect(cycli(graaf).map((c) => c.join(' → '))).toEqual([]);
  });

  it('de regels vangen wat ze moeten vangen', () => {
    expect(mag('src/ui/resultaten/Proef.tsx', 'src/ui/overzicht/Overzicht.tsx')).toBe(false);
    expect(mag('src/ui/invoer/klanttypen/X.tsx', 'src/ui/verantwoording/Y.tsx')).toBe(false);
    expect(mag('src/ui/gedeeld/X.tsx', 'src/ui/invoer/Invoer.tsx')).toBe(false);
    expect(mag('src/ui/resultaten/X.tsx', 'src/cli/main.ts')).toBe(false);
    expect(mag('src/model/engine.ts', 'src/store/scenarioStore.ts')).toBe(false);
    expect(mag('src/ui/invoer/klanttypen/X.tsx', 'src/ui/invoer/velden.tsx')).toBe(true);
    expect(mag('src/ui/resultaten/X.tsx', 'src/ui/gedeeld/TabelRol.tsx')).toBe(true);
    expect(cycli(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]]))).toEqual([['a', 'b', 'c', 'a']]);
  });
});

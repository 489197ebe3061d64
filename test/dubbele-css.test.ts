/**
 * scripts/dubbeleCss.ts (issue 13, speed): the SystemJS entry chunk (file://) loses the <style> that
 * Vite inlines in it, a copy of the style sheet index.html already links; the chunk still runs and
 * exports the same, and anything that does not look like exactly one such injection fails the build.
 */
import { describe, expect, it } from 'vitest';
import { normaleCss, zonderIngevoegdeCss } from '../scripts/dubbeleCss';

const CSS = '.kaart{border:1px solid var(--rand)}.a::after{content:"\\`€\\`"}\n/*$vite$:1*/';
// As the minifier writes Vite's injection, inside execute's comma sequence.
const ENTRY =
  '"use strict";(function(){System.register([],(function(e,t){var m,h;return{setters:[],execute:(function(){' +
  `m=document.createElement(\`style\`),m.textContent=\`${CSS.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`,document.head.appendChild(m),h=Object.create,e(\`x\`,typeof h)})}}))})();`;

/** Runs a SystemJS chunk with a minimal System and document: the exports and the elements it added. */
function voerUit(code: string): { exports: Record<string, unknown>; toegevoegd: { textContent?: string }[] } {
  const exports: Record<string, unknown> = {};
  const toegevoegd: { textContent?: string }[] = [];
  const document = { createElement: () => ({}), head: { appendChild: (el: { textContent?: string }) => toegevoegd.push(el) } };
  const System = {
    register(_deps: string[], declare: (e: (k: string, v: unknown) => unknown) => { execute: () => void }) {
      declare((k, v) => (exports[k] = v)).execute();
    },
  };
  new Function('System', 'document', code)(System, document);
  return { exports, toegevoegd };
}

describe('zonderIngevoegdeCss', () => {
  it('haalt de ingevoegde stijl weg en geeft de CSS zoals de browser hem zou krijgen', () => {
    const voor = voerUit(ENTRY);
    expect(voor.toegevoegd.map((el) => el.textContent)).toEqual([CSS]);
    const { code, css } = zonderIngevoegdeCss(ENTRY);
    expect(css).toBe(CSS);
    const na = voerUit(code);
    expect(na.toegevoegd).toEqual([]);
    expect(na.exports).toEqual(voor.exports);
    expect(na.exports).toEqual({ x: 'function' });
  });

  it('vergelijkt zonder Vites markering en witruimte', () => {
    expect(normaleCss(CSS)).toBe(CSS.slice(0, CSS.indexOf('\n')));
    expect(normaleCss(CSS)).not.toContain('$vite$');
    expect(normaleCss('.a{b:c}\n')).toBe(normaleCss('.a{b:c}\n/*$vite$:1*/'));
  });

  it('geen of twee ingevoegde stijlbladen: de build faalt', () => {
    expect(() => zonderIngevoegdeCss('"use strict";System.register([],function(){return{execute:function(){}}})')).toThrow(/0 ingevoegde stijlbladen/);
    const twee = ENTRY.replace('h=Object.create,', `h=Object.create,${ENTRY.slice(ENTRY.indexOf('m=document'), ENTRY.indexOf(',h=Object'))},`);
    expect(() => zonderIngevoegdeCss(twee)).toThrow(/2 ingevoegde stijlbladen/);
  });
});

/**
 * scripts/vroegCompileren.ts (issue 13, speed): parentheses around the SystemJS chunks' declare and
 * execute functions and the CommonJS factories, so that V8 compiles them while the script streams in.
 * Checked on chunks shaped like plugin-legacy's output: the parentheses are where they should be,
 * the code still parses, and it registers and exports exactly what the original does.
 */
import { describe, expect, it } from 'vitest';
import { COMPILEER_BIJ_LADEN, cjsExportNaam, metCompileerHint, vroegCompileren } from '../scripts/vroegCompileren';

// The entry chunk: the runtime defines __commonJSMin (exported as `nr`, local `l`); a CommonJS module
// (non-ASCII text first, so that positions in UTF-16 and bytes differ) and a module using it.
const ENTRY =
  '"use strict";(function(){System.register([],function(e,t){var l,p,q;return{setters:[],execute:function(){' +
  'q=`€ één – ✓`,e(`nr`,l=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports)),' +
  'p=l((e,t)=>{t.exports={a:[1,2].map(e=>e*2),b:q}}),e(`x`,p().a),e(`y`,p().b),e(`z`,(function(){return 3})())}}})})();';
// A lazy chunk: takes __commonJSMin from the entry in a setter.
const LAZY =
  '"use strict";(function(){System.register([`./entry.js`],function(e,t){var n,r;return{setters:[function(e){n=e.nr}],execute:function(){' +
  'r=n(e=>{e.w=`ß`}),e(`w`,r().w)}}})})();';

/** Runs a SystemJS chunk with a minimal System: the exports after execute. */
function voerUit(code: string, setter: Record<string, unknown> = {}): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const System = {
    register(_deps: string[], declare: (e: (k: string, v: unknown) => unknown) => { setters: ((m: unknown) => void)[]; execute: () => void }) {
      const m = declare((k, v) => (exports[k] = v));
      for (const s of m.setters) s(setter);
      m.execute();
    },
  };
  new Function('System', code)(System);
  return exports;
}

describe('vroegCompileren', () => {
  it('haakjes om de declare-functie, execute en de CommonJS-fabriek; verder niets', () => {
    const uit = vroegCompileren(ENTRY, cjsExportNaam(ENTRY));
    expect(cjsExportNaam(ENTRY)).toBe('nr');
    expect(uit).toContain('System.register([],(function(e,t){');
    expect(uit).toContain('execute:(function(){');
    expect(uit).toContain('p=l(((e,t)=>{t.exports={a:[1,2].map(e=>e*2),b:q}}))');
    // Every character of the original, in order, plus three pairs of parentheses.
    expect(uit.length).toBe(ENTRY.length + 6);
    expect(uit.replace(/[()]/g, '')).toBe(ENTRY.replace(/[()]/g, ''));
  });
  it('de code doet hetzelfde: dezelfde exports', () => {
    const zonderNr = ({ nr, ...rest }: Record<string, unknown>) => (expect(nr).toEqual(expect.any(Function)), rest);
    const voor = zonderNr(voerUit(ENTRY));
    expect(zonderNr(voerUit(vroegCompileren(ENTRY, 'nr')))).toEqual(voor);
    expect(voor).toEqual({ x: [2, 4], y: '€ één – ✓', z: 3 });
  });
  it('een lazy chunk: de fabriek via de setter (n=e.nr) krijgt haakjes, en doet hetzelfde', () => {
    const nr = voerUit(ENTRY).nr;
    const uit = vroegCompileren(LAZY, 'nr');
    expect(uit).toContain('r=n((e=>{e.w=`ß`}))');
    expect(uit).toContain('execute:(function(){');
    expect(voerUit(uit, { nr })).toEqual(voerUit(LAZY, { nr }));
    expect(voerUit(uit, { nr })).toEqual({ w: 'ß' });
  });
  it('al tussen haakjes: niet nog eens', () => {
    const een = vroegCompileren(ENTRY, 'nr');
    expect(vroegCompileren(een, 'nr')).toBe(een);
  });
});

describe('metCompileerHint (V8: alle functies compileren terwijl het script binnenkomt)', () => {
  it('de hint als eerste regel, één keer; de code erna ongewijzigd', () => {
    const uit = metCompileerHint(ENTRY);
    expect(COMPILEER_BIJ_LADEN).toBe('//# allFunctionsCalledOnLoad\n');
    expect(uit.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(uit.slice(COMPILEER_BIJ_LADEN.length)).toBe(ENTRY);
    expect(metCompileerHint(uit)).toBe(uit);
  });
  it('een commentaar vóór "use strict": de chunk blijft strikt en doet hetzelfde', () => {
    expect(new Function(metCompileerHint('"use strict";return this===undefined'))()).toBe(true);
    expect(new Function('return this===undefined')()).toBe(false);
    const { x, y, z } = voerUit(metCompileerHint(vroegCompileren(ENTRY, 'nr')));
    expect({ x, y, z }).toEqual({ x: [2, 4], y: '€ één – ✓', z: 3 });
  });
});

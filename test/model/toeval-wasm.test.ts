import mt19937 from '@stdlib/random-base-mt19937';
import { describe, expect, it, vi } from 'vitest';
import { onzekereInvoer } from '../../src/model/onzekerheid/invoer';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { PER_VULLING, Toevalsbron } from '../../src/model/onzekerheid/toeval';
import { TOEVAL_GETALLEN, toevalModule } from '../../src/model/onzekerheid/toevalWasm';
import { Verdelingen } from '../../src/model/onzekerheid/verdelingen';
import { laadDenHaag } from '../helpers/scenario';

/** n numbers of a source, refill by refill. */
function reeks(bron: Toevalsbron, n: number, vul: () => void): number[] {
  const uit: number[] = [];
  while (uit.length < n) {
    vul();
    uit.push(...bron.getallen);
  }
  return uit.slice(0, n);
}

describe('MT19937 in WebAssembly: dezelfde reeks als in JavaScript en als stdlib', () => {
  it.each([
    [1, 0],
    [20200601, 0],
    [4294967295, 0],
    [0, 0],
    [20200601, 3],
  ])('seed %d, stroom %d: 20 vullingen getal voor getal gelijk aan de JavaScript-vulling', (seed, stroom) => {
    const wasm = new Toevalsbron(seed, stroom);
    const js = new Toevalsbron(seed, stroom);
    const n = 20 * PER_VULLING;
    const a = reeks(wasm, n, () => wasm.vul());
    const b = reeks(js, n, () => js.vulJs());
    expect(a).toEqual(b);
  });

  it('de eerste 5 vullingen zijn die van stdlib normalized() (seed 20200601)', () => {
    const stdlib = mt19937.factory({ seed: 20200601 }) as unknown as { normalized: () => number };
    const bron = new Toevalsbron(20200601);
    const a = reeks(bron, 5 * PER_VULLING, () => bron.vul());
    a.forEach((x) => expect(x).toBe(stdlib.normalized()));
  });

  it.each([true, false])('de module zelf (SIMD %s): 10 vullingen = stdlib normalized(), seed 987654321', (simd) => {
    const mod = toevalModule(simd)!;
    expect(mod).not.toBeNull();
    // The SIMD module is its own (not the scalar one as a fallback).
    if (simd) expect(mod).not.toBe(toevalModule(false));
    const { vul, mem } = new WebAssembly.Instance(mod).exports as { vul: () => void; mem: WebAssembly.Memory };
    const stdlib = mt19937.factory({ seed: 987654321 }) as unknown as { normalized: () => number; state: Uint32Array };
    new Int32Array(mem.buffer, 0, 624).set(new Int32Array(Uint32Array.from(stdlib.state.subarray(3, 3 + 624)).buffer));
    const getallen = new Float64Array(mem.buffer, TOEVAL_GETALLEN, PER_VULLING);
    for (let r = 0; r < 10; r++) {
      vul();
      for (let q = 0; q < PER_VULLING; q++) if (getallen[q] !== stdlib.normalized()) expect.fail(`vulling ${r}, getal ${q}`);
    }
  });

  it('zaai: een bron die opnieuw gezaaid wordt (midden in een vulling) geeft de reeks van een nieuwe bron', () => {
    const bron = new Toevalsbron(5);
    for (let k = 0; k < 400; k++) bron.volgende();
    bron.zaai(20200601, 2);
    const vers = new Toevalsbron(20200601, 2);
    for (let k = 0; k < 3 * PER_VULLING; k++) expect(bron.volgende()).toBe(vers.volgende());
  });

  it('de vulling loopt in WebAssembly in Node (anders meet de bench de JavaScript-vulling)', () => {
    expect((new Toevalsbron(1) as unknown as { vulWasm: unknown }).vulWasm).not.toBeNull();
  });

  it('een engine die WebAssembly weigert: de JavaScript-vulling, dezelfde reeks', async () => {
    vi.resetModules();
    const spion = vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new WebAssembly.CompileError('Refused to compile or instantiate WebAssembly module');
    });
    try {
      const vers = await import('../../src/model/onzekerheid/toeval');
      const bron = new vers.Toevalsbron(20200601);
      expect((bron as unknown as { vulWasm: unknown }).vulWasm).toBeNull();
      const stdlib = mt19937.factory({ seed: 20200601 }) as unknown as { normalized: () => number };
      for (let k = 0; k < 3 * PER_VULLING; k++) expect(bron.volgende()).toBe(stdlib.normalized());
    } finally {
      spion.mockRestore();
      vi.resetModules();
    }
  });
});

describe('de trekkingen van de Monte Carlo volgen de reeks, invoer voor invoer (de specificatie van de steekproef)', () => {
  // 301: an odd block (its last draw alone, columns not 16-byte aligned); 1.100: blocks of 520 and a rest.
  it.each([300, 301, 1100])('Den Haag, %d trekkingen: driehoek en uniform uit één getal (stdlib-formules), beta uit twee gamma’s, vast blijft vast', (N) => {
    const s = laadDenHaag();
    const inst = { ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: N, seed: 11, uitkomstenHertrekken: false } };
    const m = maakMonteCarlo(s, inst, { bewaarInvoer: true });
    m.stap(N);
    const getrokken = m.trekkingen().invoerTrekkingen!;
    const invoer = onzekereInvoer(s, inst);
    expect(invoer.some((i) => i.verdeling === 'beta' && i.telling)).toBe(true);
    expect(invoer.some((i) => i.verdeling === 'driehoek')).toBe(true);
    // The reference: stream 0 of seed 11, drawn input by input in order.
    const v = new Verdelingen(new Toevalsbron(11));
    for (let j = 0; j < N; j++) {
      invoer.forEach((i, k) => {
        const { laag: a, hoog: b, basis } = i;
        let x: number;
        if (i.verdeling === 'vast') x = basis;
        else if (i.verdeling === 'beta' && i.telling) x = v.beta(i.telling.k + 1, i.telling.n - i.telling.k + 1);
        else if (a === b) x = a;
        else if (i.verdeling === 'uniform') {
          const u = v.uniform();
          x = b * u + (1.0 - u) * a;
        } else {
          // stdlib random-base-triangular: fc = (c − a)/(b − a); u < fc ? a + √((b − a)(c − a)u) : b − √((b − a)(b − c)(1 − u)).
          const c = Math.min(b, Math.max(a, basis));
          const u = v.uniform();
          x = u < (c - a) / (b - a) ? a + Math.sqrt((b - a) * (c - a) * u) : b - Math.sqrt((b - a) * (b - c) * (1.0 - u));
        }
        if (!Object.is(getrokken[k]![j], x)) expect.fail(`draw ${j}, ${i.sleutel}: ${getrokken[k]![j]} vs ${x}`);
      });
    }
  });
});

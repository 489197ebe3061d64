import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileer, maakGeheugen, type Bandcode } from '../../src/model/onzekerheid/kernWasm';
import { maakMonteCarlo } from '../../src/model/onzekerheid/montecarlo';
import { OP, reken } from '../../src/model/onzekerheid/spoor';
import { laadDenHaag } from '../helpers/scenario';

/** Values where float operations differ most: signed zeros, NaN, infinities, halves, huge and tiny. */
const bijzonder = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2.5, -2.5, 1.005, -3.7, 0.125, 3, 1e300, -1e-300, 2 ** 53, 4667, 0.435) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
);
const CODES = Object.values(OP);
const TWEE = new Set<number>([OP.ADD, OP.SUB, OP.MUL, OP.DIV, OP.POW, OP.MAX, OP.MIN, OP.CMP, OP.SAME]);
const S = 3;
const K = 4;

/** A random tape over S slots and K constants (each operation reads earlier registers) and one draw. */
const bandArb = fc
  .record({
    konst: fc.array(bijzonder, { minLength: K, maxLength: K }),
    ops: fc.array(fc.record({ code: fc.constantFrom(...CODES), a: fc.nat(), b: fc.nat(), dec: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 30 }),
    draw: fc.array(bijzonder, { minLength: S, maxLength: S }),
    /** A guard that expects another value than the operation gives (the tape must refuse the draw). */
    mis: fc.option(fc.nat(), { freq: 3 }),
  })
  .map(({ konst, ops, draw, mis }) => {
    const code: number[] = [];
    const dst: number[] = [];
    const a: number[] = [];
    const b: number[] = [];
    ops.forEach((o, k) => {
      const eerder = S + K + k;
      code.push(o.code);
      dst.push(eerder);
      // Mostly the latest registers, so that operations chain.
      a.push(o.a % 3 === 0 ? o.a % eerder : eerder - 1 - (o.a % Math.min(eerder, 6)));
      b.push(o.code === OP.ROUND ? o.dec : TWEE.has(o.code) ? o.b % eerder : 0);
    });
    return { konst, code, dst, a, b, draw, mis: mis === null ? -1 : mis % ops.length };
  });

/** What the interpreter computes for one draw: every register, by the reference operations (spoor.ts). */
function referentie(t: { konst: number[]; code: number[]; a: number[]; b: number[] }, draw: number[]): number[] {
  const r = [...draw, ...t.konst];
  t.code.forEach((c, k) => r.push(reken(c, r[t.a[k]!]!, c === OP.ROUND ? t.b[k]! : r[t.b[k]!]!)));
  return r;
}

/** A value that is not the same as x for Object.is. */
const anders = (x: number) => (Number.isNaN(x) ? 0 : Object.is(x, 0) ? -0 : Number.NaN);

describe('rekenkern in WebAssembly: elke bewerking geeft dezelfde bits als de interpreter', () => {
  it('eigenschap: willekeurige banden met ±0, NaN, ±∞: elke tussenwaarde (als bewaking) en het saldo zijn gelijk aan reken()', () => {
    const B = 4;
    const g = maakGeheugen(S, B)!;
    expect(g).not.toBeNull();
    fc.assert(
      fc.property(bandArb, (t) => {
        const n = t.code.length;
        const registers = S + K + n;
        const enkel = new Float64Array(registers);
        t.konst.forEach((x, k) => (enkel[S + k] = x));
        const r = referentie(t, t.draw);
        // A guard after every operation, expecting its reference value (one expects another value when t.mis ≥ 0).
        const verwacht = t.code.map((_, k) => (k === t.mis ? anders(r[S + K + k]!) : r[S + K + k]!));
        const band: Bandcode = {
          ops: { code: Int32Array.from(t.code), dst: Int32Array.from(t.dst), a: Int32Array.from(t.a), b: Int32Array.from(t.b) },
          stadiumEinde: Int32Array.from(t.code, (_, k) => k + 1),
          toets: Int32Array.from(t.code, (_, k) => S + K + k),
          verwacht: Float64Array.from(verwacht),
          uit: registers - 1,
          registers,
          enkel,
        };
        const run = compileer([band], S, B, g);
        expect(run).not.toBeNull();
        // The draw in every column of the block.
        t.draw.forEach((x, k) => g.invoer.fill(x, k * B, (k + 1) * B));
        g.saldo.fill(12345);
        g.treffers.fill(0);
        const geweigerd = run!(B);
        const aanvaard = t.mis < 0;
        expect(geweigerd).toBe(aanvaard ? 0 : B);
        expect(g.treffers[0]).toBe(aanvaard ? B : 0);
        if (aanvaard) for (let j = 0; j < B; j++) expect(Object.is(g.saldo[j], r[registers - 1])).toBe(true);
        else expect(Array.from(g.weigering.subarray(0, B))).toEqual([0, 1, 2, 3]);
      }),
      { numRuns: 1500 },
    );
  });

  it('twee banden: een trekking gaat naar de eerste die haar aanvaardt (nummer + 1), geen: 0', () => {
    const g = maakGeheugen(1, 4)!;
    // Tape 1 accepts x ≥ 0 (CMP(x, 0) ∈ {0, 1} is tested per value: here 1), saldo 2x; tape 2 accepts x < 0, saldo −x.
    const maak = (verwacht: number, code: number): Bandcode => ({
      ops: { code: Int32Array.of(OP.CMP, code), dst: Int32Array.of(2, 3), a: Int32Array.of(0, 0), b: Int32Array.of(1, 0) },
      stadiumEinde: Int32Array.of(1),
      toets: Int32Array.of(2),
      verwacht: Float64Array.of(verwacht),
      uit: 3,
      registers: 4,
      enkel: Float64Array.of(0, 0, 0, 0),
    });
    const run = compileer([maak(1, OP.ADD), maak(-1, OP.NEG)], 1, 4, g)!;
    g.invoer.set([3, -5, 0, Number.NaN]);
    expect(run(4)).toBe(2);
    expect(Array.from(g.weigering.subarray(0, 2))).toEqual([2, 3]);
    expect(Array.from(g.treffers.subarray(0, 2))).toEqual([1, 1]);
    expect(Array.from(g.saldo.subarray(0, 2))).toEqual([6, 5]);
    // Counts are per run: the caller clears them.
    g.treffers.fill(0);
    g.invoer.set([1, 1, 1, -1]);
    expect(run(4)).toBe(0);
    expect(Array.from(g.treffers.subarray(0, 2))).toEqual([3, 1]);
  });
});

describe('Monte Carlo: met en zonder WebAssembly getal voor getal dezelfde', () => {
  afterEach(() => vi.restoreAllMocks());
  const s = laadDenHaag();
  const inst = (hertrekken: boolean) => ({ ...s.onzekerheid, montecarlo: { ...s.onzekerheid.montecarlo, trekkingen: 3000, seed: 7, uitkomstenHertrekken: hertrekken } });

  it.each([false, true])('Den Haag, hertrekken %s: de gecompileerde banden geven de saldi van de interpreter', (hertrekken) => {
    const met = maakMonteCarlo(s, inst(hertrekken));
    met.stap(3000);
    expect(met.kernGecompileerd).toBe(true);
    const zonder = maakMonteCarlo(s, inst(hertrekken), { zonderWasm: true });
    zonder.stap(3000);
    expect(zonder.kernGecompileerd).toBe(false);
    const a = met.trekkingen().saldi;
    const b = zonder.trekkingen().saldi;
    for (const id of Object.keys(b)) expect(Array.from(a[id]!)).toEqual(Array.from(b[id]!));
    expect(met.resultaat()).toEqual(zonder.resultaat());
  });

  it('een engine die WebAssembly weigert (Content-Security-Policy): de interpreter rekent, met dezelfde getallen', () => {
    const referentie = maakMonteCarlo(s, inst(false), { zonderWasm: true });
    referentie.stap(3000);
    vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new WebAssembly.CompileError('Refused to compile or instantiate WebAssembly module');
    });
    const m = maakMonteCarlo(s, inst(false));
    m.stap(3000);
    expect(m.metKern).toBe(true);
    expect(m.kernGecompileerd).toBe(false);
    expect(m.resultaat()).toEqual(referentie.resultaat());
  });
});

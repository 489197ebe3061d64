import type { WasmGeheugen } from './kernWasm';
import { Code, I32, naam, sectie, SIMD, V128, vec } from './wasmCode';

/**
 * The Monte Carlo's uniforms turned into input values over a block (montecarlo.ts, maakTrekker's `zet`)
 * in WebAssembly, two draws at a time (128-bit SIMD), in the kernel's input block: the same IEEE
 * operations per draw as the JavaScript (stdlib's triangular and uniform formulas), so the same values
 * (test: zet-wasm.test.ts). The square root of the triangular draw is the costly part; two lanes halve it.
 */
export interface ZetKolommen {
  /** Per input: 0 fixed value a, 1 triangular, 2 uniform, 3 beta (drawn already, left alone). */
  soort: Int8Array;
  a: Float64Array;
  b: Float64Array;
  fc: Float64Array;
  x1: Float64Array;
  x2: Float64Array;
}

const F64 = 0x7c;
// Locals: 0 m (parameter), 1 P (byte offset in a column), 2 E (= 8m), 3 U, 4 L, 5 W (v128), 6 u, 7 w (f64), 8 links (i32).
const P = 1;
const E = 2;
const U = 3;
const L = 4;
const W = 5;
const u = 6;
const w = 7;
const LINKS = 8;

const { LOAD, STORE, BITSELECT, F64X2_LT: LT, F64X2_SQRT: SQRT, F64X2_ADD: ADD, F64X2_SUB: SUB, F64X2_MUL: MUL } = SIMD;

function kolom(c: Code, soort: number, base: number, a: number, b: number, fc: number, x1: number, x2: number): void {
  // Pairs: while P + 16 ≤ E.
  c.i32(0); c.set(P);
  c.op(0x02, 0x40, 0x03, 0x40); // block; loop
  c.get(P); c.i32(16); c.op(0x6a); c.get(E); c.op(0x4b, 0x0d, 1); // i32.add; i32.gt_u; br_if 1
  c.get(P);
  if (soort === 0) c.f64x2(a);
  else {
    c.get(P); c.simd(LOAD); c.op(3); c.u32(base); c.set(U);
    if (soort === 1) {
      // u < fc ? a + √(x1·u) : b − √(x2·(1 − u))
      c.get(U); c.f64x2(fc); c.simd(LT); c.set(L);
      c.f64x2(x1); c.get(U); c.simd(MUL);
      c.f64x2(x2); c.f64x2(1); c.get(U); c.simd(SUB); c.simd(MUL);
      c.get(L); c.simd(BITSELECT);
      c.simd(SQRT); c.set(W);
      c.f64x2(a); c.get(W); c.simd(ADD);
      c.f64x2(b); c.get(W); c.simd(SUB);
      c.get(L); c.simd(BITSELECT);
    } else {
      // b·u + (1 − u)·a
      c.f64x2(b); c.get(U); c.simd(MUL);
      c.f64x2(1); c.get(U); c.simd(SUB); c.f64x2(a); c.simd(MUL);
      c.simd(ADD);
    }
  }
  c.simd(STORE); c.op(3); c.u32(base);
  c.get(P); c.i32(16); c.op(0x6a); c.set(P);
  c.op(0x0c, 0, 0x0b, 0x0b); // br 0; end; end
  // The last draw of an odd block, alone.
  c.get(P); c.get(E); c.op(0x49, 0x04, 0x40); // i32.lt_u; if
  c.get(P);
  if (soort === 0) c.f64(a);
  else {
    c.get(P); c.mem(0x2b, 3, base); c.set(u);
    if (soort === 1) {
      c.get(u); c.f64(fc); c.op(0x63); c.set(LINKS); // f64.lt
      c.f64(x1); c.get(u); c.op(0xa2);
      c.f64(x2); c.f64(1); c.get(u); c.op(0xa1, 0xa2);
      c.get(LINKS); c.op(0x1b); // select
      c.op(0x9f); c.set(w); // f64.sqrt
      c.f64(a); c.get(w); c.op(0xa0);
      c.f64(b); c.get(w); c.op(0xa1);
      c.get(LINKS); c.op(0x1b);
    } else {
      c.f64(b); c.get(u); c.op(0xa2);
      c.f64(1); c.get(u); c.op(0xa1); c.f64(a); c.op(0xa2);
      c.op(0xa0);
    }
  }
  c.mem(0x39, 3, base);
  c.op(0x0b); // end if
}

/** `zet(m)` for the block in g (B draws per column); null when this engine cannot compile it (no SIMD, CSP). */
export function compileerZet(k: ZetKolommen, B: number, g: WasmGeheugen): ((m: number) => void) | null {
  try {
    const c = new Code();
    c.u32(4);
    c.u32(2); c.op(I32);
    c.u32(3); c.op(V128);
    c.u32(2); c.op(F64);
    c.u32(1); c.op(I32);
    c.get(0); c.i32(3); c.op(0x74); c.set(E); // E = m << 3
    for (let x = 0; x < k.soort.length; x++) {
      const s = k.soort[x]!;
      if (s <= 2) kolom(c, s, x * B * 8, k.a[x]!, k.b[x]!, k.fc[x]!, k.x1[x]!, k.x2[x]!);
    }
    c.op(0x0b);
    const lengte = new Code();
    lengte.u32(c.b.length);
    const bytes = new Uint8Array([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
      ...sectie(1, vec([[0x60, 1, I32, 0]])),
      ...sectie(2, vec([[...naam('k'), ...naam('mem'), 0x02, 0x00, 0]])),
      ...sectie(3, vec([[0]])),
      ...sectie(7, vec([[...naam('zet'), 0x00, 0]])),
      ...sectie(10, vec([[...lengte.b, ...c.b]])),
    ]);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { k: { mem: g.geheugen } });
    return inst.exports.zet as (m: number) => void;
  } catch {
    return null;
  }
}

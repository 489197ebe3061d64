import { Code, I32, naam, sectie, vec } from './wasmCode';

/**
 * MT19937's refill (toeval.ts, Toevalsbron.vul) in WebAssembly: the same 32-bit integer operations in
 * the same order, and the same float operations turning two words into a number in [0, 1), so the
 * stream is the same number for number (test: toeval-wasm.test.ts). Memory: the state (624 words) at
 * byte 0, the 312 numbers of a refill at byte TOEVAL_GETALLEN.
 */
const N = 624;
const M = 397;
export const TOEVAL_GETALLEN = N * 4;

const MAG = 0x9908b0df;
const BOVEN = 0x80000000;
const ONDER = 0x7fffffff;

// Locals: 0 address (byte), 1 w / x, 2 y.
const A = 0;
const X = 1;
const Y = 2;

/** One step of the state: mt[k] = mt[j] ^ (w >>> 1) ^ (−(w & 1) & MAG), w = upper bit of mt[k] | lower of mt[k1]. */
function stap(c: Code, k: number, k1: number, j: number): void {
  c.get(A); c.mem(0x28, 2, k); c.i32(BOVEN); c.op(0x71); // i32.load; i32.and
  c.get(A); c.mem(0x28, 2, k1); c.i32(ONDER); c.op(0x71);
  c.op(0x72); c.set(X); // i32.or
  c.get(A); // address of the store
  c.get(A); c.mem(0x28, 2, j);
  c.get(X); c.i32(1); c.op(0x76, 0x73); // i32.shr_u; i32.xor
  c.i32(0); c.get(X); c.i32(1); c.op(0x71, 0x6b); c.i32(MAG); c.op(0x71, 0x73); // i32.and; i32.sub; i32.and; i32.xor
  c.mem(0x36, 2, k); // i32.store
}

/** A loop over the byte address A from `van` to `tot` (exclusive) in steps of `stap`, around `lijf`. */
function lus(c: Code, van: number, tot: number, stapBytes: number, lijf: () => void): void {
  c.i32(van); c.set(A);
  c.op(0x03, 0x40); // loop
  lijf();
  c.get(A); c.i32(stapBytes); c.op(0x6a); c.set(A); // i32.add
  c.get(A); c.i32(tot); c.op(0x49, 0x0d, 0); // i32.lt_u; br_if 0
  c.op(0x0b); // end
}

/** Tempering of a word into local l (Matsumoto & Nishimura 1998). */
function temper(c: Code, l: number, offset: number): void {
  c.get(A); c.mem(0x28, 2, offset); c.set(l);
  c.get(l); c.get(l); c.i32(11); c.op(0x76, 0x73); c.set(l);
  c.get(l); c.get(l); c.i32(7); c.op(0x74); c.i32(0x9d2c5680); c.op(0x71, 0x73); c.set(l); // i32.shl
  c.get(l); c.get(l); c.i32(15); c.op(0x74); c.i32(0xefc60000); c.op(0x71, 0x73); c.set(l);
  c.get(l); c.get(l); c.i32(18); c.op(0x76, 0x73); c.set(l);
}

function vulCode(): number[] {
  const c = new Code();
  c.u32(1); c.u32(3); c.op(I32); // 3 i32 locals
  // k in [0, N − M): mt[k + M]; k in [N − M, N − 1): mt[k + M − N] (address shifted so offsets stay ≥ 0).
  lus(c, 0, (N - M) * 4, 4, () => stap(c, 0, 4, M * 4));
  lus(c, 0, (M - 1) * 4, 4, () => stap(c, (N - M) * 4, (N - M + 1) * 4, 0));
  // k = N − 1: mt[0] and mt[M − 1].
  c.i32(0); c.set(A);
  stap(c, (N - 1) * 4, 0, (M - 1) * 4);
  // Two words per number: ((x >>> 5) · 2^26 + (y >>> 6)) / 2^53, as stdlib's normalized().
  lus(c, 0, N * 4, 8, () => {
    temper(c, X, 0);
    temper(c, Y, 4);
    c.get(A);
    c.get(X); c.i32(5); c.op(0x76, 0xb8); c.f64(67108864); c.op(0xa2); // f64.convert_i32_u; f64.mul
    c.get(Y); c.i32(6); c.op(0x76, 0xb8); c.op(0xa0); // f64.add
    c.f64(1.0 / 9007199254740992); c.op(0xa2);
    c.mem(0x39, 3, TOEVAL_GETALLEN); // f64.store
  });
  c.op(0x0b);
  return c.b;
}

// ---- the same refill, four words per instruction (128-bit SIMD) -------------------------------------

const V128 = 0x7b;
// Locals (SIMD variant): 0 address, 1 w (i32); 2 V, 3 W (v128).
const VV = 2;
const VW = 3;

function simd(c: Code, op: number, ...rest: number[]) {
  c.op(0xfd);
  c.u32(op);
  c.op(...rest);
}
function i32x4(c: Code, x: number) {
  const d = new DataView(new ArrayBuffer(16));
  for (let k = 0; k < 4; k++) d.setInt32(4 * k, x | 0, true);
  simd(c, 12);
  for (let k = 0; k < 16; k++) c.op(d.getUint8(k));
}
function f64x2(c: Code, x: number) {
  const d = new DataView(new ArrayBuffer(16));
  d.setFloat64(0, x, true);
  d.setFloat64(8, x, true);
  simd(c, 12);
  for (let k = 0; k < 16; k++) c.op(d.getUint8(k));
}
const LOAD = 0;
const STORE = 11;
const SHUFFLE = 13;
const AND = 78;
const OR = 80;
const XOR = 81;
const SHL = 171;
const SHR_U = 173;
const SUB = 177;
const CONVERT_LOW_U = 255;
const F64X2_ADD = 240;
const F64X2_MUL = 242;

/** Four steps at once (mt[k..k+3] from mt[k+1..k+4] and mt[j..j+3], all read before any is written). */
function stap4(c: Code, k: number, k1: number, j: number): void {
  c.get(A); simd(c, LOAD, 2); c.u32(k); i32x4(c, BOVEN); simd(c, AND);
  c.get(A); simd(c, LOAD, 2); c.u32(k1); i32x4(c, ONDER); simd(c, AND);
  simd(c, OR); c.set(VW);
  c.get(A);
  c.get(A); simd(c, LOAD, 2); c.u32(j);
  c.get(VW); c.i32(1); simd(c, SHR_U); simd(c, XOR);
  i32x4(c, 0); c.get(VW); i32x4(c, 1); simd(c, AND); simd(c, SUB); i32x4(c, MAG); simd(c, AND); simd(c, XOR);
  simd(c, STORE, 2); c.u32(k);
}

function temper4(c: Code): void {
  c.get(A); simd(c, LOAD, 2); c.u32(0); c.set(VV);
  c.get(VV); c.get(VV); c.i32(11); simd(c, SHR_U); simd(c, XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(7); simd(c, SHL); i32x4(c, 0x9d2c5680); simd(c, AND); simd(c, XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(15); simd(c, SHL); i32x4(c, 0xefc60000); simd(c, AND); simd(c, XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(18); simd(c, SHR_U); simd(c, XOR); c.set(VV);
}

function vulCodeSimd(): number[] {
  const c = new Code();
  c.u32(2); c.u32(2); c.op(I32); c.u32(2); c.op(V128);
  // k in [0, 224): four at a time; 224, 225, 226 alone; then k in [227, 623): 99 × four; k = 623 alone.
  const vier = Math.floor((N - M) / 4) * 4;
  lus(c, 0, vier * 4, 16, () => stap4(c, 0, 4, M * 4));
  lus(c, vier * 4, (N - M) * 4, 4, () => stap(c, 0, 4, M * 4));
  lus(c, 0, (M - 1) * 4, 16, () => stap4(c, (N - M) * 4, (N - M + 1) * 4, 0));
  c.i32(0); c.set(A);
  stap(c, (N - 1) * 4, 0, (M - 1) * 4);
  // Words x0 y0 x1 y1 → two numbers ((x >>> 5) · 2^26 + (y >>> 6)) / 2^53.
  lus(c, 0, N * 4, 16, () => {
    temper4(c);
    c.get(A);
    const lanen = (a: number, b: number) => [a, a + 1, a + 2, a + 3, b, b + 1, b + 2, b + 3, 0, 1, 2, 3, 0, 1, 2, 3];
    c.get(VV); c.i32(5); simd(c, SHR_U); c.get(VV); c.i32(6); simd(c, SHR_U); simd(c, SHUFFLE, ...lanen(0, 8)); // x0 >>> 5, x1 >>> 5
    simd(c, CONVERT_LOW_U); f64x2(c, 67108864); simd(c, F64X2_MUL);
    c.get(VV); c.i32(5); simd(c, SHR_U); c.get(VV); c.i32(6); simd(c, SHR_U); simd(c, SHUFFLE, ...lanen(20, 28)); // y0 >>> 6, y1 >>> 6
    simd(c, CONVERT_LOW_U); simd(c, F64X2_ADD);
    f64x2(c, 1.0 / 9007199254740992); simd(c, F64X2_MUL);
    simd(c, STORE, 3); c.u32(TOEVAL_GETALLEN);
  });
  c.op(0x0b);
  return c.b;
}

const modules = new Map<boolean, WebAssembly.Module | null>();

/**
 * The compiled refill, once per thread: with SIMD when the engine has it, else the scalar one; null when
 * this engine cannot compile WebAssembly (or refuses to). `simd` false asks for the scalar one (tests).
 */
export function toevalModule(simd = true): WebAssembly.Module | null {
  const bekend = modules.get(simd);
  if (bekend !== undefined) return bekend;
  let module: WebAssembly.Module | null = null;
  try {
    if (typeof WebAssembly === 'object') {
      const body = simd ? vulCodeSimd() : vulCode();
      const lengte = new Code();
      lengte.u32(body.length);
      const bytes = new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...sectie(1, vec([[0x60, 0, 0]])), // type 0: () → ()
        ...sectie(3, vec([[0]])),
        ...sectie(5, vec([[0x00, 1]])), // memory: 1 page
        ...sectie(7, vec([[...naam('vul'), 0x00, 0], [...naam('mem'), 0x02, 0]])),
        ...sectie(10, vec([[...lengte.b, ...body]])),
      ]);
      module = new WebAssembly.Module(bytes);
    }
  } catch {
    module = simd ? toevalModule(false) : null;
  }
  modules.set(simd, module);
  return module;
}

import { Code, I32, naam, sectie, SIMD, V128, vec } from './wasmCode';

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

// Locals (SIMD variant): 0 address, 1 w (i32); 2 V, 3 W (v128).
const VV = 2;
const VW = 3;
const { LOAD, STORE, SHUFFLE, AND, OR, XOR, I32X4_SHL: SHL, I32X4_SHR_U: SHR_U, I32X4_SUB: SUB, F64X2_CONVERT_LOW_I32X4_U: CONVERT_LOW_U, F64X2_ADD, F64X2_MUL } = SIMD;

/** Four steps at once (mt[k..k+3] from mt[k+1..k+4] and mt[j..j+3], all read before any is written). */
function stap4(c: Code, k: number, k1: number, j: number): void {
  c.get(A); c.simd(LOAD, 2); c.u32(k); c.i32x4(BOVEN); c.simd(AND);
  c.get(A); c.simd(LOAD, 2); c.u32(k1); c.i32x4(ONDER); c.simd(AND);
  c.simd(OR); c.set(VW);
  c.get(A);
  c.get(A); c.simd(LOAD, 2); c.u32(j);
  c.get(VW); c.i32(1); c.simd(SHR_U); c.simd(XOR);
  c.i32x4(0); c.get(VW); c.i32x4(1); c.simd(AND); c.simd(SUB); c.i32x4(MAG); c.simd(AND); c.simd(XOR);
  c.simd(STORE, 2); c.u32(k);
}

function temper4(c: Code): void {
  c.get(A); c.simd(LOAD, 2); c.u32(0); c.set(VV);
  c.get(VV); c.get(VV); c.i32(11); c.simd(SHR_U); c.simd(XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(7); c.simd(SHL); c.i32x4(0x9d2c5680); c.simd(AND); c.simd(XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(15); c.simd(SHL); c.i32x4(0xefc60000); c.simd(AND); c.simd(XOR); c.set(VV);
  c.get(VV); c.get(VV); c.i32(18); c.simd(SHR_U); c.simd(XOR); c.set(VV);
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
    c.get(VV); c.i32(5); c.simd(SHR_U); c.get(VV); c.i32(6); c.simd(SHR_U); c.simd(SHUFFLE, ...lanen(0, 8)); // x0 >>> 5, x1 >>> 5
    c.simd(CONVERT_LOW_U); c.f64x2(67108864); c.simd(F64X2_MUL);
    c.get(VV); c.i32(5); c.simd(SHR_U); c.get(VV); c.i32(6); c.simd(SHR_U); c.simd(SHUFFLE, ...lanen(20, 28)); // y0 >>> 6, y1 >>> 6
    c.simd(CONVERT_LOW_U); c.simd(F64X2_ADD);
    c.f64x2(1.0 / 9007199254740992); c.simd(F64X2_MUL);
    c.simd(STORE, 3); c.u32(TOEVAL_GETALLEN);
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

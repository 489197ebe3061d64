import stdlibLn from '@stdlib/math-base-special-ln';
import { Code, F64, I32, naam, sectie, vec } from './wasmCode';

/**
 * The natural logarithm of stdlib (@stdlib/math-base-special-ln: FreeBSD's e_log.c, © Sun Microsystems,
 * Apache-2.0 in stdlib) written out in WebAssembly, operation for operation, so the same bits
 * (test: ln-wasm.test.ts). stdlib reads and writes the high word of a double through typed arrays;
 * WebAssembly reinterprets the bits in a register. The Monte Carlo's normal draws (polar method) take
 * one logarithm per pair. Without WebAssembly: stdlib's own function.
 */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const ONE_THIRD = 0.33333333333333333;
const P = [0.3999999999940942, 0.22222198432149784, 0.15313837699209373];
const Q = [0.6666666666666735, 0.2857142874366239, 0.1818357216161805, 0.14798198605116586];

// Locals: 0 x (parameter); i32: 1 hx, 2 k, 3 i, 4 j; f64: 5 f, 6 s, 7 z, 8 w, 9 R, 10 hfsq.
const X = 0;
const HX = 1;
const K = 2;
const I = 3;
const J = 4;
const F = 5;
const S = 6;
const Z = 7;
const W = 8;
const R = 9;
const HF = 10;

function code(): number[] {
  const c = new Code();
  const ret = () => c.op(0x0f);
  const als = (cond: () => void, dan: () => void) => {
    cond();
    c.op(0x04, 0x40);
    dan();
    c.op(0x0b);
  };
  const hoog = () => {
    // hx = (bits(x) >>> 32) as i32
    c.get(X); c.op(0xbd, 0x42, 32, 0x88, 0xa7); c.set(HX); // i64.reinterpret_f64; i64.const 32; i64.shr_u; i32.wrap_i64
  };
  const kf = () => { c.get(K); c.op(0xb7); }; // f64.convert_i32_s
  c.u32(2);
  c.u32(4); c.op(I32);
  c.u32(6); c.op(F64);

  als(() => { c.get(X); c.f64(0); c.op(0x61); }, () => { c.f64(-Infinity); ret(); });
  als(() => { c.get(X); c.get(X); c.op(0x62); c.get(X); c.f64(0); c.op(0x63, 0x72); }, () => { c.f64(Number.NaN); ret(); });
  hoog();
  als(() => { c.get(HX); c.i32(0x00100000); c.op(0x48); }, () => { // i32.lt_s
    c.i32(-54); c.set(K);
    c.get(X); c.f64(TWO54); c.op(0xa2); c.set(X);
    hoog();
  });
  als(() => { c.get(HX); c.i32(0x7ff00000); c.op(0x4e); }, () => { c.get(X); c.get(X); c.op(0xa0); ret(); }); // i32.ge_s
  c.get(K); c.get(HX); c.i32(20); c.op(0x75); c.i32(1023); c.op(0x6b, 0x6a); c.set(K); // k += (hx >> 20) − 1023
  c.get(HX); c.i32(0x000fffff); c.op(0x71); c.set(HX);
  c.get(HX); c.i32(0x95f64); c.op(0x6a); c.i32(0x100000); c.op(0x71); c.set(I);
  // x = setHighWord(x, hx | (i ^ 0x3ff00000))
  c.get(HX); c.get(I); c.i32(0x3ff00000); c.op(0x73, 0x72, 0xad); c.op(0x42, 32, 0x86); // i32.xor; i32.or; i64.extend_i32_u; i64.shl
  c.get(X); c.op(0xbd); c.op(0x42); c.op(0xff, 0xff, 0xff, 0xff, 0x0f); c.op(0x83, 0x84, 0xbf); c.set(X); // & 0xffffffff; i64.or; f64.reinterpret_i64
  c.get(K); c.get(I); c.i32(20); c.op(0x75, 0x6a); c.set(K);
  c.get(X); c.f64(1); c.op(0xa1); c.set(F);
  als(() => { c.i32(0x000fffff); c.i32(2); c.get(HX); c.op(0x6a, 0x71); c.i32(3); c.op(0x48); }, () => {
    als(() => { c.get(F); c.f64(0); c.op(0x61); }, () => {
      als(() => { c.get(K); c.op(0x45); }, () => { c.f64(0); ret(); });
      kf(); c.f64(LN2_HI); c.op(0xa2); kf(); c.f64(LN2_LO); c.op(0xa2, 0xa0); ret();
    });
    // R = f·f·(0.5 − ONE_THIRD·f)
    c.get(F); c.get(F); c.op(0xa2); c.f64(0.5); c.f64(ONE_THIRD); c.get(F); c.op(0xa2, 0xa1, 0xa2); c.set(R);
    als(() => { c.get(K); c.op(0x45); }, () => { c.get(F); c.get(R); c.op(0xa1); ret(); });
    // k·LN2_HI − ((R − k·LN2_LO) − f)
    kf(); c.f64(LN2_HI); c.op(0xa2); c.get(R); kf(); c.f64(LN2_LO); c.op(0xa2, 0xa1); c.get(F); c.op(0xa1, 0xa1); ret();
  });
  c.get(F); c.f64(2); c.get(F); c.op(0xa0, 0xa3); c.set(S); // s = f / (2 + f)
  c.get(S); c.get(S); c.op(0xa2); c.set(Z);
  c.get(HX); c.i32(0x6147a); c.op(0x6b); c.set(I);
  c.get(Z); c.get(Z); c.op(0xa2); c.set(W);
  c.i32(0x6b851); c.get(HX); c.op(0x6b); c.set(J);
  // R = z·Q(w) + w·P(w)   (t2 + t1)
  c.get(Z);
  c.f64(Q[0]!); c.get(W); c.f64(Q[1]!); c.get(W); c.f64(Q[2]!); c.get(W); c.f64(Q[3]!); c.op(0xa2, 0xa0, 0xa2, 0xa0, 0xa2, 0xa0);
  c.op(0xa2);
  c.get(W);
  c.f64(P[0]!); c.get(W); c.f64(P[1]!); c.get(W); c.f64(P[2]!); c.op(0xa2, 0xa0, 0xa2, 0xa0);
  c.op(0xa2);
  c.op(0xa0); c.set(R);
  c.get(I); c.get(J); c.op(0x72); c.set(I);
  als(() => { c.get(I); c.i32(0); c.op(0x4a); }, () => { // i32.gt_s
    c.f64(0.5); c.get(F); c.op(0xa2); c.get(F); c.op(0xa2); c.set(HF);
    als(() => { c.get(K); c.op(0x45); }, () => {
      // f − (hfsq − s·(hfsq + R))
      c.get(F); c.get(HF); c.get(S); c.get(HF); c.get(R); c.op(0xa0, 0xa2, 0xa1, 0xa1); ret();
    });
    // k·LN2_HI − ((hfsq − (s·(hfsq + R) + k·LN2_LO)) − f)
    kf(); c.f64(LN2_HI); c.op(0xa2);
    c.get(HF); c.get(S); c.get(HF); c.get(R); c.op(0xa0, 0xa2); kf(); c.f64(LN2_LO); c.op(0xa2, 0xa0, 0xa1);
    c.get(F); c.op(0xa1, 0xa1); ret();
  });
  als(() => { c.get(K); c.op(0x45); }, () => {
    // f − s·(f − R)
    c.get(F); c.get(S); c.get(F); c.get(R); c.op(0xa1, 0xa2, 0xa1); ret();
  });
  // k·LN2_HI − ((s·(f − R) − k·LN2_LO) − f)
  kf(); c.f64(LN2_HI); c.op(0xa2);
  c.get(S); c.get(F); c.get(R); c.op(0xa1, 0xa2); kf(); c.f64(LN2_LO); c.op(0xa2, 0xa1); c.get(F); c.op(0xa1, 0xa1);
  c.op(0x0b);
  return c.b;
}

function compileer(): ((x: number) => number) | null {
  try {
    if (typeof WebAssembly !== 'object') return null;
    const body = code();
    const lengte = new Code();
    lengte.u32(body.length);
    const bytes = new Uint8Array([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
      ...sectie(1, vec([[0x60, 1, F64, 1, F64]])),
      ...sectie(3, vec([[0]])),
      ...sectie(7, vec([[...naam('ln'), 0x00, 0]])),
      ...sectie(10, vec([[...lengte.b, ...body]])),
    ]);
    return new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.ln as (x: number) => number;
  } catch {
    return null;
  }
}

const gecompileerd = compileer();

/** ln(x), exactly stdlib's value. */
export const ln: (x: number) => number = gecompileerd ?? stdlibLn;
/** Whether ln runs in WebAssembly (tests). */
export const lnGecompileerd = gecompileerd !== null;

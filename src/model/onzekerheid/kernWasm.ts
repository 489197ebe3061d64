import { Code, F64, I32, sectie, vec, naam } from './wasmCode';
import { OP } from './spoor';

/**
 * The kernel's tapes compiled to WebAssembly: one function per pathway that, draw by draw, runs its
 * tapes in turn (registers as locals, constants inline) and keeps the first whose guards all hold.
 * Each operation is the IEEE 754 operation the interpreter (kern.ts, voerUit) performs, so a draw gets
 * the same bits either way (test: kern-wasm.test.ts); POW calls JavaScript's own `**`. Tests that
 * JavaScript writes as expressions are written out: Object.is(a, b) is "same bits, or both NaN".
 *
 * Memory (shared by the pathways of one kernel): the input block (slot k of draw j at f64 k·B + j),
 * then per draw the saldo of the accepting tape, the list of draws no tape accepts, and per tape the
 * number of draws it accepted in the last call.
 */
const { ADD, SUB, MUL, DIV, POW, FLOOR, ABS, NEG, ROUND, MAX, MIN, CMP, SIGNBIT, ISINT, ISFIN, SAME } = OP;

/** What the compiler needs of a tape (kern.ts's Band). */
export interface Bandcode {
  ops: { code: Int32Array; dst: Int32Array; a: Int32Array; b: Int32Array };
  stadiumEinde: Int32Array;
  toets: Int32Array;
  verwacht: Float64Array;
  uit: number;
  registers: number;
  /** Register values of one draw: the constants' registers hold their constants. */
  enkel: Float64Array;
}

/** The shared memory of a kernel's compiled pathways. */
export interface WasmGeheugen {
  geheugen: WebAssembly.Memory;
  invoer: Float64Array;
  saldo: Float64Array;
  /** The draws no tape accepted (run returns how many). */
  weigering: Int32Array;
  /** Per tape (in the compiled order), the draws it accepted in the last run. */
  treffers: Int32Array;
  /** Byte offsets of those areas. */
  saldoAdres: number;
  weigeringAdres: number;
  treffersAdres: number;
}

export function maakGeheugen(slots: number, B: number): WasmGeheugen | null {
  if (typeof WebAssembly !== 'object') return null;
  const saldoAdres = slots * B * 8;
  const weigeringAdres = saldoAdres + B * 8;
  const treffersAdres = weigeringAdres + B * 4;
  const bytes = treffersAdres + MAX_BANDEN * 4;
  try {
    const geheugen = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
    const buf = geheugen.buffer;
    return {
      geheugen,
      invoer: new Float64Array(buf, 0, slots * B),
      saldo: new Float64Array(buf, saldoAdres, B),
      weigering: new Int32Array(buf, weigeringAdres, B),
      treffers: new Int32Array(buf, treffersAdres, MAX_BANDEN),
      saldoAdres,
      weigeringAdres,
      treffersAdres,
    };
  } catch {
    return null;
  }
}

/** Tapes per compiled pathway at most. */
const MAX_BANDEN = 256;
const TWEE = new Set<number>([ADD, SUB, MUL, DIV, POW, MAX, MIN, CMP, SAME]);
const macht = (a: number, b: number) => a ** b;

/**
 * Compiles a pathway's tapes (in the order given, at most 256) to a function `run(m)` over draws 0..m−1
 * of the input block, returning how many draws no tape accepted; null when this JavaScript engine cannot (no WebAssembly, a Content-Security-Policy
 * without 'wasm-unsafe-eval', a main thread that refuses a synchronous compile).
 */
export function compileer(banden: readonly Bandcode[], slots: number, B: number, g: WasmGeheugen): ((m: number) => number) | null {
  if (banden.length === 0 || banden.length > MAX_BANDEN) return null;
  try {
    const bytes = module(functie(banden, slots, B, g));
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { k: { pow: macht, mem: g.geheugen } });
    return inst.exports.run as (m: number) => number;
  } catch {
    return null;
  }
}

// ---- the function body -------------------------------------------------------------------------------

// Locals: 0 m (parameter), 1 j, 2 p = 8j, 3 refused draws so far, then one f64 per register.
const M = 0;
const J = 1;
const P = 2;
const N = 3;
const R0 = 4;

function functie(banden: readonly Bandcode[], slots: number, B: number, g: WasmGeheugen): number[] {
  const c = new Code();
  const registers = Math.max(...banden.map((b) => b.registers));
  // Local declarations: 3 i32, `registers` f64.
  c.u32(2);
  c.u32(3);
  c.op(I32);
  c.u32(registers);
  c.op(F64);

  c.op(0x02, 0x40); // block $klaar
  c.op(0x03, 0x40); // loop $draw
  c.get(J);
  c.get(M);
  c.op(0x4e); // i32.ge_s
  c.op(0x0d, 1); // br_if $klaar
  c.get(J);
  c.op(0x41, 3, 0x74); // i32.const 3; i32.shl
  c.set(P);
  c.op(0x02, 0x40); // block $volgende
  banden.forEach((band, t) => band_(c, band, t, slots, B, g));
  // No tape accepts the draw: onto the list.
  c.get(N); c.i32(2); c.op(0x74); // i32.shl
  c.get(J);
  c.mem(0x36, 2, g.weigeringAdres); // i32.store
  c.get(N); c.i32(1); c.op(0x6a); c.set(N);
  c.op(0x0b); // end $volgende
  c.get(J);
  c.op(0x41, 1, 0x6a); // i32.const 1; i32.add
  c.set(J);
  c.op(0x0c, 0); // br $draw
  c.op(0x0b); // end loop
  c.op(0x0b); // end $klaar
  c.get(N);
  c.op(0x0b); // end function
  return c.b;
}

/** One tape inside block $volgende: a failed guard leaves its own block (br 0), acceptance leaves $volgende (br 1). */
function band_(c: Code, band: Bandcode, t: number, slots: number, B: number, g: WasmGeheugen): void {
  const { code, dst, a, b } = band.ops;
  const isOp = new Uint8Array(band.registers);
  for (let k = 0; k < code.length; k++) isOp[dst[k]!] = 1;
  const isKonst = (r: number) => r >= slots && !isOp[r];
  const arg = (r: number) => (isKonst(r) ? c.f64(band.enkel[r]!) : c.get(R0 + r));

  c.op(0x02, 0x40); // block $band
  // The slots this tape reads, loaded once.
  const leest = new Set<number>([band.uit, ...band.toets]);
  for (let k = 0; k < code.length; k++) {
    leest.add(a[k]!);
    if (TWEE.has(code[k]!)) leest.add(b[k]!);
  }
  for (const s of [...leest].filter((r) => r < slots).sort((x, y) => x - y)) {
    c.get(P);
    c.op(0x2b, 3);
    c.u32(s * B * 8);
    c.set(R0 + s);
  }

  let guard = 0;
  const guardsTot = (eind: number) => {
    for (; guard < band.toets.length && band.stadiumEinde[guard]! <= eind; guard++) {
      zelfde(c, () => arg(band.toets[guard]!), () => c.f64(band.verwacht[guard]!), Number.isNaN(band.verwacht[guard]!));
      c.op(0x45, 0x0d, 0); // i32.eqz; br_if $band
    }
  };
  guardsTot(0);
  for (let k = 0; k < code.length; k++) {
    const x = () => arg(a[k]!);
    const y = () => arg(b[k]!);
    switch (code[k]) {
      case ADD: x(); y(); c.op(0xa0); break;
      case SUB: x(); y(); c.op(0xa1); break;
      case MUL: x(); y(); c.op(0xa2); break;
      case DIV: x(); y(); c.op(0xa3); break;
      case POW: x(); y(); c.op(0x10, 0); break;
      case FLOOR: x(); c.op(0x9c); break;
      case ABS: x(); c.op(0x99); break;
      case NEG: x(); c.op(0x9a); break;
      case ROUND: {
        // Math.sign(x) * Math.floor(Math.abs(x) * f + 0.5) / f, f = 10 ** decimals (rondAf).
        const f = 10 ** b[k]!;
        c.f64(1); c.f64(-1); x(); x(); c.f64(0); c.op(0x63); c.op(0x1b); x(); c.f64(0); c.op(0x64); c.op(0x1b);
        x(); c.op(0x99); c.f64(f); c.op(0xa2); c.f64(0.5); c.op(0xa0); c.op(0x9c);
        c.op(0xa2); c.f64(f); c.op(0xa3);
        break;
      }
      case MAX: x(); y(); c.op(0xa5); break;
      case MIN: x(); y(); c.op(0xa4); break;
      case CMP:
        // a > b ? 1 : a < b ? −1 : a === b ? 0 : 2
        c.f64(1); c.f64(-1); c.f64(0); c.f64(2);
        x(); y(); c.op(0x61); c.op(0x1b);
        x(); y(); c.op(0x63); c.op(0x1b);
        x(); y(); c.op(0x64); c.op(0x1b);
        break;
      case SIGNBIT:
        // x < 0 || Object.is(x, −0)
        x(); c.f64(0); c.op(0x63);
        x(); c.f64(0); c.op(0x61);
        x(); c.op(0xbd, 0x42, 0, 0x53); // i64.reinterpret_f64; i64.const 0; i64.lt_s
        c.op(0x71, 0x72, 0xb8); // i32.and; i32.or; f64.convert_i32_u
        break;
      case ISINT:
        // finite and whole
        x(); x(); c.op(0xa1); c.f64(0); c.op(0x61);
        x(); c.op(0x9d); x(); c.op(0x61);
        c.op(0x71, 0xb8);
        break;
      case ISFIN:
        x(); x(); c.op(0xa1); c.f64(0); c.op(0x61, 0xb8);
        break;
      case SAME:
        zelfde(c, x, y, null);
        c.op(0xb8);
        break;
      default:
        throw new Error(`onbekende bewerking ${code[k]}`);
    }
    c.set(R0 + dst[k]!);
    guardsTot(k + 1);
  }
  guardsTot(Infinity);
  // Accepted: the saldo, and one more for this tape.
  c.get(P);
  arg(band.uit);
  c.mem(0x39, 3, g.saldoAdres); // f64.store
  c.i32(0);
  c.i32(0);
  c.mem(0x28, 2, g.treffersAdres + 4 * t); // i32.load
  c.i32(1); c.op(0x6a);
  c.mem(0x36, 2, g.treffersAdres + 4 * t); // i32.store
  c.op(0x0c, 1); // br $volgende
  c.op(0x0b); // end $band
}

/** Object.is(x, y) as an i32: the same bits, or both NaN. `yNaN` when y is a constant (known NaN or not). */
function zelfde(c: Code, x: () => void, y: () => void, yNaN: boolean | null): void {
  x();
  c.op(0xbd);
  y();
  c.op(0xbd);
  c.op(0x51); // i64.eq
  if (yNaN === false) return;
  x(); x(); c.op(0x62); // x != x
  if (yNaN === null) {
    y(); y(); c.op(0x62);
    c.op(0x71);
  }
  c.op(0x72);
}

// ---- the module --------------------------------------------------------------------------------------

function module(body: number[]): Uint8Array<ArrayBuffer> {
  const lengte = new Code();
  lengte.u32(body.length);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // types: 0 (f64, f64) → f64; 1 (i32) → i32
    ...sectie(1, vec([[0x60, 2, F64, F64, 1, F64], [0x60, 1, I32, 1, I32]])),
    // imports: k.pow (type 0), k.mem (memory, at least 0 pages: the kernel's own)
    ...sectie(2, vec([[...naam('k'), ...naam('pow'), 0x00, 0], [...naam('k'), ...naam('mem'), 0x02, 0x00, 0]])),
    ...sectie(3, vec([[1]])),
    ...sectie(7, vec([[...naam('run'), 0x00, 1]])),
    ...sectie(10, vec([[...lengte.b, ...body]])),
  ]);
}

/**
 * A minimal WebAssembly binary writer for the kernel's generated code (kernWasm.ts, toeval.ts):
 * LEB128 numbers, constants, locals and sections. Instructions are written as their opcodes from the
 * WebAssembly core specification (§5.4), with the instruction's name in a comment where used.
 */
export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** 128-bit SIMD instructions (after the prefix 0xfd), by their opcode in the specification. */
export const SIMD = {
  LOAD: 0, STORE: 11, CONST: 12, SHUFFLE: 13, F64X2_LT: 73, AND: 78, OR: 80, XOR: 81, BITSELECT: 82,
  I32X4_SHL: 171, I32X4_SHR_U: 173, I32X4_SUB: 177, F64X2_SQRT: 239, F64X2_ADD: 240, F64X2_SUB: 241, F64X2_MUL: 242,
  F64X2_CONVERT_LOW_I32X4_U: 255,
} as const;

export class Code {
  readonly b: number[] = [];
  op(...x: number[]) {
    for (const v of x) this.b.push(v);
  }
  u32(v: number) {
    do {
      let x = v & 0x7f;
      v >>>= 7;
      if (v) x |= 0x80;
      this.b.push(x);
    } while (v);
  }
  s32(v: number) {
    v |= 0;
    for (;;) {
      const x = v & 0x7f;
      v >>= 7;
      if ((v === 0 && !(x & 0x40)) || (v === -1 && x & 0x40)) {
        this.b.push(x);
        return;
      }
      this.b.push(x | 0x80);
    }
  }
  /** i32.const */
  i32(v: number) {
    this.b.push(0x41);
    this.s32(v);
  }
  /** f64.const */
  f64(v: number) {
    const d = new DataView(new ArrayBuffer(8));
    d.setFloat64(0, v, true);
    this.b.push(0x44);
    for (let k = 0; k < 8; k++) this.b.push(d.getUint8(k));
  }
  /** local.get */
  get(l: number) {
    this.b.push(0x20);
    this.u32(l);
  }
  /** local.set */
  set(l: number) {
    this.b.push(0x21);
    this.u32(l);
  }
  /** A SIMD instruction (prefix 0xfd) and its immediates. */
  simd(op: number, ...rest: number[]) {
    this.b.push(0xfd);
    this.u32(op);
    this.op(...rest);
  }
  /** v128.const with x in both f64 lanes. */
  f64x2(x: number) {
    const d = new DataView(new ArrayBuffer(16));
    d.setFloat64(0, x, true);
    d.setFloat64(8, x, true);
    this.v128(d);
  }
  /** v128.const with x in all four i32 lanes. */
  i32x4(x: number) {
    const d = new DataView(new ArrayBuffer(16));
    for (let k = 0; k < 4; k++) d.setInt32(4 * k, x | 0, true);
    this.v128(d);
  }
  private v128(d: DataView) {
    this.simd(SIMD.CONST);
    for (let k = 0; k < 16; k++) this.b.push(d.getUint8(k));
  }
  /** A load or store with its alignment (log2 bytes) and offset. */
  mem(opcode: number, align: number, offset: number) {
    this.b.push(opcode, align);
    this.u32(offset);
  }
}

export function vec(items: number[][]): number[] {
  const c = new Code();
  c.u32(items.length);
  return [...c.b, ...items.flat()];
}

export function naam(s: string): number[] {
  return [s.length, ...Array.from(s, (x) => x.charCodeAt(0))];
}

export function sectie(id: number, inhoud: number[]): number[] {
  const c = new Code();
  c.u32(inhoud.length);
  return [id, ...c.b, ...inhoud];
}

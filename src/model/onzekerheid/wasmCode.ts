/**
 * A minimal WebAssembly binary writer for the kernel's generated code (kernWasm.ts, toeval.ts):
 * LEB128 numbers, constants, locals and sections. Instructions are written as their opcodes from the
 * WebAssembly core specification (§5.4), with the instruction's name in a comment where used.
 */
export const I32 = 0x7f;
export const F64 = 0x7c;

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

import mt19937 from '@stdlib/random-base-mt19937';
import { TOEVAL_GETALLEN, toevalModule } from './toevalWasm';

/**
 * The Monte Carlo's uniform source: stdlib's MT19937 `normalized()` stream, number for number, without
 * its call layers (state-index bookkeeping in a shared array on every call). stdlib seeds it; the
 * state is taken over from there and advanced here with the reference algorithm (Matsumoto &
 * Nishimura 1998), so every seed gives exactly the numbers stdlib's generator gives (tested).
 *
 * The scenario allows seed 0, which stdlib's generator refuses (it wants 1 or more); 0 seeds it by
 * array instead ([0, 0], init_by_array), a stream of its own. Every other seed is passed as it is.
 *
 * A long run draws in streams of its own (`stroom` 1, 2, …: see TREKKINGEN_PER_STROOM in montecarlo.ts),
 * seeded by array [seed, stroom] (init_by_array, the reference's way to seed from several words), so that
 * its parts can run on several threads and still give the numbers of one run. Stream 0 is the seed's own.
 */
const N = 624;
const M = 397;

/** Numbers per refill: one state refresh gives N words, two words per number. */
export const PER_VULLING = N / 2;

/**
 * The stream in blocks: `getallen[pos++]` is the next number (call `vul()` first when pos has reached
 * PER_VULLING). The Monte Carlo's inner loop and verdelingen.ts read it directly; `volgende` is the same
 * stream as a function. Both advance one shared position, so
 * the order of the numbers is exactly that of calling stdlib's normalized() one by one.
 */
export class Toevalsbron {
  readonly getallen: Float64Array;
  pos = PER_VULLING;
  // Int32Array: the same bits, and V8 keeps 32-bit integers in registers instead of boxing words ≥ 2^31.
  private readonly mt: Int32Array;
  /** The refill compiled to WebAssembly (toevalWasm.ts), over this.mt and this.getallen in its memory; else null. */
  private readonly vulWasm: (() => void) | null = null;

  constructor(seed: number, stroom = 0) {
    const mod = toevalModule();
    if (mod) {
      const { vul, mem } = new WebAssembly.Instance(mod).exports as { vul: () => void; mem: WebAssembly.Memory };
      this.mt = new Int32Array(mem.buffer, 0, N);
      this.getallen = new Float64Array(mem.buffer, TOEVAL_GETALLEN, PER_VULLING);
      this.vulWasm = vul;
    } else {
      this.mt = new Int32Array(N);
      this.getallen = new Float64Array(PER_VULLING);
    }
    this.zaai(seed, stroom);
  }

  /**
   * Starts this source again as the stream (seed, stroom): the same numbers as a new Toevalsbron(seed,
   * stroom), without a new WebAssembly instance and memory (a long run changes stream every
   * TREKKINGEN_PER_STROOM draws).
   */
  zaai(seed: number, stroom = 0): void {
    const sleutel = stroom > 0 ? [seed, stroom] : seed === 0 ? [0, 0] : seed;
    const stdlib = mt19937.factory({ seed: sleutel }) as unknown as { state: Uint32Array };
    const toestand = stdlib.state;
    // | version | sections | N | ...state (N) | 1 | index | seed length | ...seed |
    this.mt.set(new Int32Array(Uint32Array.from(toestand.subarray(3, 3 + N)).buffer));
    // A fresh generator refreshes its state at the first word, so the pairs of words align with the refreshes.
    if (toestand[N + 4] !== N) throw new Error('MT19937: onverwachte begintoestand');
    this.pos = PER_VULLING;
  }

  vul(): void {
    if (this.vulWasm) {
      this.vulWasm();
      this.pos = 0;
      return;
    }
    this.vulJs();
  }

  /** The refill in JavaScript (without WebAssembly; the reference for toevalWasm.ts). */
  vulJs(): void {
    const mt = this.mt;
    let k = 0;
    for (; k < N - M; k++) {
      const w = (mt[k]! & 0x80000000) | (mt[k + 1]! & 0x7fffffff);
      mt[k] = mt[k + M]! ^ (w >>> 1) ^ (-(w & 1) & 0x9908b0df);
    }
    for (; k < N - 1; k++) {
      const w = (mt[k]! & 0x80000000) | (mt[k + 1]! & 0x7fffffff);
      mt[k] = mt[k + M - N]! ^ (w >>> 1) ^ (-(w & 1) & 0x9908b0df);
    }
    const w = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
    mt[N - 1] = mt[M - 1]! ^ (w >>> 1) ^ (-(w & 1) & 0x9908b0df);
    const g = this.getallen;
    for (let q = 0; q < PER_VULLING; q++) {
      let x = mt[2 * q]!;
      x ^= x >>> 11;
      x ^= (x << 7) & 0x9d2c5680;
      x ^= (x << 15) & 0xefc60000;
      x ^= x >>> 18;
      let y = mt[2 * q + 1]!;
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      g[q] = ((x >>> 5) * 67108864 + (y >>> 6)) * (1.0 / 9007199254740992);
    }
    this.pos = 0;
  }

  readonly volgende = (): number => {
    if (this.pos === PER_VULLING) this.vul();
    return this.getallen[this.pos++]!;
  };
}

/** The stream as a function (stdlib's `normalized()`, number for number). */
export function uniformeBron(seed: number): () => number {
  return new Toevalsbron(seed).volgende;
}

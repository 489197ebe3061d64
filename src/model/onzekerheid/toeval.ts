import mt19937 from '@stdlib/random-base-mt19937';

/**
 * The Monte Carlo's uniform source: stdlib's MT19937 `normalized()` stream, number for number, without
 * its call layers (state-index bookkeeping in a shared array on every call). stdlib seeds it; the
 * state is taken over from there and advanced here with the reference algorithm (Matsumoto &
 * Nishimura 1998), so every seed gives exactly the numbers stdlib's generator gives (tested).
 *
 * The scenario allows seed 0, which stdlib's generator refuses (it wants 1 or more); 0 seeds it by
 * array instead ([0, 0], init_by_array), a stream of its own. Every other seed is passed as it is.
 */
const N = 624;
const M = 397;

export function uniformeBron(seed: number): () => number {
  const stdlib = mt19937.factory({ seed: seed === 0 ? [0, 0] : seed }) as unknown as { state: Uint32Array };
  const toestand = stdlib.state;
  // | version | sections | N | ...state (N) | 1 | index | seed length | ...seed |
  const mt = Uint32Array.from(toestand.subarray(3, 3 + N));
  let i = toestand[N + 4]!;

  function draai(): void {
    let k = 0;
    for (; k < N - M; k++) {
      const w = (mt[k]! & 0x80000000) | (mt[k + 1]! & 0x7fffffff);
      mt[k] = mt[k + M]! ^ (w >>> 1) ^ (w & 1 ? 0x9908b0df : 0);
    }
    for (; k < N - 1; k++) {
      const w = (mt[k]! & 0x80000000) | (mt[k + 1]! & 0x7fffffff);
      mt[k] = mt[k + M - N]! ^ (w >>> 1) ^ (w & 1 ? 0x9908b0df : 0);
    }
    const w = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
    mt[N - 1] = mt[M - 1]! ^ (w >>> 1) ^ (w & 1 ? 0x9908b0df : 0);
  }

  function woord(): number {
    if (i >= N) {
      draai();
      i = 0;
    }
    let r = mt[i++]!;
    r ^= r >>> 11;
    r ^= (r << 7) & 0x9d2c5680;
    r ^= (r << 15) & 0xefc60000;
    r ^= r >>> 18;
    return r >>> 0;
  }

  return () => {
    const x = woord() >>> 5;
    const y = woord() >>> 6;
    return (x * 67108864 + y) * (1.0 / 9007199254740992);
  };
}

import DecimalBase from 'decimal.js';
import { Snel } from './snel';

/** The model's own Decimal: 40 significant digits, half-up rounding, independent of global config. */
const Exact = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Exact>;

// Live bindings: the model always reads these, so metSnelleRekenkunde can swap the arithmetic.
export let Decimal: typeof Exact = Exact;
export let ZERO: Decimal = new Exact(0);
export let ONE: Decimal = new Exact(1);

/**
 * Runs fn with float arithmetic instead of decimal.js (see snel.ts): for the Monte Carlo only.
 * Synchronous and restored afterwards, also on an error.
 */
export function metSnelleRekenkunde<T>(fn: () => T): T {
  return metRekenkunde(Snel, fn);
}

/**
 * Runs fn with another number class in place of decimal.js: Snel (float), or the kernel's recording
 * type (onzekerheid/spoor.ts). Synchronous and restored afterwards, also on an error.
 */
export function metRekenkunde<T>(klasse: new (x: number) => unknown, fn: () => T, getal?: (x: Decimal) => number): T {
  const vorige = [Decimal, ZERO, ONE, alsGetal] as const;
  Decimal = klasse as unknown as typeof Exact;
  ZERO = new klasse(0) as Decimal;
  ONE = new klasse(1) as Decimal;
  if (getal) alsGetal = getal;
  try {
    return fn();
  } finally {
    [Decimal, ZERO, ONE, alsGetal] = vorige;
  }
}

/**
 * A computed amount written back into a scenario field (the price level's rescaled amounts). A plain
 * number, except under the kernel's recorder, where the value stays recorded instead of escaping.
 */
export let alsGetal = (x: Decimal): number => x.toNumber();

export function d(x: number | string | Decimal): Decimal {
  return new Decimal(x);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** Whole euros, half-up: the convention of the report's printed figures. */
export function wholeEuros(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

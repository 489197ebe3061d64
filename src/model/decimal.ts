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
  const vorige = [Decimal, ZERO, ONE] as const;
  Decimal = Snel as unknown as typeof Exact;
  ZERO = new Snel(0) as unknown as Decimal;
  ONE = new Snel(1) as unknown as Decimal;
  try {
    return fn();
  } finally {
    [Decimal, ZERO, ONE] = vorige;
  }
}

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

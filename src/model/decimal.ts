import DecimalBase from 'decimal.js';

/** The model's own Decimal: 40 significant digits, half-up rounding, independent of global config. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

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

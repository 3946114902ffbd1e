export { Decimal, HUNDRED, InvalidDecimalError, ONE, ZERO, dec, decOrNull, toDecimalString } from './decimal';
export type { DecimalInput } from './decimal';
export * from './rounding';
export * from './parse-decimal';
export * from './currency';
export * from './money';
export * from './format';
export * from './allocate';
export * from './quantity';

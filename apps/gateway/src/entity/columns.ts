import { Column, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/**
 * Column helpers shared by every entity, so that both engines (SQLite and MySQL/MariaDB) store
 * the same values the same way. Every column states its database type explicitly: the tests run
 * through a transform that may not emit decorator metadata.
 */

// ---------------------------------------------------------------- exact decimals

/**
 * Parses a decimal given as a string (optionally with an exponent, as `String(number)` yields for
 * tiny or huge numbers), a number or a bigint into sign, digits and the position of the point.
 * No floating-point arithmetic happens here: numbers go through `String()`, which for a double
 * read back from SQLite's REAL storage yields the shortest text that round-trips, i.e. the
 * decimal that was written.
 */
function parseDecimalParts(value: string | number | bigint): {
  negative: boolean;
  digits: string;
  pointAt: number;
} {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite decimal: ${value}`);
  }
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    // SQLite stores an integral NUMERIC beyond 2^53 as a 64-bit integer, which the driver
    // hands over as a (rounded) double: refuse it rather than return a wrong amount.
    throw new RangeError(`Decimal ${value} is beyond the exactly representable integer range`);
  }
  const text = String(value).trim();
  const match = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  }
  const intPart = match[2];
  const fracPart = match[3] ?? '';
  const exponent = match[4] ? Number(match[4]) : 0;
  return { negative: match[1] === '-', digits: intPart + fracPart, pointAt: intPart.length + exponent };
}

/**
 * Formats a decimal with exactly `scale` fractional digits, e.g. ("1.5", 4) → "1.5000".
 * Extra fractional digits are rounded half away from zero when `round` is set, otherwise they
 * must be zeros (a RangeError is thrown: money is never silently rounded on its way in).
 */
export function canonicalDecimal(value: string | number | bigint, scale: number, round = false): string {
  const { negative, digits, pointAt } = parseDecimalParts(value);
  let padded = digits;
  let point = pointAt;
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  }
  if (padded.length < point) padded = padded + '0'.repeat(point - padded.length);
  let intDigits = padded.slice(0, point);
  let fracDigits = padded.slice(point);
  if (fracDigits.length > scale) {
    const dropped = fracDigits.slice(scale);
    fracDigits = fracDigits.slice(0, scale);
    if (/[1-9]/.test(dropped)) {
      if (!round) {
        throw new RangeError(`Decimal ${String(value)} has more than ${scale} decimal places`);
      }
      if (dropped[0] >= '5') {
        const bumped = (BigInt((intDigits || '0') + fracDigits) + 1n).toString().padStart(scale + 1, '0');
        intDigits = bumped.slice(0, bumped.length - scale);
        fracDigits = bumped.slice(bumped.length - scale);
      }
    }
  }
  fracDigits = fracDigits.padEnd(scale, '0');
  intDigits = intDigits.replace(/^0+/, '') || '0';
  const isZero = !/[1-9]/.test(intDigits + fracDigits);
  return `${negative && !isZero ? '-' : ''}${intDigits}${scale > 0 ? `.${fracDigits}` : ''}`;
}

/**
 * Transformer of a `decimal(precision, scale)` column: the entity holds a canonical string with
 * exactly `scale` decimals; the database gets the same string. mysql2 sends and returns it as
 * is. SQLite's NUMERIC affinity stores it as a REAL (INTEGER when integral) that reads back as
 * exactly the same decimal as long as it has at most 15 significant digits; createDataSource
 * refuses longer ones on SQLite (SQLite would round them).
 */
export function decimalTransformer(precision: number, scale: number): ValueTransformer {
  const maxIntegerDigits = precision - scale;
  return {
    to(value: unknown): unknown {
      if (value === null || value === undefined) return value;
      // FindOperators (In, MoreThan, ...) are transformed by TypeORM value by value.
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return value;
      const text = canonicalDecimal(value, scale);
      const integerDigits = text.replace(/^-/, '').split('.')[0];
      if (integerDigits.length > maxIntegerDigits) {
        throw new RangeError(`Decimal ${text} does not fit decimal(${precision},${scale})`);
      }
      return text;
    },
    from(value: unknown): unknown {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return value;
      return canonicalDecimal(value, scale, true);
    },
  };
}

/** Significant digits SQLite keeps when it stores a decimal text as a REAL. */
export const SQLITE_EXACT_DIGITS = 15;

/**
 * Throws unless SQLite stores this decimal exactly: at most 15 significant digits (leading
 * zeros and trailing fractional zeros do not count; trailing integer zeros do).
 */
export function assertSqliteExactDecimal(value: string | number, column: string): void {
  const { digits, pointAt } = parseDecimalParts(value);
  const intDigits = pointAt > 0 ? digits.slice(0, pointAt).padEnd(pointAt, '0') : '';
  const fracDigits = pointAt > 0 ? digits.slice(pointAt) : '0'.repeat(-pointAt) + digits;
  const significant = (intDigits + fracDigits.replace(/0+$/, '')).replace(/^0+/, '');
  if (significant.length > SQLITE_EXACT_DIGITS) {
    throw new RangeError(
      `${column}: ${String(value)} has ${significant.length} significant digits; SQLite stores at most ${SQLITE_EXACT_DIGITS} exactly`,
    );
  }
}

export interface DecimalColumnOptions {
  precision: number;
  scale: number;
  nullable?: boolean;
  /** A default value as a decimal string, e.g. "0". */
  default?: string;
}

/** An exact decimal column; the entity property is a `string` with exactly `scale` decimals. */
export function DecimalColumn(options: DecimalColumnOptions): PropertyDecorator {
  return Column({
    type: 'decimal',
    precision: options.precision,
    scale: options.scale,
    nullable: options.nullable ?? false,
    ...(options.default !== undefined ? { default: canonicalDecimal(options.default, options.scale) } : {}),
    transformer: decimalTransformer(options.precision, options.scale),
  });
}

type DecimalKindOptions = Omit<DecimalColumnOptions, 'precision' | 'scale'>;

/** Money amounts: decimal(20,4). */
export const MoneyColumn = (options: DecimalKindOptions = {}): PropertyDecorator =>
  DecimalColumn({ precision: 20, scale: 4, ...options });
/** Quantities: decimal(20,4). */
export const QuantityColumn = (options: DecimalKindOptions = {}): PropertyDecorator =>
  DecimalColumn({ precision: 20, scale: 4, ...options });
/** Unit ratios and conversion factors: decimal(24,10). */
export const RatioColumn = (options: DecimalKindOptions = {}): PropertyDecorator =>
  DecimalColumn({ precision: 24, scale: 10, ...options });
/** Percentages, e.g. "7.2500": decimal(9,4). */
export const PercentColumn = (options: DecimalKindOptions = {}): PropertyDecorator =>
  DecimalColumn({ precision: 9, scale: 4, ...options });

// ---------------------------------------------------------------- keys, text, enums, flags

/** The integer auto-increment primary key `id`. */
export const IdColumn = (): PropertyDecorator => PrimaryGeneratedColumn({ type: 'int' });

/**
 * An explicit foreign-key id column (`companyId`), indexed; pair it with the relation and
 * `@JoinColumn({ name: '<property>' })`.
 */
export function ForeignKeyColumn(options: { nullable?: boolean; index?: boolean } = {}): PropertyDecorator {
  const column = Column({ type: 'int', nullable: options.nullable ?? false });
  const index = Index();
  return (target, propertyKey) => {
    column(target, propertyKey);
    if (options.index !== false) index(target, propertyKey);
  };
}

/** A `varchar(length)` column. */
export const VarcharColumn = (
  length: number,
  options: { nullable?: boolean; default?: string } = {},
): PropertyDecorator =>
  Column({
    type: 'varchar',
    length,
    nullable: options.nullable ?? false,
    ...(options.default !== undefined ? { default: options.default } : {}),
  });

/** A `text` column. */
export const TextColumn = (options: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ type: 'text', nullable: options.nullable ?? false });

/** A string enum stored as `varchar(32)`; the TS type of the property is a string union. */
export const EnumColumn = (
  options: { nullable?: boolean; default?: string; length?: number } = {},
): PropertyDecorator => VarcharColumn(options.length ?? 32, options);

/** An ISO 4217 currency code, `varchar(3)` (SQLite has no common `char` type in TypeORM). */
export const CurrencyColumn = (options: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 3, nullable: options.nullable ?? false });

/** A boolean flag (tinyint on MySQL, integer 0/1 on SQLite). */
export const BooleanColumn = (options: { default?: boolean; nullable?: boolean } = {}): PropertyDecorator =>
  Column({
    type: 'boolean',
    nullable: options.nullable ?? false,
    ...(options.default !== undefined ? { default: options.default } : {}),
  });

/** A plain `int` column. */
export const IntColumn = (options: { nullable?: boolean; default?: number } = {}): PropertyDecorator =>
  Column({
    type: 'int',
    nullable: options.nullable ?? false,
    ...(options.default !== undefined ? { default: options.default } : {}),
  });

// ---------------------------------------------------------------- time

/**
 * A point in time, stored in UTC with millisecond precision: `datetime(3)` on MySQL (the
 * connection runs with timezone 'Z'), 'YYYY-MM-DD HH:MM:SS.SSS' text on SQLite. No database
 * default: services set timestamps from the request's clock.
 */
export const TimestampColumn = (options: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ type: 'datetime', precision: 3, nullable: options.nullable ?? false });

/**
 * A calendar date, held as a 'YYYY-MM-DD' string on both engines (mysql2 runs with
 * `dateStrings: ['DATE']`, so no time-zone shift happens).
 */
export const DateColumn = (options: { nullable?: boolean } = {}): PropertyDecorator =>
  Column({ type: 'date', utc: true, nullable: options.nullable ?? false });

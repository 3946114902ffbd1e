import { Column, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { integerDigits, significantDigits, toFixedScale } from '@portal/domain';
import { BadInputError } from '../common/request-errors';

/**
 * Column helpers shared by every entity, so that both engines (SQLite and MySQL/MariaDB) store
 * the same values the same way. Every column states its database type explicitly: the tests run
 * through a transform that may not emit decorator metadata.
 */

// ---------------------------------------------------------------- exact decimals

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
      const text = toFixedScale(value, scale);
      if (integerDigits(text) > maxIntegerDigits) {
        // Values come from requests: one that does not fit its column is the caller's to fix.
        throw new BadInputError(
          `${String(value)} is too large: at most ${maxIntegerDigits} digits before the decimal point.`,
        );
      }
      return text;
    },
    from(value: unknown): unknown {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return value;
      return toFixedScale(value, scale, true);
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
  const digits = significantDigits(value);
  if (digits > SQLITE_EXACT_DIGITS) {
    throw new BadInputError(
      `${String(value)} has ${digits} significant digits; at most ${SQLITE_EXACT_DIGITS} are stored exactly (${column}).`,
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
    ...(options.default !== undefined ? { default: toFixedScale(options.default, options.scale) } : {}),
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

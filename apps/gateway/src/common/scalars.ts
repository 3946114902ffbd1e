import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseDecimal } from '@portal/domain';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The widest decimal any input field takes; each field's own limits are business rules checked after. */
const WIRE_DECIMAL = { maxScale: 12, maxIntegerDigits: 20, allowNegative: true, canonical: true } as const;

function parseDecimalString(value: unknown): string {
  if (typeof value !== 'string') {
    throw badInput('Decimal values are sent as strings, e.g. "12.50", never as floating-point numbers.');
  }
  const parsed = parseDecimal(value, WIRE_DECIMAL);
  if (!parsed.ok) {
    throw badInput(
      `"${value.slice(0, 40)}" is not a decimal number (expected e.g. "12.50"): ${parsed.message}`,
    );
  }
  const trimmed = value.trim();
  return parsed.value.isZero() && trimmed.startsWith('-') ? trimmed.slice(1) : trimmed;
}

/** Exact decimal as a string on the wire ("1234.50"); floats are refused. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "1234.50"',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new GraphQLError('Decimal fields must be produced as strings');
  },
  parseValue: parseDecimalString,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw badInput('Decimal values are written as strings, e.g. "12.50".');
    return parseDecimalString(ast.value);
  },
});

export function isValidCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidCalendarDate(value)) {
    throw badInput(`"${String(value).slice(0, 40)}" is not a calendar date (expected YYYY-MM-DD).`);
  }
  return value;
}

/** ISO calendar date, carried as a 'YYYY-MM-DD' string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO calendar date, e.g. 2026-11-27',
  serialize(value) {
    if (typeof value === 'string' && isValidCalendarDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date fields must be produced as YYYY-MM-DD strings');
  },
  parseValue: parseDate,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw badInput('Dates are written as strings, e.g. "2026-11-27".');
    return parseDate(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (
    typeof value !== 'string' ||
    // eslint-disable-next-line no-restricted-syntax -- the fractional seconds of a date-time, not a decimal
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw badInput(`"${String(value).slice(0, 40)}" is not an ISO-8601 date-time with offset.`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`"${value}" is not a valid date-time.`);
  return date;
}

/** ISO-8601 date-time with offset, always sent in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date-time with offset, e.g. 2026-11-27T10:00:00Z',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime fields must be produced as dates');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw badInput('Date-times are written as strings.');
    return parseDateTime(ast.value);
  },
});

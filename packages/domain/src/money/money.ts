import { type Decimal, type DecimalInput, ZERO, dec, toDecimalString } from './decimal';
import { currencyExponent } from './currency';
import { type RoundingMode, roundToScale } from './rounding';

/** Two amounts of different currencies were combined. */
export class CurrencyMismatchError extends Error {
  readonly code = 'CURRENCY_MISMATCH';
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`Cannot combine ${left} with ${right}`);
    this.name = 'CurrencyMismatchError';
  }
}

/**
 * An exact amount of one currency. Immutable; arithmetic returns new values and keeps every
 * decimal (a unit price of 0.0125 USD stays 0.0125 until it is rounded on purpose with
 * roundToCurrency). Its JSON form is the contract's Money: { amount: "12.50", currencyCode }.
 */
export class Money {
  private constructor(
    readonly amount: Decimal,
    readonly currencyCode: string,
  ) {}

  /** Money.of("12.50", "EUR"). Throws for an unknown currency or an invalid amount. */
  static of(amount: DecimalInput, currencyCode: string): Money {
    currencyExponent(currencyCode);
    return new Money(dec(amount), currencyCode);
  }

  /** Zero of a currency. */
  static zero(currencyCode: string): Money {
    return Money.of(ZERO, currencyCode);
  }

  add(other: Money): Money {
    return new Money(this.amount.plus(this.same(other).amount), this.currencyCode);
  }

  subtract(other: Money): Money {
    return new Money(this.amount.minus(this.same(other).amount), this.currencyCode);
  }

  /** Multiplies by a quantity, a factor or a rate; not rounded. */
  multiply(factor: DecimalInput): Money {
    return new Money(this.amount.mul(dec(factor)), this.currencyCode);
  }

  negate(): Money {
    return new Money(this.amount.neg(), this.currencyCode);
  }

  /** -1, 0 or 1; throws CurrencyMismatchError for another currency. */
  compare(other: Money): -1 | 0 | 1 {
    return this.amount.comparedTo(this.same(other).amount) as -1 | 0 | 1;
  }

  equals(other: Money): boolean {
    return this.currencyCode === other.currencyCode && this.amount.eq(other.amount);
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  isNegative(): boolean {
    return this.amount.isNegative() && !this.amount.isZero();
  }

  /** Rounded to the currency's minor unit (half-up unless told otherwise). */
  round(mode: RoundingMode = 'half-up'): Money {
    return new Money(roundToScale(this.amount, currencyExponent(this.currencyCode), mode), this.currencyCode);
  }

  toJSON(): { amount: string; currencyCode: string } {
    return { amount: toDecimalString(this.amount), currencyCode: this.currencyCode };
  }

  toString(): string {
    return `${toDecimalString(this.amount)} ${this.currencyCode}`;
  }

  private same(other: Money): Money {
    if (other.currencyCode !== this.currencyCode)
      throw new CurrencyMismatchError(this.currencyCode, other.currencyCode);
    return other;
  }
}

/** Rounds money to its currency's minor unit: 2 decimals for USD, 0 for JPY, 3 for KWD. */
export function roundToCurrency(money: Money, mode: RoundingMode = 'half-up'): Money {
  return money.round(mode);
}

/** Sums amounts of one currency; the empty sum is zero of `currencyCode`. */
export function sumMoney(amounts: readonly Money[], currencyCode: string): Money {
  return amounts.reduce((total, m) => total.add(m), Money.zero(currencyCode));
}

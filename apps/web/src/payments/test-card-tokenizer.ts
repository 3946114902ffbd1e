/**
 * The browser side of the portal's offline test card provider, standing in for a real
 * provider's browser library (Stripe.js): it turns the test card numbers into provider tokens so
 * that card data never reaches the server. Only `paymentToken` is sent with `payInvoices`.
 *
 *   4242 4242 4242 4242  →  tok_visa            (the charge succeeds)
 *   4000 0000 0000 0002  →  tok_chargeDeclined  (the charge is declined: PAYMENT_FAILED)
 *
 * Any other (even valid) card number is refused: this provider is for demos and tests only.
 */

export interface TestCardInput {
  /** Digits, spaces allowed: "4242 4242 4242 4242". */
  number: string;
  /** MM/YY or MM/YYYY. */
  expiry: string;
  /** 3 or 4 digits. */
  cvc: string;
}

export type TestCardField = 'number' | 'expiry' | 'cvc';

export type TokenizeResult =
  { ok: true; token: string } | { ok: false; field: TestCardField; message: string };

export const TEST_CARDS: Readonly<Record<string, string>> = {
  '4242424242424242': 'tok_visa',
  '4000000000000002': 'tok_chargeDeclined',
};

/** The Luhn (mod 10) check every card number passes. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Validates the card's shape and turns a test card into its token. `today` (YYYY-MM-DD, the
 * server's date) decides whether the expiry date has passed (a card is valid through the last
 * day of its expiry month).
 */
export function tokenizeTestCard(input: TestCardInput, today: string): TokenizeResult {
  const digits = input.number.replace(/ /g, '');
  if (digits.length === 0) return fail('number', 'Enter the card number.');
  if (!/^\d{12,19}$/.test(digits))
    return fail('number', 'A card number has 12 to 19 digits (spaces are allowed).');
  if (!passesLuhn(digits)) return fail('number', 'This card number is not valid: check the digits.');
  const token = TEST_CARDS[digits];
  if (!token) {
    return fail(
      'number',
      'Only the test cards are accepted here: 4242 4242 4242 4242 (succeeds) or 4000 0000 0000 0002 (declined).',
    );
  }

  const [, monthText, yearText] = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input.expiry) ?? [];
  if (monthText === undefined || yearText === undefined)
    return fail('expiry', 'Enter the expiry date as MM/YY.');
  const month = Number(monthText);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return fail('expiry', 'The expiry month must be 01 to 12.');
  const thisMonth = Number(today.slice(0, 4)) * 12 + (Number(today.slice(5, 7)) - 1);
  if (year * 12 + (month - 1) < thisMonth) return fail('expiry', 'This card has expired.');

  if (!/^\d{3,4}$/.test(input.cvc.trim())) return fail('cvc', 'The security code (CVC) has 3 or 4 digits.');
  return { ok: true, token };
}

function fail(field: TestCardField, message: string): TokenizeResult {
  return { ok: false, field, message };
}

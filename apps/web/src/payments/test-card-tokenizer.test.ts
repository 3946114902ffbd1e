import { describe, expect, it } from 'vitest';
import { passesLuhn, tokenizeTestCard } from './test-card-tokenizer';

const TODAY = '2026-11-27';
const card = (number: string, expiry = '12/28', cvc = '123') =>
  tokenizeTestCard({ number, expiry, cvc }, TODAY);

describe('the test card tokenizer', () => {
  it('turns the succeeding test card into tok_visa, with or without spaces', () => {
    expect(card('4242 4242 4242 4242')).toEqual({ ok: true, token: 'tok_visa' });
    expect(card('4242424242424242')).toEqual({ ok: true, token: 'tok_visa' });
  });

  it('turns the declined test card into tok_chargeDeclined', () => {
    expect(card('4000 0000 0000 0002')).toEqual({ ok: true, token: 'tok_chargeDeclined' });
  });

  it('refuses numbers that fail the Luhn check', () => {
    expect(card('4242 4242 4242 4241')).toEqual({
      ok: false,
      field: 'number',
      message: 'This card number is not valid: check the digits.',
    });
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('refuses valid cards that are not test cards, naming the test cards', () => {
    const res = card('5555 5555 5555 4444');
    expect(res).toMatchObject({ ok: false, field: 'number' });
    expect(res.ok ? '' : res.message).toContain('4242 4242 4242 4242');
  });

  it('refuses empty, short and non-numeric numbers', () => {
    expect(card('')).toMatchObject({ ok: false, field: 'number', message: 'Enter the card number.' });
    expect(card('4242')).toMatchObject({ ok: false, field: 'number' });
    expect(card('4242-4242-4242-4242')).toMatchObject({ ok: false, field: 'number' });
  });

  it('checks the expiry date for shape and against today', () => {
    expect(card('4242 4242 4242 4242', '1228')).toMatchObject({
      ok: false,
      field: 'expiry',
      message: 'Enter the expiry date as MM/YY.',
    });
    expect(card('4242 4242 4242 4242', '13/28')).toMatchObject({
      ok: false,
      field: 'expiry',
      message: 'The expiry month must be 01 to 12.',
    });
    expect(card('4242 4242 4242 4242', '10/26')).toMatchObject({
      ok: false,
      field: 'expiry',
      message: 'This card has expired.',
    });
    expect(card('4242 4242 4242 4242', '11/26')).toEqual({ ok: true, token: 'tok_visa' });
    expect(card('4242 4242 4242 4242', '01/2030')).toEqual({ ok: true, token: 'tok_visa' });
  });

  it('checks the CVC for 3 or 4 digits', () => {
    expect(card('4242 4242 4242 4242', '12/28', '12')).toMatchObject({ ok: false, field: 'cvc' });
    expect(card('4242 4242 4242 4242', '12/28', 'abc')).toMatchObject({ ok: false, field: 'cvc' });
    expect(card('4242 4242 4242 4242', '12/28', '1234')).toEqual({ ok: true, token: 'tok_visa' });
  });
});

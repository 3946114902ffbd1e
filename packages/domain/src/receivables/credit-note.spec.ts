import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { creditAtRate, creditQuantities, creditToApply, refundToIssue, spreadCredit } from './credit-note';

const usd = (amount: string) => Money.of(amount, 'USD');
const text = (m: Money) => m.amount.toString();

describe('spreading a credit over invoice lines', () => {
  it('shares it by gross amount, then each share into net and tax, adding up exactly', () => {
    // 170.50 + 14.07 tax and 450.00 + 37.13 tax; 100.00 credited
    const credits = spreadCredit(
      [
        { net: usd('170.50'), tax: usd('14.07') },
        { net: usd('450.00'), tax: usd('37.13') },
      ],
      usd('100.00'),
    );
    expect(credits.map((c) => [c.line, text(c.net), text(c.tax), c.whole])).toEqual([
      [0, '25.39', '2.09', false],
      [1, '66.99', '5.53', false],
    ]);
    const sum = credits.reduce((s, c) => s.add(c.net).add(c.tax), usd('0'));
    expect(text(sum)).toBe('100');
  });

  it('credits a whole line as such, and gives lines without tax no tax', () => {
    const credits = spreadCredit(
      [
        { net: usd('10.00'), tax: usd('0') },
        { net: usd('0'), tax: usd('0') },
      ],
      usd('10.00'),
    );
    expect(credits.map((c) => [c.line, text(c.net), text(c.tax), c.whole])).toEqual([[0, '10', '0', true]]);
  });

  it('cannot spread over an invoice without amounts', () => {
    expect(spreadCredit([], usd('5'))).toEqual([]);
    expect(spreadCredit([{ net: usd('0'), tax: usd('0') }], usd('5'))).toEqual([]);
  });
});

describe('crediting quantities of invoice lines', () => {
  // 39 ea × 26.2400 = 1,023.36 at 8.25 % (84.43), and 100 ea × 0.0792 = 7.92 untaxed
  const lines = [
    { quantity: '39', unitPrice: '26.24', net: usd('1023.36'), tax: usd('84.43'), taxRatePercent: '8.25' },
    { quantity: '100', unitPrice: '0.0792', net: usd('7.92'), tax: usd('0'), taxRatePercent: '0' },
  ];

  it('credits each quantity at its line price with the line tax rate', () => {
    const result = creditQuantities(lines, [
      { line: 0, quantity: '2' },
      { line: 1, quantity: '100' },
    ]);
    expect(
      result.ok &&
        result.credits.map((c) => [c.line, c.quantity.toString(), text(c.net), text(c.tax), c.whole]),
    ).toEqual([
      [0, '2', '52.48', '4.33', false],
      [1, '100', '7.92', '0', true],
    ]);
  });

  it('gives the last quantity of a line what is left of its tax, never more net than is left', () => {
    const partly = {
      ...lines[0]!,
      creditedQuantity: '37',
      creditedNet: usd('970.88'),
      creditedTax: usd('80.10'),
    };
    const result = creditQuantities([partly], [{ line: 0, quantity: '2' }]);
    expect(result.ok && result.credits.map((c) => [text(c.net), text(c.tax)])).toEqual([['52.48', '4.33']]);
    const overCredited = {
      ...lines[0]!,
      creditedQuantity: '1',
      creditedNet: usd('1000'),
      creditedTax: usd('84.40'),
    };
    const capped = creditQuantities([overCredited], [{ line: 0, quantity: '1' }]);
    expect(capped.ok && capped.credits.map((c) => [text(c.net), text(c.tax)])).toEqual([['23.36', '0.03']]);
  });

  it('refuses unknown lines, repeats, nothing and more than is left', () => {
    expect(creditQuantities(lines, [{ line: 5, quantity: '1' }])).toEqual({
      ok: false,
      request: 0,
      message: 'No such line on the invoice.',
    });
    expect(
      creditQuantities(lines, [
        { line: 0, quantity: '1' },
        { line: 0, quantity: '1' },
      ]),
    ).toMatchObject({ ok: false, request: 1, message: 'Each line is credited once per credit note.' });
    expect(creditQuantities(lines, [{ line: 0, quantity: '0' }])).toMatchObject({
      ok: false,
      message: 'The quantity to credit must be above zero.',
    });
    expect(creditQuantities(lines, [{ line: 0, quantity: '40' }])).toMatchObject({
      message: 'At most 39 of this line are left to credit.',
    });
    const one = { ...lines[0]!, creditedQuantity: '38' };
    expect(creditQuantities([one], [{ line: 0, quantity: '2' }])).toMatchObject({
      message: 'At most 1 of this line is left to credit.',
    });
  });
});

describe('crediting an amount at a tax rate', () => {
  it('splits a tax-included amount into net and tax, or adds tax to a net amount', () => {
    const included = creditAtRate(usd('108.25'), '8.25', true);
    expect([text(included.net), text(included.tax)]).toEqual(['100', '8.25']);
    const added = creditAtRate(usd('100'), '8.25', false);
    expect([text(added.net), text(added.tax)]).toEqual(['100', '8.25']);
    const none = creditAtRate(usd('50'), '0', true);
    expect([text(none.net), text(none.tax)]).toEqual(['50', '0']);
  });
});

describe('applying open credit to an invoice', () => {
  it('applies as much as both allow, or the amount asked', () => {
    expect(creditToApply(usd('100'), usd('40'))).toEqual({ ok: true, amount: usd('40') });
    expect(creditToApply(usd('30'), usd('40'))).toEqual({ ok: true, amount: usd('30') });
    expect(creditToApply(usd('100'), usd('40'), usd('25'))).toEqual({ ok: true, amount: usd('25') });
  });

  it('refuses nothing open, nothing due, nothing asked and more than either', () => {
    expect(creditToApply(usd('0'), usd('40'))).toMatchObject({
      message: 'Nothing is left of this credit note to apply.',
    });
    expect(creditToApply(usd('10'), usd('0'))).toMatchObject({ message: 'Nothing is due on this invoice.' });
    expect(creditToApply(usd('10'), usd('40'), usd('0'))).toMatchObject({
      message: 'The amount to apply must be above zero.',
    });
    expect(creditToApply(usd('10'), usd('40'), usd('1000'))).toMatchObject({
      message: 'At most 10.00 USD of credit is open.',
    });
    expect(creditToApply(usd('2000'), usd('1040'), usd('1500'))).toMatchObject({
      message: 'At most 1,040.00 USD is due on the invoice.',
    });
  });
});

describe('refunding open credit through a payment', () => {
  it('refunds as much as both allow, or the amount asked', () => {
    expect(refundToIssue(usd('100'), usd('40'))).toEqual({ ok: true, amount: usd('40') });
    expect(refundToIssue(usd('30'), usd('40'))).toEqual({ ok: true, amount: usd('30') });
    expect(refundToIssue(usd('100'), usd('40'), usd('25.01'))).toEqual({ ok: true, amount: usd('25.01') });
  });

  it('refuses nothing open, nothing refundable, nothing asked and more than either', () => {
    expect(refundToIssue(usd('0'), usd('40'))).toMatchObject({
      message: 'Nothing is left of this credit note to refund.',
    });
    expect(refundToIssue(usd('10'), usd('0'))).toMatchObject({
      message: 'This payment has been refunded in full.',
    });
    expect(refundToIssue(usd('10'), usd('40'), usd('-1'))).toMatchObject({
      message: 'The amount to refund must be above zero.',
    });
    expect(refundToIssue(usd('10'), usd('40'), usd('10.01'))).toMatchObject({
      message: 'At most 10.00 USD of credit is open.',
    });
    expect(refundToIssue(usd('2000'), usd('1040'), usd('1500'))).toMatchObject({
      message: 'At most 1,040.00 USD is left to refund of this payment.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { Money } from '../money';
import { spreadCredit } from './credit-note';

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

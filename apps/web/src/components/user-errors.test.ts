import { describe, expect, it } from 'vitest';
import { splitUserErrors } from './user-errors';

describe('splitUserErrors', () => {
  it('puts errors next to the field their path names and the rest on top', () => {
    const split = splitUserErrors(
      [
        { field: ['input', 'email'], message: 'Taken', code: 'ALREADY_EXISTS' },
        { field: ['input', 'email'], message: 'Second', code: 'INVALID' },
        {
          field: ['input', 'lines', '2', 'quantity'],
          message: 'Below minimum',
          code: 'BELOW_MINIMUM_QUANTITY',
        },
        { field: ['input', 'token'], message: 'Expired', code: 'EXPIRED' },
        { field: null, message: 'Credit limit', code: 'CREDIT_LIMIT_EXCEEDED' },
      ],
      ['email', 'lines.2.quantity'] as const,
    );
    expect(split.fields).toEqual({ email: 'Taken', 'lines.2.quantity': 'Below minimum' });
    expect(split.form).toEqual(['Expired', 'Credit limit']);
  });
});

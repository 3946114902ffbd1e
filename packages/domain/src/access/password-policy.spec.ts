import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { MAX_PASSWORD_LENGTH, passwordProblem } from './password-policy';

const nina = { email: 'nina.newton@acme.example', name: 'Nina Newton' };

describe('password policy', () => {
  it('wants at least 12 characters, counted as people count them, and at most 200', () => {
    expect(passwordProblem('short-pass1', nina)?.code).toBe('TOO_SHORT');
    expect(passwordProblem('Grün-Äpfel-ß', nina)).toBeNull();
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH) + 'y', nina)?.code).toBe('TOO_LONG');
    expect(passwordProblem('Use at least 12 characters.', nina)).toBeNull();
  });

  it('refuses common passwords, also with digits or punctuation appended, and one repeated character', () => {
    expect(passwordProblem('qwertyuiop12', nina)).toEqual({
      code: 'TOO_COMMON',
      message: 'This password is among the most common ones, which are guessed first. Choose another.',
    });
    expect(passwordProblem('Password2026!', nina)?.code).toBe('TOO_COMMON');
    expect(passwordProblem('123456789012', nina)?.code).toBe('TOO_COMMON');
    expect(passwordProblem('zzzzzzzzzzzzzz', nina)?.code).toBe('TOO_COMMON');
    expect(passwordProblem('password-of-mine', nina)).toBeNull();
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase())).toBe(true);
  });

  it("refuses the e-mail's name and the words of the person's name", () => {
    const personal = { code: 'PERSONAL', message: 'Do not use your name or e-mail address in the password.' };
    expect(passwordProblem('my-Nina.Newton-key', nina)).toEqual(personal);
    expect(passwordProblem('orange-newton-tree', nina)).toEqual(personal);
    expect(passwordProblem('tree-house-ninaX', { email: 'nx@b.example', name: 'Nina' })).toEqual(personal);
    expect(passwordProblem('abc-garden-shed-9', { email: 'abc@b.example' })).toEqual(personal);
    // Short name words are not looked for ("Al" would refuse half the dictionary).
    expect(passwordProblem('always-a-garden', { email: 'x@b.example', name: 'Al Li' })).toBeNull();
    expect(passwordProblem('always-a-garden', { email: '', name: null })).toBeNull();
  });
});

import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** Words of an e-mail address or name shorter than this are not looked for in a password. */
const MIN_PERSONAL_WORD = 4;
/** The whole e-mail name (before @) is looked for from this length. */
const MIN_EMAIL_NAME = 3;

const COMMON = new Set(COMMON_PASSWORDS);

export type PasswordProblemCode = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'PERSONAL';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly message: string;
}

/** Whose password it is: the e-mail's local part and the name's words may not appear in it. */
export interface PasswordOwner {
  readonly email: string;
  readonly name?: string | null;
}

/**
 * Why a new password is refused, or null when it is acceptable: at least 12 characters (and at
 * most 200); not a common password, nor one with digits or punctuation appended; and not
 * containing the owner's e-mail name (the part before @) or a word of their name. Applies to
 * every new password (invitation acceptance, change and reset); existing hashes are untouched.
 */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return { code: 'TOO_SHORT', message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` };
  if (length > MAX_PASSWORD_LENGTH)
    return { code: 'TOO_LONG', message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` };
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON.has(lower) || COMMON.has(core) || new Set(lower).size === 1)
    return {
      code: 'TOO_COMMON',
      message: 'This password is among the most common ones, which are guessed first. Choose another.',
    };
  if (personalParts(owner).some((part) => lower.includes(part)))
    return {
      code: 'PERSONAL',
      message: 'Do not use your name or e-mail address in the password.',
    };
  return null;
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

function personalParts(owner: PasswordOwner): string[] {
  const local = owner.email.trim().toLowerCase().replace(/@.*$/s, '');
  const words = [...local.split(WORD_BREAK), ...(owner.name ?? '').toLowerCase().split(WORD_BREAK)];
  return [
    ...([...local].length >= MIN_EMAIL_NAME ? [local] : []),
    ...words.filter((w) => [...w].length >= MIN_PERSONAL_WORD),
  ];
}

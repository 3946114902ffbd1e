import { Permission } from '../roles';

/**
 * A text built from figures that only some readers may see. `text` names the figures; `redacted`
 * says the same thing without them, for readers who lack `guard`: a requisitioner reads "Order
 * total is above the approval limit", never "Order total 6,139.66 USD is above 5,000.00 USD".
 * Every message, reason, event and e-mail made from a contract amount is one of these, and is
 * read through `textFor` with the reader's permissions.
 */
export interface GuardedText {
  readonly text: string;
  readonly redacted: string;
  readonly guard: Permission;
}

/** Contract amounts (prices, totals, credit limits, exposure) are guarded by PRICES_CONTRACT. */
export const CONTRACT_FIGURES = Permission.PRICES_CONTRACT;

/** A text naming guarded figures, with its wording for readers who may not see them. */
export function guardedText(
  text: string,
  redacted: string,
  guard: Permission = CONTRACT_FIGURES,
): GuardedText {
  return { text, redacted, guard };
}

/** A text with nothing guarded in it: every reader reads the same. */
export function openText(text: string): GuardedText {
  return { text, redacted: text, guard: CONTRACT_FIGURES };
}

/** True when readers with and without the guard read the same. */
export function isOpenText(text: GuardedText): boolean {
  return text.text === text.redacted;
}

/** What a reader with `permissions` reads. */
export function textFor(text: GuardedText, permissions: readonly Permission[]): string {
  return permissions.includes(text.guard) ? text.text : text.redacted;
}

/**
 * Texts joined into one ("Drafted by a requisitioner; Order total … is above …"). The parts must
 * share one guard: a reader sees all of a joined text's figures or none.
 */
export function joinTexts(parts: readonly GuardedText[], separator: string): GuardedText {
  const guards = new Set(parts.map((p) => p.guard));
  if (guards.size > 1) throw new RangeError('Texts under different guards cannot be joined');
  return {
    text: parts.map((p) => p.text).join(separator),
    redacted: parts.map((p) => p.redacted).join(separator),
    guard: parts[0]?.guard ?? CONTRACT_FIGURES,
  };
}

/** `before` + the text + `after`, in both wordings. */
export function wrapText(before: string, text: GuardedText, after = ''): GuardedText {
  return { text: before + text.text + after, redacted: before + text.redacted + after, guard: text.guard };
}

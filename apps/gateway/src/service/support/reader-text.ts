import {
  CONTRACT_FIGURES,
  issueFor,
  isOpenText,
  permissionsOf,
  textFor,
  type GuardedText,
  type OrderIssue,
  type Permission,
  type Role,
} from '@portal/domain';
import type { RequestContext } from '../../context';

/** A guarded text as it is stored: the text, and its wording without figures when that differs. */
export interface StoredText {
  text: string;
  redacted: string | null;
}

/**
 * The message builder: every text, reason, event and e-mail built from a guarded figure is read
 * through one of these, made for its reader's permissions (the viewer of a request, or the
 * recipient of an e-mail). A requisitioner's reader turns "Order total 6,139.66 USD is above
 * 5,000.00 USD" into "Order total is above the approval limit".
 */
export class TextReader {
  constructor(private readonly permissions: readonly Permission[]) {}

  /** The viewer of a request (anonymous: no permissions). */
  static of(ctx: RequestContext): TextReader {
    return new TextReader(ctx.viewer ? [...ctx.viewer.permissions] : []);
  }

  /** The recipient of an e-mail, by role. */
  static forRole(role: Role): TextReader {
    return new TextReader(permissionsOf(role));
  }

  text(text: GuardedText): string {
    return textFor(text, this.permissions);
  }

  issue(issue: OrderIssue): OrderIssue {
    return issueFor(issue, this.permissions);
  }

  /** A stored text (an order event's message, an approval's reason): their figures are contract figures. */
  stored(text: string, redacted: string | null): string;
  stored(text: string | null, redacted: string | null): string | null;
  stored(text: string | null, redacted: string | null): string | null {
    if (text === null || redacted === null) return text;
    return this.text({ text, redacted, guard: CONTRACT_FIGURES });
  }
}

/** How to store a guarded text: the redacted column stays null when both wordings are the same. */
export function toStored(text: GuardedText | string): StoredText {
  if (typeof text === 'string') return { text, redacted: null };
  return { text: text.text, redacted: isOpenText(text) ? null : text.redacted };
}

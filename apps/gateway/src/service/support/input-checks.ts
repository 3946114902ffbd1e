import { parseDecimal, toDecimalString } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, UserErrorsException, userError, type UserError } from '../../common/user-error';

export type FieldPath = readonly (string | number)[];

/**
 * Collects the user errors of a mutation's input, each with its input path, before anything is
 * written. Decimals go through the domain's parseDecimal.
 */
export class InputChecks {
  readonly errors: UserError[] = [];

  add(code: UserErrorCode, message: string, path: FieldPath): void {
    this.errors.push(userError(code, message, path.map(String)));
  }

  /** A required, trimmed text of at most maxLength characters (null when invalid). */
  text(value: string | null | undefined, path: FieldPath, label: string, maxLength: number): string | null {
    const text = (value ?? '').trim();
    if (!text) {
      this.add(UserErrorCode.INVALID, `${label} is required.`, path);
      return null;
    }
    if (text.length > maxLength) {
      this.add(UserErrorCode.INVALID, `${label} must be at most ${maxLength} characters.`, path);
      return null;
    }
    return text;
  }

  /** An optional text: empty becomes null. */
  optionalText(
    value: string | null | undefined,
    path: FieldPath,
    label: string,
    maxLength: number,
  ): string | null {
    const text = (value ?? '').trim();
    if (!text) return null;
    if (text.length > maxLength) {
      this.add(UserErrorCode.INVALID, `${label} must be at most ${maxLength} characters.`, path);
      return null;
    }
    return text;
  }

  /**
   * A decimal (null/undefined stay null): at most maxScale decimals, not negative unless
   * allowed, and above zero when `positive`.
   */
  decimal(
    value: string | null | undefined,
    path: FieldPath,
    label: string,
    options: { maxScale: number; positive?: boolean; allowNegative?: boolean; maxIntegerDigits?: number },
  ): string | null {
    if (value === null || value === undefined) return null;
    const parsed = parseDecimal(value, {
      maxScale: options.maxScale,
      allowNegative: options.allowNegative,
      maxIntegerDigits: options.maxIntegerDigits ?? 15,
    });
    if (!parsed.ok) {
      this.add(UserErrorCode.INVALID, `${label}: ${parsed.message}`, path);
      return null;
    }
    if (options.positive && parsed.value.lte(0)) {
      this.add(UserErrorCode.INVALID, `${label} must be greater than zero.`, path);
      return null;
    }
    return toDecimalString(parsed.value);
  }

  /** The numeric id of a global id of this type; a malformed or foreign-typed id is NOT_FOUND. */
  id(globalId: string | null | undefined, type: string, path: FieldPath, label: string): number | null {
    if (globalId === null || globalId === undefined) return null;
    const id = idOfType(globalId, type);
    if (id === null) this.add(UserErrorCode.NOT_FOUND, `No such ${label}.`, path);
    return id;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Throws the collected errors (rolling back a surrounding transaction). */
  throwIfAny(): void {
    if (this.errors.length) throw new UserErrorsException([...this.errors]);
  }
}

import { UserErrorCode } from '../../common/user-error';
import type { FieldPath, InputChecks } from './input-checks';

/**
 * A staff save read field by field, so that a save changes only what it names: a field the
 * input names is changed (an explicit null clears it), a field it omits keeps its stored value.
 * Creating a row needs its required fields named.
 */
export class FieldChanges<Row extends object> {
  private readonly values: Partial<Row> = {};
  private readonly required: { key: keyof Row; label: string; path: FieldPath }[] = [];

  constructor(private readonly checks: InputChecks) {}

  /**
   * When the input names the field (`value !== undefined`), parses it into `key`. A `required`
   * field (its label) must be named when creating; an update may leave it out.
   */
  read<K extends keyof Row>(
    key: K,
    value: unknown,
    parse: () => Row[K],
    options: { required?: string; path: FieldPath },
  ): void {
    if (value === undefined) {
      if (options.required) this.required.push({ key, label: options.required, path: options.path });
      return;
    }
    this.values[key] = parse();
  }

  /** Whether the input names the field. */
  names(key: keyof Row): boolean {
    return key in this.values;
  }

  /** The named fields and their new values (what an UPDATE writes, what the audit row records). */
  get named(): Partial<Row> {
    return { ...this.values };
  }

  /** Sets a field the save derives (not read from the input). */
  set<K extends keyof Row>(key: K, value: Row[K]): void {
    this.values[key] = value;
  }

  /** Creating: "Name is required." for every required field the input left out. */
  requireAllFor(creating: boolean): void {
    if (!creating) return;
    for (const field of this.required)
      this.checks.add(UserErrorCode.INVALID, `${field.label} is required.`, field.path);
  }

  /** The row as it will be: the stored values with the named ones over them. */
  over<Stored extends Partial<Row>>(stored: Stored | null): Stored & Partial<Row> {
    return { ...(stored ?? ({} as Stored)), ...this.values };
  }
}

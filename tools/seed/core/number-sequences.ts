import { NumberSequence } from '../gateway';
import type { EntityManager, Writer } from './writer';

/** The document numbers the seed hands out, like the gateway's number sequences. */
const SEQUENCES = {
  order: { name: 'sales_order', prefix: 'SO-' },
  rfq: { name: 'rfq', prefix: 'RFQ-' },
  invoice: { name: 'invoice', prefix: 'INV-' },
  creditNote: { name: 'credit_note', prefix: 'CN-' },
} as const;

type SequenceKey = keyof typeof SEQUENCES;

/**
 * Gap-free document numbers (SO-000001, INV-000001, …), continuing the database's sequences and
 * saved back at the end, so that the gateway goes on with the next number.
 */
export class NumberSequences {
  private constructor(private readonly next: Map<string, number>) {}

  static async load(em: EntityManager): Promise<NumberSequences> {
    const rows = await em.find(NumberSequence);
    return new NumberSequences(new Map(rows.map((row) => [row.name, row.nextValue])));
  }

  /** The next number of a sequence, formatted: "SO-000042". */
  take(key: SequenceKey): string {
    const { name, prefix } = SEQUENCES[key];
    const value = this.next.get(name) ?? 1;
    this.next.set(name, value + 1);
    return `${prefix}${String(value).padStart(6, '0')}`;
  }

  /** Writes every sequence's next value. */
  async save(em: EntityManager, writer: Writer): Promise<void> {
    const sequences = Object.values(SEQUENCES);
    for (const { name } of sequences) {
      await em.save(NumberSequence, { name, nextValue: this.next.get(name) ?? 1 });
    }
    writer.count(NumberSequence, sequences.length);
  }
}

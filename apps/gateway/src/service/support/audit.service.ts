import type { RequestContext } from '../../context';
import { AuditLog } from '../../entity';

export interface AuditEntry {
  entityType: string;
  entityId: number;
  action: string;
  companyId?: number | null;
  changes?: Record<string, unknown>;
}

/** Writes one audit-log row per state change, inside the transaction that makes the change. */
export class AuditService {
  /** One row about a row of a company (an order, an invoice, a payment…). */
  recordOn(
    tx: RequestContext,
    entityType: string,
    subject: { id: number; companyId: number | null },
    action: string,
    changes?: Record<string, unknown>,
  ): Promise<void> {
    return this.record(tx, {
      entityType,
      entityId: subject.id,
      companyId: subject.companyId,
      action,
      changes,
    });
  }

  async record(tx: RequestContext, entry: AuditEntry, actorId?: number | null): Promise<void> {
    if (!tx.inTransaction) throw new Error('An audit row is written in the transaction of its change');
    await tx.db.getRepository(AuditLog).insert({
      at: tx.now(),
      actorId: actorId !== undefined ? actorId : (tx.viewer?.userId ?? null),
      companyId: entry.companyId ?? null,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      action: entry.action,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
    });
  }
}

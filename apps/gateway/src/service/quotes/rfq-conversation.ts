import type { RequestContext } from '../../context';
import { Rfq, RfqMessage, type RfqStatus } from '../../entity';
import type { AuditService } from '../support/audit.service';

/**
 * Writes to an RFQ inside the caller's transaction: its status (with an audit row) and its
 * conversation, a message by the viewer. Every step of RFQs and quotations goes through here.
 */
export class RfqConversation {
  constructor(private readonly audit: AuditService) {}

  /** A message of the viewer in the RFQ's conversation; the RFQ counts as changed. */
  async post(tx: RequestContext, rfq: Rfq, body: string): Promise<void> {
    const now = tx.now();
    await tx.db
      .getRepository(RfqMessage)
      .insert({ rfqId: rfq.id, at: now, authorId: tx.requireViewer().userId, body });
    await tx.db.getRepository(Rfq).update({ id: rfq.id }, { updatedAt: now });
  }

  /** Moves the RFQ to `status` (with more columns in `set`), audited as `action`, with the viewer's message if any. */
  async move(
    tx: RequestContext,
    rfq: Rfq,
    status: RfqStatus,
    action: string,
    options: { message?: string | null; set?: Partial<Rfq>; changes?: Record<string, unknown> } = {},
  ): Promise<void> {
    await tx.db.getRepository(Rfq).update({ id: rfq.id }, { ...options.set, status, updatedAt: tx.now() });
    if (options.message) await this.post(tx, rfq, options.message);
    await this.audit.record(tx, {
      entityType: 'Rfq',
      entityId: rfq.id,
      action,
      companyId: rfq.companyId,
      changes: { status: [rfq.status, status], ...options.changes },
    });
  }
}

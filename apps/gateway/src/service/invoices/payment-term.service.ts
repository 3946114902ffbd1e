import { paymentTermProblems } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { PaymentTerm, PaymentTermInstallment } from '../../entity';
import type { AuditService } from '../support/audit.service';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';

export interface SavePaymentTermArgs {
  paymentTermId?: string | null;
  name: string;
  netDays: number;
  earlyPaymentDiscountPercent?: string | null;
  earlyPaymentDiscountDays?: number | null;
  installments?: { percent: string; days: number }[] | null;
}

/**
 * Payment terms: the list every signed-in user may read (names like "2/10 Net 30"), and staff
 * editing (PRICING_MANAGE) validated by the domain's paymentTermProblems.
 */
export class PaymentTermService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext): Promise<PaymentTerm[]> {
    return ctx.db.getRepository(PaymentTerm).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async save(ctx: RequestContext, input: SavePaymentTermArgs) {
    return payload('paymentTerm', async () => {
      const checks = new InputChecks();
      const name = checks.text(input.name, ['input', 'name'], 'The name', 128);
      const percent = checks.decimal(
        input.earlyPaymentDiscountPercent,
        ['input', 'earlyPaymentDiscountPercent'],
        'The discount percent',
        { maxScale: 4, maxIntegerDigits: 3 },
      );
      const installments = (input.installments ?? []).map((inst, i) => ({
        percent:
          checks.decimal(inst.percent, ['input', 'installments', i, 'percent'], 'The share', {
            maxScale: 4,
            maxIntegerDigits: 3,
          }) ?? '0',
        days: inst.days,
      }));
      let existing: PaymentTerm | null = null;
      if (input.paymentTermId !== undefined && input.paymentTermId !== null) {
        const id = idOfType(input.paymentTermId, 'PaymentTerm');
        existing = id === null ? null : await ctx.db.getRepository(PaymentTerm).findOneBy({ id });
        if (!existing)
          checks.add(UserErrorCode.NOT_FOUND, 'No such payment term.', ['input', 'paymentTermId']);
      }
      checks.throwIfAny();
      const term = {
        netDays: input.netDays,
        endOfMonth: existing?.endOfMonth ?? false,
        earlyPaymentDiscountPercent: percent,
        earlyPaymentDiscountDays: input.earlyPaymentDiscountDays ?? null,
        installments,
      };
      for (const problem of paymentTermProblems(term))
        checks.add(UserErrorCode.INVALID, problem, fieldOfProblem(problem));
      checks.throwIfAny();
      return ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(PaymentTerm);
        const values = {
          name: name!,
          netDays: term.netDays,
          earlyPaymentDiscountPercent: percent,
          earlyPaymentDiscountDays: term.earlyPaymentDiscountDays,
        };
        let saved: PaymentTerm;
        if (existing) {
          await repo.update({ id: existing.id }, values);
          await tx.db.getRepository(PaymentTermInstallment).delete({ paymentTermId: existing.id });
          saved = Object.assign(existing, values);
        } else {
          saved = await repo.save(repo.create({ ...values, endOfMonth: false, createdAt: tx.now() }));
        }
        if (installments.length) {
          await tx.db.getRepository(PaymentTermInstallment).insert(
            installments.map((inst, i) => ({
              paymentTermId: saved.id,
              position: i + 1,
              percent: inst.percent,
              days: inst.days,
            })),
          );
        }
        await this.audit.record(tx, {
          entityType: 'PaymentTerm',
          entityId: saved.id,
          action: existing ? 'UPDATED' : 'CREATED',
          changes: { ...values, installments },
        });
        return saved;
      });
    });
  }
}

/** The input field a message of paymentTermProblems is about. */
function fieldOfProblem(problem: string): string[] {
  const text = problem.toLowerCase();
  if (text.includes('installment')) return ['input', 'installments'];
  if (text.includes('early-payment discount must end')) return ['input', 'earlyPaymentDiscountDays'];
  if (text.includes('early-payment discount')) return ['input', 'earlyPaymentDiscountPercent'];
  if (text.includes('net days')) return ['input', 'netDays'];
  return ['input'];
}

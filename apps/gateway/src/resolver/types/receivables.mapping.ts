import { toDecimalString, type AgingReport, type Money } from '@portal/domain';
import { money, type MoneyType } from '../../common/money.type';
import type { AccountStatementResult } from '../../service/invoices/receivables.service';
import {
  AccountStatementType,
  AgingReportType,
  StatementEntryKind,
  type AgingBucketType,
  type StatementEntryType,
} from './invoice.type';

/** The domain's Money as the contract's Money. */
export function toMoneyType(m: Money): MoneyType {
  return money(toDecimalString(m.amount), m.currencyCode);
}

export function toAgingReportType(report: AgingReport): AgingReportType {
  return Object.assign(new AgingReportType(), {
    asOf: report.asOf,
    totalOutstanding: toMoneyType(report.totalOutstanding),
    buckets: report.buckets.map((b): AgingBucketType => ({
      label: b.label,
      minDays: b.minDays,
      maxDays: b.maxDays,
      amount: toMoneyType(b.amount),
      count: b.count,
    })),
  });
}

export function toAccountStatementType(result: AccountStatementResult): AccountStatementType {
  const { figures } = result;
  return Object.assign(new AccountStatementType(), {
    companyId: result.company.id,
    company: result.company,
    consolidated: result.consolidated,
    from: figures.from,
    to: figures.to,
    openingBalance: toMoneyType(figures.openingBalance),
    closingBalance: toMoneyType(figures.closingBalance),
    entries: figures.entries.map((e): StatementEntryType => ({
      date: e.date,
      kind: StatementEntryKind[e.kind],
      reference: e.reference,
      settles: [...e.settles],
      companyName: e.party,
      debit: e.debit && toMoneyType(e.debit),
      credit: e.credit && toMoneyType(e.credit),
      balance: toMoneyType(e.balance),
    })),
    aging: toAgingReportType(result.aging),
  });
}

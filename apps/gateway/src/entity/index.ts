/* The TypeORM entities of the portal: one schema for SQLite and MySQL/MariaDB. */
import { AccessGroup } from './access-group.entity';
import { Address } from './address.entity';
import { ApiToken } from './api-token.entity';
import { Approval } from './approval.entity';
import { AuditLog } from './audit-log.entity';
import { AuthThrottle } from './auth-throttle.entity';
import { Category } from './category.entity';
import { CompanyAccessGroup } from './company-access-group.entity';
import { CompanyApprovalRule } from './company-approval-rule.entity';
import { Company } from './company.entity';
import { CompanySettings } from './company-settings.entity';
import { CreditApplication } from './credit-application.entity';
import { Document } from './document.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { Invitation } from './invitation.entity';
import { InvoiceInstallment } from './invoice-installment.entity';
import { InvoiceAdjustment } from './invoice-adjustment.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import { LoginAttempt } from './login-attempt.entity';
import { NumberSequence } from './number-sequence.entity';
import { OrderAdjustment } from './order-adjustment.entity';
import { OrderEvent } from './order-event.entity';
import { OrderLine } from './order-line.entity';
import { OrderTemplateLine } from './order-template-line.entity';
import { OrderTemplate } from './order-template.entity';
import { Order } from './order.entity';
import { PaymentAllocation } from './payment-allocation.entity';
import { PaymentTermInstallment } from './payment-term-installment.entity';
import { PaymentTerm } from './payment-term.entity';
import { PasswordReset } from './password-reset.entity';
import { Payment } from './payment.entity';
import { PricelistRule } from './pricelist-rule.entity';
import { PriceIndexState } from './price-index-state.entity';
import { ProductPriceIndex } from './product-price-index.entity';
import { Pricelist } from './pricelist.entity';
import { ProductAccessGroup } from './product-access-group.entity';
import { ProductUnit } from './product-unit.entity';
import { Product } from './product.entity';
import { RfqLine } from './rfq-line.entity';
import { RfqMessage } from './rfq-message.entity';
import { Rfq } from './rfq.entity';
import { Refund } from './refund.entity';
import { Session } from './session.entity';
import { ShipmentLine } from './shipment-line.entity';
import { Shipment } from './shipment.entity';
import { StockLevel } from './stock-level.entity';
import { StockLocation } from './stock-location.entity';
import { StockMovement } from './stock-movement.entity';
import { OutboxMessage } from './outbox-message.entity';
import { ScheduledJob } from './scheduled-job.entity';
import { SentNotice } from './sent-notice.entity';
import { NotificationPreference } from './notification-preference.entity';
import { TaxRate } from './tax-rate.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { User } from './user.entity';
import { ActiveCart } from './active-cart.entity';

export { AccessGroup } from './access-group.entity';
export { ActiveCart } from './active-cart.entity';
export { Address } from './address.entity';
export { ApiToken } from './api-token.entity';
export { Approval, type ApprovalStatus } from './approval.entity';
export { AuditLog } from './audit-log.entity';
export { AuthThrottle } from './auth-throttle.entity';
export { Category } from './category.entity';
export { CompanyAccessGroup } from './company-access-group.entity';
export { CompanyApprovalRule } from './company-approval-rule.entity';
export { Company } from './company.entity';
export { CompanySettings } from './company-settings.entity';
export { CreditApplication } from './credit-application.entity';
export { Document, type DocumentKind } from './document.entity';
export { IdempotencyKey } from './idempotency-key.entity';
export { Invitation } from './invitation.entity';
export { InvoiceInstallment } from './invoice-installment.entity';
export { InvoiceAdjustment } from './invoice-adjustment.entity';
export { InvoiceLine } from './invoice-line.entity';
export { Invoice, type InvoiceKind, type StoredInvoiceStatus } from './invoice.entity';
export { LoginAttempt } from './login-attempt.entity';
export { NumberSequence } from './number-sequence.entity';
export { OrderAdjustment } from './order-adjustment.entity';
export { OrderEvent, type OrderEventKind } from './order-event.entity';
export { OrderLine } from './order-line.entity';
export { OrderTemplateLine } from './order-template-line.entity';
export { OrderTemplate } from './order-template.entity';
export { Order, type OrderStatus, type OrderChannel } from './order.entity';
export { PasswordReset } from './password-reset.entity';
export { PaymentAllocation } from './payment-allocation.entity';
export { PaymentTermInstallment } from './payment-term-installment.entity';
export { PaymentTerm } from './payment-term.entity';
export { Payment, type PaymentMethod, type PaymentStatus } from './payment.entity';
export {
  PricelistRule,
  type PriceRuleScope,
  type PriceComputation,
  type PriceBase,
} from './pricelist-rule.entity';
export { Pricelist } from './pricelist.entity';
export { PriceIndexState } from './price-index-state.entity';
export { ProductPriceIndex } from './product-price-index.entity';
export { ProductAccessGroup } from './product-access-group.entity';
export { ProductUnit } from './product-unit.entity';
export { Product, type AvailabilityPolicy } from './product.entity';
export { RfqLine } from './rfq-line.entity';
export { RfqMessage } from './rfq-message.entity';
export { Rfq, type RfqStatus } from './rfq.entity';
export { Refund, type RefundStatus } from './refund.entity';
export { Session } from './session.entity';
export { ShipmentLine } from './shipment-line.entity';
export { Shipment } from './shipment.entity';
export { StockLevel } from './stock-level.entity';
export { StockLocation } from './stock-location.entity';
export { StockMovement } from './stock-movement.entity';
export { OutboxMessage, type OutboxChannel, type OutboxStatus } from './outbox-message.entity';
export { ScheduledJob } from './scheduled-job.entity';
export { SentNotice } from './sent-notice.entity';
export { NotificationPreference, type NotificationCategory } from './notification-preference.entity';
export { TaxRate } from './tax-rate.entity';
export { WebhookSubscription, type WebhookSubscriptionStatus } from './webhook-subscription.entity';
export { UnitOfMeasure } from './unit-of-measure.entity';
export { User, type UserRole, type UserStatus } from './user.entity';
export * from './columns';

/** Every entity, for the DataSource. */
export const ALL_ENTITIES = [
  AccessGroup,
  ActiveCart,
  Address,
  ApiToken,
  Approval,
  AuditLog,
  Category,
  CompanyAccessGroup,
  CompanyApprovalRule,
  Company,
  CompanySettings,
  CreditApplication,
  Document,
  IdempotencyKey,
  Invitation,
  InvoiceInstallment,
  InvoiceAdjustment,
  InvoiceLine,
  Invoice,
  LoginAttempt,
  AuthThrottle,
  PasswordReset,
  NumberSequence,
  OrderAdjustment,
  OrderEvent,
  OrderLine,
  OrderTemplateLine,
  OrderTemplate,
  Order,
  OutboxMessage,
  PaymentAllocation,
  PaymentTermInstallment,
  PaymentTerm,
  Payment,
  PricelistRule,
  PriceIndexState,
  ProductPriceIndex,
  Pricelist,
  ProductAccessGroup,
  ProductUnit,
  Product,
  RfqLine,
  RfqMessage,
  Rfq,
  Refund,
  ScheduledJob,
  SentNotice,
  NotificationPreference,
  Session,
  ShipmentLine,
  Shipment,
  StockLevel,
  StockLocation,
  StockMovement,
  TaxRate,
  UnitOfMeasure,
  User,
  WebhookSubscription,
];

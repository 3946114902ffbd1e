import { registerEnumType } from 'type-graphql';
import { OrderAction, OrderStatus } from '@portal/domain';

registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(OrderAction, {
  name: 'OrderAction',
  description: 'What the viewer may do with an order right now.',
});

export enum OrderChannel {
  PORTAL = 'PORTAL',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  EDI = 'EDI',
  PUNCHOUT = 'PUNCHOUT',
  API = 'API',
}
registerEnumType(OrderChannel, { name: 'OrderChannel' });

export enum ApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });

export enum ReorderChangeKind {
  PRICE_CHANGED = 'PRICE_CHANGED',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_IN_CATALOG = 'NOT_IN_CATALOG',
  QUANTITY_ADJUSTED = 'QUANTITY_ADJUSTED',
}
registerEnumType(ReorderChangeKind, { name: 'ReorderChangeKind' });

export enum OrderSortKey {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  NUMBER = 'NUMBER',
  TOTAL = 'TOTAL',
}
registerEnumType(OrderSortKey, { name: 'OrderSortKey' });

export { OrderAction, OrderStatus };

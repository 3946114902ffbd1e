import { registerEnumType } from 'type-graphql';
import { OrderAction, OrderStatus } from '@portal/domain';
import { DraftDestination } from '../../service/orders/active-cart';
import { ReorderChangeKind } from '../../service/orders/reorder.service';

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

registerEnumType(ReorderChangeKind, { name: 'ReorderChangeKind' });
registerEnumType(DraftDestination, {
  name: 'DraftDestination',
  description: "Where a reorder's or a template's lines go: the buyer's cart, or a separate draft.",
});

export enum OrderSortKey {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  NUMBER = 'NUMBER',
  TOTAL = 'TOTAL',
  /** Priority orders first, then the oldest submitted: the fulfilment queue's order. */
  PRIORITY = 'PRIORITY',
}
registerEnumType(OrderSortKey, { name: 'OrderSortKey' });

export { DraftDestination, OrderAction, OrderStatus, ReorderChangeKind };

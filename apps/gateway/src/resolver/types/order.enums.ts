import { registerEnumType } from 'type-graphql';
import { OrderAction, OrderStatus } from '@portal/domain';
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

export enum OrderSortKey {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  NUMBER = 'NUMBER',
  TOTAL = 'TOTAL',
  /** Priority orders first, then the oldest submitted: the fulfilment queue's order. */
  PRIORITY = 'PRIORITY',
}
registerEnumType(OrderSortKey, { name: 'OrderSortKey' });

export { OrderAction, OrderStatus, ReorderChangeKind };

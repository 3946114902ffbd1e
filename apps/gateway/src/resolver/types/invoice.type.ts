import { ObjectType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';

/**
 * Placeholder of the contract's Invoice, so that `Order.invoices` exists with its access check
 * now. The invoicing issue fills in the fields (listed in contract/still-to-come.ts).
 */
@ObjectType('Invoice', { implements: NodeInterface })
export class InvoiceType extends NodeInterface {}

import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { StockMovementKind } from '@portal/domain';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { ProductType } from './product.type';

registerEnumType(StockMovementKind, {
  name: 'StockMovementKind',
  description:
    'What moved stock: a receipt, an adjustment with a reason, a reservation or release for an order, a shipment.',
});

@ObjectType('StockLocation', { description: 'A warehouse stock is kept in.' })
export class StockLocationType {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => Boolean, { description: 'Receipts without a location and backorders go here.' })
  isDefault: boolean;
}

@ObjectType('StockLevel', {
  description: "A product's stock at one location, in its base unit: available = on hand − reserved.",
})
export class StockLevelType {
  @Field(() => DecimalScalar) onHand: string;
  @Field(() => DecimalScalar, { description: 'Promised to placed orders, not shipped yet.' })
  reserved: string;
}

@ObjectType('ProductStock', {
  description:
    "A product's stock over all locations, in its base unit (the sum of its ledger). Available may be negative while backorders wait for goods.",
})
export class ProductStockType {
  @Field(() => DecimalScalar) onHand: string;
  @Field(() => DecimalScalar) reserved: string;
  @Field(() => DecimalScalar) available: string;
}

@ObjectType('StockMovement', { description: 'One row of the stock ledger.' })
export class StockMovementType {
  @Field(() => StockMovementKind) kind: StockMovementKind;
  @Field(() => String, { nullable: true, description: "An adjustment's reason, a receipt's note." })
  reason: string | null;
}

@InputType('ReceiveStockInput')
export class ReceiveStockInput {
  @Field(() => ID) productId: string;
  @Field(() => ID, { nullable: true, description: 'Default: the default warehouse.' }) locationId?:
    string | null;
  @Field(() => DecimalScalar, { description: "In the product's base unit; more than 0." }) quantity: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the rest is expected (shown on backorders); null clears it, omitted keeps it.',
  })
  restockDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Supplier, delivery note, …' }) note?: string | null;
}

@InputType('AdjustStockInput')
export class AdjustStockInput {
  @Field(() => ID) productId: string;
  @Field(() => ID, { nullable: true, description: 'Default: the default warehouse.' }) locationId?:
    string | null;
  @Field(() => DecimalScalar, {
    description: "Change of on hand in the product's base unit: negative for losses, positive for finds.",
  })
  quantity: string;
  @Field(() => String, { description: 'Why: cycle count, damaged, found, …' }) reason: string;
}

@ObjectType('StockPayload')
export class StockPayload {
  @Field(() => ProductType, { nullable: true }) product: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

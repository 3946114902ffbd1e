import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, toDecimalString, totalFigures, availableStock } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { connectionTypes } from '../common/connection';
import { toGlobalId } from '../common/node-id';
import { DateTimeScalar, DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import {
  Order,
  User,
  type Product,
  type StockLevel,
  type StockLocation,
  type StockMovement,
} from '../entity';
import { figuresOf } from '../service/inventory/stock-ledger';
import type { Services } from '../service/services';
import {
  AdjustStockInput,
  ProductStockType,
  ReceiveStockInput,
  StockLevelType,
  StockLocationType,
  StockMovementType,
  StockPayload,
} from './types/inventory.type';
import { OrderType } from './types/order.type';
import { ProductType } from './types/product.type';
import { UserType } from './types/user.type';
import { ProductConnection } from './product.resolver';

export const { ConnectionType: StockMovementConnection } = connectionTypes(
  StockMovementType,
  'StockMovement',
);

/** The warehouse's stock work: receipts, adjustments, levels and the ledger (INVENTORY_MANAGE). */
@Resolver()
export class InventoryResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.INVENTORY_MANAGE)
  @Query(() => ProductConnection, {
    description:
      'Every product with its stock, by SKU (first at most 100); `lowOnly`: available at or below the low-stock threshold. Requires INVENTORY_MANAGE.',
  })
  inventory(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('lowOnly', () => Boolean, { nullable: true }) lowOnly: boolean | null,
  ) {
    return this.services.inventory.stockList(ctx, { first, after, search, lowOnly });
  }

  @Allow(Permission.INVENTORY_MANAGE)
  @Query(() => [StockLocationType], {
    description: 'The warehouses, the default first. Requires INVENTORY_MANAGE.',
  })
  stockLocations(@Ctx() ctx: RequestContext) {
    return this.services.inventory.locations(ctx);
  }

  @Allow(Permission.INVENTORY_MANAGE)
  @Mutation(() => StockPayload, {
    description:
      'Goods arrived: a receipt in the ledger (optionally with the restock date of the rest). Requires INVENTORY_MANAGE.',
  })
  receiveStock(@Ctx() ctx: RequestContext, @Arg('input', () => ReceiveStockInput) input: ReceiveStockInput) {
    return this.services.inventory.receiveStock(ctx, input);
  }

  @Allow(Permission.INVENTORY_MANAGE)
  @Mutation(() => StockPayload, {
    description:
      'A count, damage or find: an adjustment with its reason; on hand never below zero nor below what is reserved. Requires INVENTORY_MANAGE.',
  })
  adjustStock(@Ctx() ctx: RequestContext, @Arg('input', () => AdjustStockInput) input: AdjustStockInput) {
    return this.services.inventory.adjustStock(ctx, input);
  }
}

/** A product's stock figures and ledger, for the warehouse. */
@Resolver(() => ProductType)
export class ProductStockResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.INVENTORY_MANAGE)
  @FieldResolver(() => ProductStockType, {
    nullable: true,
    description: 'On hand, reserved and available over all locations. Requires INVENTORY_MANAGE.',
  })
  async stock(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<ProductStockType> {
    const total = totalFigures((await this.services.inventory.levelsOf(ctx, product.id)).map(figuresOf));
    return {
      onHand: toDecimalString(total.onHand),
      reserved: toDecimalString(total.reserved),
      available: toDecimalString(availableStock(total)),
    };
  }

  @Allow(Permission.INVENTORY_MANAGE)
  @FieldResolver(() => [StockLevelType], {
    nullable: true,
    description: 'Stock per location. Requires INVENTORY_MANAGE.',
  })
  stockLevels(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return this.services.inventory.levelsOf(ctx, product.id);
  }

  @Allow(Permission.INVENTORY_MANAGE)
  @FieldResolver(() => StockMovementConnection, {
    nullable: true,
    description: 'The stock ledger, newest first (first at most 100). Requires INVENTORY_MANAGE.',
  })
  stockMovements(
    @Root() product: Product,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return this.services.inventory.movements(ctx, product.id, { first, after });
  }
}

@Resolver(() => StockLevelType)
export class StockLevelResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => StockLocationType)
  location(@Root() level: StockLevel, @Ctx() ctx: RequestContext) {
    return this.services.inventory.location(ctx, level.locationId);
  }

  @FieldResolver(() => DecimalScalar)
  onHand(@Root() level: StockLevel) {
    return toDecimalString(level.onHand);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Promised to placed orders, not shipped yet.' })
  reserved(@Root() level: StockLevel) {
    return toDecimalString(level.reserved);
  }

  @FieldResolver(() => DecimalScalar, { description: 'On hand − reserved (negative while backorders wait).' })
  available(@Root() level: StockLevel) {
    return toDecimalString(availableStock(figuresOf(level)));
  }
}

@Resolver(() => StockLocationType)
export class StockLocationResolver {
  @FieldResolver(() => ID)
  id(@Root() location: StockLocation) {
    return toGlobalId('StockLocation', location.id);
  }
}

@Resolver(() => StockMovementType)
export class StockMovementResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() movement: StockMovement) {
    return toGlobalId('StockMovement', movement.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'In the base unit; signed for adjustments.' })
  quantity(@Root() movement: StockMovement) {
    return toDecimalString(movement.quantity);
  }

  @FieldResolver(() => DecimalScalar)
  onHandAfter(@Root() movement: StockMovement) {
    return toDecimalString(movement.onHandAfter);
  }

  @FieldResolver(() => DecimalScalar)
  reservedAfter(@Root() movement: StockMovement) {
    return toDecimalString(movement.reservedAfter);
  }

  @FieldResolver(() => DateTimeScalar)
  at(@Root() movement: StockMovement) {
    return movement.createdAt;
  }

  @FieldResolver(() => StockLocationType)
  location(@Root() movement: StockMovement, @Ctx() ctx: RequestContext) {
    return this.services.inventory.location(ctx, movement.locationId);
  }

  @FieldResolver(() => OrderType, {
    nullable: true,
    description: 'The order of a reservation, release or shipment.',
  })
  order(@Root() movement: StockMovement, @Ctx() ctx: RequestContext) {
    return movement.orderId === null ? null : ctx.loaders.load(Order, movement.orderId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who made it (none for the opening stock).' })
  createdBy(@Root() movement: StockMovement, @Ctx() ctx: RequestContext) {
    return movement.createdById === null ? null : ctx.loaders.load(User, movement.createdById);
  }
}

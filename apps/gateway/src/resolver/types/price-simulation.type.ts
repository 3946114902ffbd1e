import { Field, ObjectType } from 'type-graphql';
import { MoneyType } from '../../common/money.type';
import { DecimalScalar } from '../../common/scalars';
import { PricelistRuleType } from './catalog-admin.types';
import { CompanyType, PricelistType } from './company.type';
import { ProductType, UnitOfMeasureType } from './product.type';

@ObjectType('PriceSimulation', {
  description:
    "Staff: what a company's buyers pay for a product at a quantity today, the rule that set it, and the explanation they read.",
})
export class PriceSimulationType {
  @Field(() => CompanyType) company: CompanyType;
  @Field(() => ProductType) product: ProductType;
  @Field(() => PricelistType, { nullable: true, description: "The company's pricelist; null: list prices." })
  pricelist: PricelistType | null;
  @Field(() => PricelistRuleType, {
    nullable: true,
    description: 'The pricelist rule that set the price; null: the list price, or no price.',
  })
  rule: PricelistRuleType | null;
  @Field(() => Boolean, {
    description: 'False when the company may not see the product (access groups, unpublished): no price.',
  })
  inCatalog: boolean;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => UnitOfMeasureType) unit: UnitOfMeasureType;
  @Field(() => MoneyType, {
    nullable: true,
    description: 'Price of one `unit` at `quantity`; null: price on request, or not in the catalog.',
  })
  unitPrice: MoneyType | null;
  @Field(() => MoneyType, { nullable: true }) lineTotal: MoneyType | null;
  @Field(() => String, {
    nullable: true,
    description: "The line the company's buyers read next to the price (null where they get none).",
  })
  explanation: string | null;
}

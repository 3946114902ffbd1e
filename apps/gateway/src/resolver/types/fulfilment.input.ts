import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@InputType('ShipOrderInput')
export class ShipOrderInput {
  @Field(() => ID) orderId: string;
  @Field(() => String, {
    description: 'e.g. UPS, FedEx, USPS, DHL (these get a tracking link), or any other carrier.',
  })
  carrier: string;
  @Field(() => String, { nullable: true }) trackingNumber?: string | null;
  @Field(() => String, { nullable: true }) billOfLadingNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today.' }) expectedShipDate?:
    string | null;
}

@InputType('ReportIssueInput')
export class ReportIssueInput {
  @Field(() => ID) orderId: string;
  @Field(() => String) description: string;
  @Field(() => [ID], { nullable: true, description: 'Lines of this order the issue concerns.' }) lineIds?:
    string[] | null;
}

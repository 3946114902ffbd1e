import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@InputType('ShipOrderLineInput')
export class ShipOrderLineInput {
  @Field(() => ID) lineId: string;
  @Field(() => DecimalScalar, { description: "In the line's unit; at most what is still open on it." })
  quantity: string;
}

@InputType('SetExpectedShipDateInput')
export class SetExpectedShipDateInput {
  @Field(() => ID) orderId: string;
  @Field(() => DateScalar, { description: 'Today or later.' }) expectedShipDate: string;
}

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
  @Field(() => [ShipOrderLineInput], {
    nullable: true,
    description: 'What this shipment carries (part of a line, some lines); default: everything still open.',
  })
  lines?: ShipOrderLineInput[] | null;
}

@InputType('ReportIssueInput')
export class ReportIssueInput {
  @Field(() => ID) orderId: string;
  @Field(() => String) description: string;
  @Field(() => [ID], { nullable: true, description: 'Lines of this order the issue concerns.' }) lineIds?:
    string[] | null;
}

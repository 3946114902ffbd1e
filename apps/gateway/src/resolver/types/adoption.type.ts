import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@ObjectType('AdoptionMonth', {
  description: 'Portal health for one calendar month, the seed metrics of an adoption programme.',
})
export class AdoptionMonthType {
  @Field(() => DateScalar, { description: 'First day of the month.' }) month: string;
  @Field(() => DecimalScalar, {
    description: 'Share of customer companies with at least one portal login in the month, 0..1.',
  })
  activeAccountShare: string;
  @Field(() => DecimalScalar, {
    description:
      "Share of the month's submitted orders that came through the portal (PORTAL and API channels), 0..1.",
  })
  portalOrderShare: string;
  @Field(() => DecimalScalar, {
    description: 'Portal (PORTAL and API) orders submitted in the month per user who signed in in the month.',
  })
  averageOrdersPerActiveUser: string;
  @Field(() => Int) phoneOrders: number;
  @Field(() => Int) totalOrders: number;
}

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

  @Field(() => Int, {
    description:
      "Extension: customer companies that had at least one portal user (an activated account) by the month's end.",
  })
  accountsWithPortalUsers: number;
  @Field(() => Int, {
    description:
      'Extension: the active accounts of the adoption article: companies with portal users that submitted at least one portal (PORTAL or API) order in the month.',
  })
  orderingAccounts: number;
  @Field(() => DecimalScalar, {
    description:
      'Extension: orderingAccounts over accountsWithPortalUsers, 0..1 (the article’s "active accounts %").',
  })
  orderingAccountShare: string;
  @Field(() => Int, {
    description: 'Extension: orders submitted in the month through the portal or the API.',
  })
  portalOrders: number;
  @Field(() => Int, { description: 'Extension: customer users who signed in in the month.' })
  activeUsers: number;
  @Field(() => Int, {
    description:
      'Extension: delivery issues reported on orders in the month (the article’s support tickets).',
  })
  issueReports: number;
  @Field(() => DecimalScalar, {
    description: 'Extension: issueReports per 100 orders submitted in the month, 2 decimals.',
  })
  issueReportsPer100Orders: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Extension: the trend: this month's portalOrderShare minus the previous month's (e.g. 0.0500 = 5 points up).",
  })
  portalOrderShareChange: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Extension: the baseline period’s phone orders per month (2 decimals); null without baselineFrom and baselineTo.',
  })
  phoneOrderBaselineAverage: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Extension: the month's phone orders against the baseline average: (phoneOrders − average) / average, e.g. -0.2500 = 25% fewer; null without a baseline or when its average is 0.",
  })
  phoneOrderChange: string | null;
}

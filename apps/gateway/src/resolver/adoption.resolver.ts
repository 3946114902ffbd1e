import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { DateScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';
import { AdoptionMonthType } from './types/adoption.type';

@Resolver()
export class AdoptionResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.METRICS_READ)
  @Query(() => [AdoptionMonthType], {
    description:
      'Staff: portal adoption per month (at most 36 months). Extension: with baselineFrom and baselineTo (at most 36 months too), each month’s phone orders are compared with the baseline’s monthly average. Requires METRICS_READ.',
  })
  portalAdoption(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('baselineFrom', () => DateScalar, { nullable: true }) baselineFrom?: string | null,
    @Arg('baselineTo', () => DateScalar, { nullable: true }) baselineTo?: string | null,
  ) {
    return this.services.adoption.portalAdoption(ctx, from, to, { from: baselineFrom, to: baselineTo });
  }
}

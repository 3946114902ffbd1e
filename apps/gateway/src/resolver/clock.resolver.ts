import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import { PortalClockType } from './types/clock.type';

@Resolver(() => PortalClockType)
export class ClockResolver {
  @Public()
  @Query(() => PortalClockType, {
    description:
      "The server's clock and today's date in the seller's time zone (business dates come from here).",
  })
  clock(@Ctx() ctx: RequestContext): PortalClockType {
    return Object.assign(new PortalClockType(), {
      now: ctx.now(),
      today: ctx.clock.today(),
      timeZone: ctx.clock.timeZone,
    });
  }
}

import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

@ObjectType('PortalClock', {
  description:
    "The server's clock: the one source of business dates (today, default dates, expiry, due dates). Clients never take these from their own clock.",
})
export class PortalClockType {
  @Field(() => DateTimeScalar, { description: 'The current instant.' }) now: Date;
  @Field(() => DateScalar, { description: "Today's date in the seller's time zone." }) today: string;
  @Field(() => String, { description: "The seller's IANA time zone, e.g. UTC or America/Chicago." })
  timeZone: string;
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../common/connection';
import { NodeInterface } from '../../common/node.type';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';

/*
 * Object types of requests for quotation. Resolvers return the TypeORM entities (Rfq, RfqLine,
 * RfqMessage) as roots; relations, ids and money are field resolvers in rfq.resolver.ts.
 */

export enum RfqStatus {
  SUBMITTED = 'SUBMITTED',
  QUOTED = 'QUOTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(RfqStatus, { name: 'RfqStatus' });

@ObjectType('RfqLine', { description: 'A requested item: a catalog product, or a free-text description.' })
export class RfqLineType {
  @Field(() => String) description: string;
  @Field(() => DecimalScalar) quantity: string;
}

@ObjectType('RfqMessage', { description: "A message in an RFQ's conversation between buyer and seller." })
export class RfqMessageType {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) body: string;
}

@ObjectType('Rfq', { implements: NodeInterface, description: "A buyer's request for quotation." })
export class RfqType extends NodeInterface {
  @Field(() => String, { description: 'e.g. RFQ-000007' }) number: string;
  @Field(() => String) title: string;
  @Field(() => RfqStatus) status: RfqStatus;
  @Field(() => DateScalar, { nullable: true }) neededBy: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

export const { ConnectionType: RfqConnection, EdgeType: RfqEdge } = connectionTypes(RfqType, 'Rfq');

@ObjectType('RfqPayload')
export class RfqPayload {
  @Field(() => RfqType, { nullable: true }) rfq: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

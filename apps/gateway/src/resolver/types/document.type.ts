import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { NodeInterface } from '../../common/node.type';
import { DocumentKind } from './catalog.enums';

@ObjectType('Document', { implements: NodeInterface })
export class DocumentType extends NodeInterface {
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'Authenticated download address, e.g. /documents/<id>' }) url: string;
  @Field(() => String) contentType: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}

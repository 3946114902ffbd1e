import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SignedIn } from '../auth/access.decorators';
import { NodeInterface } from '../common/node.type';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';

@Resolver()
export class NodeResolver {
  constructor(private readonly services: Services) {}

  @SignedIn()
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any entity by its global id, within what the viewer may see.',
  })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.services.nodes.find(ctx, id);
  }
}

import { fromGlobalId } from '../common/node-id';
import type { RequestContext } from '../context';
import { mayReadNodeType } from '../auth/token-scopes';
import type { CompanyService } from './accounts/company.service';
import type { UserService } from './accounts/user.service';

/** Resolves `node(id)` through the scoped finder of each type: a foreign id is a missing id. */
export class NodeService {
  private readonly finders: Record<string, (ctx: RequestContext, id: number) => Promise<object | null>>;

  constructor(users: UserService, companies: CompanyService) {
    this.finders = {
      User: (ctx, id) => users.findVisible(ctx, id),
      Company: (ctx, id) => companies.findVisible(ctx, id),
    };
  }

  /** Lets later services (orders, invoices, ...) make their types reachable through `node`. */
  register(type: string, finder: (ctx: RequestContext, id: number) => Promise<object | null>): void {
    this.finders[type] = finder;
  }

  async find(ctx: RequestContext, globalId: string): Promise<object | null> {
    const decoded = fromGlobalId(globalId);
    // Own keys only: an id of type "constructor" or "toString" must not reach Object.prototype.
    const finder =
      decoded && Object.hasOwn(this.finders, decoded.type) ? this.finders[decoded.type] : undefined;
    // An API token reaches a type only with one of its scopes (a foreign type is a missing id).
    if (decoded && !mayReadNodeType(ctx.viewer, decoded.type)) return null;
    return decoded && finder ? finder(ctx, decoded.id) : null;
  }
}

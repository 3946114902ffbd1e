import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';
import { OrderPayload } from './types/order.type';
import { AcceptQuoteInput, QuoteResponseInput, SendQuoteInput } from './types/rfq.input';

/** Quotations: the seller sends and revises them, the customer accepts, asks for changes or declines. */
@Resolver()
export class QuoteResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.QUOTES_MANAGE)
  @Mutation(() => OrderPayload, {
    description:
      'Creates or revises the quotation for an RFQ, or turns a draft into a quotation. Requires QUOTES_MANAGE.',
  })
  sendQuote(@Ctx() ctx: RequestContext, @Arg('input', () => SendQuoteInput) input: SendQuoteInput) {
    return this.services.quotes.sendQuote(ctx, input);
  }

  @Allow(Permission.QUOTES_RESPOND)
  @Mutation(() => OrderPayload, {
    description:
      'Accepts the quotation with a typed signature; it becomes a sales order. Requires QUOTES_RESPOND.',
  })
  acceptQuote(@Ctx() ctx: RequestContext, @Arg('input', () => AcceptQuoteInput) input: AcceptQuoteInput) {
    return this.services.quotes.acceptQuote(ctx, input);
  }

  @Allow(Permission.QUOTES_RESPOND)
  @Mutation(() => OrderPayload, {
    description: 'Asks the seller for a revised quotation. Requires QUOTES_RESPOND.',
  })
  requestQuoteChanges(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => QuoteResponseInput) input: QuoteResponseInput,
  ) {
    return this.services.quotes.requestChanges(ctx, input);
  }

  @Allow(Permission.QUOTES_RESPOND)
  @Mutation(() => OrderPayload, {
    description: 'Declines the quotation; the order is cancelled. Requires QUOTES_RESPOND.',
  })
  declineQuote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => QuoteResponseInput) input: QuoteResponseInput,
  ) {
    return this.services.quotes.decline(ctx, input);
  }
}

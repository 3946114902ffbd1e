import type { RequestContext } from '../../context';
import { Address } from '../../entity';

/** The company's default shipping address (else its first address), or null when it has none. */
export async function defaultShippingAddress(tx: RequestContext, companyId: number): Promise<Address | null> {
  return tx.db
    .getRepository(Address)
    .findOne({ where: { companyId }, order: { isDefaultShipping: 'DESC', id: 'ASC' } });
}

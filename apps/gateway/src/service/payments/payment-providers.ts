import type { PortalConfig } from '../../config';
import { BankTransferProvider } from './bank-transfer-provider';
import { PaymentProviderRegistry } from './payment-provider';
import { TestCardProvider } from './test-card-provider';

export { PaymentProviderRegistry } from './payment-provider';
export type {
  ChargeRequest,
  ChargeResult,
  PaymentProvider,
  RefundRequest,
  RefundResult,
} from './payment-provider';

/**
 * The built-in providers: the offline test card provider for CARD, and bank transfers (PENDING
 * with remittance instructions from the seller's bank details) for ACH and WIRE. CHECK is not
 * accepted online: staff record checks with `recordPayment`. To accept real cards, register a
 * provider adapter for CARD here (docs/payments.md).
 */
export function defaultPaymentProviders(config: Pick<PortalConfig, 'seller'>): PaymentProviderRegistry {
  return new PaymentProviderRegistry({
    CARD: new TestCardProvider(),
    ACH: new BankTransferProvider('ACH', config.seller.bankLines),
    WIRE: new BankTransferProvider('WIRE', config.seller.bankLines),
  });
}

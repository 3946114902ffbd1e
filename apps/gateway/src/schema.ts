import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { describeAccess } from './auth/describe-access';
import { guardRootArguments } from './common/input-guard';
import { registerNodeType } from './common/node.type';
import {
  Address,
  Category,
  Company,
  Document,
  Invoice,
  Order,
  OrderTemplate,
  Payment,
  Refund,
  Pricelist,
  Product,
  Rfq,
  TaxRate,
  UnitOfMeasure,
  User,
} from './entity';
import { InvoiceLineResolver, InvoiceResolver } from './resolver/invoice.resolver';
import { InvoicePaymentsResolver } from './resolver/invoice-payments.resolver';
import {
  AccountStatementDocumentResolver,
  InvoiceDocumentResolver,
} from './resolver/invoice-document.resolver';
import { PaymentResolver } from './resolver/payment.resolver';
import { InvoiceRefundsResolver, PaymentRefundsResolver, RefundResolver } from './resolver/refund.resolver';
import { PaymentTermInstallmentResolver, PaymentTermsResolver } from './resolver/payment-term.resolver';
import { AccountResolver } from './resolver/account.resolver';
import { OutboxResolver } from './resolver/outbox.resolver';
import { WebhookResolver } from './resolver/webhook.resolver';
import { CompanyNotificationResolver, NotificationResolver } from './resolver/notification.resolver';
import { ClockResolver } from './resolver/clock.resolver';
import { AdoptionResolver } from './resolver/adoption.resolver';
import { FulfilmentResolver } from './resolver/fulfilment.resolver';
import { QuoteResolver } from './resolver/quote.resolver';
import { OrderRfqResolver, RfqLineResolver, RfqMessageResolver, RfqResolver } from './resolver/rfq.resolver';
import {
  AddressResolver,
  CategoryResolver,
  CompanyResolver,
  PaymentTermResolver,
  PricelistResolver,
} from './resolver/company.resolver';
import {
  CatalogAdminResolver,
  PricelistRuleResolver,
  PricelistRulesResolver,
} from './resolver/catalog-admin.resolver';
import { NodeResolver } from './resolver/node.resolver';
import { PriceSimulationResolver } from './resolver/price-simulation.resolver';
import {
  ApprovalResolver,
  OrderEventResolver,
  OrderLineResolver,
  OrderLineTemplateResolver,
  OrderEstimateResolver,
  OrderEstimateLineResolver,
  OrderResolver,
  OrderTemplateResolver,
  ShipmentLineResolver,
  ShipmentResolver,
  ViewerCartResolver,
} from './resolver/order.resolver';
import {
  InventoryResolver,
  ProductStockResolver,
  StockLevelResolver,
  StockLocationResolver,
  StockMovementResolver,
} from './resolver/inventory.resolver';
import {
  CategoryListResolver,
  DocumentResolver,
  ProductResolver,
  UnitOfMeasureResolver,
} from './resolver/product.resolver';
import { CompanyTaxExemptionResolver, TaxResolver } from './resolver/tax.resolver';
import { UserResolver } from './resolver/user.resolver';
import { ApiTokenResolver, ViewerResolver } from './resolver/viewer.resolver';
import {
  CompanyIncentivesResolver,
  InvoiceIncentivesResolver,
  OrderIncentivesResolver,
} from './resolver/incentives.resolver';
import type { Services } from './service/services';

export const RESOLVERS = [
  ClockResolver,
  TaxResolver,
  CompanyTaxExemptionResolver,
  OutboxResolver,
  WebhookResolver,
  NotificationResolver,
  CompanyNotificationResolver,
  AccountResolver,
  ViewerResolver,
  ApiTokenResolver,
  UserResolver,
  CompanyResolver,
  AddressResolver,
  CategoryResolver,
  PricelistResolver,
  PaymentTermResolver,
  NodeResolver,
  ProductResolver,
  UnitOfMeasureResolver,
  CategoryListResolver,
  DocumentResolver,
  CatalogAdminResolver,
  PricelistRulesResolver,
  PricelistRuleResolver,
  PriceSimulationResolver,
  OrderResolver,
  OrderLineResolver,
  ApprovalResolver,
  OrderEventResolver,
  ShipmentResolver,
  ShipmentLineResolver,
  OrderTemplateResolver,
  OrderLineTemplateResolver,
  OrderEstimateResolver,
  OrderEstimateLineResolver,
  ViewerCartResolver,
  RfqResolver,
  RfqLineResolver,
  RfqMessageResolver,
  OrderRfqResolver,
  QuoteResolver,
  FulfilmentResolver,
  InventoryResolver,
  ProductStockResolver,
  StockLevelResolver,
  StockLocationResolver,
  StockMovementResolver,
  AdoptionResolver,
  OrderIncentivesResolver,
  InvoiceIncentivesResolver,
  CompanyIncentivesResolver,
  InvoiceResolver,
  InvoiceLineResolver,
  InvoicePaymentsResolver,
  InvoiceDocumentResolver,
  AccountStatementDocumentResolver,
  PaymentResolver,
  RefundResolver,
  PaymentRefundsResolver,
  InvoiceRefundsResolver,
  PaymentTermsResolver,
  PaymentTermInstallmentResolver,
] as const;

registerNodeType(User, 'User');
registerNodeType(Company, 'Company');
registerNodeType(Category, 'Category');
registerNodeType(Pricelist, 'Pricelist');
registerNodeType(Address, 'Address');
registerNodeType(Product, 'Product');
registerNodeType(UnitOfMeasure, 'UnitOfMeasure');
registerNodeType(Document, 'Document');
registerNodeType(Order, 'Order');
registerNodeType(OrderTemplate, 'OrderTemplate');
registerNodeType(Rfq, 'Rfq');
registerNodeType(Invoice, 'Invoice');
registerNodeType(Payment, 'Payment');
registerNodeType(Refund, 'Refund');
registerNodeType(TaxRate, 'TaxRate');

type ResolverClass = new (services: Services) => unknown;

/** Resolvers are built once with the service registry (constructor injection, Vendure style). */
function serviceContainer(services: Services): ContainerType {
  const instances = new Map<ResolverClass, unknown>();
  return {
    get(resolverClass: ResolverClass) {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(services));
      return instances.get(resolverClass);
    },
  } as ContainerType;
}

export async function buildPortalSchema(services: Services): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<ResolverClass>,
    authChecker,
    container: serviceContainer(services),
    validate: false,
  });
  return describeAccess(guardRootArguments(schema));
}

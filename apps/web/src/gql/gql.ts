/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query ServerClock {\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n': typeof types.ServerClockDocument;
  '\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n': typeof types.AppHeader_ViewerFragmentDoc;
  '\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n': typeof types.LogoutDocument;
  '\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n': typeof types.ViewerSummary_ViewerFragmentDoc;
  '\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n': typeof types.AppLayoutDocument;
  '\n  fragment ApprovalQueueRow_order on Order {\n    id\n    number\n    createdAt\n    submittedAt\n    availableActions\n    createdBy {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    approval {\n      reason\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ApprovalQueueRow_OrderFragmentDoc;
  '\n  query ApprovalQueue($first: Int!, $withPrices: Boolean!) {\n    approvalQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ApprovalQueueRow_order\n        }\n      }\n    }\n  }\n': typeof types.ApprovalQueueDocument;
  '\n  mutation ApproveOrders($input: OrdersDecisionInput!) {\n    approveOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ApproveOrdersDocument;
  '\n  mutation RejectOrders($input: OrdersDecisionInput!) {\n    rejectOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RejectOrdersDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  fragment CartDetailsForm_order on Order {\n    id\n    purchaseOrderNumber\n    requestedDeliveryDate\n    notes\n    shippingAddress {\n      id\n    }\n  }\n': typeof types.CartDetailsForm_OrderFragmentDoc;
  '\n  fragment CartDetailsForm_address on Address {\n    id\n    label\n    line1\n    city\n    postalCode\n  }\n': typeof types.CartDetailsForm_AddressFragmentDoc;
  '\n  mutation UpdateCartDetails($input: UpdateOrderDetailsInput!, $contractPrices: Boolean!) {\n    updateOrderDetails(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.UpdateCartDetailsDocument;
  '\n  fragment CartLineRow_line on OrderLine {\n    id\n    sku\n    description\n    quantity\n    baseQuantity\n    unit {\n      id\n      symbol\n    }\n    availability {\n      ...AvailabilityText_availability\n    }\n    product {\n      id\n      baseUnit {\n        id\n        symbol\n      }\n      units {\n        factor\n        isDefault\n        unit {\n          id\n          symbol\n          name\n        }\n      }\n    }\n    unitPrice @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    lineTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n  }\n': typeof types.CartLineRow_LineFragmentDoc;
  '\n  mutation UpdateCartLine($input: UpdateOrderLineInput!, $contractPrices: Boolean!) {\n    updateOrderLine(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.UpdateCartLineDocument;
  '\n  mutation RemoveCartLine($input: RemoveOrderLinesInput!, $contractPrices: Boolean!) {\n    removeOrderLines(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RemoveCartLineDocument;
  '\n  fragment CartView_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      lineId\n      message\n    }\n    lines {\n      id\n      ...CartLineRow_line\n    }\n    subtotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    ...CartDetailsForm_order\n  }\n': typeof types.CartView_OrderFragmentDoc;
  '\n  query Cart($contractPrices: Boolean!) {\n    viewer {\n      company {\n        id\n        addresses {\n          id\n          ...CartDetailsForm_address\n        }\n      }\n      cart {\n        id\n        ...CartView_order\n      }\n    }\n  }\n': typeof types.CartDocument;
  '\n  mutation SubmitCart($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        approval {\n          reason\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SubmitCartDocument;
  '\n  fragment AvailabilityText_availability on Availability {\n    status\n    quantityAvailable\n    restockDate\n    leadTimeDays\n  }\n': typeof types.AvailabilityText_AvailabilityFragmentDoc;
  '\n  query Catalog(\n    $first: Int!\n    $after: String\n    $filter: ProductFilter\n    $sort: ProductSort\n    $contractPrices: Boolean!\n    $catalogPrices: Boolean!\n  ) {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n': typeof types.CatalogDocument;
  '\n  fragment PriceBreaksTable_priceBreak on PriceBreak {\n    minQuantity\n    unitPrice {\n      amount\n      currencyCode\n    }\n    explanation\n  }\n': typeof types.PriceBreaksTable_PriceBreakFragmentDoc;
  '\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    description\n    category {\n      id\n      name\n    }\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n    minimumOrderQuantity\n    orderMultiple\n    availability {\n      ...AvailabilityText_availability\n    }\n    documents {\n      id\n      title\n      kind\n    }\n    catalogPrice @include(if: $catalogPrices) {\n      amount\n      currencyCode\n    }\n    price @include(if: $contractPrices) {\n      unitPrice {\n        amount\n        currencyCode\n      }\n      explanation\n      unit {\n        id\n        symbol\n      }\n    }\n    priceBreaks @include(if: $contractPrices) {\n      ...PriceBreaksTable_priceBreak\n    }\n  }\n': typeof types.ProductCard_ProductFragmentDoc;
  '\n  query QuickOrderProducts($skus: [String!]!, $first: Int!) {\n    products(first: $first, filter: { skus: $skus }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          baseUnit {\n            id\n            symbol\n          }\n          units {\n            factor\n            isDefault\n            unit {\n              id\n              symbol\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuickOrderProductsDocument;
  '\n  mutation AddToCart($input: AddOrderLinesInput!) {\n    addOrderLines(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.AddToCartDocument;
  '\n  mutation StartCart($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.StartCartDocument;
  '\n  query CartId {\n    viewer {\n      cart {\n        id\n        number\n        lines {\n          id\n        }\n      }\n    }\n  }\n': typeof types.CartIdDocument;
  '\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n': typeof types.HomeDocument;
  '\n  fragment AgingChart_report on AgingReport {\n    asOf\n    totalOutstanding {\n      amount\n      currencyCode\n    }\n    buckets {\n      label\n      minDays\n      maxDays\n      count\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n': typeof types.AgingChart_ReportFragmentDoc;
  '\n  query AgingReport {\n    agingReport {\n      ...AgingChart_report\n    }\n  }\n': typeof types.AgingReportDocument;
  '\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    ...PayInvoicesDialog_invoice\n  }\n': typeof types.InvoiceRow_InvoiceFragmentDoc;
  '\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n        }\n      }\n    }\n  }\n': typeof types.InvoicesDocument;
  '\n  query InvoicePage($id: ID!, $details: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      issuedOn\n      dueOn\n      reason\n      taxExemptionText\n      company {\n        id\n        name\n      }\n      order {\n        id\n        number\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      taxTotal {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n      amountPaid {\n        amount\n        currencyCode\n      }\n      amountDue {\n        amount\n        currencyCode\n      }\n      installments {\n        dueOn\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ...PayInvoicesDialog_invoice\n      lines @include(if: $details) {\n        description\n        quantity\n        taxRate\n        unit {\n          id\n          symbol\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n        taxAmount {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      payments @include(if: $details) {\n        id\n        status\n        method\n        paidAt\n        reference\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      document @include(if: $details) {\n        id\n        title\n      }\n    }\n  }\n': typeof types.InvoicePageDocument;
  '\n  fragment PayInvoicesDialog_invoice on Invoice {\n    id\n    number\n    status\n    amountDue {\n      amount\n      currencyCode\n    }\n    earlyPaymentDiscount {\n      percent\n      deadline\n      amount {\n        amount\n        currencyCode\n      }\n      amountToPay {\n        amount\n        currencyCode\n      }\n    }\n  }\n': typeof types.PayInvoicesDialog_InvoiceFragmentDoc;
  '\n  mutation PayInvoices($input: PayInvoicesInput!) {\n    payInvoices(input: $input) {\n      payments {\n        id\n        status\n        method\n        reference\n        remittanceInstructions\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      invoices {\n        id\n        status\n        amountPaid {\n          amount\n          currencyCode\n        }\n        ...PayInvoicesDialog_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.PayInvoicesDocument;
  '\n  query AccountStatement($from: Date, $to: Date) {\n    accountStatement(from: $from, to: $to) {\n      from\n      to\n      company {\n        id\n        name\n      }\n      openingBalance {\n        amount\n        currencyCode\n      }\n      closingBalance {\n        amount\n        currencyCode\n      }\n      entries {\n        date\n        kind\n        reference\n        debit {\n          amount\n          currencyCode\n        }\n        credit {\n          amount\n          currencyCode\n        }\n        balance {\n          amount\n          currencyCode\n        }\n      }\n      document {\n        id\n        title\n      }\n    }\n  }\n': typeof types.AccountStatementDocument;
  '\n  fragment OrderActions_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      message\n    }\n    lines {\n      id\n      sku\n      description\n    }\n  }\n': typeof types.OrderActions_OrderFragmentDoc;
  '\n  fragment OrderActionResult_order on Order {\n    id\n    status\n    availableActions\n  }\n': typeof types.OrderActionResult_OrderFragmentDoc;
  '\n  mutation ReorderOrder($input: ReorderInput!) {\n    reorder(input: $input) {\n      order {\n        id\n        number\n      }\n      changes {\n        kind\n        sku\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ReorderOrderDocument;
  '\n  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        name\n        shared\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SaveOrderAsTemplateDocument;
  '\n  mutation ConfirmOrderReceipt($input: OrderActionInput!) {\n    confirmReceipt(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ConfirmOrderReceiptDocument;
  '\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.CancelOrderDocument;
  '\n  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {\n    reportDeliveryIssue(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ReportOrderDeliveryIssueDocument;
  '\n  mutation ApproveOrder($input: OrderActionInput!) {\n    approveOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ApproveOrderDocument;
  '\n  mutation RejectOrder($input: OrderActionInput!) {\n    rejectOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RejectOrderDocument;
  '\n  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SubmitOrderFromPageDocument;
  '\n  fragment OrderLines_order on Order {\n    id\n    lines {\n      id\n      sku\n      description\n      quantity\n      baseQuantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        baseUnit {\n          id\n          symbol\n        }\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      lineTotal @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n    subtotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n': typeof types.OrderLines_OrderFragmentDoc;
  '\n  fragment OrderHistoryRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    createdAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    company @include(if: $withCompany) {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n': typeof types.OrderHistoryRow_OrderFragmentDoc;
  '\n  query OrderHistory(\n    $first: Int!\n    $after: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $withPrices: Boolean!\n    $withCompany: Boolean!\n  ) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderHistoryRow_order\n        }\n      }\n    }\n  }\n': typeof types.OrderHistoryDocument;
  '\n  query OrderPage($id: ID!, $withPrices: Boolean!, $withInvoices: Boolean!) {\n    order(id: $id) {\n      id\n      number\n      status\n      purchaseOrderNumber\n      requestedDeliveryDate\n      createdAt\n      submittedAt\n      notes\n      issues {\n        code\n        message\n        lineId\n      }\n      createdBy {\n        id\n        name\n      }\n      sourceOrder {\n        id\n        number\n      }\n      shippingAddress {\n        id\n        label\n        line1\n        city\n        postalCode\n        countryCode\n      }\n      approval {\n        status\n        reason\n        comment\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n      quote {\n        revision\n        sentAt\n        validUntil\n        acceptedAt\n        signedByName\n      }\n      shipments {\n        id\n        carrier\n        trackingNumber\n        trackingUrl\n        billOfLadingNumber\n        expectedShipDate\n        shippedAt\n        deliveredAt\n      }\n      documents {\n        id\n        title\n        kind\n      }\n      invoices @include(if: $withInvoices) {\n        id\n        number\n        status\n        total {\n          amount\n          currencyCode\n        }\n      }\n      ...OrderTimeline_order\n      ...OrderLines_order\n      ...OrderActions_order\n      ...ReorderChanges_order\n    }\n  }\n': typeof types.OrderPageDocument;
  '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      at\n      status\n      message\n      actor {\n        id\n        name\n      }\n    }\n  }\n': typeof types.OrderTimeline_OrderFragmentDoc;
  '\n  fragment ReorderChanges_order on Order {\n    id\n    lines {\n      id\n      sku\n      previousUnitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n  }\n': typeof types.ReorderChanges_OrderFragmentDoc;
  '\n  fragment ApiTokens_token on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n': typeof types.ApiTokens_TokenFragmentDoc;
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokens_token\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  mutation UpdateOwnName($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.UpdateOwnNameDocument;
  '\n  query Profile {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n      company {\n        id\n        name\n      }\n      permissions\n      apiTokens {\n        id\n        ...ApiTokens_token\n      }\n    }\n  }\n': typeof types.ProfileDocument;
  '\n  fragment ProductPicker_product on Product {\n    id\n    sku\n    name\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n  }\n': typeof types.ProductPicker_ProductFragmentDoc;
  '\n  query ProductPickerSearch($search: String!) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          ...ProductPicker_product\n        }\n      }\n    }\n  }\n': typeof types.ProductPickerSearchDocument;
  '\n  fragment QuotationPanel_order on Order {\n    id\n    number\n    status\n    availableActions\n    quote {\n      revision\n      validUntil\n      sentAt\n      acceptedAt\n      signedByName\n    }\n    lines {\n      id\n      sku\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    taxTotal {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n  }\n': typeof types.QuotationPanel_OrderFragmentDoc;
  '\n  mutation AcceptQuote($input: AcceptQuoteInput!) {\n    acceptQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.AcceptQuoteDocument;
  '\n  mutation RequestQuoteChanges($input: QuoteResponseInput!) {\n    requestQuoteChanges(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RequestQuoteChangesDocument;
  '\n  mutation DeclineQuote($input: QuoteResponseInput!) {\n    declineQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.DeclineQuoteDocument;
  '\n  fragment RfqLines_line on RfqLine {\n    id\n    description\n    quantity\n    unit {\n      id\n      symbol\n    }\n    product {\n      id\n      sku\n      name\n    }\n    targetUnitPrice {\n      amount\n      currencyCode\n    }\n  }\n': typeof types.RfqLines_LineFragmentDoc;
  '\n  fragment RfqRow_rfq on Rfq {\n    id\n    number\n    title\n    status\n    createdAt\n    neededBy\n    requestedBy {\n      id\n      name\n    }\n    quotation {\n      id\n      number\n      quote {\n        validUntil\n        revision\n      }\n    }\n  }\n': typeof types.RfqRow_RfqFragmentDoc;
  '\n  query Rfqs($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqRow_rfq\n        }\n      }\n    }\n  }\n': typeof types.RfqsDocument;
  '\n  query RfqNewPage {\n    unitsOfMeasure {\n      id\n      symbol\n      name\n    }\n    viewer {\n      company {\n        id\n        currencyCode\n      }\n    }\n  }\n': typeof types.RfqNewPageDocument;
  '\n  mutation SubmitRfq($input: SubmitRfqInput!) {\n    submitRfq(input: $input) {\n      rfq {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SubmitRfqDocument;
  '\n  query RfqPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n': typeof types.RfqPageDocument;
  '\n  fragment RfqThread_rfq on Rfq {\n    id\n    messages {\n      at\n      body\n      author {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RfqThread_RfqFragmentDoc;
  '\n  mutation PostRfqMessage($input: RfqMessageInput!) {\n    postRfqMessage(input: $input) {\n      rfq {\n        id\n        ...RfqThread_rfq\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.PostRfqMessageDocument;
  '\n  fragment AdoptionMonthFields on AdoptionMonth {\n    month\n    activeAccountShare\n    portalOrderShare\n    averageOrdersPerActiveUser\n    phoneOrders\n    totalOrders\n  }\n': typeof types.AdoptionMonthFieldsFragmentDoc;
  '\n  query PortalAdoption($from: Date!, $to: Date!) {\n    portalAdoption(from: $from, to: $to) {\n      month\n      ...AdoptionMonthFields\n    }\n  }\n': typeof types.PortalAdoptionDocument;
  '\n  fragment FulfilmentCard_order on Order {\n    id\n    number\n    status\n    channel\n    submittedAt\n    createdAt\n    requestedDeliveryDate\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    shipments {\n      id\n      carrier\n      trackingNumber\n      trackingUrl\n      expectedShipDate\n      shippedAt\n    }\n  }\n': typeof types.FulfilmentCard_OrderFragmentDoc;
  '\n  query FulfilmentBoard($number: String) {\n    orders(\n      first: 100\n      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }\n      sort: { key: CREATED_AT, descending: false }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FulfilmentCard_order\n        }\n      }\n    }\n  }\n': typeof types.FulfilmentBoardDocument;
  '\n  mutation StartFulfilment($input: OrderActionInput!) {\n    startFulfilment(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.StartFulfilmentDocument;
  '\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.ShipOrderDocument;
  '\n  mutation MarkDelivered($input: OrderActionInput!) {\n    markDelivered(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.MarkDeliveredDocument;
  '\n  fragment InvoicingOrderRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    total {\n      amount\n      currencyCode\n    }\n    invoices {\n      id\n      status\n    }\n  }\n': typeof types.InvoicingOrderRow_OrderFragmentDoc;
  '\n  fragment InvoicingInvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    company {\n      id\n      name\n    }\n    order {\n      id\n      number\n    }\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    document {\n      id\n    }\n  }\n': typeof types.InvoicingInvoiceRow_InvoiceFragmentDoc;
  '\n  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {\n    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingOrderRow_order\n        }\n      }\n    }\n    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingInvoiceRow_invoice\n        }\n      }\n    }\n  }\n': typeof types.InvoicingPageDocument;
  '\n  mutation InvoiceOrder($input: InvoiceOrderInput!) {\n    invoiceOrder(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.InvoiceOrderDocument;
  '\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.IssueInvoiceDocument;
  '\n  mutation CancelInvoice($input: CancelInvoiceInput!) {\n    cancelInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.CancelInvoiceDocument;
  '\n  mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.IssueCreditNoteDocument;
  '\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      invoices {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      payments {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.RecordPaymentDocument;
  '\n  fragment PhoneOrderCompanies_company on Company {\n    id\n    name\n    currencyCode\n  }\n': typeof types.PhoneOrderCompanies_CompanyFragmentDoc;
  '\n  query PhoneOrderCompanies($search: String) {\n    companies(first: 25, search: $search) {\n      edges {\n        node {\n          id\n          ...PhoneOrderCompanies_company\n        }\n      }\n    }\n  }\n': typeof types.PhoneOrderCompaniesDocument;
  '\n  mutation CreatePhoneOrder($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.CreatePhoneOrderDocument;
  '\n  mutation SubmitPhoneOrder($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        channel\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SubmitPhoneOrderDocument;
  '\n  fragment QuoteEditor_rfq on Rfq {\n    id\n    status\n    company {\n      id\n      name\n      currencyCode\n    }\n    lines {\n      id\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n      }\n      targetUnitPrice {\n        amount\n        currencyCode\n      }\n    }\n    quotation {\n      id\n      quote {\n        revision\n        validUntil\n      }\n      lines {\n        id\n        sku\n        description\n        quantity\n        unit {\n          id\n          symbol\n        }\n        product {\n          id\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n': typeof types.QuoteEditor_RfqFragmentDoc;
  '\n  query QuoteEditorPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n        email\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      ...QuoteEditor_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n': typeof types.QuoteEditorPageDocument;
  '\n  mutation SendQuote($input: SendQuoteInput!) {\n    sendQuote(input: $input) {\n      order {\n        id\n        number\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n          ...RfqThread_rfq\n          ...QuoteEditor_rfq\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SendQuoteDocument;
  '\n  fragment RfqInboxRow_rfq on Rfq {\n    id\n    ...RfqRow_rfq\n    company {\n      id\n      name\n    }\n  }\n': typeof types.RfqInboxRow_RfqFragmentDoc;
  '\n  query RfqInbox($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqInboxRow_rfq\n        }\n      }\n    }\n  }\n': typeof types.RfqInboxDocument;
  '\n  fragment TemplateEditor_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n        name\n        baseUnit {\n          id\n          symbol\n        }\n        units {\n          factor\n          isDefault\n          unit {\n            id\n            symbol\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.TemplateEditor_OrderTemplateFragmentDoc;
  '\n  query TemplateEdit($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OrderTemplate {\n        ...TemplateEditor_orderTemplate\n      }\n    }\n  }\n': typeof types.TemplateEditDocument;
  '\n  mutation SaveOrderTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        ...TemplateEditor_orderTemplate\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SaveOrderTemplateDocument;
  '\n  fragment TemplateRow_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      product {\n        id\n        sku\n      }\n    }\n  }\n': typeof types.TemplateRow_OrderTemplateFragmentDoc;
  '\n  query OrderTemplates {\n    orderTemplates {\n      id\n      ...TemplateRow_orderTemplate\n    }\n  }\n': typeof types.OrderTemplatesDocument;
  '\n  mutation DeleteOrderTemplate($input: DeleteOrderTemplateInput!) {\n    deleteOrderTemplate(input: $input) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.DeleteOrderTemplateDocument;
  '\n  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {\n    orderFromTemplate(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.OrderFromTemplateDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastLoginAt\n  }\n': typeof types.UserRow_UserFragmentDoc;
  '\n  query CompanyUsers {\n    viewer {\n      user {\n        id\n      }\n      company {\n        id\n        name\n        users {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n': typeof types.CompanyUsersDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n': typeof types.ViewerContext_ViewerFragmentDoc;
};
const documents: Documents = {
  '\n  query ServerClock {\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n':
    types.ServerClockDocument,
  '\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n':
    types.AppHeader_ViewerFragmentDoc,
  '\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n': types.LogoutDocument,
  '\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n':
    types.ViewerSummary_ViewerFragmentDoc,
  '\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n':
    types.AppLayoutDocument,
  '\n  fragment ApprovalQueueRow_order on Order {\n    id\n    number\n    createdAt\n    submittedAt\n    availableActions\n    createdBy {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    approval {\n      reason\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.ApprovalQueueRow_OrderFragmentDoc,
  '\n  query ApprovalQueue($first: Int!, $withPrices: Boolean!) {\n    approvalQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ApprovalQueueRow_order\n        }\n      }\n    }\n  }\n':
    types.ApprovalQueueDocument,
  '\n  mutation ApproveOrders($input: OrdersDecisionInput!) {\n    approveOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ApproveOrdersDocument,
  '\n  mutation RejectOrders($input: OrdersDecisionInput!) {\n    rejectOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RejectOrdersDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  fragment CartDetailsForm_order on Order {\n    id\n    purchaseOrderNumber\n    requestedDeliveryDate\n    notes\n    shippingAddress {\n      id\n    }\n  }\n':
    types.CartDetailsForm_OrderFragmentDoc,
  '\n  fragment CartDetailsForm_address on Address {\n    id\n    label\n    line1\n    city\n    postalCode\n  }\n':
    types.CartDetailsForm_AddressFragmentDoc,
  '\n  mutation UpdateCartDetails($input: UpdateOrderDetailsInput!, $contractPrices: Boolean!) {\n    updateOrderDetails(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.UpdateCartDetailsDocument,
  '\n  fragment CartLineRow_line on OrderLine {\n    id\n    sku\n    description\n    quantity\n    baseQuantity\n    unit {\n      id\n      symbol\n    }\n    availability {\n      ...AvailabilityText_availability\n    }\n    product {\n      id\n      baseUnit {\n        id\n        symbol\n      }\n      units {\n        factor\n        isDefault\n        unit {\n          id\n          symbol\n          name\n        }\n      }\n    }\n    unitPrice @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    lineTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n  }\n':
    types.CartLineRow_LineFragmentDoc,
  '\n  mutation UpdateCartLine($input: UpdateOrderLineInput!, $contractPrices: Boolean!) {\n    updateOrderLine(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.UpdateCartLineDocument,
  '\n  mutation RemoveCartLine($input: RemoveOrderLinesInput!, $contractPrices: Boolean!) {\n    removeOrderLines(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RemoveCartLineDocument,
  '\n  fragment CartView_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      lineId\n      message\n    }\n    lines {\n      id\n      ...CartLineRow_line\n    }\n    subtotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    ...CartDetailsForm_order\n  }\n':
    types.CartView_OrderFragmentDoc,
  '\n  query Cart($contractPrices: Boolean!) {\n    viewer {\n      company {\n        id\n        addresses {\n          id\n          ...CartDetailsForm_address\n        }\n      }\n      cart {\n        id\n        ...CartView_order\n      }\n    }\n  }\n':
    types.CartDocument,
  '\n  mutation SubmitCart($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        approval {\n          reason\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SubmitCartDocument,
  '\n  fragment AvailabilityText_availability on Availability {\n    status\n    quantityAvailable\n    restockDate\n    leadTimeDays\n  }\n':
    types.AvailabilityText_AvailabilityFragmentDoc,
  '\n  query Catalog(\n    $first: Int!\n    $after: String\n    $filter: ProductFilter\n    $sort: ProductSort\n    $contractPrices: Boolean!\n    $catalogPrices: Boolean!\n  ) {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n':
    types.CatalogDocument,
  '\n  fragment PriceBreaksTable_priceBreak on PriceBreak {\n    minQuantity\n    unitPrice {\n      amount\n      currencyCode\n    }\n    explanation\n  }\n':
    types.PriceBreaksTable_PriceBreakFragmentDoc,
  '\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    description\n    category {\n      id\n      name\n    }\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n    minimumOrderQuantity\n    orderMultiple\n    availability {\n      ...AvailabilityText_availability\n    }\n    documents {\n      id\n      title\n      kind\n    }\n    catalogPrice @include(if: $catalogPrices) {\n      amount\n      currencyCode\n    }\n    price @include(if: $contractPrices) {\n      unitPrice {\n        amount\n        currencyCode\n      }\n      explanation\n      unit {\n        id\n        symbol\n      }\n    }\n    priceBreaks @include(if: $contractPrices) {\n      ...PriceBreaksTable_priceBreak\n    }\n  }\n':
    types.ProductCard_ProductFragmentDoc,
  '\n  query QuickOrderProducts($skus: [String!]!, $first: Int!) {\n    products(first: $first, filter: { skus: $skus }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          baseUnit {\n            id\n            symbol\n          }\n          units {\n            factor\n            isDefault\n            unit {\n              id\n              symbol\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.QuickOrderProductsDocument,
  '\n  mutation AddToCart($input: AddOrderLinesInput!) {\n    addOrderLines(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.AddToCartDocument,
  '\n  mutation StartCart($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.StartCartDocument,
  '\n  query CartId {\n    viewer {\n      cart {\n        id\n        number\n        lines {\n          id\n        }\n      }\n    }\n  }\n':
    types.CartIdDocument,
  '\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n': types.HomeDocument,
  '\n  fragment AgingChart_report on AgingReport {\n    asOf\n    totalOutstanding {\n      amount\n      currencyCode\n    }\n    buckets {\n      label\n      minDays\n      maxDays\n      count\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n':
    types.AgingChart_ReportFragmentDoc,
  '\n  query AgingReport {\n    agingReport {\n      ...AgingChart_report\n    }\n  }\n':
    types.AgingReportDocument,
  '\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    ...PayInvoicesDialog_invoice\n  }\n':
    types.InvoiceRow_InvoiceFragmentDoc,
  '\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n        }\n      }\n    }\n  }\n':
    types.InvoicesDocument,
  '\n  query InvoicePage($id: ID!, $details: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      issuedOn\n      dueOn\n      reason\n      taxExemptionText\n      company {\n        id\n        name\n      }\n      order {\n        id\n        number\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      taxTotal {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n      amountPaid {\n        amount\n        currencyCode\n      }\n      amountDue {\n        amount\n        currencyCode\n      }\n      installments {\n        dueOn\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ...PayInvoicesDialog_invoice\n      lines @include(if: $details) {\n        description\n        quantity\n        taxRate\n        unit {\n          id\n          symbol\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n        taxAmount {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      payments @include(if: $details) {\n        id\n        status\n        method\n        paidAt\n        reference\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      document @include(if: $details) {\n        id\n        title\n      }\n    }\n  }\n':
    types.InvoicePageDocument,
  '\n  fragment PayInvoicesDialog_invoice on Invoice {\n    id\n    number\n    status\n    amountDue {\n      amount\n      currencyCode\n    }\n    earlyPaymentDiscount {\n      percent\n      deadline\n      amount {\n        amount\n        currencyCode\n      }\n      amountToPay {\n        amount\n        currencyCode\n      }\n    }\n  }\n':
    types.PayInvoicesDialog_InvoiceFragmentDoc,
  '\n  mutation PayInvoices($input: PayInvoicesInput!) {\n    payInvoices(input: $input) {\n      payments {\n        id\n        status\n        method\n        reference\n        remittanceInstructions\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      invoices {\n        id\n        status\n        amountPaid {\n          amount\n          currencyCode\n        }\n        ...PayInvoicesDialog_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.PayInvoicesDocument,
  '\n  query AccountStatement($from: Date, $to: Date) {\n    accountStatement(from: $from, to: $to) {\n      from\n      to\n      company {\n        id\n        name\n      }\n      openingBalance {\n        amount\n        currencyCode\n      }\n      closingBalance {\n        amount\n        currencyCode\n      }\n      entries {\n        date\n        kind\n        reference\n        debit {\n          amount\n          currencyCode\n        }\n        credit {\n          amount\n          currencyCode\n        }\n        balance {\n          amount\n          currencyCode\n        }\n      }\n      document {\n        id\n        title\n      }\n    }\n  }\n':
    types.AccountStatementDocument,
  '\n  fragment OrderActions_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      message\n    }\n    lines {\n      id\n      sku\n      description\n    }\n  }\n':
    types.OrderActions_OrderFragmentDoc,
  '\n  fragment OrderActionResult_order on Order {\n    id\n    status\n    availableActions\n  }\n':
    types.OrderActionResult_OrderFragmentDoc,
  '\n  mutation ReorderOrder($input: ReorderInput!) {\n    reorder(input: $input) {\n      order {\n        id\n        number\n      }\n      changes {\n        kind\n        sku\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ReorderOrderDocument,
  '\n  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        name\n        shared\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SaveOrderAsTemplateDocument,
  '\n  mutation ConfirmOrderReceipt($input: OrderActionInput!) {\n    confirmReceipt(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ConfirmOrderReceiptDocument,
  '\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.CancelOrderDocument,
  '\n  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {\n    reportDeliveryIssue(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ReportOrderDeliveryIssueDocument,
  '\n  mutation ApproveOrder($input: OrderActionInput!) {\n    approveOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ApproveOrderDocument,
  '\n  mutation RejectOrder($input: OrderActionInput!) {\n    rejectOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RejectOrderDocument,
  '\n  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SubmitOrderFromPageDocument,
  '\n  fragment OrderLines_order on Order {\n    id\n    lines {\n      id\n      sku\n      description\n      quantity\n      baseQuantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        baseUnit {\n          id\n          symbol\n        }\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      lineTotal @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n    subtotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n':
    types.OrderLines_OrderFragmentDoc,
  '\n  fragment OrderHistoryRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    createdAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    company @include(if: $withCompany) {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n':
    types.OrderHistoryRow_OrderFragmentDoc,
  '\n  query OrderHistory(\n    $first: Int!\n    $after: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $withPrices: Boolean!\n    $withCompany: Boolean!\n  ) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderHistoryRow_order\n        }\n      }\n    }\n  }\n':
    types.OrderHistoryDocument,
  '\n  query OrderPage($id: ID!, $withPrices: Boolean!, $withInvoices: Boolean!) {\n    order(id: $id) {\n      id\n      number\n      status\n      purchaseOrderNumber\n      requestedDeliveryDate\n      createdAt\n      submittedAt\n      notes\n      issues {\n        code\n        message\n        lineId\n      }\n      createdBy {\n        id\n        name\n      }\n      sourceOrder {\n        id\n        number\n      }\n      shippingAddress {\n        id\n        label\n        line1\n        city\n        postalCode\n        countryCode\n      }\n      approval {\n        status\n        reason\n        comment\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n      quote {\n        revision\n        sentAt\n        validUntil\n        acceptedAt\n        signedByName\n      }\n      shipments {\n        id\n        carrier\n        trackingNumber\n        trackingUrl\n        billOfLadingNumber\n        expectedShipDate\n        shippedAt\n        deliveredAt\n      }\n      documents {\n        id\n        title\n        kind\n      }\n      invoices @include(if: $withInvoices) {\n        id\n        number\n        status\n        total {\n          amount\n          currencyCode\n        }\n      }\n      ...OrderTimeline_order\n      ...OrderLines_order\n      ...OrderActions_order\n      ...ReorderChanges_order\n    }\n  }\n':
    types.OrderPageDocument,
  '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      at\n      status\n      message\n      actor {\n        id\n        name\n      }\n    }\n  }\n':
    types.OrderTimeline_OrderFragmentDoc,
  '\n  fragment ReorderChanges_order on Order {\n    id\n    lines {\n      id\n      sku\n      previousUnitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n  }\n':
    types.ReorderChanges_OrderFragmentDoc,
  '\n  fragment ApiTokens_token on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n':
    types.ApiTokens_TokenFragmentDoc,
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokens_token\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  mutation UpdateOwnName($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.UpdateOwnNameDocument,
  '\n  query Profile {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n      company {\n        id\n        name\n      }\n      permissions\n      apiTokens {\n        id\n        ...ApiTokens_token\n      }\n    }\n  }\n':
    types.ProfileDocument,
  '\n  fragment ProductPicker_product on Product {\n    id\n    sku\n    name\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n  }\n':
    types.ProductPicker_ProductFragmentDoc,
  '\n  query ProductPickerSearch($search: String!) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          ...ProductPicker_product\n        }\n      }\n    }\n  }\n':
    types.ProductPickerSearchDocument,
  '\n  fragment QuotationPanel_order on Order {\n    id\n    number\n    status\n    availableActions\n    quote {\n      revision\n      validUntil\n      sentAt\n      acceptedAt\n      signedByName\n    }\n    lines {\n      id\n      sku\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    taxTotal {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n  }\n':
    types.QuotationPanel_OrderFragmentDoc,
  '\n  mutation AcceptQuote($input: AcceptQuoteInput!) {\n    acceptQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.AcceptQuoteDocument,
  '\n  mutation RequestQuoteChanges($input: QuoteResponseInput!) {\n    requestQuoteChanges(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RequestQuoteChangesDocument,
  '\n  mutation DeclineQuote($input: QuoteResponseInput!) {\n    declineQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.DeclineQuoteDocument,
  '\n  fragment RfqLines_line on RfqLine {\n    id\n    description\n    quantity\n    unit {\n      id\n      symbol\n    }\n    product {\n      id\n      sku\n      name\n    }\n    targetUnitPrice {\n      amount\n      currencyCode\n    }\n  }\n':
    types.RfqLines_LineFragmentDoc,
  '\n  fragment RfqRow_rfq on Rfq {\n    id\n    number\n    title\n    status\n    createdAt\n    neededBy\n    requestedBy {\n      id\n      name\n    }\n    quotation {\n      id\n      number\n      quote {\n        validUntil\n        revision\n      }\n    }\n  }\n':
    types.RfqRow_RfqFragmentDoc,
  '\n  query Rfqs($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqRow_rfq\n        }\n      }\n    }\n  }\n':
    types.RfqsDocument,
  '\n  query RfqNewPage {\n    unitsOfMeasure {\n      id\n      symbol\n      name\n    }\n    viewer {\n      company {\n        id\n        currencyCode\n      }\n    }\n  }\n':
    types.RfqNewPageDocument,
  '\n  mutation SubmitRfq($input: SubmitRfqInput!) {\n    submitRfq(input: $input) {\n      rfq {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SubmitRfqDocument,
  '\n  query RfqPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n':
    types.RfqPageDocument,
  '\n  fragment RfqThread_rfq on Rfq {\n    id\n    messages {\n      at\n      body\n      author {\n        id\n        name\n      }\n    }\n  }\n':
    types.RfqThread_RfqFragmentDoc,
  '\n  mutation PostRfqMessage($input: RfqMessageInput!) {\n    postRfqMessage(input: $input) {\n      rfq {\n        id\n        ...RfqThread_rfq\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.PostRfqMessageDocument,
  '\n  fragment AdoptionMonthFields on AdoptionMonth {\n    month\n    activeAccountShare\n    portalOrderShare\n    averageOrdersPerActiveUser\n    phoneOrders\n    totalOrders\n  }\n':
    types.AdoptionMonthFieldsFragmentDoc,
  '\n  query PortalAdoption($from: Date!, $to: Date!) {\n    portalAdoption(from: $from, to: $to) {\n      month\n      ...AdoptionMonthFields\n    }\n  }\n':
    types.PortalAdoptionDocument,
  '\n  fragment FulfilmentCard_order on Order {\n    id\n    number\n    status\n    channel\n    submittedAt\n    createdAt\n    requestedDeliveryDate\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    shipments {\n      id\n      carrier\n      trackingNumber\n      trackingUrl\n      expectedShipDate\n      shippedAt\n    }\n  }\n':
    types.FulfilmentCard_OrderFragmentDoc,
  '\n  query FulfilmentBoard($number: String) {\n    orders(\n      first: 100\n      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }\n      sort: { key: CREATED_AT, descending: false }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FulfilmentCard_order\n        }\n      }\n    }\n  }\n':
    types.FulfilmentBoardDocument,
  '\n  mutation StartFulfilment($input: OrderActionInput!) {\n    startFulfilment(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.StartFulfilmentDocument,
  '\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.ShipOrderDocument,
  '\n  mutation MarkDelivered($input: OrderActionInput!) {\n    markDelivered(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.MarkDeliveredDocument,
  '\n  fragment InvoicingOrderRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    total {\n      amount\n      currencyCode\n    }\n    invoices {\n      id\n      status\n    }\n  }\n':
    types.InvoicingOrderRow_OrderFragmentDoc,
  '\n  fragment InvoicingInvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    company {\n      id\n      name\n    }\n    order {\n      id\n      number\n    }\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    document {\n      id\n    }\n  }\n':
    types.InvoicingInvoiceRow_InvoiceFragmentDoc,
  '\n  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {\n    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingOrderRow_order\n        }\n      }\n    }\n    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingInvoiceRow_invoice\n        }\n      }\n    }\n  }\n':
    types.InvoicingPageDocument,
  '\n  mutation InvoiceOrder($input: InvoiceOrderInput!) {\n    invoiceOrder(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.InvoiceOrderDocument,
  '\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.IssueInvoiceDocument,
  '\n  mutation CancelInvoice($input: CancelInvoiceInput!) {\n    cancelInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.CancelInvoiceDocument,
  '\n  mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.IssueCreditNoteDocument,
  '\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      invoices {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      payments {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.RecordPaymentDocument,
  '\n  fragment PhoneOrderCompanies_company on Company {\n    id\n    name\n    currencyCode\n  }\n':
    types.PhoneOrderCompanies_CompanyFragmentDoc,
  '\n  query PhoneOrderCompanies($search: String) {\n    companies(first: 25, search: $search) {\n      edges {\n        node {\n          id\n          ...PhoneOrderCompanies_company\n        }\n      }\n    }\n  }\n':
    types.PhoneOrderCompaniesDocument,
  '\n  mutation CreatePhoneOrder($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.CreatePhoneOrderDocument,
  '\n  mutation SubmitPhoneOrder($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        channel\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SubmitPhoneOrderDocument,
  '\n  fragment QuoteEditor_rfq on Rfq {\n    id\n    status\n    company {\n      id\n      name\n      currencyCode\n    }\n    lines {\n      id\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n      }\n      targetUnitPrice {\n        amount\n        currencyCode\n      }\n    }\n    quotation {\n      id\n      quote {\n        revision\n        validUntil\n      }\n      lines {\n        id\n        sku\n        description\n        quantity\n        unit {\n          id\n          symbol\n        }\n        product {\n          id\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n':
    types.QuoteEditor_RfqFragmentDoc,
  '\n  query QuoteEditorPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n        email\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      ...QuoteEditor_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n':
    types.QuoteEditorPageDocument,
  '\n  mutation SendQuote($input: SendQuoteInput!) {\n    sendQuote(input: $input) {\n      order {\n        id\n        number\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n          ...RfqThread_rfq\n          ...QuoteEditor_rfq\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SendQuoteDocument,
  '\n  fragment RfqInboxRow_rfq on Rfq {\n    id\n    ...RfqRow_rfq\n    company {\n      id\n      name\n    }\n  }\n':
    types.RfqInboxRow_RfqFragmentDoc,
  '\n  query RfqInbox($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqInboxRow_rfq\n        }\n      }\n    }\n  }\n':
    types.RfqInboxDocument,
  '\n  fragment TemplateEditor_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n        name\n        baseUnit {\n          id\n          symbol\n        }\n        units {\n          factor\n          isDefault\n          unit {\n            id\n            symbol\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.TemplateEditor_OrderTemplateFragmentDoc,
  '\n  query TemplateEdit($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OrderTemplate {\n        ...TemplateEditor_orderTemplate\n      }\n    }\n  }\n':
    types.TemplateEditDocument,
  '\n  mutation SaveOrderTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        ...TemplateEditor_orderTemplate\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SaveOrderTemplateDocument,
  '\n  fragment TemplateRow_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      product {\n        id\n        sku\n      }\n    }\n  }\n':
    types.TemplateRow_OrderTemplateFragmentDoc,
  '\n  query OrderTemplates {\n    orderTemplates {\n      id\n      ...TemplateRow_orderTemplate\n    }\n  }\n':
    types.OrderTemplatesDocument,
  '\n  mutation DeleteOrderTemplate($input: DeleteOrderTemplateInput!) {\n    deleteOrderTemplate(input: $input) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.DeleteOrderTemplateDocument,
  '\n  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {\n    orderFromTemplate(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.OrderFromTemplateDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastLoginAt\n  }\n':
    types.UserRow_UserFragmentDoc,
  '\n  query CompanyUsers {\n    viewer {\n      user {\n        id\n      }\n      company {\n        id\n        name\n        users {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n':
    types.CompanyUsersDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n':
    types.ViewerContext_ViewerFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServerClock {\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n',
): (typeof documents)['\n  query ServerClock {\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AppHeader_viewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    company {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n',
): (typeof documents)['\n  fragment ViewerSummary_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n',
): (typeof documents)['\n  query AppLayout {\n    viewer {\n      ...AppHeader_viewer\n      ...ViewerContext_viewer\n    }\n    clock {\n      now\n      today\n      timeZone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalQueueRow_order on Order {\n    id\n    number\n    createdAt\n    submittedAt\n    availableActions\n    createdBy {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    approval {\n      reason\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ApprovalQueueRow_order on Order {\n    id\n    number\n    createdAt\n    submittedAt\n    availableActions\n    createdBy {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    approval {\n      reason\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovalQueue($first: Int!, $withPrices: Boolean!) {\n    approvalQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ApprovalQueueRow_order\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApprovalQueue($first: Int!, $withPrices: Boolean!) {\n    approvalQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ApprovalQueueRow_order\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveOrders($input: OrdersDecisionInput!) {\n    approveOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveOrders($input: OrdersDecisionInput!) {\n    approveOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectOrders($input: OrdersDecisionInput!) {\n    rejectOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectOrders($input: OrdersDecisionInput!) {\n    rejectOrders(input: $input) {\n      orders {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerSummary_viewer\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CartDetailsForm_order on Order {\n    id\n    purchaseOrderNumber\n    requestedDeliveryDate\n    notes\n    shippingAddress {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment CartDetailsForm_order on Order {\n    id\n    purchaseOrderNumber\n    requestedDeliveryDate\n    notes\n    shippingAddress {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CartDetailsForm_address on Address {\n    id\n    label\n    line1\n    city\n    postalCode\n  }\n',
): (typeof documents)['\n  fragment CartDetailsForm_address on Address {\n    id\n    label\n    line1\n    city\n    postalCode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCartDetails($input: UpdateOrderDetailsInput!, $contractPrices: Boolean!) {\n    updateOrderDetails(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCartDetails($input: UpdateOrderDetailsInput!, $contractPrices: Boolean!) {\n    updateOrderDetails(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CartLineRow_line on OrderLine {\n    id\n    sku\n    description\n    quantity\n    baseQuantity\n    unit {\n      id\n      symbol\n    }\n    availability {\n      ...AvailabilityText_availability\n    }\n    product {\n      id\n      baseUnit {\n        id\n        symbol\n      }\n      units {\n        factor\n        isDefault\n        unit {\n          id\n          symbol\n          name\n        }\n      }\n    }\n    unitPrice @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    lineTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n  }\n',
): (typeof documents)['\n  fragment CartLineRow_line on OrderLine {\n    id\n    sku\n    description\n    quantity\n    baseQuantity\n    unit {\n      id\n      symbol\n    }\n    availability {\n      ...AvailabilityText_availability\n    }\n    product {\n      id\n      baseUnit {\n        id\n        symbol\n      }\n      units {\n        factor\n        isDefault\n        unit {\n          id\n          symbol\n          name\n        }\n      }\n    }\n    unitPrice @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    lineTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCartLine($input: UpdateOrderLineInput!, $contractPrices: Boolean!) {\n    updateOrderLine(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCartLine($input: UpdateOrderLineInput!, $contractPrices: Boolean!) {\n    updateOrderLine(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCartLine($input: RemoveOrderLinesInput!, $contractPrices: Boolean!) {\n    removeOrderLines(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveCartLine($input: RemoveOrderLinesInput!, $contractPrices: Boolean!) {\n    removeOrderLines(input: $input) {\n      order {\n        id\n        ...CartView_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CartView_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      lineId\n      message\n    }\n    lines {\n      id\n      ...CartLineRow_line\n    }\n    subtotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    ...CartDetailsForm_order\n  }\n',
): (typeof documents)['\n  fragment CartView_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      lineId\n      message\n    }\n    lines {\n      id\n      ...CartLineRow_line\n    }\n    subtotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $contractPrices) {\n      amount\n      currencyCode\n    }\n    ...CartDetailsForm_order\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cart($contractPrices: Boolean!) {\n    viewer {\n      company {\n        id\n        addresses {\n          id\n          ...CartDetailsForm_address\n        }\n      }\n      cart {\n        id\n        ...CartView_order\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Cart($contractPrices: Boolean!) {\n    viewer {\n      company {\n        id\n        addresses {\n          id\n          ...CartDetailsForm_address\n        }\n      }\n      cart {\n        id\n        ...CartView_order\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitCart($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        approval {\n          reason\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitCart($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        approval {\n          reason\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AvailabilityText_availability on Availability {\n    status\n    quantityAvailable\n    restockDate\n    leadTimeDays\n  }\n',
): (typeof documents)['\n  fragment AvailabilityText_availability on Availability {\n    status\n    quantityAvailable\n    restockDate\n    leadTimeDays\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalog(\n    $first: Int!\n    $after: String\n    $filter: ProductFilter\n    $sort: ProductSort\n    $contractPrices: Boolean!\n    $catalogPrices: Boolean!\n  ) {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Catalog(\n    $first: Int!\n    $after: String\n    $filter: ProductFilter\n    $sort: ProductSort\n    $contractPrices: Boolean!\n    $catalogPrices: Boolean!\n  ) {\n    categories {\n      id\n      name\n      parent {\n        id\n      }\n    }\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PriceBreaksTable_priceBreak on PriceBreak {\n    minQuantity\n    unitPrice {\n      amount\n      currencyCode\n    }\n    explanation\n  }\n',
): (typeof documents)['\n  fragment PriceBreaksTable_priceBreak on PriceBreak {\n    minQuantity\n    unitPrice {\n      amount\n      currencyCode\n    }\n    explanation\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    description\n    category {\n      id\n      name\n    }\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n    minimumOrderQuantity\n    orderMultiple\n    availability {\n      ...AvailabilityText_availability\n    }\n    documents {\n      id\n      title\n      kind\n    }\n    catalogPrice @include(if: $catalogPrices) {\n      amount\n      currencyCode\n    }\n    price @include(if: $contractPrices) {\n      unitPrice {\n        amount\n        currencyCode\n      }\n      explanation\n      unit {\n        id\n        symbol\n      }\n    }\n    priceBreaks @include(if: $contractPrices) {\n      ...PriceBreaksTable_priceBreak\n    }\n  }\n',
): (typeof documents)['\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    description\n    category {\n      id\n      name\n    }\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n    minimumOrderQuantity\n    orderMultiple\n    availability {\n      ...AvailabilityText_availability\n    }\n    documents {\n      id\n      title\n      kind\n    }\n    catalogPrice @include(if: $catalogPrices) {\n      amount\n      currencyCode\n    }\n    price @include(if: $contractPrices) {\n      unitPrice {\n        amount\n        currencyCode\n      }\n      explanation\n      unit {\n        id\n        symbol\n      }\n    }\n    priceBreaks @include(if: $contractPrices) {\n      ...PriceBreaksTable_priceBreak\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuickOrderProducts($skus: [String!]!, $first: Int!) {\n    products(first: $first, filter: { skus: $skus }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          baseUnit {\n            id\n            symbol\n          }\n          units {\n            factor\n            isDefault\n            unit {\n              id\n              symbol\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuickOrderProducts($skus: [String!]!, $first: Int!) {\n    products(first: $first, filter: { skus: $skus }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          baseUnit {\n            id\n            symbol\n          }\n          units {\n            factor\n            isDefault\n            unit {\n              id\n              symbol\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddToCart($input: AddOrderLinesInput!) {\n    addOrderLines(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddToCart($input: AddOrderLinesInput!) {\n    addOrderLines(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartCart($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartCart($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n        lines {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CartId {\n    viewer {\n      cart {\n        id\n        number\n        lines {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CartId {\n    viewer {\n      cart {\n        id\n        number\n        lines {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n',
): (typeof documents)['\n  query Home {\n    viewer {\n      ...ViewerSummary_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgingChart_report on AgingReport {\n    asOf\n    totalOutstanding {\n      amount\n      currencyCode\n    }\n    buckets {\n      label\n      minDays\n      maxDays\n      count\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AgingChart_report on AgingReport {\n    asOf\n    totalOutstanding {\n      amount\n      currencyCode\n    }\n    buckets {\n      label\n      minDays\n      maxDays\n      count\n      amount {\n        amount\n        currencyCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgingReport {\n    agingReport {\n      ...AgingChart_report\n    }\n  }\n',
): (typeof documents)['\n  query AgingReport {\n    agingReport {\n      ...AgingChart_report\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    ...PayInvoicesDialog_invoice\n  }\n',
): (typeof documents)['\n  fragment InvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    ...PayInvoicesDialog_invoice\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invoices($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...InvoiceRow_invoice\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvoicePage($id: ID!, $details: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      issuedOn\n      dueOn\n      reason\n      taxExemptionText\n      company {\n        id\n        name\n      }\n      order {\n        id\n        number\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      taxTotal {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n      amountPaid {\n        amount\n        currencyCode\n      }\n      amountDue {\n        amount\n        currencyCode\n      }\n      installments {\n        dueOn\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ...PayInvoicesDialog_invoice\n      lines @include(if: $details) {\n        description\n        quantity\n        taxRate\n        unit {\n          id\n          symbol\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n        taxAmount {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      payments @include(if: $details) {\n        id\n        status\n        method\n        paidAt\n        reference\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      document @include(if: $details) {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InvoicePage($id: ID!, $details: Boolean!) {\n    invoice(id: $id) {\n      id\n      number\n      kind\n      status\n      issuedOn\n      dueOn\n      reason\n      taxExemptionText\n      company {\n        id\n        name\n      }\n      order {\n        id\n        number\n      }\n      creditedInvoice {\n        id\n        number\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      taxTotal {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n      amountPaid {\n        amount\n        currencyCode\n      }\n      amountDue {\n        amount\n        currencyCode\n      }\n      installments {\n        dueOn\n        amount {\n          amount\n          currencyCode\n        }\n      }\n      ...PayInvoicesDialog_invoice\n      lines @include(if: $details) {\n        description\n        quantity\n        taxRate\n        unit {\n          id\n          symbol\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n        taxAmount {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      payments @include(if: $details) {\n        id\n        status\n        method\n        paidAt\n        reference\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      document @include(if: $details) {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PayInvoicesDialog_invoice on Invoice {\n    id\n    number\n    status\n    amountDue {\n      amount\n      currencyCode\n    }\n    earlyPaymentDiscount {\n      percent\n      deadline\n      amount {\n        amount\n        currencyCode\n      }\n      amountToPay {\n        amount\n        currencyCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PayInvoicesDialog_invoice on Invoice {\n    id\n    number\n    status\n    amountDue {\n      amount\n      currencyCode\n    }\n    earlyPaymentDiscount {\n      percent\n      deadline\n      amount {\n        amount\n        currencyCode\n      }\n      amountToPay {\n        amount\n        currencyCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayInvoices($input: PayInvoicesInput!) {\n    payInvoices(input: $input) {\n      payments {\n        id\n        status\n        method\n        reference\n        remittanceInstructions\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      invoices {\n        id\n        status\n        amountPaid {\n          amount\n          currencyCode\n        }\n        ...PayInvoicesDialog_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PayInvoices($input: PayInvoicesInput!) {\n    payInvoices(input: $input) {\n      payments {\n        id\n        status\n        method\n        reference\n        remittanceInstructions\n        amount {\n          amount\n          currencyCode\n        }\n        discountTaken {\n          amount\n          currencyCode\n        }\n      }\n      invoices {\n        id\n        status\n        amountPaid {\n          amount\n          currencyCode\n        }\n        ...PayInvoicesDialog_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountStatement($from: Date, $to: Date) {\n    accountStatement(from: $from, to: $to) {\n      from\n      to\n      company {\n        id\n        name\n      }\n      openingBalance {\n        amount\n        currencyCode\n      }\n      closingBalance {\n        amount\n        currencyCode\n      }\n      entries {\n        date\n        kind\n        reference\n        debit {\n          amount\n          currencyCode\n        }\n        credit {\n          amount\n          currencyCode\n        }\n        balance {\n          amount\n          currencyCode\n        }\n      }\n      document {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccountStatement($from: Date, $to: Date) {\n    accountStatement(from: $from, to: $to) {\n      from\n      to\n      company {\n        id\n        name\n      }\n      openingBalance {\n        amount\n        currencyCode\n      }\n      closingBalance {\n        amount\n        currencyCode\n      }\n      entries {\n        date\n        kind\n        reference\n        debit {\n          amount\n          currencyCode\n        }\n        credit {\n          amount\n          currencyCode\n        }\n        balance {\n          amount\n          currencyCode\n        }\n      }\n      document {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderActions_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      message\n    }\n    lines {\n      id\n      sku\n      description\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderActions_order on Order {\n    id\n    number\n    status\n    availableActions\n    issues {\n      code\n      message\n    }\n    lines {\n      id\n      sku\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderActionResult_order on Order {\n    id\n    status\n    availableActions\n  }\n',
): (typeof documents)['\n  fragment OrderActionResult_order on Order {\n    id\n    status\n    availableActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderOrder($input: ReorderInput!) {\n    reorder(input: $input) {\n      order {\n        id\n        number\n      }\n      changes {\n        kind\n        sku\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderOrder($input: ReorderInput!) {\n    reorder(input: $input) {\n      order {\n        id\n        number\n      }\n      changes {\n        kind\n        sku\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        name\n        shared\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        name\n        shared\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmOrderReceipt($input: OrderActionInput!) {\n    confirmReceipt(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmOrderReceipt($input: OrderActionInput!) {\n    confirmReceipt(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {\n    reportDeliveryIssue(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {\n    reportDeliveryIssue(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveOrder($input: OrderActionInput!) {\n    approveOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveOrder($input: OrderActionInput!) {\n    approveOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectOrder($input: OrderActionInput!) {\n    rejectOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectOrder($input: OrderActionInput!) {\n    rejectOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderActionResult_order\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderLines_order on Order {\n    id\n    lines {\n      id\n      sku\n      description\n      quantity\n      baseQuantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        baseUnit {\n          id\n          symbol\n        }\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      lineTotal @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n    subtotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderLines_order on Order {\n    id\n    lines {\n      id\n      sku\n      description\n      quantity\n      baseQuantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        baseUnit {\n          id\n          symbol\n        }\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      lineTotal @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n    subtotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    taxTotal @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderHistoryRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    createdAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    company @include(if: $withCompany) {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderHistoryRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    createdAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    company @include(if: $withCompany) {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    total @include(if: $withPrices) {\n      amount\n      currencyCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderHistory(\n    $first: Int!\n    $after: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $withPrices: Boolean!\n    $withCompany: Boolean!\n  ) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderHistoryRow_order\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrderHistory(\n    $first: Int!\n    $after: String\n    $filter: OrderFilter\n    $sort: OrderSort\n    $withPrices: Boolean!\n    $withCompany: Boolean!\n  ) {\n    orders(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderHistoryRow_order\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderPage($id: ID!, $withPrices: Boolean!, $withInvoices: Boolean!) {\n    order(id: $id) {\n      id\n      number\n      status\n      purchaseOrderNumber\n      requestedDeliveryDate\n      createdAt\n      submittedAt\n      notes\n      issues {\n        code\n        message\n        lineId\n      }\n      createdBy {\n        id\n        name\n      }\n      sourceOrder {\n        id\n        number\n      }\n      shippingAddress {\n        id\n        label\n        line1\n        city\n        postalCode\n        countryCode\n      }\n      approval {\n        status\n        reason\n        comment\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n      quote {\n        revision\n        sentAt\n        validUntil\n        acceptedAt\n        signedByName\n      }\n      shipments {\n        id\n        carrier\n        trackingNumber\n        trackingUrl\n        billOfLadingNumber\n        expectedShipDate\n        shippedAt\n        deliveredAt\n      }\n      documents {\n        id\n        title\n        kind\n      }\n      invoices @include(if: $withInvoices) {\n        id\n        number\n        status\n        total {\n          amount\n          currencyCode\n        }\n      }\n      ...OrderTimeline_order\n      ...OrderLines_order\n      ...OrderActions_order\n      ...ReorderChanges_order\n    }\n  }\n',
): (typeof documents)['\n  query OrderPage($id: ID!, $withPrices: Boolean!, $withInvoices: Boolean!) {\n    order(id: $id) {\n      id\n      number\n      status\n      purchaseOrderNumber\n      requestedDeliveryDate\n      createdAt\n      submittedAt\n      notes\n      issues {\n        code\n        message\n        lineId\n      }\n      createdBy {\n        id\n        name\n      }\n      sourceOrder {\n        id\n        number\n      }\n      shippingAddress {\n        id\n        label\n        line1\n        city\n        postalCode\n        countryCode\n      }\n      approval {\n        status\n        reason\n        comment\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n      quote {\n        revision\n        sentAt\n        validUntil\n        acceptedAt\n        signedByName\n      }\n      shipments {\n        id\n        carrier\n        trackingNumber\n        trackingUrl\n        billOfLadingNumber\n        expectedShipDate\n        shippedAt\n        deliveredAt\n      }\n      documents {\n        id\n        title\n        kind\n      }\n      invoices @include(if: $withInvoices) {\n        id\n        number\n        status\n        total {\n          amount\n          currencyCode\n        }\n      }\n      ...OrderTimeline_order\n      ...OrderLines_order\n      ...OrderActions_order\n      ...ReorderChanges_order\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      at\n      status\n      message\n      actor {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderTimeline_order on Order {\n    id\n    events {\n      at\n      status\n      message\n      actor {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReorderChanges_order on Order {\n    id\n    lines {\n      id\n      sku\n      previousUnitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReorderChanges_order on Order {\n    id\n    lines {\n      id\n      sku\n      previousUnitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n      unitPrice @include(if: $withPrices) {\n        amount\n        currencyCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokens_token on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n',
): (typeof documents)['\n  fragment ApiTokens_token on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokens_token\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokens_token\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOwnName($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOwnName($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Profile {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n      company {\n        id\n        name\n      }\n      permissions\n      apiTokens {\n        id\n        ...ApiTokens_token\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Profile {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n      company {\n        id\n        name\n      }\n      permissions\n      apiTokens {\n        id\n        ...ApiTokens_token\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProductPicker_product on Product {\n    id\n    sku\n    name\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProductPicker_product on Product {\n    id\n    sku\n    name\n    baseUnit {\n      id\n      symbol\n    }\n    units {\n      factor\n      isDefault\n      unit {\n        id\n        symbol\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductPickerSearch($search: String!) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          ...ProductPicker_product\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProductPickerSearch($search: String!) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          ...ProductPicker_product\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuotationPanel_order on Order {\n    id\n    number\n    status\n    availableActions\n    quote {\n      revision\n      validUntil\n      sentAt\n      acceptedAt\n      signedByName\n    }\n    lines {\n      id\n      sku\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    taxTotal {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n  }\n',
): (typeof documents)['\n  fragment QuotationPanel_order on Order {\n    id\n    number\n    status\n    availableActions\n    quote {\n      revision\n      validUntil\n      sentAt\n      acceptedAt\n      signedByName\n    }\n    lines {\n      id\n      sku\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    taxTotal {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptQuote($input: AcceptQuoteInput!) {\n    acceptQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptQuote($input: AcceptQuoteInput!) {\n    acceptQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestQuoteChanges($input: QuoteResponseInput!) {\n    requestQuoteChanges(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestQuoteChanges($input: QuoteResponseInput!) {\n    requestQuoteChanges(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineQuote($input: QuoteResponseInput!) {\n    declineQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineQuote($input: QuoteResponseInput!) {\n    declineQuote(input: $input) {\n      order {\n        id\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RfqLines_line on RfqLine {\n    id\n    description\n    quantity\n    unit {\n      id\n      symbol\n    }\n    product {\n      id\n      sku\n      name\n    }\n    targetUnitPrice {\n      amount\n      currencyCode\n    }\n  }\n',
): (typeof documents)['\n  fragment RfqLines_line on RfqLine {\n    id\n    description\n    quantity\n    unit {\n      id\n      symbol\n    }\n    product {\n      id\n      sku\n      name\n    }\n    targetUnitPrice {\n      amount\n      currencyCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RfqRow_rfq on Rfq {\n    id\n    number\n    title\n    status\n    createdAt\n    neededBy\n    requestedBy {\n      id\n      name\n    }\n    quotation {\n      id\n      number\n      quote {\n        validUntil\n        revision\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RfqRow_rfq on Rfq {\n    id\n    number\n    title\n    status\n    createdAt\n    neededBy\n    requestedBy {\n      id\n      name\n    }\n    quotation {\n      id\n      number\n      quote {\n        validUntil\n        revision\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rfqs($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqRow_rfq\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Rfqs($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqRow_rfq\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RfqNewPage {\n    unitsOfMeasure {\n      id\n      symbol\n      name\n    }\n    viewer {\n      company {\n        id\n        currencyCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RfqNewPage {\n    unitsOfMeasure {\n      id\n      symbol\n      name\n    }\n    viewer {\n      company {\n        id\n        currencyCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitRfq($input: SubmitRfqInput!) {\n    submitRfq(input: $input) {\n      rfq {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitRfq($input: SubmitRfqInput!) {\n    submitRfq(input: $input) {\n      rfq {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RfqPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RfqPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RfqThread_rfq on Rfq {\n    id\n    messages {\n      at\n      body\n      author {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RfqThread_rfq on Rfq {\n    id\n    messages {\n      at\n      body\n      author {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostRfqMessage($input: RfqMessageInput!) {\n    postRfqMessage(input: $input) {\n      rfq {\n        id\n        ...RfqThread_rfq\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PostRfqMessage($input: RfqMessageInput!) {\n    postRfqMessage(input: $input) {\n      rfq {\n        id\n        ...RfqThread_rfq\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdoptionMonthFields on AdoptionMonth {\n    month\n    activeAccountShare\n    portalOrderShare\n    averageOrdersPerActiveUser\n    phoneOrders\n    totalOrders\n  }\n',
): (typeof documents)['\n  fragment AdoptionMonthFields on AdoptionMonth {\n    month\n    activeAccountShare\n    portalOrderShare\n    averageOrdersPerActiveUser\n    phoneOrders\n    totalOrders\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalAdoption($from: Date!, $to: Date!) {\n    portalAdoption(from: $from, to: $to) {\n      month\n      ...AdoptionMonthFields\n    }\n  }\n',
): (typeof documents)['\n  query PortalAdoption($from: Date!, $to: Date!) {\n    portalAdoption(from: $from, to: $to) {\n      month\n      ...AdoptionMonthFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FulfilmentCard_order on Order {\n    id\n    number\n    status\n    channel\n    submittedAt\n    createdAt\n    requestedDeliveryDate\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    shipments {\n      id\n      carrier\n      trackingNumber\n      trackingUrl\n      expectedShipDate\n      shippedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment FulfilmentCard_order on Order {\n    id\n    number\n    status\n    channel\n    submittedAt\n    createdAt\n    requestedDeliveryDate\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    lines {\n      id\n    }\n    shipments {\n      id\n      carrier\n      trackingNumber\n      trackingUrl\n      expectedShipDate\n      shippedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FulfilmentBoard($number: String) {\n    orders(\n      first: 100\n      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }\n      sort: { key: CREATED_AT, descending: false }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FulfilmentCard_order\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FulfilmentBoard($number: String) {\n    orders(\n      first: 100\n      filter: { statuses: [SALES_ORDER, IN_PROGRESS, SHIPPED], number: $number }\n      sort: { key: CREATED_AT, descending: false }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FulfilmentCard_order\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartFulfilment($input: OrderActionInput!) {\n    startFulfilment(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartFulfilment($input: OrderActionInput!) {\n    startFulfilment(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkDelivered($input: OrderActionInput!) {\n    markDelivered(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkDelivered($input: OrderActionInput!) {\n    markDelivered(input: $input) {\n      order {\n        id\n        ...FulfilmentCard_order\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoicingOrderRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    total {\n      amount\n      currencyCode\n    }\n    invoices {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoicingOrderRow_order on Order {\n    id\n    number\n    status\n    purchaseOrderNumber\n    company {\n      id\n      name\n    }\n    total {\n      amount\n      currencyCode\n    }\n    invoices {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoicingInvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    company {\n      id\n      name\n    }\n    order {\n      id\n      number\n    }\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    document {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoicingInvoiceRow_invoice on Invoice {\n    id\n    number\n    kind\n    status\n    issuedOn\n    dueOn\n    company {\n      id\n      name\n    }\n    order {\n      id\n      number\n    }\n    total {\n      amount\n      currencyCode\n    }\n    amountDue {\n      amount\n      currencyCode\n    }\n    document {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {\n    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingOrderRow_order\n        }\n      }\n    }\n    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingInvoiceRow_invoice\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InvoicingPage($statuses: [InvoiceStatus!], $number: String) {\n    orders(first: 100, filter: { statuses: [SHIPPED, DELIVERED], number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingOrderRow_order\n        }\n      }\n    }\n    invoices(first: 100, filter: { statuses: $statuses, number: $number }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...InvoicingInvoiceRow_invoice\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InvoiceOrder($input: InvoiceOrderInput!) {\n    invoiceOrder(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InvoiceOrder($input: InvoiceOrderInput!) {\n    invoiceOrder(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelInvoice($input: CancelInvoiceInput!) {\n    cancelInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelInvoice($input: CancelInvoiceInput!) {\n    cancelInvoice(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueCreditNote($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      invoice {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      invoices {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      payments {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      invoices {\n        id\n        ...InvoicingInvoiceRow_invoice\n      }\n      payments {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PhoneOrderCompanies_company on Company {\n    id\n    name\n    currencyCode\n  }\n',
): (typeof documents)['\n  fragment PhoneOrderCompanies_company on Company {\n    id\n    name\n    currencyCode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PhoneOrderCompanies($search: String) {\n    companies(first: 25, search: $search) {\n      edges {\n        node {\n          id\n          ...PhoneOrderCompanies_company\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PhoneOrderCompanies($search: String) {\n    companies(first: 25, search: $search) {\n      edges {\n        node {\n          id\n          ...PhoneOrderCompanies_company\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePhoneOrder($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePhoneOrder($input: CreateDraftOrderInput!) {\n    createDraftOrder(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitPhoneOrder($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        channel\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitPhoneOrder($input: SubmitOrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        channel\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuoteEditor_rfq on Rfq {\n    id\n    status\n    company {\n      id\n      name\n      currencyCode\n    }\n    lines {\n      id\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n      }\n      targetUnitPrice {\n        amount\n        currencyCode\n      }\n    }\n    quotation {\n      id\n      quote {\n        revision\n        validUntil\n      }\n      lines {\n        id\n        sku\n        description\n        quantity\n        unit {\n          id\n          symbol\n        }\n        product {\n          id\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment QuoteEditor_rfq on Rfq {\n    id\n    status\n    company {\n      id\n      name\n      currencyCode\n    }\n    lines {\n      id\n      description\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n      }\n      targetUnitPrice {\n        amount\n        currencyCode\n      }\n    }\n    quotation {\n      id\n      quote {\n        revision\n        validUntil\n      }\n      lines {\n        id\n        sku\n        description\n        quantity\n        unit {\n          id\n          symbol\n        }\n        product {\n          id\n        }\n        unitPrice {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuoteEditorPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n        email\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      ...QuoteEditor_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuoteEditorPage($id: ID!) {\n    rfq(id: $id) {\n      id\n      number\n      title\n      status\n      createdAt\n      neededBy\n      requestedBy {\n        id\n        name\n        email\n      }\n      lines {\n        id\n        ...RfqLines_line\n      }\n      ...RfqThread_rfq\n      ...QuoteEditor_rfq\n      quotation {\n        id\n        ...QuotationPanel_order\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendQuote($input: SendQuoteInput!) {\n    sendQuote(input: $input) {\n      order {\n        id\n        number\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n          ...RfqThread_rfq\n          ...QuoteEditor_rfq\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendQuote($input: SendQuoteInput!) {\n    sendQuote(input: $input) {\n      order {\n        id\n        number\n        ...QuotationPanel_order\n        rfq {\n          id\n          status\n          ...RfqThread_rfq\n          ...QuoteEditor_rfq\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RfqInboxRow_rfq on Rfq {\n    id\n    ...RfqRow_rfq\n    company {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RfqInboxRow_rfq on Rfq {\n    id\n    ...RfqRow_rfq\n    company {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RfqInbox($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqInboxRow_rfq\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RfqInbox($first: Int!, $statuses: [RfqStatus!]) {\n    rfqs(first: $first, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RfqInboxRow_rfq\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TemplateEditor_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n        name\n        baseUnit {\n          id\n          symbol\n        }\n        units {\n          factor\n          isDefault\n          unit {\n            id\n            symbol\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TemplateEditor_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      unit {\n        id\n        symbol\n      }\n      product {\n        id\n        sku\n        name\n        baseUnit {\n          id\n          symbol\n        }\n        units {\n          factor\n          isDefault\n          unit {\n            id\n            symbol\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TemplateEdit($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OrderTemplate {\n        ...TemplateEditor_orderTemplate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TemplateEdit($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OrderTemplate {\n        ...TemplateEditor_orderTemplate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveOrderTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        ...TemplateEditor_orderTemplate\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveOrderTemplate($input: SaveOrderTemplateInput!) {\n    saveOrderTemplate(input: $input) {\n      template {\n        id\n        ...TemplateEditor_orderTemplate\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TemplateRow_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      product {\n        id\n        sku\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TemplateRow_orderTemplate on OrderTemplate {\n    id\n    name\n    shared\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n    lines {\n      quantity\n      product {\n        id\n        sku\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderTemplates {\n    orderTemplates {\n      id\n      ...TemplateRow_orderTemplate\n    }\n  }\n',
): (typeof documents)['\n  query OrderTemplates {\n    orderTemplates {\n      id\n      ...TemplateRow_orderTemplate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteOrderTemplate($input: DeleteOrderTemplateInput!) {\n    deleteOrderTemplate(input: $input) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteOrderTemplate($input: DeleteOrderTemplateInput!) {\n    deleteOrderTemplate(input: $input) {\n      deletedId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {\n    orderFromTemplate(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {\n    orderFromTemplate(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastLoginAt\n  }\n',
): (typeof documents)['\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    status\n    lastLoginAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompanyUsers {\n    viewer {\n      user {\n        id\n      }\n      company {\n        id\n        name\n        users {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompanyUsers {\n    viewer {\n      user {\n        id\n      }\n      company {\n        id\n        name\n        users {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...UserRow_user\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n',
): (typeof documents)['\n  fragment ViewerContext_viewer on Viewer {\n    user {\n      id\n      name\n      email\n      role\n    }\n    company {\n      id\n      name\n    }\n    permissions\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

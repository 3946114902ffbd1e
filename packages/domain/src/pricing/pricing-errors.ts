/** Base of the errors the pricing engine throws for bad configuration or input. */
export abstract class PricingError extends Error {
  abstract readonly code: string;
}

/** Pricelists that are each other's FORMULA base, directly or through others. */
export class PricelistCycleError extends PricingError {
  readonly code = 'PRICELIST_CYCLE';
  /** The pricelist ids along the cycle, the first repeated at the end. */
  constructor(readonly cycle: readonly string[]) {
    super(`Pricelists form a cycle: ${cycle.join(' -> ')}`);
    this.name = 'PricelistCycleError';
  }
}

/** A pricelist id the engine was not given. */
export class UnknownPricelistError extends PricingError {
  readonly code = 'UNKNOWN_PRICELIST';
  constructor(readonly pricelistId: string) {
    super(`Unknown pricelist: ${pricelistId}`);
    this.name = 'UnknownPricelistError';
  }
}

/** One problem with a rule, with the input field it is about. */
export interface PriceRuleIssue {
  readonly ruleId: string;
  readonly field: string;
  readonly message: string;
}

/** A pricelist whose rules cannot be evaluated. */
export class InvalidPricelistError extends PricingError {
  readonly code = 'INVALID_PRICELIST';
  constructor(
    readonly pricelistId: string,
    readonly issues: readonly PriceRuleIssue[],
  ) {
    super(
      `Pricelist ${pricelistId} has invalid rules: ${issues.map((i) => `${i.ruleId}.${i.field}: ${i.message}`).join('; ')}`,
    );
    this.name = 'InvalidPricelistError';
  }
}

/** A FORMULA rule on COST met a product without a cost. */
export class MissingCostError extends PricingError {
  readonly code = 'MISSING_COST';
  constructor(
    readonly productId: string,
    readonly ruleId: string,
  ) {
    super(`Rule ${ruleId} prices from cost, but product ${productId} has no cost`);
    this.name = 'MissingCostError';
  }
}

/** A date that is not an ISO calendar date 'YYYY-MM-DD'. */
export class InvalidPricingDateError extends PricingError {
  readonly code = 'INVALID_DATE';
  constructor(readonly date: string) {
    super(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    this.name = 'InvalidPricingDateError';
  }
}

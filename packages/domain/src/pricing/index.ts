export * from './pricelist';
export * from './pricing-errors';
export { isIsoDate } from './iso-date';
export { validatePricelistRule } from './compiled-rule';
export * from './pricing-engine';
export * from './pricelist-cycle';
export * from './line-total';
export * from './incentives';
export * from './price-precision';

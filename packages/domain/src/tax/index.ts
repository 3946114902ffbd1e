export * from './tax-rates';
export * from './compute-tax';

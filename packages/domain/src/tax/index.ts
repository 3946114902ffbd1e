export * from './tax-rates';
export * from './compute-tax';
export * from './tax-rules';
export * from './adjusted-tax';

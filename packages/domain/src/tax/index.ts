export * from './tax-rates';
export * from './compute-tax';
export * from './adjusted-tax';

export * from './calendar';
export * from './payment-term';
export * from './invoice-terms';

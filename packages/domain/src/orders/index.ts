export * from './order-status';
export * from './order-transitions';
export * from './order-actions';
export * from './reorder-line';

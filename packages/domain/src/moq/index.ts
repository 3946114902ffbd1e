export * from './order-issue';
export * from './availability';
export * from './order-multiple';
export * from './line-rules';
export * from './order-rules';

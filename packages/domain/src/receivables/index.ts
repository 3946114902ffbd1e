export * from './aging';
export * from './statement';
export * from './invoice-balance';
export * from './credit-exposure';
export * from './credit-note';
export * from './invoice-reminders';

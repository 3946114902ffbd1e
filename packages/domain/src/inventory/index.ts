export * from './stock-ledger';
export * from './reservation';
export * from './fulfilment';

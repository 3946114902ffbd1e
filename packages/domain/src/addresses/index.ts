export * from './postal-address';

export * from './adoption';

export * from './unit-of-measure';
export * from './convert';
export * from './product-unit';

export * from './guarded-text';

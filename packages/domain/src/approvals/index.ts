export * from './category-tree';
export * from './approval-rules';

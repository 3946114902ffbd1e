export * from './permissions';
export * from './role-permissions';

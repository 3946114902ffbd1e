export * from './token-scopes';
export * from './password-policy';
export * from './common-passwords';
export * from './auth-limits';
export * from './account-hierarchy';

/** Library entry of the gateway, for tools (seeding, benchmarks) and tests. */
export * from './app';
export * from './config';
export * from './common/clock';
export * from './db/data-source';
export * from './entity';
export { hashPassword } from './auth/password';
export { stopOnSignals } from './http/shutdown';
export { runWebProcesses, type WebProcesses } from './http/cluster';
export { toDomainPricelist } from './service/catalog/pricing.service';

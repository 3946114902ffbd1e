import { defineConfig } from 'vitest/config';

// The seed loads the entities from the gateway's build (compiled by tsc with decorator metadata),
// so no SWC transform is needed here: tools' own code has no decorators. Workspace packages are
// CommonJS builds; load them through Node rather than vite's ESM transform.
export default defineConfig({
  test: {
    include: ['seed/**/*.spec.ts', 'bench/**/*.spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    server: { deps: { external: [/\/apps\/gateway\/dist\//, /\/packages\/domain\/dist\//] } },
  },
});

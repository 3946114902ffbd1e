import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql and TypeORM read decorator metadata, which vitest's default transform does not emit.
// graphql is pinned to its CommonJS entry: type-graphql, loaded by Node, gets that one, and the
// `instanceof` checks between schema types fail when our code gets the .mjs copy instead.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.e2e-spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql and TypeORM read decorator metadata, which vitest's default transform does not emit.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

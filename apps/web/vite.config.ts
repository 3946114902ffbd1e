import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The gateway serves /graphql, /documents and /auth; in production it also serves this
// build (apps/web/dist) with an SPA fallback on the same origin, so cookies stay same-origin.
const gateway = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  // @portal/domain is a linked workspace package built as CommonJS (packages/domain/dist):
  // pre-bundle it in dev so the browser gets ESM, and let the build's CommonJS handling
  // include it (it is not under node_modules/.pnpm, so it is not covered by default).
  optimizeDeps: { include: ['@portal/domain'] },
  server: {
    proxy: {
      '/graphql': gateway,
      '/documents': gateway,
      '/auth': gateway,
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    commonjsOptions: { include: [/packages[\\/]domain[\\/]dist/, /node_modules/] },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|@tabler)[\\/]/,
            },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
});

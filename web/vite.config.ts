/**
 * Builds the page (index.html) and the GraphQL explorer (explorer.html) into web/dist/, which the API
 * server serves: `/` gets index.html, `GET /graphql` from a browser gets explorer.html.
 * Run from the project root: `vite build --config web/vite.config.ts` (or `vite --config ...` to
 * develop, with /graphql proxied to the API on API_URL, http://localhost:4000 by default).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer bundles GraphiQL (React + CodeMirror): big, but served locally and loaded only there.
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        main: `${here}index.html`,
        explorer: `${here}explorer.html`,
      },
      // React libraries mark modules "use client" (for server components): meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' },
  },
});

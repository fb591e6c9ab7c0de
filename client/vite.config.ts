import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { inlineDocuments } from './build/inlineDocuments';
import { precompress } from './build/precompress';

export default defineConfig({
  plugins: [react(), inlineDocuments(fileURLToPath(new URL('./src/gql/', import.meta.url))), precompress()],
  // rxjs (under Apollo Client) in the ES2015 build its exports offer: classes instead of ES5 helpers
  // (tslib), 1.9 KB gzip less.
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest tells tests/api/client-bundle.test.ts which chunks the first page loads.
    manifest: true,
    // index.html preloads nothing (the entry is one file) and Vite's loader of lazy chunks falls back
    // to rel=preload by itself where modulepreload is missing: the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Everything the entry imports statically in the entry's own file: one gzip stream compresses
      // better than seven chunks (pages load what they share with it from there).
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  // ws: live updates (graphql-ws) share the /graphql path with HTTP.
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } } },
});

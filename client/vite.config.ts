import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inlineDocuments } from './build/inlineDocuments';
import { precompress } from './build/precompress';

export default defineConfig({
  plugins: [react(), inlineDocuments(fileURLToPath(new URL('./src/gql/', import.meta.url))), precompress()],
  // The manifest tells tests/api/client-bundle.test.ts which chunks the first page loads.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  // ws: live updates (graphql-ws) share the /graphql path with HTTP.
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } } },
});

// Types of the client's operations, generated from the server's schema: npm run codegen (from the repo root).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'client/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Both date scalars travel as ISO strings; JSON (audit snapshots) is whatever the record held.
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

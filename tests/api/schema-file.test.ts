import fs from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { createSchema } from '../../server/src/graphql/schema.js';

describe('client/schema.graphql', () => {
  it('is the schema the server serves, so the client’s generated types are true (run `npm run codegen` if not)', async () => {
    const committed = await fs.readFile(path.join(repoRoot, 'client/schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(await createSchema()))}\n`);
  });
});

// Writes the schema the client's graphql-codegen reads: npm run schema
import fs from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../config.js';
import { createSchema } from './schema.js';

const target = path.join(repoRoot, 'client/schema.graphql');
const schema = await createSchema();
await fs.writeFile(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);

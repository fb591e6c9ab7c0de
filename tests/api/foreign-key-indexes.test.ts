import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { openTestDatabase } from '../support/database.js';

/**
 * Every foreign key whose columns are not the leading columns of some index (in any order among
 * themselves): deleting or updating a parent row then scans the whole child table, and so does any
 * loader reading children by their parent.
 */
export const UNINDEXED_FOREIGN_KEYS = `
  SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint",
         array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k ORDER BY a.attname), ', ') AS "columns"
    FROM pg_constraint c
   WHERE c.contype = 'f'
     AND c.connamespace = 'public'::regnamespace
     AND NOT EXISTS (
       SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid
          AND i.indpred IS NULL
          AND (SELECT array_agg(x ORDER BY x) FROM unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) x) =
              (SELECT array_agg(x ORDER BY x) FROM unnest(c.conkey) x))
   ORDER BY 1, 3`;

describe('foreign keys', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it('each lead some index (no parent delete or child lookup scans a table)', async () => {
    expect(await db.dataSource.query(UNINDEXED_FOREIGN_KEYS)).toEqual([]);
  });
});

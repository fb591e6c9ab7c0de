import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsWhereAnyOf } from '../../server/src/db/entity-rows.js';
import { MeasureIndicator } from '../../server/src/modules/indicator/measure-indicator.entity.js';
import { Indicator } from '../../server/src/modules/indicator/indicator.entity.js';
import { writeFixture } from '../bench/fixture.js';
import { plans, startTestServer, type TestServer } from '../support/server.js';

// The loaders read JSON rows (server/src/db/entity-rows.ts) instead of TypeORM's find: every
// entity must come out exactly as TypeORM hydrates it (class, property names, Dates, numbers).
describe('entity rows read as JSON equal TypeORM’s entities', () => {
  let server: TestServer;
  const byKey = (rows: object[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    const [{ id }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key = 'yonezawa-dgc-2024'`);
    await writeFixture(server.app.url, id);
  }, 180_000);
  afterAll(() => server?.stop());

  it('for every entity, all its rows, read by one of its uuid columns', async () => {
    const ds = server.db.dataSource;
    const compared: string[] = [];
    for (const metadata of ds.entityMetadatas) {
      const key = metadata.columns.find((c) => c.type === 'uuid')!;
      const expected = await ds.getRepository(metadata.target).find();
      const ids = [...new Set(expected.map((row) => key.getEntityValue(row) as string | null))].filter((v): v is string => v !== null);
      const actual = (await rowsWhereAnyOf(ds, metadata.target, key.databaseName)(ids)) as object[];
      expect(byKey(actual), metadata.tableName).toStrictEqual(byKey(expected.filter((row) => key.getEntityValue(row) !== null)));
      if (expected.length) compared.push(metadata.tableName);
    }
    // The fixture writes the plan and a review: nearly every table has rows to compare.
    expect(compared.length, compared.join(' ')).toBeGreaterThanOrEqual(20);
    for (const table of ['actual', 'measure_report', 'review_thread', 'thread_post', 'strategy', 'indicator', 'audit_entry', 'session']) expect(compared).toContain(table);
  });

  it('with a relation read in the same statement, in the asked order', async () => {
    const ds = server.db.dataSource;
    const measureIds = (await ds.query(`SELECT id FROM measure ORDER BY position`)).map((r: { id: string }) => r.id);
    const expected = await ds.getRepository(MeasureIndicator).find({ relations: { indicator: true }, order: { measureId: 'ASC', position: 'ASC' } });
    const read = rowsWhereAnyOf(ds, MeasureIndicator, 'measure_id', { join: { relation: 'indicator', entity: Indicator, joinColumn: 'indicator_id' }, orderBy: 't.measure_id, t.position' });
    const actual = await read(measureIds);
    expect(actual.length).toBeGreaterThan(40);
    expect(actual).toStrictEqual(expected);
    expect(actual[0].indicator).toBeInstanceOf(Indicator);
    expect(await read([])).toEqual([]);
  });
});

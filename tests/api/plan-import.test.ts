import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { entities } from '../../server/src/db/entities.js';
import { parsePlanFile, PlanFileError } from '../../server/src/modules/plan-import/plan-file.parse.js';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { importPlan } from '../../server/src/modules/plan-import/plan-import.service.js';
import { openTestDatabase } from '../support/database.js';
import { plans } from '../support/server.js';

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of entities) counts[db.dataSource.getMetadata(entity).tableName] = await db.dataSource.getRepository(entity).count();
  return counts;
}

async function writeTemp(name: string, text: string): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'kaizen-plan-')), name);
  await fs.writeFile(file, text);
  return file;
}

describe('plan import', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it('writes nothing when the file is invalid', async () => {
    const source = await fs.readFile(plans.smallCity, 'utf8');
    const file = await writeTemp('bad.yaml', source.replace('unit: 人', 'unit: [人'));
    await expect(importPlanFile(db.dataSource, file)).rejects.toThrow(PlanFileError);
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it('rolls back everything when the database refuses a row mid-way', async () => {
    const plan = parsePlanFile(await fs.readFile(plans.smallCity, 'utf8'), 'small.yaml');
    // A relisting the validator would have refused: its listing has no indicator, after the
    // strategy, goals, measures and indicators were already written in the same transaction.
    plan.goals[1].measures[0].kpiGroups[0].kpis[1] = { relist: 'no-such-key' };
    await expect(importPlan(db.dataSource, plan)).rejects.toThrow(/indicator_id/);
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it('imports another city’s plan, and importing it again changes nothing', async () => {
    const first = await importPlanFile(db.dataSource, plans.smallCity);
    expect(first).toMatchObject({ goals: 3, kgis: 2, measures: 3, policies: 1, kpis: 4, kpiListings: 5, projects: 1, projectListings: 2, departments: 2 });
    const countsAfterFirst = await rowCounts(db);
    const ids = await db.dataSource.query(`SELECT id, key FROM indicator ORDER BY key`);

    const second = await importPlanFile(db.dataSource, plans.smallCity);
    expect(second).toEqual(first);
    expect(await rowCounts(db)).toEqual(countsAfterFirst);
    expect(await db.dataSource.query(`SELECT id, key FROM indicator ORDER BY key`)).toEqual(ids);
    expect(countsAfterFirst).toMatchObject({ strategy: 1, goal: 3, measure: 3, indicator: 6, measure_indicator: 5, project: 1, measure_project: 2 });
  });

  it('updates an edited plan in place and drops what the file no longer holds', async () => {
    const source = await fs.readFile(plans.smallCity, 'utf8');
    const edited = source
      .replace('name: 創業者数', 'name: 創業者数（町の支援による）')
      .replace(/\n {14}- key: 2-1-1[\s\S]*?text: 95 千t-CO₂ }\n/, '\n');
    const file = await writeTemp('edited.yaml', edited);
    const [before] = await db.dataSource.query(`SELECT id FROM indicator WHERE key = '1-1-1'`);
    await importPlanFile(db.dataSource, file);
    const rows = await db.dataSource.query(`SELECT id, key, name FROM indicator ORDER BY key`);
    expect(rows.map((r: { key: string }) => r.key)).toEqual(['1-1-1', '3-1-1', '3-1-2', 'G1', 'G2']);
    expect(rows[0]).toEqual({ id: before.id, key: '1-1-1', name: '創業者数（町の支援による）' });
    expect((await rowCounts(db)).strategy).toBe(1);
  });
});

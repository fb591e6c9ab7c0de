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
    expect(second).toEqual({ ...first, proposal: { revisionId: null, changes: 0, notProposed: [] } });
    expect(await rowCounts(db)).toEqual(countsAfterFirst);
    expect(await db.dataSource.query(`SELECT id, key FROM indicator ORDER BY key`)).toEqual(ids);
    expect(countsAfterFirst).toMatchObject({ strategy: 1, goal: 3, measure: 3, indicator: 6, measure_indicator: 5, project: 1, measure_project: 2 });
  });

  it('proposes an edited plan as a draft revision with its differences, changing nothing in place', async () => {
    const source = await fs.readFile(plans.smallCity, 'utf8');
    const edited = source
      .replace('name: 創業者数', 'name: 創業者数（町の支援による）')
      .replace(/\n {14}- key: 2-1-1[\s\S]*?text: 95 千t-CO₂ }\n/, '\n');
    const file = await writeTemp('edited.yaml', edited);
    const before = await db.dataSource.query(`SELECT id, key, name, retired_from_fy FROM indicator ORDER BY key`);
    const counts = await rowCounts(db);
    const summary = await importPlanFile(db.dataSource, file);
    expect(await db.dataSource.query(`SELECT id, key, name, retired_from_fy FROM indicator ORDER BY key`)).toEqual(before);
    expect(summary.proposal).toMatchObject({ changes: 2, notProposed: [] });
    const [revision] = await db.dataSource.query(`SELECT id, state, title, created_by FROM plan_revision`);
    expect(revision).toMatchObject({ id: summary.proposal!.revisionId, state: 'DRAFT', title: '計画ファイルの取込み（edited.yaml）', created_by: null });
    const changes = await db.dataSource.query(`SELECT i.key, c.field, c.before, c.after FROM plan_change c JOIN indicator i ON i.id = c.subject_id ORDER BY c.position`);
    expect(changes).toEqual([
      { key: '1-1-1', field: 'name', before: '創業者数', after: '創業者数（町の支援による）' },
      { key: '2-1-1', field: 'retiredFromFY', before: null, after: 2025 },
    ]);
    // Only the draft, its changes and its audit entry were written.
    expect(await rowCounts(db)).toEqual({ ...counts, plan_revision: 1, plan_change: 2, audit_entry: counts.audit_entry + 1 });
  });

  it('re-importing an edited plans/yonezawa.yaml yields a draft revision with exactly the differences', async () => {
    await importPlanFile(db.dataSource, plans.yonezawa);
    expect((await importPlanFile(db.dataSource, plans.yonezawa)).proposal).toEqual({ revisionId: null, changes: 0, notProposed: [] });
    const edited = (await fs.readFile(plans.yonezawa, 'utf8')).replace('value: 100\n                  text: 延べ 100 件', 'value: 120\n                  text: 延べ 120 件');
    const summary = await importPlanFile(db.dataSource, await writeTemp('yonezawa-r7.yaml', edited));
    const changes = await db.dataSource.query(`SELECT i.key, c.field, c.before, c.after FROM plan_change c JOIN indicator i ON i.id = c.subject_id WHERE c.revision_id = $1 ORDER BY c.position`, [summary.proposal!.revisionId]);
    expect(changes).toEqual([
      { key: '1-1-1', field: 'targetValue', before: 100, after: 120 },
      { key: '1-1-1', field: 'targetText', before: '延べ 100 件', after: '延べ 120 件' },
    ]);
    expect(await db.dataSource.query(`SELECT target_value::float AS value FROM indicator WHERE key = '1-1-1' AND strategy_id = $1`, [summary.strategyId])).toEqual([{ value: 100 }]);
  });
});

import type { DataSource } from 'typeorm';
import { importPlanFile } from './modules/plan-import/plan-import.js';
import type { ImportSummary } from './modules/plan-import/plan-import.service.js';
import { Strategy } from './modules/strategy/strategy.entity.js';

/** On first start (no strategy yet), imports the sample plans. */
export async function seedIfEmpty(dataSource: DataSource, planFiles: string[]): Promise<ImportSummary[]> {
  if ((await dataSource.getRepository(Strategy).count()) > 0) return [];
  const summaries: ImportSummary[] = [];
  for (const file of planFiles) summaries.push(await importPlanFile(dataSource, file));
  return summaries;
}

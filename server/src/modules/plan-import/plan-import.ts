import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { parsePlanFile } from './plan-file.parse.js';
import { importPlan, type ImportSummary } from './plan-import.service.js';

/** Reads, validates and imports a plan file; nothing is written when the file is invalid. */
export async function importPlanFile(dataSource: DataSource, file: string): Promise<ImportSummary> {
  const source = await fs.readFile(file, 'utf8');
  const plan = parsePlanFile(source, file);
  return importPlan(dataSource, plan, path.basename(file));
}

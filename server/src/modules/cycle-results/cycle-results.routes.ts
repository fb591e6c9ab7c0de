import { fiscalYearLabel, reiwaLabel } from '@kaizen/shared';
import type { Request, Response } from 'express';
import { requireViewer } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { attachment, XLSX_MEDIA_TYPE, type FileRoutes } from '../../http/file-routes.js';
import { cycleOfRoute } from '../review-cycle/cycle-of-route.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { cycleResults, type CycleResults } from './cycle-results.js';
import { indicatorColumns, measureColumns } from './result-columns.js';
import { writeCsv, writeWorkbook } from './results-files.js';

/** The cycle's results as the caller may read them (the API's rules: a department sees what `readableActuals` gives it). */
export async function resultsOf(context: Context, cycle: ReviewCycle): Promise<CycleResults> {
  return cycleResults(context.loaders, context.viewer, cycle, await context.services.reviewThreads.list(cycle.id));
}

export function yearsOf(results: CycleResults): number[] {
  return Array.from({ length: results.cycle.fiscalYear - results.strategy.periodStartFY + 1 }, (_, k) => results.strategy.periodStartFY + k);
}

const fileName = (r: CycleResults, ext: string) => [`${r.strategy.municipality}_効果検証シート_${reiwaLabel(r.cycle.fiscalYear)}.${ext}`, `results-fy${r.cycle.fiscalYear}.${ext}`] as const;

/** 効果検証シート of a cycle, signed in: the 指標 sheet (per KPI) and the 施策 sheet (reports and the council's dialogue). */
export function cycleResultRoutes(routes: FileRoutes): void {
  routes.get('/cycles/:cycleId/results.xlsx', async (req: Request, res: Response, context: Context) => {
    requireViewer(context);
    const results = await resultsOf(context, await cycleOfRoute(req, context));
    const heading = `${results.strategy.title} 効果検証シート（${fiscalYearLabel(results.cycle.fiscalYear)}）`;
    res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
    res.setHeader('Content-Disposition', attachment(...fileName(results, 'xlsx')));
    res.setHeader('Cache-Control', 'private, no-store');
    await writeWorkbook(res, [
      { name: '指標', title: `${heading} 指標`, columns: indicatorColumns(yearsOf(results)), rows: results.indicators },
      { name: '施策', title: `${heading} 施策`, columns: measureColumns, rows: results.measures },
    ]);
  });

  // The two sheets as CSV: 指標 (results.csv) and 施策 (results-measures.csv), a file each as a CSV holds one table.
  for (const [path, sheet] of [
    ['results.csv', '指標'],
    ['results-measures.csv', '施策'],
  ] as const) {
    routes.get(`/cycles/:cycleId/${path}`, async (req: Request, res: Response, context: Context) => {
      requireViewer(context);
      const results = await resultsOf(context, await cycleOfRoute(req, context));
      const [name, ascii] = fileName(results, 'csv');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', attachment(name.replace('.csv', `_${sheet}.csv`), ascii.replace('.csv', sheet === '指標' ? '.csv' : '-measures.csv')));
      res.setHeader('Cache-Control', 'private, no-store');
      if (sheet === '指標') await writeCsv(res, indicatorColumns(yearsOf(results)), results.indicators);
      else await writeCsv(res, measureColumns, results.measures);
    });
  }
}

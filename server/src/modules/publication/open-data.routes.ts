import { fiscalYearLabel } from '@kaizen/shared';
import type { Request, Response } from 'express';
import type { Context } from '../../graphql/context.js';
import { attachment, uuidParam, type FileRoutes } from '../../http/file-routes.js';
import { yearsOf } from '../cycle-results/cycle-results.routes.js';
import { openDataColumns } from '../cycle-results/result-columns.js';
import { writeCsv } from '../cycle-results/results-files.js';
import { publicResults, publishedCycleOf } from './published-cycle.js';

async function published(req: Request, context: Context) {
  const { cycle } = await publishedCycleOf(context.loaders, uuidParam(req.params.cycleId, 'cycleId'));
  return publicResults(context.loaders, context.services.reviewThreads, cycle);
}

/**
 * オープンデータ: a published cycle's KPI figures, signed out or in alike (the public's reading:
 * accepted figures only), as CSV and JSON with the columns docs/open-data.md describes; 404 for a
 * cycle not published. Cacheable for a while: a published cycle is closed and does not change.
 */
export function openDataRoutes(routes: FileRoutes): void {
  routes.get('/open-data/cycles/:cycleId/indicators.csv', async (req: Request, res: Response, context: Context) => {
    const results = await published(req, context);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachment(`${results.strategy.municipality}_指標_${fiscalYearLabel(results.cycle.fiscalYear)}.csv`, `indicators-fy${results.cycle.fiscalYear}.csv`));
    res.setHeader('Cache-Control', 'public, max-age=300');
    await writeCsv(res, openDataColumns(yearsOf(results)), results.indicators);
  });

  routes.get('/open-data/cycles/:cycleId/indicators.json', async (req: Request, res: Response, context: Context) => {
    const results = await published(req, context);
    const columns = openDataColumns(yearsOf(results));
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json({
      municipality: results.strategy.municipality,
      strategy: results.strategy.title,
      fiscalYear: results.cycle.fiscalYear,
      publishedAt: results.cycle.publishedAt,
      columns: columns.map((c) => ({ key: c.key, header: c.header })),
      rows: results.indicators.map((r) => Object.fromEntries(columns.map((c) => [c.key, c.value(r)]))),
    });
  });
}

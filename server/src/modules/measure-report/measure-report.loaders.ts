import type { DataSource } from 'typeorm';
import { EntityRows, jsonRowsQuery, readRows } from '../../db/entity-rows.js';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { MeasureReport } from './measure-report.entity.js';
import { responsibleDepartments } from './responsible-departments.js';

/** The key of a measure's report in one cycle (at most one, by uq_measure_report_cycle_measure). */
export const cycleMeasureKey = (cycleId: string, measureId: string) => `${cycleId}/${measureId}`;

export function measureReportLoaders(dataSource: DataSource) {
  const reports = EntityRows.of(dataSource, MeasureReport);
  const reportsOfPairs = jsonRowsQuery(reports.object('t'), 'measure_report t', '(t.cycle_id, t.measure_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))');
  return {
    /**
     * The report of each (cycle, measure) pair: only the cycle the page shows, not every year's
     * reports. One statement with two array parameters (the pairs, unnested side by side).
     */
    measureReportsByCycleMeasure: groupLoader(
      async (keys) => {
        const pairs = keys.map((k) => k.split('/'));
        return (await readRows(dataSource, reportsOfPairs, [pairs.map(([cycleId]) => cycleId), pairs.map(([, measureId]) => measureId)])).map(reports.map);
      },
      (r) => cycleMeasureKey(r.cycleId, r.measureId),
    ),
    responsibleDepartmentsByMeasureId: groupLoader(
      (ids) => responsibleDepartments(dataSource.manager, ids),
      (r) => r.measureId,
    ),
  };
}

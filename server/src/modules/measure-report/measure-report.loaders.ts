import type { DataSource } from 'typeorm';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { MeasureReport } from './measure-report.entity.js';
import { responsibleDepartments } from './responsible-departments.js';

/** The key of a measure's report in one cycle (at most one, by uq_measure_report_cycle_measure). */
export const cycleMeasureKey = (cycleId: string, measureId: string) => `${cycleId}/${measureId}`;

export function measureReportLoaders(dataSource: DataSource) {
  return {
    /**
     * The report of each (cycle, measure) pair: only the cycle the page shows, not every year's
     * reports. One statement with two array parameters (the pairs, unnested side by side).
     */
    measureReportsByCycleMeasure: groupLoader(
      (keys) => {
        const pairs = keys.map((k) => k.split('/'));
        return dataSource
          .getRepository(MeasureReport)
          .createQueryBuilder('report')
          .where('(report.cycle_id, report.measure_id) IN (SELECT * FROM unnest(CAST(:cycleIds AS uuid[]), CAST(:measureIds AS uuid[])))', {
            cycleIds: pairs.map(([cycleId]) => cycleId),
            measureIds: pairs.map(([, measureId]) => measureId),
          })
          .getMany();
      },
      (r) => cycleMeasureKey(r.cycleId, r.measureId),
    ),
    responsibleDepartmentsByMeasureId: groupLoader(
      (ids) => responsibleDepartments(dataSource.manager, ids),
      (r) => r.measureId,
    ),
  };
}

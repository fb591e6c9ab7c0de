import { In, type DataSource } from 'typeorm';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { MeasureReport } from './measure-report.entity.js';
import { responsibleDepartments } from './responsible-departments.js';

export function measureReportLoaders(dataSource: DataSource) {
  return {
    /** Every cycle's report on each measure. */
    measureReportsByMeasureId: groupLoader(
      (ids) => dataSource.getRepository(MeasureReport).findBy({ measureId: In(ids) }),
      (r) => r.measureId,
    ),
    responsibleDepartmentsByMeasureId: groupLoader(
      (ids) => responsibleDepartments(dataSource.manager, ids),
      (r) => r.measureId,
    ),
  };
}

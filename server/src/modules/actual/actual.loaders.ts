import type { DataSource } from 'typeorm';
import { anyOf, groupLoader } from '../../graphql/loader-helpers.js';
import { Actual } from './actual.entity.js';

export function actualLoaders(dataSource: DataSource) {
  const actuals = dataSource.getRepository(Actual);
  return {
    /** Every actual of each indicator, oldest year first. */
    actualsByIndicatorId: groupLoader(
      (ids) => actuals.find({ where: { indicatorId: anyOf(ids) }, order: { fiscalYear: 'ASC' } }),
      (a) => a.indicatorId,
    ),
  };
}

import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { Actual } from './actual.entity.js';

export function actualLoaders(dataSource: DataSource) {
  return {
    /** Every actual of each indicator, oldest year first. */
    actualsByIndicatorId: groupLoader(rowsWhereAnyOf(dataSource, Actual, 'indicator_id', { orderBy: 't.fiscal_year' }), (a) => a.indicatorId),
  };
}

import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Policy } from './policy.entity.js';

export function policyLoaders(dataSource: DataSource) {
  return {
    policiesByMeasureId: groupLoader(rowsWhereAnyOf(dataSource, Policy, 'measure_id', { orderBy: 't.ordinal' }), (p) => p.measureId),
    policyById: byIdLoader(rowsWhereAnyOf(dataSource, Policy, 'id')),
  };
}

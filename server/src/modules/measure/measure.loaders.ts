import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Measure } from './measure.entity.js';

export function measureLoaders(dataSource: DataSource) {
  return {
    measureById: byIdLoader(rowsWhereAnyOf(dataSource, Measure, 'id')),
    measuresByGoalId: groupLoader(rowsWhereAnyOf(dataSource, Measure, 'goal_id', { orderBy: 't.position' }), (m) => m.goalId),
  };
}

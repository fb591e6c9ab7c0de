import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Goal } from './goal.entity.js';

export function goalLoaders(dataSource: DataSource) {
  const goalsOfStrategies = rowsWhereAnyOf(dataSource, Goal, 'strategy_id', { orderBy: 't.number' });
  return {
    goalById: byIdLoader(rowsWhereAnyOf(dataSource, Goal, 'id')),
    goalsByStrategyId: groupLoader(goalsOfStrategies, (g) => g.strategyId),
  };
}

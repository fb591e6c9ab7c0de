import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { ReviewCycle } from './review-cycle.entity.js';

export function reviewCycleLoaders(dataSource: DataSource) {
  return {
    reviewCycleById: byIdLoader(rowsWhereAnyOf(dataSource, ReviewCycle, 'id')),
    /** Every cycle of each strategy (one a year). */
    reviewCyclesByStrategyId: groupLoader(rowsWhereAnyOf(dataSource, ReviewCycle, 'strategy_id', { orderBy: 't.fiscal_year' }), (c) => c.strategyId),
  };
}

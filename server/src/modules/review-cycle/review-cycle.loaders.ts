import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader } from '../../graphql/loader-helpers.js';
import { ReviewCycle } from './review-cycle.entity.js';

export function reviewCycleLoaders(dataSource: DataSource) {
  return { reviewCycleById: byIdLoader(rowsWhereAnyOf(dataSource, ReviewCycle, 'id')) };
}

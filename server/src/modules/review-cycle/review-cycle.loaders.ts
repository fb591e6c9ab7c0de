import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader } from '../../graphql/loader-helpers.js';
import { ReviewCycle } from './review-cycle.entity.js';

export function reviewCycleLoaders(dataSource: DataSource) {
  return { reviewCycleById: byIdLoader((ids) => dataSource.getRepository(ReviewCycle).findBy({ id: anyOf(ids) })) };
}

import { In, type DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/loader-helpers.js';
import { ReviewCycle } from './review-cycle.entity.js';

export function reviewCycleLoaders(dataSource: DataSource) {
  return { reviewCycleById: byIdLoader((ids) => dataSource.getRepository(ReviewCycle).findBy({ id: In(ids) })) };
}

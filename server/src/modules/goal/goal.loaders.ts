import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Goal } from './goal.entity.js';

export function goalLoaders(dataSource: DataSource) {
  const goals = dataSource.getRepository(Goal);
  return {
    goalById: byIdLoader((ids) => goals.findBy({ id: anyOf(ids) })),
    goalsByStrategyId: groupLoader(
      (ids) => goals.find({ where: { strategyId: anyOf(ids) }, order: { number: 'ASC' } }),
      (g) => g.strategyId,
    ),
  };
}

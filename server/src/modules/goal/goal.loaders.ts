import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Goal } from './goal.entity.js';

export function goalLoaders(dataSource: DataSource) {
  const goals = dataSource.getRepository(Goal);
  return {
    goalById: byIdLoader((ids) => goals.findBy({ id: In(ids) })),
    goalsByStrategyId: groupLoader(
      (ids) => goals.find({ where: { strategyId: In(ids) }, order: { number: 'ASC' } }),
      (g) => g.strategyId,
    ),
  };
}

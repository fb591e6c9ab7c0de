import { In, type DataSource } from 'typeorm';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { Goal } from './goal.entity.js';

export function goalLoaders(dataSource: DataSource) {
  const goals = dataSource.getRepository(Goal);
  return {
    goalsByStrategyId: groupLoader(
      (ids) => goals.find({ where: { strategyId: In(ids) }, order: { number: 'ASC' } }),
      (g) => g.strategyId,
    ),
  };
}

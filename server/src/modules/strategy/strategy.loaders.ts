import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader } from '../../graphql/loader-helpers.js';
import { Strategy } from './strategy.entity.js';

export function strategyLoaders(dataSource: DataSource) {
  const strategies = dataSource.getRepository(Strategy);
  return { strategyById: byIdLoader((ids) => strategies.findBy({ id: anyOf(ids) })) };
}

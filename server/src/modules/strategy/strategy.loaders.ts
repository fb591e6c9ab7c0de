import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader } from '../../graphql/loader-helpers.js';
import { Strategy } from './strategy.entity.js';

export function strategyLoaders(dataSource: DataSource) {
  return { strategyById: byIdLoader(rowsWhereAnyOf(dataSource, Strategy, 'id')) };
}

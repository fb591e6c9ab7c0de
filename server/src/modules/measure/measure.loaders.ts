import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Measure } from './measure.entity.js';

export function measureLoaders(dataSource: DataSource) {
  const measures = dataSource.getRepository(Measure);
  return {
    measureById: byIdLoader((ids) => measures.findBy({ id: anyOf(ids) })),
    measuresByGoalId: groupLoader(
      (ids) => measures.find({ where: { goalId: anyOf(ids) }, order: { position: 'ASC' } }),
      (m) => m.goalId,
    ),
  };
}

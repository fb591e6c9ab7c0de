import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Measure } from './measure.entity.js';

export function measureLoaders(dataSource: DataSource) {
  const measures = dataSource.getRepository(Measure);
  return {
    measureById: byIdLoader((ids) => measures.findBy({ id: In(ids) })),
    measuresByGoalId: groupLoader(
      (ids) => measures.find({ where: { goalId: In(ids) }, order: { position: 'ASC' } }),
      (m) => m.goalId,
    ),
  };
}

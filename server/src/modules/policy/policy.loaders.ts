import type { DataSource } from 'typeorm';
import { anyOf, groupLoader } from '../../graphql/loader-helpers.js';
import { Policy } from './policy.entity.js';

export function policyLoaders(dataSource: DataSource) {
  const policies = dataSource.getRepository(Policy);
  return {
    policiesByMeasureId: groupLoader(
      (ids) => policies.find({ where: { measureId: anyOf(ids) }, order: { ordinal: 'ASC' } }),
      (p) => p.measureId,
    ),
  };
}

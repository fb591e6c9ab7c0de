import type { DataSource } from 'typeorm';
import { anyOf, groupLoader } from '../../graphql/loader-helpers.js';
import { MeasureProject } from './measure-project.entity.js';

export function projectLoaders(dataSource: DataSource) {
  const listings = dataSource.getRepository(MeasureProject);
  return {
    /** Main projects of each measure, with the project. */
    projectListingsByMeasureId: groupLoader(
      (ids) => listings.find({ where: { measureId: anyOf(ids) }, relations: { project: true }, order: { position: 'ASC' } }),
      (l) => l.measureId,
    ),
  };
}

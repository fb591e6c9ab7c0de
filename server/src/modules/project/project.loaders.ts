import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { MeasureProject } from './measure-project.entity.js';
import { Project } from './project.entity.js';

export function projectLoaders(dataSource: DataSource) {
  const withProject = { relation: 'project', entity: Project, joinColumn: 'project_id' } as const;
  return {
    /** Main projects of each measure, with the project. */
    projectListingsByMeasureId: groupLoader(rowsWhereAnyOf(dataSource, MeasureProject, 'measure_id', { join: withProject, orderBy: 't.position' }), (l) => l.measureId),
    projectById: byIdLoader(rowsWhereAnyOf(dataSource, Project, 'id')),
    /** The measures listing each project, the one defining it first. */
    projectListingsByProjectId: groupLoader(rowsWhereAnyOf(dataSource, MeasureProject, 'project_id', { orderBy: 't.relisted, t.measure_id' }), (l) => l.projectId),
  };
}

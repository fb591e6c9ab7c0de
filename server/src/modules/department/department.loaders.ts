import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { ProjectDepartment } from '../project/project-department.entity.js';
import { Department } from './department.entity.js';

type DepartmentOf = Department & { ownerId: string };

export function departmentLoaders(dataSource: DataSource) {
  /** Departments of the owners (indicators or projects) through a link table, in the plan's order. */
  const through = <L extends IndicatorDepartment | ProjectDepartment>(link: new () => L, ownerColumn: string, ownerOf: (row: L) => string) =>
    groupLoader<DepartmentOf>(
      async (ids) =>
        (
          await dataSource
            .createQueryBuilder(link, 'link')
            .innerJoinAndSelect('link.department', 'department')
            .where(`link.${ownerColumn} = ANY(CAST(:ids AS uuid[]))`, { ids })
            .orderBy('link.position', 'ASC')
            .getMany()
        ).map((row) => ({ ...row.department!, ownerId: ownerOf(row) })),
      (d) => d.ownerId,
    );
  return {
    departmentById: byIdLoader((ids) => dataSource.getRepository(Department).findBy({ id: anyOf(ids) })),
    departmentsByIndicatorId: through(IndicatorDepartment, 'indicator_id', (l) => l.indicatorId),
    departmentsByProjectId: through(ProjectDepartment, 'project_id', (l) => l.projectId),
    /** The departments that hold an indicator or a project of the strategy. */
    departmentsByStrategyId: groupLoader<Department & { strategyId: string }>(
      (ids) =>
        dataSource.query(
          `SELECT DISTINCT d.id, d.name, d.municipality, x.strategy_id AS "strategyId"
             FROM department d
             JOIN (SELECT l.department_id, i.strategy_id FROM indicator_department l JOIN indicator i ON i.id = l.indicator_id
                   UNION
                   SELECT l.department_id, p.strategy_id FROM project_department l JOIN project p ON p.id = l.project_id) x
               ON x.department_id = d.id
            WHERE x.strategy_id = ANY($1::uuid[])
            ORDER BY d.name`,
          [ids],
        ),
      (d) => d.strategyId,
    ),
  };
}

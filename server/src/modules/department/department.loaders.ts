import type { DataSource } from 'typeorm';
import { EntityRows, jsonRowsQuery, readRows, rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Department } from './department.entity.js';

type DepartmentOf = Department & { ownerId: string };

export function departmentLoaders(dataSource: DataSource) {
  const departments = EntityRows.of(dataSource, Department);
  /** Departments of the owners (indicators or projects) through a link table, in the plan's order. */
  const through = (linkTable: string, ownerColumn: string) => {
    const object = departments.object('d', { ownerId: `link.${ownerColumn}` });
    const text = jsonRowsQuery(object, `${linkTable} link JOIN department d ON d.id = link.department_id`, `link.${ownerColumn} = ANY($1::uuid[])`, 'link.position');
    return groupLoader<DepartmentOf>(
      async (ids) => (await readRows(dataSource, text, [ids])).map((row) => Object.assign(departments.map(row), { ownerId: row.ownerId as string })),
      (d) => d.ownerId,
    );
  };
  return {
    departmentById: byIdLoader(rowsWhereAnyOf(dataSource, Department, 'id')),
    departmentsByIndicatorId: through('indicator_department', 'indicator_id'),
    departmentsByProjectId: through('project_department', 'project_id'),
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

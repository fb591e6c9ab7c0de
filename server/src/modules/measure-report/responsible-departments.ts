import type { EntityManager } from 'typeorm';

export type MeasureDepartment = { measureId: string; departmentId: string };

/**
 * The departments answering for a measure: those of its own KPIs and main projects. A 【再掲】
 * listing does not make a department answer for the measure it is relisted under.
 */
export function responsibleDepartments(manager: EntityManager, measureIds: string[]): Promise<MeasureDepartment[]> {
  return manager.query(
    `SELECT mi.measure_id AS "measureId", d.department_id AS "departmentId"
       FROM measure_indicator mi JOIN indicator_department d ON d.indicator_id = mi.indicator_id
      WHERE NOT mi.relisted AND mi.measure_id = ANY($1::uuid[])
     UNION
     SELECT mp.measure_id, d.department_id
       FROM measure_project mp JOIN project_department d ON d.project_id = mp.project_id
      WHERE NOT mp.relisted AND mp.measure_id = ANY($1::uuid[])`,
    [measureIds],
  );
}

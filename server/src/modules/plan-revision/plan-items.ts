import { PlanSubject } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { BadInputError, InvalidStateError } from '../../graphql/errors.js';
import { anyOf } from '../../graphql/loader-helpers.js';
import { Department } from '../department/department.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { MeasureProject } from '../project/measure-project.entity.js';
import { ProjectDepartment } from '../project/project-department.entity.js';
import { Project } from '../project/project.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';
import type { PlanChange } from './plan-change.entity.js';
import type { PlanRevision } from './plan-revision.entity.js';

/** What an ADD change of a measure, a policy or a main project holds until adoption makes it a row. */
export type AddedMeasure = { measure: { code: string; title: string }; goalId: string };
export type AddedPolicy = { policy: { title: string }; measureId: string };
export type AddedProject = { project: { name: string; sinceFY: number | null }; measureId: string; departmentIds: string[] };
export type AddedItem = AddedMeasure | AddedPolicy | AddedProject;

/** A new item as typed, checked: what goes into the change. */
export type ItemDraft = { subjectType: PlanSubject; parentId: string; code: string | null; title: string; departmentIds: string[]; sinceFY: number | null };

const MIN_FY = 2000;
const MAX_FY = 2100;

/** The change's value for a new item, its parent and names checked against the plan and the draft's other additions. */
export async function addedItem(manager: EntityManager, strategy: Strategy, draft: ItemDraft, drafted: PlanChange[]): Promise<AddedItem> {
  if (draft.subjectType === PlanSubject.MEASURE) {
    if (!draft.code) throw new BadInputError('施策の番号を入力してください / Give the measure’s code', 'code');
    const taken = (await manager.countBy(Measure, { strategyId: strategy.id, code: draft.code })) > 0 || drafted.some((c) => (c.after as AddedMeasure).measure?.code === draft.code);
    if (taken) throw new BadInputError(`施策の番号 ${draft.code} は既にあります / The measure code ${draft.code} is taken`, 'code');
    return { measure: { code: draft.code, title: draft.title }, goalId: draft.parentId };
  }
  if (draft.subjectType === PlanSubject.POLICY) return { policy: { title: draft.title }, measureId: draft.parentId };
  if (draft.sinceFY !== null && (!Number.isInteger(draft.sinceFY) || draft.sinceFY < MIN_FY || draft.sinceFY > MAX_FY)) {
    throw new BadInputError(`開始年度は ${MIN_FY}〜${MAX_FY} 年度の西暦で入力してください / The first fiscal year is from ${MIN_FY} to ${MAX_FY}`, 'sinceFY');
  }
  const taken = (await manager.countBy(Project, { strategyId: strategy.id, name: draft.title })) > 0 || drafted.some((c) => (c.after as AddedProject).project?.name === draft.title);
  if (taken) throw new BadInputError(`主な事業「${draft.title}」は既にあります / The project “${draft.title}” is in the plan already`, 'title');
  const departments = draft.departmentIds.length ? await manager.findBy(Department, { id: anyOf(draft.departmentIds), municipality: strategy.municipality }) : [];
  if (departments.length !== new Set(draft.departmentIds).size) throw new BadInputError('この市町村の担当課を指定してください / Give departments of the plan’s municipality', 'departmentIds');
  return { project: { name: draft.title, sinceFY: draft.sinceFY }, measureId: draft.parentId, departmentIds: draft.departmentIds };
}

const refused = (revision: PlanRevision, ja: string, en: string) => new InvalidStateError(`${ja}。この案の後に決定された改訂で使われています / ${en}, by a revision adopted since`, revision.state);

/** Writes a drafted measure, policy or project into the plan: listed last under its goal or measure; a project starts in its own year or the revision's. */
export async function addItem(manager: EntityManager, revision: PlanRevision, change: PlanChange): Promise<void> {
  const id = change.subjectId;
  if (change.subjectType === PlanSubject.MEASURE) {
    const { measure, goalId } = change.after as AddedMeasure;
    if ((await manager.countBy(Measure, { strategyId: revision.strategyId, code: measure.code })) > 0) throw refused(revision, `施策の番号 ${measure.code} は使えません`, `The measure code ${measure.code} was taken`);
    const [{ position }] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS position FROM measure WHERE strategy_id = $1`, [revision.strategyId]);
    await manager.insert(Measure, { id, strategyId: revision.strategyId, goalId, code: measure.code, title: measure.title, position, notes: [] });
    return;
  }
  if (change.subjectType === PlanSubject.POLICY) {
    const { policy, measureId } = change.after as AddedPolicy;
    const [{ ordinal }] = await manager.query(`SELECT coalesce(max(ordinal), 0) + 1 AS ordinal FROM policy WHERE measure_id = $1`, [measureId]);
    await manager.insert(Policy, { id, measureId, ordinal, title: policy.title, bullets: [] });
    return;
  }
  const { project, measureId, departmentIds } = change.after as AddedProject;
  if ((await manager.countBy(Project, { strategyId: revision.strategyId, name: project.name })) > 0) throw refused(revision, `主な事業「${project.name}」は登録できません`, `The project “${project.name}” was added`);
  await manager.insert(Project, { id, strategyId: revision.strategyId, name: project.name, sinceFY: project.sinceFY ?? revision.effectiveFiscalYear, departmentsNote: null });
  const [{ position }] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS position FROM measure_project WHERE measure_id = $1`, [measureId]);
  await manager.insert(MeasureProject, { measureId, projectId: id, position, relisted: false });
  if (departmentIds.length) await manager.insert(ProjectDepartment, departmentIds.map((departmentId, k) => ({ projectId: id, departmentId, position: k })));
}

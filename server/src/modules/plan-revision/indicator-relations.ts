import { IndicatorKind, PlanSubject, type DepartmentRef, type ListingRef } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';
import { BadInputError } from '../../graphql/errors.js';
import { anyOf } from '../../graphql/loader-helpers.js';
import { Department } from '../department/department.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';

/**
 * The fields of an indicator that live in rows of their own — its 担当課 and the measures listing
 * it (掲載・【再掲】) — revised like its columns: read as a value, checked, written on adoption.
 * Stored with names and codes, so that every version prints as it was without a lookup.
 */
type RelationField = {
  read(manager: EntityManager, indicator: Indicator): Promise<unknown>;
  /** The parsed value (ids) checked against the plan, as stored in a change. */
  resolve(manager: EntityManager, strategy: Strategy, indicator: Indicator, value: unknown): Promise<unknown>;
  write(manager: EntityManager, indicator: Indicator, value: unknown): Promise<void>;
};

/** 掲載 in the order a change stores it: the defining measure first, then its 【再掲】 by code. */
export const byDefiningFirst = (a: ListingRef, b: ListingRef) => Number(a.relisted) - Number(b.relisted) || a.code.localeCompare(b.code, 'ja', { numeric: true });

const departments: RelationField = {
  async read(manager, indicator) {
    const links = await manager.find(IndicatorDepartment, { where: { indicatorId: indicator.id }, relations: { department: true }, order: { position: 'ASC' } });
    return links.map((l): DepartmentRef => ({ id: l.departmentId, name: l.department!.name }));
  },
  async resolve(manager, strategy, _indicator, value) {
    const ids = value as string[];
    const found = ids.length ? await manager.findBy(Department, { id: anyOf(ids), municipality: strategy.municipality }) : [];
    if (found.length !== ids.length) throw new BadInputError('この市町村の担当課を指定してください / Give departments of the plan’s municipality', 'value');
    return ids.map((id): DepartmentRef => ({ id, name: found.find((d) => d.id === id)!.name }));
  },
  async write(manager, indicator, value) {
    await manager.delete(IndicatorDepartment, { indicatorId: indicator.id });
    const refs = value as DepartmentRef[];
    if (refs.length) await manager.insert(IndicatorDepartment, refs.map((d, position) => ({ indicatorId: indicator.id, departmentId: d.id, position })));
  },
};

/** Lists an indicator at the end of a measure's KPI table, in a row group of its own. */
export async function listLast(manager: EntityManager, measureId: string, indicator: Pick<Indicator, 'id' | 'name'>, relisted: boolean): Promise<void> {
  const [{ position, group }] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS position, coalesce(max(group_no), 0) + 1 AS "group" FROM measure_indicator WHERE measure_id = $1`, [measureId]);
  await manager.insert(MeasureIndicator, { measureId, indicatorId: indicator.id, position, groupNo: group, groupItem: indicator.name, relisted });
}

const listings: RelationField = {
  async read(manager, indicator) {
    const rows = await manager.find(MeasureIndicator, { where: { indicatorId: indicator.id }, relations: { measure: true } });
    return rows.map((l): ListingRef => ({ measureId: l.measureId, code: l.measure!.code, relisted: l.relisted })).sort(byDefiningFirst);
  },
  async resolve(manager, strategy, indicator, value) {
    if (indicator.kind !== IndicatorKind.KPI) throw new BadInputError('KGI は施策に掲載されません / A KGI is not listed under measures', 'field');
    const wanted = value as { measureId: string; relisted: boolean }[];
    const measures = await manager.findBy(Measure, { id: anyOf(wanted.map((l) => l.measureId)), strategyId: strategy.id });
    if (measures.length !== wanted.length) throw new BadInputError('この総合戦略の施策を指定してください / Give measures of the revision’s strategy', 'value');
    return wanted.map((l): ListingRef => ({ ...l, code: measures.find((m) => m.id === l.measureId)!.code })).sort(byDefiningFirst);
  },
  // A measure that keeps the KPI keeps its place in its table; one that takes it on lists it last.
  async write(manager, indicator, value) {
    const refs = value as ListingRef[];
    const current = await manager.findBy(MeasureIndicator, { indicatorId: indicator.id });
    const dropped = current.filter((row) => !refs.some((l) => l.measureId === row.measureId));
    if (dropped.length) await manager.delete(MeasureIndicator, { id: anyOf(dropped.map((row) => row.id)) });
    for (const listing of refs) {
      const kept = current.find((row) => row.measureId === listing.measureId);
      if (kept) {
        if (kept.relisted !== listing.relisted) await manager.update(MeasureIndicator, kept.id, { relisted: listing.relisted });
        continue;
      }
      await listLast(manager, listing.measureId, indicator, listing.relisted);
    }
  },
};

export const INDICATOR_RELATIONS: Record<string, RelationField> = { departments, listings };

export function relationOf(subjectType: string, field: string): RelationField | undefined {
  return subjectType === PlanSubject.INDICATOR && Object.hasOwn(INDICATOR_RELATIONS, field) ? INDICATOR_RELATIONS[field] : undefined;
}

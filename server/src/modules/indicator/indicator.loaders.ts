import { IndicatorKind } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Measure } from '../measure/measure.entity.js';
import { Indicator } from './indicator.entity.js';
import { MeasureIndicator } from './measure-indicator.entity.js';

export function indicatorLoaders(dataSource: DataSource) {
  const withIndicator = { relation: 'indicator', entity: Indicator, joinColumn: 'indicator_id' } as const;
  const withMeasure = { relation: 'measure', entity: Measure, joinColumn: 'measure_id' } as const;
  return {
    indicatorById: byIdLoader(rowsWhereAnyOf(dataSource, Indicator, 'id')),
    kgisByGoalId: groupLoader(rowsWhereAnyOf(dataSource, Indicator, 'goal_id', { and: `t.kind = '${IndicatorKind.KGI}'`, orderBy: 't.key' }), (i) => i.goalId!),
    /** KPI table rows of each measure, with their indicator. */
    listingsByMeasureId: groupLoader(rowsWhereAnyOf(dataSource, MeasureIndicator, 'measure_id', { join: withIndicator, orderBy: 't.position' }), (l) => l.measureId),
    /** Where each indicator is listed, with the measure: the defining one first, then its 【再掲】 in the plan's order of measures. */
    listingsByIndicatorId: groupLoader(rowsWhereAnyOf(dataSource, MeasureIndicator, 'indicator_id', { join: withMeasure, orderBy: 't.relisted, r.position' }), (l) => l.indicatorId),
  };
}

import { IndicatorKind } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { anyOf, byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Indicator } from './indicator.entity.js';
import { MeasureIndicator } from './measure-indicator.entity.js';

export function indicatorLoaders(dataSource: DataSource) {
  const indicators = dataSource.getRepository(Indicator);
  const listings = dataSource.getRepository(MeasureIndicator);
  return {
    indicatorById: byIdLoader((ids) => indicators.findBy({ id: anyOf(ids) })),
    kgisByGoalId: groupLoader(
      (ids) => indicators.find({ where: { goalId: anyOf(ids), kind: IndicatorKind.KGI }, order: { key: 'ASC' } }),
      (i) => i.goalId!,
    ),
    /** KPI table rows of each measure, with their indicator. */
    listingsByMeasureId: groupLoader(
      (ids) => listings.find({ where: { measureId: anyOf(ids) }, relations: { indicator: true }, order: { position: 'ASC' } }),
      (l) => l.measureId,
    ),
    /** Where each indicator is listed, with the measure, in the plan's order of measures. */
    listingsByIndicatorId: groupLoader(
      (ids) => listings.find({ where: { indicatorId: anyOf(ids) }, relations: { measure: true }, order: { measure: { position: 'ASC' } } }),
      (l) => l.indicatorId,
    ),
  };
}

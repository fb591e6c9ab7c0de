import type { Indicator } from './indicator.entity.js';
import type { MeasureIndicator } from './measure-indicator.entity.js';

/** An indicator as a row of one measure's KPI table: fields like `relisted` depend on the row. */
export type ListedIndicator = Indicator & { listing?: MeasureIndicator };

export function listedIndicator(listing: MeasureIndicator): ListedIndicator {
  return { ...listing.indicator!, listing };
}

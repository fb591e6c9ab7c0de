import { defaultProgressConfig } from '@kaizen/shared';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the rules `fiscalYear` is graded with from now on, whatever the strategy's become: called
 * as its cycle closes, and for every closed year before the rules change. A year kept once stays.
 */
export async function keepYearConfig(manager: EntityManager, strategyId: string, fiscalYear: number): Promise<void> {
  await manager.query(
    `UPDATE strategy SET closed_year_configs = closed_year_configs || jsonb_build_array(jsonb_build_object('fiscalYear', $2::int, 'config', COALESCE(progress_config, $3::jsonb)))
      WHERE id = $1 AND NOT closed_year_configs @> jsonb_build_array(jsonb_build_object('fiscalYear', $2::int))`,
    [strategyId, fiscalYear, JSON.stringify(defaultProgressConfig)],
  );
}

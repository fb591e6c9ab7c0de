import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { OverallJudgement } from './overall-judgement.entity.js';

export function overallJudgementLoaders(dataSource: DataSource) {
  return {
    /**
     * Every judgement of each cycle (at most one per measure and goal of its plan): a page reads
     * one cycle, so one statement with one array parameter serves all its measures and goals.
     */
    overallJudgementsByCycleId: groupLoader(rowsWhereAnyOf(dataSource, OverallJudgement, 'cycle_id'), (j) => j.cycleId),
  };
}

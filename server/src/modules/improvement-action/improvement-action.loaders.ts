import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ActionProgressNote } from './action-progress-note.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';

export function improvementActionLoaders(dataSource: DataSource) {
  const withCycle = { relation: 'originCycle', entity: ReviewCycle, joinColumn: 'origin_cycle_id' } as const;
  const actionsWhere = (column: string, and?: string) => rowsWhereAnyOf(dataSource, ImprovementAction, column, { join: withCycle, and, orderBy: 't.created_at' });
  return {
    improvementActionById: byIdLoader(actionsWhere('id')),
    actionsByThreadId: groupLoader(actionsWhere('thread_id'), (a) => a.threadId!),
    actionsByMeasureId: groupLoader(actionsWhere('measure_id'), (a) => a.measureId!),
    /** Actions on a goal as a whole, not on one of its measures. */
    goalActionsByGoalId: groupLoader(actionsWhere('goal_id', 't.measure_id IS NULL'), (a) => a.goalId),
    progressNotesByActionId: groupLoader(rowsWhereAnyOf(dataSource, ActionProgressNote, 'action_id', { orderBy: 't.at' }), (n) => n.actionId),
  };
}

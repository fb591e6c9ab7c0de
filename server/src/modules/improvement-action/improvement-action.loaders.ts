import { IsNull, type DataSource } from 'typeorm';
import { anyOf, groupLoader } from '../../graphql/loader-helpers.js';
import { ActionProgressNote } from './action-progress-note.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';

export function improvementActionLoaders(dataSource: DataSource) {
  const actions = dataSource.getRepository(ImprovementAction);
  const withCycle = { relations: { originCycle: true }, order: { createdAt: 'ASC' as const } };
  return {
    actionsByThreadId: groupLoader((ids) => actions.find({ where: { threadId: anyOf(ids) }, ...withCycle }), (a) => a.threadId!),
    actionsByMeasureId: groupLoader((ids) => actions.find({ where: { measureId: anyOf(ids) }, ...withCycle }), (a) => a.measureId!),
    /** Actions on a goal as a whole, not on one of its measures. */
    goalActionsByGoalId: groupLoader((ids) => actions.find({ where: { goalId: anyOf(ids), measureId: IsNull() }, ...withCycle }), (a) => a.goalId),
    progressNotesByActionId: groupLoader(
      (ids) => dataSource.getRepository(ActionProgressNote).find({ where: { actionId: anyOf(ids) }, order: { at: 'ASC' } }),
      (n) => n.actionId,
    ),
  };
}

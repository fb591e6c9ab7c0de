import { RevisionState, ThreadStatus } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader, groupLoader } from '../../graphql/loader-helpers.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { PlanRevisionLink } from './plan-revision-link.entity.js';
import { PlanChange } from './plan-change.entity.js';
import { PlanRevision } from './plan-revision.entity.js';

export function planRevisionLoaders(dataSource: DataSource) {
  return {
    /** Every KGI and KPI of each plan, in key order: the plan in force is folded from them. */
    indicatorsByStrategyId: groupLoader(rowsWhereAnyOf(dataSource, Indicator, 'strategy_id', { orderBy: 't.key' }), (i) => i.strategyId),
    planRevisionById: byIdLoader(rowsWhereAnyOf(dataSource, PlanRevision, 'id')),
    planRevisionsByStrategyId: groupLoader(rowsWhereAnyOf(dataSource, PlanRevision, 'strategy_id', { orderBy: 't.number' }), (r) => r.strategyId),
    /** The actions and threads each revision answers, in the order linked. */
    planRevisionLinksByRevisionId: groupLoader(rowsWhereAnyOf(dataSource, PlanRevisionLink, 'revision_id', { orderBy: 't.created_at' }), (l) => l.revisionId),
    /** Open council threads on each indicator, of any cycle: what a draft changing it touches. */
    openThreadsByIndicatorId: groupLoader(rowsWhereAnyOf(dataSource, ReviewThread, 'indicator_id', { and: `t.status = '${ThreadStatus.OPEN}'`, orderBy: 't.created_at' }), (t) => t.indicatorId!),
    /** The council's comments on each revision, oldest first. */
    threadsByRevisionId: groupLoader(rowsWhereAnyOf(dataSource, ReviewThread, 'revision_id', { orderBy: 't.created_at' }), (t) => t.revisionId!),
    /** Every change of each revision, in the order entered. */
    planChangesByRevisionId: groupLoader(rowsWhereAnyOf(dataSource, PlanChange, 'revision_id', { orderBy: 't.position' }), (c) => c.revisionId),
    /**
     * A plan's whole adopted history with each change's revision, in the order of adoption: one
     * statement folds any year's plan (plans revise a few dozen fields a year, not thousands).
     */
    adoptedPlanChangesByStrategyId: groupLoader(
      rowsWhereAnyOf(dataSource, PlanChange, 'strategy_id', {
        join: { relation: 'revision', entity: PlanRevision, joinColumn: 'revision_id' },
        and: `r.state = '${RevisionState.ADOPTED}'`,
        orderBy: 'r.adopted_seq, t.position',
      }),
      (c) => c.strategyId,
    ),
  };
}

import 'reflect-metadata';
import { buildSchema, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { ActivitySeqResolver } from '../modules/activity/activity-seq.resolver.js';
import { ActualResolver } from '../modules/actual/actual.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { GoalResolver } from '../modules/goal/goal.resolver.js';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js';
import { IndicatorProgressResolver } from '../modules/indicator/progress.resolver.js';
import { EvaluationSettingsResolver } from '../modules/evaluation-settings/evaluation-settings.resolver.js';
import { ReportSettingsResolver } from '../modules/report-settings/report-settings.resolver.js';
import { GoalProgressResolver, MeasureProgressResolver } from '../modules/indicator/roll-up.resolver.js';
import { MeasureResolver } from '../modules/measure/measure.resolver.js';
import { GoalActionsResolver, MeasureActionsResolver } from '../modules/improvement-action/carried-over.resolver.js';
import { CycleSummaryResolver } from '../modules/cycle-summary/cycle-summary.resolver.js';
import { PublicationResolver } from '../modules/publication/publication.resolver.js';
import { InboxResolver } from '../modules/inbox/inbox.resolver.js';
import { ImprovementActionResolver } from '../modules/improvement-action/improvement-action.resolver.js';
import { GoalJudgementResolver, MeasureJudgementResolver, OverallJudgementResolver } from '../modules/overall-judgement/overall-judgement.resolver.js';
import { ReviewThreadResolver } from '../modules/review-thread/review-thread.resolver.js';
import { ThreadPostResolver } from '../modules/review-thread/thread-post.resolver.js';
import { ThreadResponseResolver } from '../modules/thread-response/thread-response.resolver.js';
import { MeasureReportResolver } from '../modules/measure-report/measure-report.resolver.js';
import { MeasureReviewResolver } from '../modules/measure-report/measure-review.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { ReviewBoardResolver } from '../modules/review-board/review-board.resolver.js';
import { ReviewCycleResolver } from '../modules/review-cycle/review-cycle.resolver.js';
import { StrategyResolver } from '../modules/strategy/strategy.resolver.js';
import { IndicatorRevisionResolver, PlanChangeResolver, PlanRevisionResolver, StrategyComparisonExportResolver, StrategyRevisionResolver } from '../modules/plan-revision/plan-revision.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { AccountResolver } from '../modules/user/account.resolver.js';
import { NotificationPreferenceResolver } from '../modules/notification/notification-preference.resolver.js';
import { authChecker } from './auth-checker.js';

/**
 * type-graphql wants a PubSub before it builds any subscription, but ours bring their own
 * `subscribe` (the activity feed reads the audit log, woken across processes): none may use topics.
 */
const noTopics: PubSub = {
  publish() {
    throw new Error('Subscriptions here read their own source; there are no topics to publish to');
  },
  subscribe() {
    throw new Error('Subscriptions here read their own source; there are no topics to subscribe to');
  },
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      StrategyResolver,
      PlanRevisionResolver,
      PlanChangeResolver,
      StrategyRevisionResolver,
      StrategyComparisonExportResolver,
      IndicatorRevisionResolver,
      GoalResolver,
      MeasureResolver,
      IndicatorResolver,
      IndicatorProgressResolver,
      MeasureProgressResolver,
      GoalProgressResolver,
      ProjectResolver,
      AuthResolver,
      UserResolver,
      AccountResolver,
      NotificationPreferenceResolver,
      AuditResolver,
      ReviewCycleResolver,
      ActualResolver,
      MeasureReportResolver,
      MeasureReviewResolver,
      ReviewThreadResolver,
      ThreadPostResolver,
      ThreadResponseResolver,
      ImprovementActionResolver,
      MeasureActionsResolver,
      GoalActionsResolver,
      OverallJudgementResolver,
      MeasureJudgementResolver,
      GoalJudgementResolver,
      InboxResolver,
      CycleSummaryResolver,
      PublicationResolver,
      ActivityResolver,
      ActivitySeqResolver,
      ReviewBoardResolver,
      EvaluationSettingsResolver,
      ReportSettingsResolver,
    ],
    authChecker,
    pubSub: noTopics,
    validate: { forbidUnknownValues: false },
  });
}

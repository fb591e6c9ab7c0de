import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ActualResolver } from '../modules/actual/actual.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { GoalResolver } from '../modules/goal/goal.resolver.js';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js';
import { IndicatorProgressResolver } from '../modules/indicator/progress.resolver.js';
import { GoalProgressResolver, MeasureProgressResolver } from '../modules/indicator/roll-up.resolver.js';
import { MeasureResolver } from '../modules/measure/measure.resolver.js';
import { MeasureReportResolver } from '../modules/measure-report/measure-report.resolver.js';
import { MeasureReviewResolver } from '../modules/measure-report/measure-review.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { ReviewBoardResolver } from '../modules/review-board/review-board.resolver.js';
import { ReviewCycleResolver } from '../modules/review-cycle/review-cycle.resolver.js';
import { StrategyResolver } from '../modules/strategy/strategy.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { authChecker } from './auth-checker.js';

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      StrategyResolver,
      GoalResolver,
      MeasureResolver,
      IndicatorResolver,
      IndicatorProgressResolver,
      MeasureProgressResolver,
      GoalProgressResolver,
      ProjectResolver,
      AuthResolver,
      UserResolver,
      AuditResolver,
      ReviewCycleResolver,
      ActualResolver,
      MeasureReportResolver,
      MeasureReviewResolver,
      ReviewBoardResolver,
    ],
    authChecker,
    validate: { forbidUnknownValues: false },
  });
}

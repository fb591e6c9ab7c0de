import { PlanSchema1732406400000 } from './1732406400000-plan-schema.js';
import { UsersAndSessions1732492800000 } from './1732492800000-users-and-sessions.js';
import { ReviewCycleActualsAudit1732579200000 } from './1732579200000-review-cycle-actuals-audit.js';
import { UserInvitations1732665600000 } from './1732665600000-user-invitations.js';
import { MeasureReports1732752000000 } from './1732752000000-measure-reports.js';
import { CouncilReview1732924800000 } from './1732924800000-council-review.js';
import { ActivityFeed1733011200000 } from './1733011200000-activity-feed.js';
import { PasswordChanges1733097600000 } from './1733097600000-password-changes.js';
import { FeedOrderAtCommit1733200000000 } from './1733200000000-feed-order-at-commit.js';
import { ForeignKeyIndexes1733184000000 } from './1733184000000-foreign-key-indexes.js';
import { IndicatorJudgingBasis1733300000000 } from './1733300000000-indicator-judging-basis.js';
import { ClosedYearConfigs1733386400000 } from './1733386400000-closed-year-configs.js';
import { TargetDetails1733472800000 } from './1733472800000-target-details.js';
import { ReportConfig1733645600000 } from './1733645600000-report-config.js';
import { OverallJudgement1733559200000 } from './1733559200000-overall-judgement.js';
import { CycleMoveBackReason1733732000000 } from './1733732000000-cycle-move-back-reason.js';
import { ClosedCycleRecord1733820000000 } from './1733820000000-closed-cycle-record.js';

import { UserVersion1733910000000 } from './1733910000000-user-version.js';
import { Notifications1734000000000 } from './1734000000000-notifications.js';
import { PlanRevisions1734100000000 } from './1734100000000-plan-revisions.js';
import { RevisionThreads1734200000000 } from './1734200000000-revision-threads.js';
import { CyclePublication1734300000000 } from './1734300000000-cycle-publication.js';
/** In order of application. */
export const migrations = [
  PlanSchema1732406400000,
  UsersAndSessions1732492800000,
  ReviewCycleActualsAudit1732579200000,
  UserInvitations1732665600000,
  MeasureReports1732752000000,
  CouncilReview1732924800000,
  ActivityFeed1733011200000,
  PasswordChanges1733097600000,
  FeedOrderAtCommit1733200000000,
  ForeignKeyIndexes1733184000000,
  IndicatorJudgingBasis1733300000000,
  ClosedYearConfigs1733386400000,
  TargetDetails1733472800000,
  OverallJudgement1733559200000,
  ReportConfig1733645600000,
  CycleMoveBackReason1733732000000,
  ClosedCycleRecord1733820000000,
  UserVersion1733910000000,
  Notifications1734000000000,
  PlanRevisions1734100000000,
  RevisionThreads1734200000000,
  CyclePublication1734300000000,
];

import { Department } from '../modules/department/department.entity.js';
import { Goal } from '../modules/goal/goal.entity.js';
import { IndicatorDepartment } from '../modules/indicator/indicator-department.entity.js';
import { Indicator } from '../modules/indicator/indicator.entity.js';
import { MeasureIndicator } from '../modules/indicator/measure-indicator.entity.js';
import { Measure } from '../modules/measure/measure.entity.js';
import { Policy } from '../modules/policy/policy.entity.js';
import { MeasureProject } from '../modules/project/measure-project.entity.js';
import { ProjectDepartment } from '../modules/project/project-department.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Strategy } from '../modules/strategy/strategy.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/user/user.entity.js';
import { UserInvitation } from '../modules/user/user-invitation.entity.js';
import { PasswordReset } from '../modules/user/password-reset.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ReviewCycle } from '../modules/review-cycle/review-cycle.entity.js';
import { Actual } from '../modules/actual/actual.entity.js';
import { MeasureReport } from '../modules/measure-report/measure-report.entity.js';
import { ReviewThread } from '../modules/review-thread/review-thread.entity.js';
import { ThreadPost } from '../modules/review-thread/thread-post.entity.js';
import { PostRevision } from '../modules/review-thread/post-revision.entity.js';
import { ThreadRead } from '../modules/review-thread/thread-read.entity.js';
import { ThreadResponse } from '../modules/thread-response/thread-response.entity.js';
import { ImprovementAction } from '../modules/improvement-action/improvement-action.entity.js';
import { ActionProgressNote } from '../modules/improvement-action/action-progress-note.entity.js';
import { OverallJudgement } from '../modules/overall-judgement/overall-judgement.entity.js';
import { PlanChange } from '../modules/plan-revision/plan-change.entity.js';
import { PlanRevision } from '../modules/plan-revision/plan-revision.entity.js';
import { PlanRevisionLink } from '../modules/plan-revision/plan-revision-link.entity.js';
import { NotificationOptOut } from '../modules/notification/notification-opt-out.entity.js';
import { SentReminder } from '../modules/notification/sent-reminder.entity.js';

export const entities = [
  Strategy,
  Department,
  Goal,
  Measure,
  Policy,
  Indicator,
  IndicatorDepartment,
  MeasureIndicator,
  Project,
  ProjectDepartment,
  MeasureProject,
  User,
  UserInvitation,
  PasswordReset,
  Session,
  AuditEntry,
  ReviewCycle,
  Actual,
  MeasureReport,
  ReviewThread,
  ThreadPost,
  PostRevision,
  ThreadRead,
  ThreadResponse,
  ImprovementAction,
  ActionProgressNote,
  OverallJudgement,
  PlanRevision,
  PlanChange,
  PlanRevisionLink,
  NotificationOptOut,
  SentReminder,
];

import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ActivityBus } from '../modules/activity/activity-bus.js';
import { ActivityFeed } from '../modules/activity/activity-feed.js';
import { RevisionActivity } from '../modules/activity/revision-activity.js';
import { activityLoaders } from '../modules/activity/activity.loaders.js';
import { actualLoaders } from '../modules/actual/actual.loaders.js';
import { ActualService } from '../modules/actual/actual.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { SESSION_COOKIE, sessionCookie, type SessionCookie } from '../modules/auth/session-cookie.js';
import { departmentLoaders } from '../modules/department/department.loaders.js';
import { goalLoaders } from '../modules/goal/goal.loaders.js';
import { indicatorLoaders } from '../modules/indicator/indicator.loaders.js';
import { measureLoaders } from '../modules/measure/measure.loaders.js';
import { improvementActionLoaders } from '../modules/improvement-action/improvement-action.loaders.js';
import { CycleSummaryService } from '../modules/cycle-summary/cycle-summary.service.js';
import { EvaluationSettingsService } from '../modules/evaluation-settings/evaluation-settings.service.js';
import { ReportSettingsService } from '../modules/report-settings/report-settings.service.js';
import { InboxService } from '../modules/inbox/inbox.service.js';
import { ImprovementActionService } from '../modules/improvement-action/improvement-action.service.js';
import { overallJudgementLoaders } from '../modules/overall-judgement/overall-judgement.loaders.js';
import { planRevisionLoaders } from '../modules/plan-revision/plan-revision.loaders.js';
import { OverallJudgementService } from '../modules/overall-judgement/overall-judgement.service.js';
import { PlanRevisionService } from '../modules/plan-revision/plan-revision.service.js';
import { PublicationService } from '../modules/publication/publication.service.js';
import { reviewCycleLoaders } from '../modules/review-cycle/review-cycle.loaders.js';
import { everyThreadSettled } from '../modules/review-thread/close-check.js';
import { reviewThreadLoaders } from '../modules/review-thread/review-thread.loaders.js';
import { ReviewThreadService } from '../modules/review-thread/review-thread.service.js';
import { threadResponseLoaders } from '../modules/thread-response/thread-response.loaders.js';
import { ThreadResponseService } from '../modules/thread-response/thread-response.service.js';
import { measureReportLoaders } from '../modules/measure-report/measure-report.loaders.js';
import { MeasureReportService } from '../modules/measure-report/measure-report.service.js';
import { policyLoaders } from '../modules/policy/policy.loaders.js';
import { projectLoaders } from '../modules/project/project.loaders.js';
import { strategyLoaders } from '../modules/strategy/strategy.loaders.js';
import { ReviewBoardService } from '../modules/review-board/review-board.service.js';
import { ReviewCycleService } from '../modules/review-cycle/review-cycle.service.js';
import { StrategyService } from '../modules/strategy/strategy.service.js';
import type { User } from '../modules/user/user.entity.js';
import { isUnavailable, ServiceUnavailableError } from './service-unavailable.js';
import { userLoaders } from '../modules/user/user.loaders.js';
import { UserService } from '../modules/user/user.service.js';
import { PasswordService } from '../modules/user/password.service.js';
import { NotificationPreferenceService } from '../modules/notification/notification-preference.service.js';
import type { Notifier } from '../modules/notification/notifier.js';

function createLoaders(dataSource: DataSource) {
  return {
    ...strategyLoaders(dataSource),
    ...goalLoaders(dataSource),
    ...measureLoaders(dataSource),
    ...policyLoaders(dataSource),
    ...indicatorLoaders(dataSource),
    ...departmentLoaders(dataSource),
    ...projectLoaders(dataSource),
    ...userLoaders(dataSource),
    ...actualLoaders(dataSource),
    ...measureReportLoaders(dataSource),
    ...reviewCycleLoaders(dataSource),
    ...reviewThreadLoaders(dataSource),
    ...threadResponseLoaders(dataSource),
    ...improvementActionLoaders(dataSource),
    ...overallJudgementLoaders(dataSource),
    ...planRevisionLoaders(dataSource),
    ...activityLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export type Services = {
  strategies: StrategyService;
  auth: AuthService;
  users: UserService;
  passwords: PasswordService;
  reviewCycles: ReviewCycleService;
  actuals: ActualService;
  measureReports: MeasureReportService;
  reviewThreads: ReviewThreadService;
  threadResponses: ThreadResponseService;
  improvementActions: ImprovementActionService;
  overallJudgements: OverallJudgementService;
  planRevisions: PlanRevisionService;
  inbox: InboxService;
  cycleSummaries: CycleSummaryService;
  publication: PublicationService;
  evaluationSettings: EvaluationSettingsService;
  reportSettings: ReportSettingsService;
  reviewBoard: ReviewBoardService;
  activity: ActivityFeed;
  revisionActivity: RevisionActivity;
  notificationPreferences: NotificationPreferenceService;
};

export type Context = {
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
  /** Who is asking; null when signed out or the session expired. */
  viewer: User | null;
  sessionExpired: boolean;
  /**
   * The user this operation has just signed in (signIn, acceptInvitation): the mutation's answer is
   * read as theirs (their own e-mail), while the rest of the operation stays the caller's.
   */
  signedInNow?: User;
  session: SessionCookie;
  /** The client's address, for rate limits. */
  client: string;
};

/** `notifier`: e-mails what happened to those concerned; null (no SMTP_URL) sends nothing. */
export function createServices(dataSource: DataSource, activityBus: ActivityBus, notifier: Notifier | null = null): Services {
  const reviewBoard = new ReviewBoardService(dataSource);
  const activity = new ActivityFeed(dataSource, activityBus);
  return {
    strategies: new StrategyService(dataSource),
    auth: new AuthService(dataSource),
    users: new UserService(dataSource, notifier),
    passwords: new PasswordService(dataSource, notifier),
    reviewCycles: new ReviewCycleService(dataSource, [everyThreadSettled], notifier),
    actuals: new ActualService(dataSource, notifier),
    measureReports: new MeasureReportService(dataSource, notifier),
    reviewThreads: new ReviewThreadService(dataSource, notifier),
    threadResponses: new ThreadResponseService(dataSource),
    improvementActions: new ImprovementActionService(dataSource),
    overallJudgements: new OverallJudgementService(dataSource),
    planRevisions: new PlanRevisionService(dataSource),
    inbox: new InboxService(dataSource, reviewBoard),
    cycleSummaries: new CycleSummaryService(dataSource),
    publication: new PublicationService(dataSource),
    evaluationSettings: new EvaluationSettingsService(dataSource),
    reportSettings: new ReportSettingsService(dataSource),
    reviewBoard,
    activity,
    // One registry of open sockets: a session that ends closes them whichever feed they follow.
    revisionActivity: new RevisionActivity(dataSource, activityBus, activity.sessions),
    notificationPreferences: new NotificationPreferenceService(dataSource, notifier !== null),
  };
}

/** A fresh context per request: loaders cache only within one request. */
export async function createContext(
  dataSource: DataSource,
  services: Services,
  http: { req: Request; res: Response; secureCookies: boolean },
): Promise<Context> {
  return contextOf(dataSource, services, sessionCookie(http.req, http.res, http.secureCookies), http.req.ip ?? 'unknown');
}

/**
 * The context of one operation over the WebSocket, signed in by the cookie of its upgrade request.
 * The socket carries subscriptions only, so it never sets or clears the cookie.
 */
export function createSocketContext(dataSource: DataSource, services: Services, req: IncomingMessage): Promise<Context> {
  const session: SessionCookie = {
    token: parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE],
    set: () => {
      throw new Error('The WebSocket cannot set a cookie');
    },
    clear: () => {
      throw new Error('The WebSocket cannot clear a cookie');
    },
  };
  // Until they change their initial password, a user subscribes to nothing (HTTP: passwordChangeGate).
  return contextOf(dataSource, services, session, req.socket.remoteAddress ?? 'unknown').then((context) =>
    context.viewer?.mustChangePassword ? { ...context, viewer: null } : context,
  );
}

async function contextOf(dataSource: DataSource, services: Services, session: SessionCookie, client: string): Promise<Context> {
  const { user, expired } = await services.auth.resolveSession(session.token).catch((error: unknown) => {
    if (isUnavailable(error)) throw new ServiceUnavailableError({ http: true });
    throw error;
  });
  return {
    dataSource,
    loaders: createLoaders(dataSource),
    services,
    viewer: user,
    sessionExpired: expired,
    session,
    client,
  };
}

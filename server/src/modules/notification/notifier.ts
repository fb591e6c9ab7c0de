import type { DataSource, EntityManager } from 'typeorm';
import type { MailConfig } from '../../config.js';
import type { Actual } from '../actual/actual.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import type { MeasureReport } from '../measure-report/measure-report.entity.js';
import { responsibleDepartments } from '../measure-report/responsible-departments.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { ReviewThread } from '../review-thread/review-thread.entity.js';
import { threadDepartmentIds } from '../review-thread/thread-departments.js';
import { ThreadPost } from '../review-thread/thread-post.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { absolute, paths } from './links.js';
import {
  addressed,
  cycleOpenedContent,
  entryReturnedContent,
  invitationContent,
  passwordResetContent,
  reminderContent,
  threadAwaitingContent,
  type Recipient,
  type ReminderStep,
} from './mail-content.js';
import { Mailer, type MailLog } from './mailer.js';
import { NotificationKind } from './notification-kind.js';
import { cycleRecipients, departmentRecipients } from './recipients.js';

/** One reminder of the daily job: whom, of which cycle's due date, with how much still open in their department. */
export type Reminder = { recipient: Recipient; cycle: ReviewCycle; strategyTitle: string; step: ReminderStep; overdue: boolean; due: string; open: number };

/**
 * What happened, as mail to those concerned. Services call it after their transaction has
 * committed; every method returns at once and the work (recipients in one statement, then the
 * sending) happens in the mailer's queue, whose failures are logged, never thrown.
 */
export class Notifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    /** The client's address (ending in `/`), read when a mail is written: the server's own is known only once it listens. */
    private readonly baseUrl: () => string,
  ) {}

  private link(path: string): string {
    return absolute(this.baseUrl(), path);
  }

  private get optional() {
    return { optional: true as const, accountUrl: this.link(paths.account()) };
  }

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Always sent: the mail is how the link reaches the invitee. */
  invitation(issued: { user: User; acceptPath: string; expiresAt: Date }, inviter: User): void {
    this.mailer.enqueue('invitation', async () =>
      addressed([issued.user], invitationContent({ inviterName: inviter.displayName, link: this.link(issued.acceptPath), expiresAt: issued.expiresAt }), { optional: false }),
    );
  }

  /** Always sent, as invitations are. */
  passwordReset(issued: { user: User; resetPath: string; expiresAt: Date }): void {
    this.mailer.enqueue('password reset', async () => addressed([issued.user], passwordResetContent({ link: this.link(issued.resetPath), expiresAt: issued.expiresAt }), { optional: false }));
  }

  /** The cycle now takes entries (opened, or moved back with `lastMoveBackReason`): every department with something to enter. */
  cycleOpened(cycle: ReviewCycle): void {
    this.mailer.enqueue('cycle opened', async () => {
      const [strategy, recipients] = await Promise.all([
        this.manager.findOneByOrFail(Strategy, { id: cycle.strategyId }),
        cycleRecipients(this.manager, NotificationKind.CYCLE_OPENED, cycle.id),
      ]);
      const content = cycleOpenedContent({
        fiscalYear: cycle.fiscalYear,
        strategyTitle: strategy.title,
        due: cycle,
        reopenReason: cycle.lastMoveBackReason,
        link: this.link(paths.cycle(cycle.id)),
      });
      return addressed(recipients, content, this.optional);
    });
  }

  actualReturned(actual: Actual): void {
    this.returned('actual returned', actual, async () => {
      const [indicator, links] = await Promise.all([
        this.manager.findOneByOrFail(Indicator, { id: actual.indicatorId }),
        this.manager.findBy(IndicatorDepartment, { indicatorId: actual.indicatorId }),
      ]);
      return { entry: 'Actual', title: indicator.name, departmentIds: links.map((l) => l.departmentId), path: paths.actual(actual.cycleId, actual.indicatorId) };
    });
  }

  reportReturned(report: MeasureReport): void {
    this.returned('measure report returned', report, async () => {
      const [measure, links] = await Promise.all([this.manager.findOneByOrFail(Measure, { id: report.measureId }), responsibleDepartments(this.manager, [report.measureId])]);
      return { entry: 'MeasureReport', title: `${measure.code} ${measure.title}`, departmentIds: links.map((l) => l.departmentId), path: paths.report(report.cycleId, report.measureId) };
    });
  }

  private returned(
    what: string,
    row: Actual | MeasureReport,
    entry: () => Promise<{ entry: 'Actual' | 'MeasureReport'; title: string; departmentIds: string[]; path: string }>,
  ): void {
    this.mailer.enqueue(what, async () => {
      const [cycle, e] = await Promise.all([this.manager.findOneByOrFail(ReviewCycle, { id: row.cycleId }), entry()]);
      const recipients = await departmentRecipients(this.manager, NotificationKind.ENTRY_RETURNED, e.departmentIds);
      const content = entryReturnedContent({ fiscalYear: cycle.fiscalYear, entry: e.entry, title: e.title, reason: row.returnReason ?? '', link: this.link(e.path) });
      return addressed(recipients, content, this.optional);
    });
  }

  /** A council member opened a thread: the departments answering for its KPI or measure (a goal's thread is the planning division's). */
  threadStarted(thread: ReviewThread): void {
    this.mailer.enqueue('thread awaiting an answer', async () => {
      // A comment on a revision is the planning division's to answer, on the revision's page.
      const { cycleId } = thread;
      if (!cycleId) return [];
      const departmentIds = await threadDepartmentIds(this.manager, thread);
      if (!departmentIds.length) return [];
      const [recipients, cycle, opening, place] = await Promise.all([
        departmentRecipients(this.manager, NotificationKind.THREAD_AWAITING_ANSWER, departmentIds),
        this.manager.findOneByOrFail(ReviewCycle, { id: cycleId }),
        this.manager.findOneOrFail(ThreadPost, { where: { threadId: thread.id }, order: { createdAt: 'ASC' } }),
        this.threadPlace(thread, cycleId),
      ]);
      const content = threadAwaitingContent({
        fiscalYear: cycle.fiscalYear,
        kind: thread.kind,
        about: place.about,
        opening: opening.body,
        respondingDue: cycle.respondingDue,
        link: this.link(place.path),
      });
      return addressed(recipients, content, this.optional);
    });
  }

  /** What a thread is about, and where it is read: its measure's page; a KPI's on the measure defining it. */
  private async threadPlace(thread: ReviewThread, cycleId: string): Promise<{ about: string; path: string }> {
    if (thread.measureId) {
      const measure = await this.manager.findOneByOrFail(Measure, { id: thread.measureId });
      return { about: `${measure.code} ${measure.title}`, path: paths.measureThread(cycleId, measure.id, thread.id) };
    }
    const [indicator, listing] = await Promise.all([
      this.manager.findOneByOrFail(Indicator, { id: thread.indicatorId! }),
      this.manager.findOne(MeasureIndicator, { where: { indicatorId: thread.indicatorId! }, order: { relisted: 'ASC', position: 'ASC' } }),
    ]);
    const path = listing
      ? paths.measureThread(cycleId, listing.measureId, thread.id)
      : indicator.goalId
        ? paths.goalThread(cycleId, indicator.goalId, thread.id)
        : paths.cycle(cycleId);
    return { about: indicator.name, path };
  }

  /** The daily job's reminders, already recorded as sent: one queued event per cycle. */
  reminders(today: string, reminders: Reminder[]): void {
    const byCycle = new Map<string, Reminder[]>();
    for (const r of reminders) byCycle.set(r.cycle.id, [...(byCycle.get(r.cycle.id) ?? []), r]);
    for (const ofCycle of byCycle.values()) {
      this.mailer.enqueue('due-date reminders', async () =>
        // The department's page of the cycle lists both what is still to enter and the threads awaiting it.
        ofCycle.flatMap((r) => addressed([r.recipient], reminderContent({ ...r, fiscalYear: r.cycle.fiscalYear, today, link: this.link(paths.cycle(r.cycle.id)) }), this.optional)),
      );
    }
  }

  /** Waits (a few seconds at most) for what is queued; then nothing more is sent. */
  close(): Promise<void> {
    return this.mailer.close();
  }
}

/** The notifier of the SMTP server in `mail`, or none (nothing is sent) without one. */
export function createNotifier(dataSource: DataSource, mail: MailConfig | null | undefined, serverUrl: () => string, log?: MailLog): Notifier | null {
  if (!mail) return null;
  return new Notifier(dataSource, new Mailer(mail, log), () => mail.publicUrl ?? serverUrl());
}

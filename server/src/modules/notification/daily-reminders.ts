import { CycleState, ThreadStatus, todayInJapan } from '@kaizen/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { anyOf } from '../../graphql/loader-helpers.js';
import { pending, ReviewBoardService } from '../review-board/review-board.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { departmentsOfThreads } from '../review-thread/thread-departments.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { ThreadResponse } from '../thread-response/thread-response.entity.js';
import type { ReminderStep } from './mail-content.js';
import { NotificationKind } from './notification-kind.js';
import type { Notifier, Reminder } from './notifier.js';

/** A due date this many days away, or nearer, is reminded of. */
export const DUE_SOON_DAYS = 3;
/** When the daily job runs, in Japan (UTC+9 all year): before the working day starts. */
const RUN_AT_HOUR_JST = 8;
const DAY_MS = 86_400_000;

/** The step of each open state that has a due date the departments must meet. */
const STEPS: { state: CycleState; step: ReminderStep; due: (c: ReviewCycle) => string | null }[] = [
  { state: CycleState.COLLECTING, step: 'COLLECTING', due: (c) => c.collectingDue },
  { state: CycleState.RESPONDING, step: 'RESPONDING', due: (c) => c.respondingDue },
];

type Target = { cycle: ReviewCycle; step: ReminderStep; due: string; departmentId: string; open: number };

const addDays = (localDate: string, days: number) => new Date(Date.parse(localDate) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Reminds the departments of each cycle whose due date (entry while COLLECTING, answers while
 * RESPONDING) is at most three days away, or has passed, of what they still owe: once per user,
 * kind and due date, whatever the number of runs or server processes (`sent_reminder`). A fixed
 * number of statements whatever the number of cycles, departments and users. Returns how many
 * mails were queued.
 */
export async function runDailyReminders(dataSource: DataSource, notifier: Notifier, now: Date = new Date()): Promise<number> {
  const today = todayInJapan(now);
  const horizon = addDays(today, DUE_SOON_DAYS);
  const open = await dataSource.getRepository(ReviewCycle).findBy({ state: In(STEPS.map((s) => s.state)) });
  const due = open.flatMap((cycle) => {
    const step = STEPS.find((s) => s.state === cycle.state)!;
    const date = step.due(cycle);
    return date && date <= horizon ? [{ cycle, step: step.step, due: date }] : [];
  });
  if (!due.length) return 0;
  const of = (step: ReminderStep) => due.filter((d) => d.step === step).map((d) => d.cycle);
  const [entries, answers, strategies] = await Promise.all([
    entriesOpen(dataSource, of('COLLECTING')),
    answersOpen(dataSource.manager, of('RESPONDING')),
    dataSource.getRepository(Strategy).findBy({ id: anyOf([...new Set(due.map((d) => d.cycle.strategyId))]) }),
  ]);
  const targets: Target[] = due.flatMap((d) =>
    [...((d.step === 'COLLECTING' ? entries : answers).get(d.cycle.id) ?? [])].map(([departmentId, n]) => ({ ...d, departmentId, open: n })),
  );
  const sent = await recordSent(dataSource.manager, targets, today);
  const titleOf = new Map(strategies.map((s) => [s.id, s.title]));
  const targetOf = new Map(targets.map((t) => [`${t.cycle.id}/${t.departmentId}`, t]));
  const reminders: Reminder[] = sent.map((row) => {
    const t = targetOf.get(`${row.cycleId}/${row.departmentId}`)!;
    return { recipient: row, cycle: t.cycle, strategyTitle: titleOf.get(t.cycle.strategyId) ?? '', step: t.step, overdue: t.due < today, due: t.due, open: t.open };
  });
  notifier.reminders(today, reminders);
  return reminders.length;
}

/** Per cycle, each department's entries not handed in yet (missing, drafts, returned): the boards' one statement. */
async function entriesOpen(dataSource: DataSource, cycles: ReviewCycle[]): Promise<Map<string, Map<string, number>>> {
  const boards = await new ReviewBoardService(dataSource).boards(cycles);
  return new Map(
    [...boards].map(([cycleId, rows]) => [
      cycleId,
      new Map(rows.flatMap((r) => (r.department && pending(r.actuals) + pending(r.reports) > 0 ? [[r.department.id, pending(r.actuals) + pending(r.reports)]] : []))),
    ]),
  );
}

/** Per cycle, each department's open threads it answers for and has not responded to yet. */
async function answersOpen(manager: EntityManager, cycles: ReviewCycle[]): Promise<Map<string, Map<string, number>>> {
  if (!cycles.length) return new Map();
  const threads = await manager.findBy(ReviewThread, { cycleId: anyOf(cycles.map((c) => c.id)), status: ThreadStatus.OPEN });
  if (!threads.length) return new Map();
  const [departments, responses] = await Promise.all([departmentsOfThreads(manager, threads), manager.findBy(ThreadResponse, { threadId: anyOf(threads.map((t) => t.id)) })]);
  const answered = new Set(responses.map((r) => `${r.threadId}/${r.departmentId}`));
  const result = new Map<string, Map<string, number>>();
  for (const thread of threads) {
    for (const departmentId of departments.get(thread.id)!) {
      if (answered.has(`${thread.id}/${departmentId}`)) continue;
      const cycleId = thread.cycleId!; // found by its cycle
      const ofCycle = result.get(cycleId) ?? result.set(cycleId, new Map()).get(cycleId)!;
      ofCycle.set(departmentId, (ofCycle.get(departmentId) ?? 0) + 1);
    }
  }
  return result;
}

/**
 * Records the reminder of each target's users who take it (active, not opted out of its kind) and
 * returns those not reminded of it before: one statement. Recorded before sending, so a mail the
 * SMTP server refuses is not tried again: a missed reminder costs less than a daily repeat.
 */
async function recordSent(manager: EntityManager, targets: Target[], today: string): Promise<(Reminder['recipient'] & { cycleId: string; departmentId: string })[]> {
  if (!targets.length) return [];
  return manager.query(
    `WITH target AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[]) AS t(cycle_id, department_id, kind, due_date)
     ), sent AS (
       INSERT INTO sent_reminder (cycle_id, user_id, kind, due_date)
       SELECT t.cycle_id, u.id, t.kind, t.due_date
         FROM target t JOIN app_user u ON u.department_id = t.department_id
        WHERE u.disabled_at IS NULL AND u.password_hash IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM notification_opt_out o WHERE o.user_id = u.id AND o.kind = t.kind)
       ON CONFLICT DO NOTHING
       RETURNING cycle_id, user_id
     )
     SELECT s.cycle_id AS "cycleId", u.department_id AS "departmentId", u.email, u.display_name AS "displayName"
       FROM sent s JOIN app_user u ON u.id = s.user_id
      ORDER BY u.email`,
    [
      targets.map((t) => t.cycle.id),
      targets.map((t) => t.departmentId),
      targets.map((t) => (t.due < today ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON)),
      targets.map((t) => t.due),
    ],
  );
}

/** Milliseconds from `now` to the next run (08:00 in Japan). */
export function untilNextRun(now: Date): number {
  const hourUtc = (RUN_AT_HOUR_JST - 9 + 24) % 24;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc);
  return (today > now.getTime() ? today : today + DAY_MS) - now.getTime();
}

/**
 * Runs `run` every day at 08:00 in Japan, not at start-up: a restart would otherwise run it at
 * any hour. The timer keeps no process alive; returns the way to stop it.
 */
export function scheduleDailyReminders(run: () => Promise<unknown>, log: Pick<Console, 'error'> = console): () => void {
  let timer: NodeJS.Timeout;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      run()
        .catch((error: unknown) => log.error(`Due-date reminders failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(next);
    }, untilNextRun(new Date()));
    timer.unref();
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyReminders } from '../../server/src/modules/notification/daily-reminders.js';
import { createNotifier, type Notifier } from '../../server/src/modules/notification/notifier.js';
import { AUDIT_LOG, MOVE_CYCLE, RETURN_ACTUAL, RETURN_REPORT, SAVE_ACTUAL, SAVE_REPORT, START_THREAD, SUBMIT_ACTUAL, SUBMIT_REPORT } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { linkTo, startMailCapture, type MailCapture } from '../support/smtp.js';

const PREFERENCES = `{ myNotificationPreferences { mailConfigured kinds { kind enabled } } }`;
const UPDATE_PREFERENCES = `mutation($input: [NotificationPreferenceInput!]!) { updateMyNotificationPreferences(input: $input) { mailConfigured kinds { kind enabled } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptPath user { id } } }`;
const OPEN = `mutation($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id version } }`;
const ALL_KINDS = ['CYCLE_OPENED', 'ENTRY_RETURNED', 'THREAD_AWAITING_ANSWER', 'DUE_SOON', 'OVERDUE'];

/** 09:00 in Japan on a day of the Japanese calendar. */
const morningOf = (day: string) => new Date(`${day}T09:00:00+09:00`);

describe('e-mail notifications', () => {
  let smtp: MailCapture;
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let notifier: Notifier;
  const ids = { strategy: '', shoko: '', measure: '', indicator: '', cycle: '', version: 0 };

  beforeAll(async () => {
    smtp = await startMailCapture();
    server = await startTestServer({ plans: [plans.yonezawa], users: true, mail: smtp.config() });
    as = await sampleSessions(server, ['planning', 'shoko', 'kankyo', 'kanko', 'council']);
    // The daily job as the server's timer runs it, with a fixed "now" and the server's links.
    notifier = createNotifier(server.db.dataSource, smtp.config(server.app.url), () => server.app.url)!;
    const { data } = await as.planning.gql(`{ strategies { id goals { measures { id responsibleDepartments { id name } indicators { id departments { id name } } } } } }`);
    const strategy = data.strategies[0];
    const only = (ds: { name: string }[]) => ds.length === 1 && ds[0].name === '商工課';
    const measure = strategy.goals.flatMap((g: any) => g.measures).find((m: any) => only(m.responsibleDepartments) && m.indicators.some((i: any) => only(i.departments)));
    const indicator = measure.indicators.find((i: any) => only(i.departments));
    Object.assign(ids, { strategy: strategy.id, measure: measure.id, indicator: indicator.id, shoko: indicator.departments[0].id });
  });
  afterAll(async () => {
    await notifier?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('every kind is on until the user turns it off, for themself, audited', async () => {
    expect((await as.kankyo.gql(PREFERENCES)).data.myNotificationPreferences).toEqual({ mailConfigured: true, kinds: ALL_KINDS.map((kind) => ({ kind, enabled: true })) });
    const off = ['CYCLE_OPENED', 'DUE_SOON', 'OVERDUE'].map((kind) => ({ kind, enabled: false }));
    const updated = await as.kankyo.gql(UPDATE_PREFERENCES, { input: off });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateMyNotificationPreferences.kinds).toEqual(ALL_KINDS.map((kind) => ({ kind, enabled: !['CYCLE_OPENED', 'DUE_SOON', 'OVERDUE'].includes(kind) })));
    // Someone else's stay as they were.
    expect((await as.shoko.gql(PREFERENCES)).data.myNotificationPreferences.kinds.every((k: any) => k.enabled)).toBe(true);

    const me = (await as.kankyo.gql(`{ viewer { id } }`)).data.viewer.id;
    const audit = (await as.planning.gql(AUDIT_LOG, { id: me })).data.auditLog.filter((e: any) => e.action === 'user.updateNotificationPreferences');
    expect(audit).toEqual([expect.objectContaining({ entityType: 'User', before: { turnedOff: [] }, after: { turnedOff: ['CYCLE_OPENED', 'DUE_SOON', 'OVERDUE'] } })]);

    const twice = await as.kankyo.gql(UPDATE_PREFERENCES, { input: [{ kind: 'DUE_SOON', enabled: true }, { kind: 'DUE_SOON', enabled: false }] });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect((await as.anonymous.gql(PREFERENCES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an invitation is e-mailed with a link that accepts it', async () => {
    const invited = await as.planning.gql(INVITE, { input: { email: 'newcomer@example.jp', displayName: '商工課 新人', role: 'DEPARTMENT', departmentId: ids.shoko } });
    expect(invited.errors).toBeUndefined();
    // The inviter is still shown the link, as without e-mail.
    expect(invited.data.inviteUser.acceptPath).toMatch(/^\/invitation\//);

    const mail = await smtp.next('newcomer@example.jp');
    expect(mail.subject).toContain('招待されました');
    expect(mail.text).toContain('商工課 新人 様');
    expect(mail.from).toContain('no-reply@example.jp');
    const link = linkTo(mail, '/invitation/');
    expect(link.origin).toBe(new URL(server.app.url).origin);
    expect(link.pathname).toBe(invited.data.inviteUser.acceptPath);

    const invitee = server.session();
    const token = link.pathname.split('/').pop();
    const accepted = await invitee.gql(`mutation($t: String!) { acceptInvitation(token: $t, password: "newcomer passphrase") { email } }`, { t: token });
    expect(accepted.errors).toBeUndefined();
    expect((await invitee.gql(`{ viewer { email department { name } } }`)).data.viewer).toEqual({ email: 'newcomer@example.jp', department: { name: '商工課' } });
  });

  it('a password-reset link is e-mailed even to a user who turned every notice off', async () => {
    await as.kanko.gql(UPDATE_PREFERENCES, { input: ALL_KINDS.map((kind) => ({ kind, enabled: false })) });
    const users = (await as.planning.gql(`{ users { id email } }`)).data.users;
    const kanko = users.find((u: any) => u.email === 'kanko@example.jp');
    expect((await as.planning.gql(`mutation($id: ID!) { issuePasswordReset(userId: $id) { resetPath } }`, { id: kanko.id })).errors).toBeUndefined();

    const mail = await smtp.next('kanko@example.jp');
    expect(mail.subject).toContain('パスワードの再設定');
    const token = linkTo(mail, '/password-reset/').pathname.split('/').pop();
    const reset = await server.session().gql(`mutation($t: String!) { resetPassword(token: $t, password: "kanko new passphrase") { email } }`, { t: token });
    expect(reset.data?.resetPassword).toEqual({ email: 'kanko@example.jp' });
  });

  it('a cycle opening for entry e-mails its departments the due dates, but not those who turned it off', async () => {
    const opened = await as.planning.gql(OPEN, { input: { strategyId: ids.strategy, fiscalYear: 2024, collectingDue: '2025-06-30', reviewingDue: '2025-08-31', respondingDue: '2025-10-31' } });
    // PREPARING is the planning division's own: nobody is told yet.
    const moved = await as.planning.gql(MOVE_CYCLE, { id: opened.data.openReviewCycle.id, to: 'COLLECTING', v: opened.data.openReviewCycle.version });
    expect(moved.errors).toBeUndefined();
    Object.assign(ids, { cycle: moved.data.moveReviewCycle.id, version: moved.data.moveReviewCycle.version });

    const mail = await smtp.next('shoko@example.jp', { subject: '実績入力が始まりました' });
    expect(mail.subject).toContain('令和6年度');
    expect(mail.text).toContain('実績・施策評価の入力の締切: 2025年6月30日（月）');
    expect(mail.text).toContain('2025年10月31日');
    expect(linkTo(mail, '/review/cycles/').pathname).toBe(`/review/cycles/${ids.cycle}`);
    expect(mail.links).toContain(`${server.app.url}account`);
    // Mails go out in the order of addresses: kankyo@ would have come before shoko@.
    expect(smtp.to('kankyo@example.jp')).toEqual([]);
    expect(smtp.to('planning@example.jp')).toEqual([]);
    expect(smtp.to('council@example.jp')).toEqual([]);

    // Moved back to entry: told again, with the reason.
    const forward = (await as.planning.gql(MOVE_CYCLE, { id: ids.cycle, to: 'REVIEWING', v: ids.version })).data.moveReviewCycle;
    const back = await as.planning.gql(MOVE_CYCLE, { id: ids.cycle, to: 'COLLECTING', v: forward.version, reason: '商工課の実績が未入力のため' });
    expect(back.errors).toBeUndefined();
    ids.version = back.data.moveReviewCycle.version;
    const reopened = await smtp.next('shoko@example.jp', { subject: '実績入力が再開されました' });
    expect(reopened.text).toContain('再開の理由: 商工課の実績が未入力のため');
  });

  it('a returned actual and a returned report are e-mailed to the department with the reason', async () => {
    const saved = (await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId: ids.cycle, indicatorId: ids.indicator, value: '12' } })).data.saveActual;
    const submitted = (await as.shoko.gql(SUBMIT_ACTUAL, { id: saved.id, v: saved.version })).data.submitActual;
    const returned = await as.planning.gql(RETURN_ACTUAL, { id: submitted.id, v: submitted.version, reason: '出典の年度が違います。令和6年度の値にしてください。' });
    expect(returned.errors).toBeUndefined();
    const actualMail = await smtp.next('shoko@example.jp', { subject: '差戻し' });
    expect(actualMail.subject).toContain('KPI の実績');
    expect(actualMail.text).toContain('理由: 出典の年度が違います。令和6年度の値にしてください。');
    expect(linkTo(actualMail, '/review/').pathname).toBe(`/review/cycles/${ids.cycle}/indicators/${ids.indicator}`);

    const report = (await as.shoko.gql(SAVE_REPORT, { input: { cycleId: ids.cycle, measureId: ids.measure, whatWasDone: '説明会を開催', nextDirection: 'CONTINUE', selfGrade: 'B' } })).data.saveMeasureReport;
    const handedIn = (await as.shoko.gql(SUBMIT_REPORT, { id: report.id, v: report.version })).data.submitMeasureReport;
    expect((await as.planning.gql(RETURN_REPORT, { id: handedIn.id, v: handedIn.version, reason: '課題の欄が空です' })).errors).toBeUndefined();
    const reportMail = await smtp.next('shoko@example.jp', { subject: '差戻し: 施策評価' });
    expect(reportMail.text).toContain('理由: 課題の欄が空です');
    expect(linkTo(reportMail, '/review/').pathname).toBe(`/review/cycles/${ids.cycle}/measures/${ids.measure}/report`);
  });

  it('the daily job reminds three days before the entry due date and once it has passed, each once', async () => {
    const soonSubject = '締切が近づいています';
    const overdueSubject = '締切を過ぎています';
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-06-26'))).toBe(0);

    const recording = server.db.statementCounter.record();
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-06-27'))).toBeGreaterThan(0);
    const statements = recording.stop();
    // The cycles, the board's tally, the strategies, the reminders recorded: whatever the number of departments and users.
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(Math.max(...statements.map((st) => st.parameters))).toBeLessThanOrEqual(4);
    const soon = await smtp.next('shoko@example.jp', { subject: soonSubject });
    expect(soon.subject).toContain('2025年6月30日');
    expect(soon.text).toMatch(/あと 3 日）。未提出のものが \d+ 件あります/);
    expect(linkTo(soon, '/review/').pathname).toBe(`/review/cycles/${ids.cycle}`);
    // The same day again, a restart, the next days: nothing more about this due date.
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-06-27'))).toBe(0);
    expect(await runDailyReminders(server.db.dataSource, notifier, new Date('2025-06-27T23:00:00+09:00'))).toBe(0);
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-06-30'))).toBe(0);

    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-07-01'))).toBeGreaterThan(0);
    const overdue = await smtp.next('shoko@example.jp', { subject: overdueSubject });
    expect(overdue.text).toContain('締切（2025年6月30日（月））を過ぎました');
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-07-02'))).toBe(0);

    expect(smtp.to('shoko@example.jp').filter((m) => m.subject.includes(soonSubject))).toHaveLength(1);
    expect(smtp.to('shoko@example.jp').filter((m) => m.subject.includes(overdueSubject))).toHaveLength(1);
    // 環境課 turned both off; 観光課 everything.
    expect(smtp.to('kankyo@example.jp')).toEqual([]);
    expect(smtp.to('kanko@example.jp').filter((m) => /締切/.test(m.subject))).toEqual([]);
    // Another department that owes entries got theirs.
    expect(smtp.to('chiiki@example.jp').map((m) => m.subject)).toEqual([expect.stringContaining('実績入力が始まりました'), expect.stringContaining('実績入力が再開されました'), expect.stringContaining(soonSubject), expect.stringContaining(overdueSubject)]);
  });

  it('a council thread awaiting the department’s answer is e-mailed with a link to the thread', async () => {
    expect((await as.planning.gql(MOVE_CYCLE, { id: ids.cycle, to: 'REVIEWING', v: ids.version })).errors).toBeUndefined();
    const started = await as.council.gql(START_THREAD, { input: { cycleId: ids.cycle, anchor: 'INDICATOR', anchorId: ids.indicator, kind: 'QUESTION', body: '目標値の根拠を\n教えてください。' } });
    expect(started.errors).toBeUndefined();
    const threadId = started.data.startThread.id;

    const mail = await smtp.next('shoko@example.jp', { subject: '市民会議から質問があります' });
    expect(mail.text).toContain('> 目標値の根拠を\n> 教えてください。');
    expect(mail.text).toContain('対応の検討の締切: 2025年10月31日（金）');
    const link = linkTo(mail, '/review/');
    expect(link.pathname).toMatch(new RegExp(`^/review/cycles/${ids.cycle}/measures/[0-9a-f-]+$`));
    expect(link.hash).toBe(`#thread-${threadId}`);
  });

  it('the daily job reminds of the answers due while the departments respond', async () => {
    const cycle = (await as.planning.gql(`query($c: ID!) { reviewCycle(id: $c) { version } }`, { c: ids.cycle })).data.reviewCycle;
    expect((await as.planning.gql(MOVE_CYCLE, { id: ids.cycle, to: 'RESPONDING', v: cycle.version })).errors).toBeUndefined();
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-10-30'))).toBeGreaterThan(0);
    const mail = await smtp.next('shoko@example.jp', { subject: '論点への対応' });
    expect(mail.text).toContain('あと 1 日）。回答待ちの論点が 1 件あります');
    expect(await runDailyReminders(server.db.dataSource, notifier, morningOf('2025-10-30'))).toBe(0);
  });
});

describe('e-mail that cannot be sent', () => {
  it('never holds up or fails a request: an SMTP server that never answers costs the queue seconds, not the caller', async () => {
    // Accepts connections and never greets.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const server = await startTestServer({ plans: [plans.yonezawa], users: true, mail: { smtpUrl: `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`, from: 'x@example.jp', publicUrl: undefined } });
    try {
      const planning = server.session();
      await planning.signIn('planning@example.jp');
      const started = performance.now();
      const invited = await planning.gql(INVITE, { input: { email: 'waiting@example.jp', displayName: '待つ 人', role: 'COUNCIL' } });
      expect(invited.errors).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(2_000);
      // The next request is not queued behind the mail either.
      expect((await planning.gql(PREFERENCES)).data.myNotificationPreferences.mailConfigured).toBe(true);
    } finally {
      const stopping = performance.now();
      await server.stop();
      // The send gives up after the greeting timeout; stopping waits for it at most a few seconds.
      expect(performance.now() - stopping).toBeLessThan(8_000);
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

describe('without SMTP_URL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
  });
  afterAll(() => server?.stop());

  it('nothing is sent and everything works as before: links are shown, preferences can still be chosen', async () => {
    const { planning, shoko } = await sampleSessions(server, ['planning', 'shoko']);
    const invited = await planning.gql(INVITE, { input: { email: 'nomail@example.jp', displayName: '無 メール', role: 'COUNCIL' } });
    expect(invited.data.inviteUser.acceptPath).toMatch(/^\/invitation\//);
    const strategyId = (await planning.gql(`{ strategies { id } }`)).data.strategies[0].id;
    const opened = (await planning.gql(OPEN, { input: { strategyId, fiscalYear: 2024, collectingDue: '2025-06-30' } })).data.openReviewCycle;
    expect((await planning.gql(MOVE_CYCLE, { id: opened.id, to: 'COLLECTING', v: opened.version })).errors).toBeUndefined();
    expect((await shoko.gql(PREFERENCES)).data.myNotificationPreferences.mailConfigured).toBe(false);
    expect((await shoko.gql(UPDATE_PREFERENCES, { input: [{ kind: 'OVERDUE', enabled: false }] })).errors).toBeUndefined();
  });
});

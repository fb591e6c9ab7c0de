import { fiscalYearLabel, type CommentKind } from '@kaizen/shared';
import type { DueDates } from '../review-cycle/review-cycle.service.js';
import type { Mail } from './mailer.js';

/** What a mail says, before it is addressed: Japanese first, then a line of English. */
export type Content = { subject: string; body: string };
export type Recipient = { email: string; displayName: string };

const BRAND = 'Kaizen Review（総合戦略 PDCA レビュー）';
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const japanTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `2025-06-30` as `2025年6月30日（月）`: due dates are days of the Japanese calendar. */
export function japaneseDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return `${year}年${month}月${day}日（${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}）`;
}

const COMMENT_KINDS: Record<CommentKind, string> = { QUESTION: '質問', OPINION: '意見', RECOMMENDATION: '提言' };

/**
 * Each recipient's mail: their name, the content, and a footer. `optional`: a notice the user may
 * turn off (the footer says where); invitations and reset links are not.
 */
export function addressed(recipients: Recipient[], content: Content, footer: { optional: true; accountUrl: string } | { optional: false }): Mail[] {
  const tail = footer.optional
    ? `${BRAND}からの自動送信です。受け取る通知の種類はアカウントページで選べます: ${footer.accountUrl}\nAn automatic notice from Kaizen Review; choose which notices you receive on your account page.`
    : `${BRAND}からの自動送信です。心当たりがない場合は、このメールを破棄してください。\nAn automatic message from Kaizen Review. If you did not expect it, ignore it.`;
  return recipients.map((r) => ({ to: r.email, subject: content.subject, text: `${r.displayName} 様\n\n${content.body}\n\n――\n${tail}\n` }));
}

export function invitationContent(m: { inviterName: string; link: string; expiresAt: Date }): Content {
  return {
    subject: '【Kaizen Review】利用者として招待されました / You are invited',
    body: [
      `${m.inviterName} さんから ${BRAND} に招待されました。`,
      `次のリンクを開き、パスワードを決めてください（${japanTime.format(m.expiresAt)} まで有効）。`,
      '',
      m.link,
      '',
      'You have been invited to Kaizen Review: open the link above to choose your password (it expires as stated).',
    ].join('\n'),
  };
}

export function passwordResetContent(m: { link: string; expiresAt: Date }): Content {
  return {
    subject: '【Kaizen Review】パスワードの再設定 / Reset your password',
    body: [
      'パスワード再設定のリンクが発行されました。',
      `次のリンクを開き、新しいパスワードを決めてください（${japanTime.format(m.expiresAt)} まで有効）。`,
      '',
      m.link,
      '',
      'A link to choose a new password was issued for you: open it before it expires.',
    ].join('\n'),
  };
}

export function cycleOpenedContent(m: { fiscalYear: number; strategyTitle: string; due: DueDates; reopenReason: string | null; link: string }): Content {
  const year = fiscalYearLabel(m.fiscalYear);
  const due = (date: string | null | undefined) => (date ? japaneseDate(date) : '未定');
  const reopened = m.reopenReason !== null;
  return {
    subject: reopened
      ? `【Kaizen Review】${year}の実績入力が再開されました / Entry for FY${m.fiscalYear} reopened`
      : `【Kaizen Review】${year}の実績入力が始まりました / Entry for FY${m.fiscalYear} is open`,
    body: [
      `「${m.strategyTitle}」${year}のレビューで、実績と施策評価の入力が${reopened ? '再開されました' : '始まりました'}。`,
      ...(reopened ? [`再開の理由: ${m.reopenReason}`] : []),
      '',
      `実績・施策評価の入力の締切: ${due(m.due.collectingDue)}`,
      `市民会議の審議の締切: ${due(m.due.reviewingDue)}`,
      `対応の検討の締切: ${due(m.due.respondingDue)}`,
      '',
      `入力はこちら: ${m.link}`,
      '',
      `The entry of actuals and measure reports for FY${m.fiscalYear} ${reopened ? 'reopened' : 'is open'}; due ${m.due.collectingDue ?? 'date not set'}.`,
    ].join('\n'),
  };
}

export function entryReturnedContent(m: { fiscalYear: number; entry: 'Actual' | 'MeasureReport'; title: string; reason: string; link: string }): Content {
  const what = m.entry === 'Actual' ? { ja: 'KPI の実績', en: 'actual' } : { ja: '施策評価', en: 'measure report' };
  return {
    subject: `【Kaizen Review】差戻し: ${what.ja}「${m.title}」 / Returned ${what.en}`,
    body: [
      `${fiscalYearLabel(m.fiscalYear)}の${what.ja}「${m.title}」が政策企画課から差し戻されました。`,
      '',
      `理由: ${m.reason}`,
      '',
      `修正して、もう一度提出してください: ${m.link}`,
      '',
      `Your ${what.en} was returned by the planning division with the reason above: correct it and submit it again.`,
    ].join('\n'),
  };
}

const EXCERPT = 200;

export function threadAwaitingContent(m: { fiscalYear: number; kind: CommentKind; about: string; opening: string; respondingDue: string | null; link: string }): Content {
  const excerpt = m.opening.length > EXCERPT ? `${m.opening.slice(0, EXCERPT)}…` : m.opening;
  return {
    subject: `【Kaizen Review】市民会議から${COMMENT_KINDS[m.kind]}があります: ${m.about} / A council thread awaits your answer`,
    body: [
      `${fiscalYearLabel(m.fiscalYear)}のレビューで、市民会議の委員から「${m.about}」について${COMMENT_KINDS[m.kind]}がありました。担当課として回答してください。`,
      ...(m.respondingDue ? [`対応の検討の締切: ${japaneseDate(m.respondingDue)}`] : []),
      '',
      excerpt.replace(/^/gm, '> '),
      '',
      `論点を開く: ${m.link}`,
      '',
      'A council member started a thread that your department answers for: open it to respond.',
    ].join('\n'),
  };
}

export type ReminderStep = 'COLLECTING' | 'RESPONDING';

/** Three days before a due date (or nearer) and once it has passed, with what is still open. */
export function reminderContent(m: { overdue: boolean; step: ReminderStep; fiscalYear: number; strategyTitle: string; due: string; today: string; open: number; link: string }): Content {
  const task = m.step === 'COLLECTING' ? { ja: '実績・施策評価の入力', en: 'entry of actuals and measure reports', open: '未提出のもの' } : { ja: '論点への対応', en: 'answers to council threads', open: '回答待ちの論点' };
  const year = fiscalYearLabel(m.fiscalYear);
  const daysLeft = Math.round((Date.parse(m.due) - Date.parse(m.today)) / 86_400_000);
  const date = japaneseDate(m.due);
  const when = m.overdue ? `の締切（${date}）を過ぎました` : daysLeft === 0 ? `の締切は本日 ${date} です` : `の締切は ${date} です（あと ${daysLeft} 日）`;
  return {
    subject: m.overdue
      ? `【Kaizen Review】締切を過ぎています: ${year}の${task.ja} / Overdue`
      : `【Kaizen Review】締切が近づいています: ${year}の${task.ja}（${date}） / Due soon`,
    body: [
      `「${m.strategyTitle}」${year}の${task.ja}${when}。${task.open}が ${m.open} 件あります。`,
      '',
      `開く: ${m.link}`,
      '',
      `${m.overdue ? 'Overdue since' : 'Due on'} ${m.due}: the ${task.en}, ${m.open} still open.`,
    ].join('\n'),
  };
}

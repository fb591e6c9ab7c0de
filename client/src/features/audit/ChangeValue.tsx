import { fiscalYearLabel, valueBoundSuffix, type ValueBound } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { GradeBadge } from '../../ui/GradeBadge';

/** The names the server gave the entry's ids and option codes, by `field:value`. */
export type Labels = ReadonlyMap<string, string>;

type Props = { entityType: string; field: string; value: unknown; labels: Labels };

/** Where each record's `status` takes its words from: the same labels as the pages that show it. */
const STATUS_LABELS: Record<string, string> = {
  Actual: 'status',
  MeasureReport: 'status',
  ReviewThread: 'threads.statuses',
  ImprovementAction: 'improvement.statuses',
  User: 'users.statuses',
};

/** Enum fields, by the label source the rest of the UI uses. */
const ENUM_LABELS: Record<string, string> = {
  state: 'cycle.states',
  role: 'roles',
  kind: 'notifications.threadKinds',
  anchor: 'evaluation.subjects',
  stance: 'threads.stances',
  notGraded: 'evaluation.notGraded',
};

const FISCAL_YEARS = new Set(['fiscalYear', 'periodFiscalYear', 'dueFiscalYear']);
const DATES = new Set(['collectingDue', 'reviewingDue', 'respondingDue']);
const COUNTS = new Set(['sessionsEnded', 'invitationsWithdrawn', 'resetsWithdrawn']);
const GRADES = new Set(['grade', 'selfGrade']);
const CONFIGS = new Set(['progressConfig', 'reportConfig', 'closedReportConfig']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a change as the pages say it: words for states and statuses, names for ids, years as 令和6年度, times in Japan's, never a raw code. */
export function ChangeValue({ entityType, field, value, labels }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <>{t('audit.empty_value')}</>;
  if (CONFIGS.has(field)) return <>{t('audit.configValue')}</>;
  if (GRADES.has(field) && typeof value === 'string') return <GradeBadge grade={value} />;
  if (typeof value === 'boolean') return <>{t(value ? 'audit.yes' : 'audit.no')}</>;
  if (typeof value === 'number') {
    if (FISCAL_YEARS.has(field)) return <>{fiscalYearLabel(value)}</>;
    if (COUNTS.has(field)) return <>{t('audit.count', { count: value })}</>;
    return <>{formatNumber(value, lang)}</>;
  }
  if (Array.isArray(value)) return <>{value.map((v) => (typeof v === 'string' ? v : formatNumber(Number(v), lang))).join('、')}</>;
  if (typeof value !== 'string') return <>{t('audit.configValue')}</>;
  const named = labels.get(`${field}:${value}`);
  if (named) return <>{named}</>;
  const enumLabels = field === 'status' ? STATUS_LABELS[entityType] : ENUM_LABELS[field];
  if (enumLabels) return <>{t(`${enumLabels}.${value}`, { defaultValue: value })}</>;
  if (field === 'valueBound') return <>{valueBoundSuffix[value as ValueBound] ?? value}</>;
  if (DATES.has(field)) return <>{formatDate(value, lang)}</>;
  if (TIMESTAMP.test(value)) return <>{formatDateTime(value, lang)}</>;
  // An id whose record is gone: the log never shows the id itself.
  if (UUID.test(value)) return <>{t('audit.removed')}</>;
  return <>{value}</>;
}

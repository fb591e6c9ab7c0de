import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { formatNumber } from '../../ui/format';

/** One side of a change, readable: statuses and states in words, years as R6年度, empty as （なし）. */
export function ChangeValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <>{t('audit.empty_value')}</>;
  if (field === 'status' && typeof value === 'string') return <>{t(`status.${value}`, { defaultValue: value })}</>;
  if (field === 'state' && typeof value === 'string') return <>{t(`cycle.states.${value}`, { defaultValue: value })}</>;
  if (field === 'fiscalYear' && typeof value === 'number') return <>{fiscalYearLabel(value)}</>;
  if (field === 'value' && typeof value === 'number') return <>{formatNumber(value, i18n.language)}</>;
  if (Array.isArray(value)) return <>{value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('、')}</>;
  if (typeof value === 'object') return <code className="small">{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

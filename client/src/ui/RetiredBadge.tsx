import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../app/i18n';

/** 廃止（R8年度から）: a part of the plan a revision retired, still shown with its history. */
export function RetiredBadge({ fromFY }: { fromFY: number | null | undefined }) {
  const { t } = useTranslation();
  if (fromFY == null) return null;
  return <span className="badge badge-retired">{t('common.retiredFrom', { year: fiscalYearLabel(fromFY) })}</span>;
}

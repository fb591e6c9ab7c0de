import { periodLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';

export function PeriodText({ startFY, endFY }: { startFY: number; endFY: number }) {
  const { t } = useTranslation();
  return <>{t('strategy.period', { reiwa: periodLabel(startFY, endFY), start: startFY, end: endFY })}</>;
}

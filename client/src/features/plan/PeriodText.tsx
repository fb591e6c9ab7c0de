import { periodLabel } from '@kaizen/shared';
import { useTranslation } from 'react-i18next';

export function PeriodText({ startFY, endFY }: { startFY: number; endFY: number }) {
  const { t } = useTranslation();
  return <>{t('strategy.period', { reiwa: periodLabel(startFY, endFY), start: startFY, end: endFY })}</>;
}

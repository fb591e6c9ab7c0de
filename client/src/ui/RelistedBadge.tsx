import { useTranslation } from '../app/i18n';

export function RelistedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge" title={t('common.relistedLabel')}>
      <span aria-hidden="true">{t('common.relisted')}</span>
      <span className="visually-hidden">{t('common.relistedLabel')}</span>
    </span>
  );
}

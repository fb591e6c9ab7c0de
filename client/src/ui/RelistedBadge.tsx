import { useTranslation } from 'react-i18next';

export function RelistedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge" title={t('common.relistedLabel')}>
      <span aria-hidden="true">{t('common.relisted')}</span>
      <span className="visually-hidden">{t('common.relistedLabel')}</span>
    </span>
  );
}

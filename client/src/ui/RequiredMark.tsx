import { useTranslation } from '../app/i18n';

/**
 * 「必須」 beside a field's label, as the Digital Agency's design system marks a required field. Screen
 * readers hear it from the field's aria-required instead (else it would be said twice, and the
 * field's name would no longer be its label).
 */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="required" aria-hidden="true">
      {t('common.required')}
    </span>
  );
}

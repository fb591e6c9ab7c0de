import { useTranslation } from '../../app/i18n';
import { formatQuantity } from '../../ui/format';

type Entered = { value?: number | null; notKnownReason?: string | null } | null | undefined;

/** What a department entered: the value with its unit, or "not yet known" with why. */
export function ActualValueText({ actual, unit }: { actual: Entered; unit: string }) {
  const { t, i18n } = useTranslation();
  if (actual?.value != null) return <>{formatQuantity(actual.value, unit, i18n.language)}</>;
  if (actual?.notKnownReason) return <>{t('actual.notKnownWithReason', { reason: actual.notKnownReason })}</>;
  return <>{t('common.none')}</>;
}

import { fiscalYearLabel, NO_VALUE, valueBoundSuffix } from '@kaizen/shared';
import { useTranslation } from '../app/i18n';
import type { ValueBound } from '../gql/graphql';
import { formatQuantity } from './format';

type Entered = {
  value?: number | null;
  valueBound?: ValueBound | null;
  fiscalYear?: number;
  periodFiscalYear?: number | null;
  periodLabel?: string | null;
  notKnownReason?: string | null;
} | null | undefined;

/** What a department entered: the value with its unit (as bounded, of which period), or "not yet known" with why. */
export function ActualValueText({ actual, unit }: { actual: Entered; unit: string }) {
  const { t, i18n } = useTranslation();
  if (actual?.value != null) {
    const period = actual.periodLabel || (actual.periodFiscalYear != null && actual.periodFiscalYear !== actual.fiscalYear ? fiscalYearLabel(actual.periodFiscalYear) : null);
    return (
      <>
        {formatQuantity(actual.value, unit, i18n.language)}
        {actual.valueBound && valueBoundSuffix[actual.valueBound]}
        {period && t('actual.periodOf', { period })}
      </>
    );
  }
  if (actual?.notKnownReason) return <>{t('actual.notKnownWithReason', { reason: actual.notKnownReason })}</>;
  return <>{NO_VALUE}</>;
}

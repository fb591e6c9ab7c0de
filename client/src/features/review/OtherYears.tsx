import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import type { ActualEditor_ActualFragment } from '../../gql/graphql';
import { ActualValueText } from '../../ui/ActualValueText';
import { StatusBadge } from '../../ui/StatusBadge';

/** The indicator's values of other years, for comparison while entering this year's. */
export function OtherYears({ actuals, unit }: { actuals: ActualEditor_ActualFragment[]; unit: string }) {
  const { t } = useTranslation();
  if (actuals.length === 0) return null;
  return (
    <section aria-labelledby="other-years">
      <h2 id="other-years">{t('entry.otherYears')}</h2>
      <ul className="plain-list">
        {[...actuals]
          .sort((a, b) => a.fiscalYear - b.fiscalYear)
          .map((a) => (
            <li key={a.id}>
              {fiscalYearLabel(a.fiscalYear)}：<ActualValueText actual={a} unit={unit} /> <StatusBadge status={a.status} />
            </li>
          ))}
      </ul>
    </section>
  );
}

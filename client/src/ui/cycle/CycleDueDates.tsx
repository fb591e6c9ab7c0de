import { useTranslation } from '../../app/i18n';
import { formatDate } from '../format';

type Dues = { collectingDue?: string | null; reviewingDue?: string | null; respondingDue?: string | null };

/** The due date of each step that has one. */
export function CycleDueDates({ cycle }: { cycle: Dues }) {
  const { t, i18n } = useTranslation();
  const rows = (['collectingDue', 'reviewingDue', 'respondingDue'] as const).filter((k) => cycle[k]);
  if (rows.length === 0) return <p className="muted">{t('cycle.noDueDates')}</p>;
  return (
    <dl className="inline-dl">
      {rows.map((k) => (
        <div key={k} className="inline-dl-item">
          <dt>{t(`cycle.${k}`)}</dt>
          <dd>
            <time dateTime={cycle[k]!}>{formatDate(cycle[k]!, i18n.language)}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}

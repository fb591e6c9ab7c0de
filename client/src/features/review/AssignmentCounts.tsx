import { useTranslation } from '../../app/i18n';
import type { AssignmentRow } from './AssignmentTable';

const ORDER = ['MISSING', 'DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED'] as const;

/** 未入力 3・下書き 1・… at a glance. */
export function AssignmentCounts({ assignments }: { assignments: AssignmentRow[] }) {
  const { t } = useTranslation();
  const count = (key: (typeof ORDER)[number]) => assignments.filter((a) => (a.actual?.status ?? 'MISSING') === key).length;
  return (
    <ul className="counts" aria-label={t('inbox.countsLabel')}>
      {ORDER.map((key) => (
        <li key={key}>
          {t(`status.${key}`)} <strong>{count(key)}</strong>
        </li>
      ))}
    </ul>
  );
}

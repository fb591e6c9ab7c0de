import { useTranslation } from '../app/i18n';
import type { SubmissionStatus } from '../gql/graphql';

/** 未入力 / 下書き / 提出済 / 承認済 / 差戻し: in words (and a shape), never by colour alone. */
export function StatusBadge({ status }: { status: SubmissionStatus | null | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'MISSING';
  return (
    <span className={`status status-${key.toLowerCase()}`}>
      <span aria-hidden="true" className="status-mark">
        {MARKS[key]}
      </span>
      {t(`status.${key}`)}
    </span>
  );
}

const MARKS: Record<SubmissionStatus | 'MISSING', string> = {
  MISSING: '○',
  DRAFT: '✎',
  SUBMITTED: '↑',
  ACCEPTED: '✓',
  RETURNED: '↩',
};

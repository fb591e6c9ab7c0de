import { useTranslation } from '../../app/i18n';
import type { RevisionState } from '../../gql/graphql';

/** 案 / 決定 / 取下げ: in words and a mark, never by colour alone (the submission badges' colours). */
export function RevisionStateBadge({ state }: { state: RevisionState }) {
  const { t } = useTranslation();
  return (
    <span className={`status ${CLASSES[state]}`}>
      <span aria-hidden="true" className="status-mark">
        {MARKS[state]}
      </span>
      {t(`planRevisions.states.${state}`)}
    </span>
  );
}

const CLASSES: Record<RevisionState, string> = { DRAFT: 'status-draft', ADOPTED: 'status-accepted', DISCARDED: 'status-missing' };
const MARKS: Record<RevisionState, string> = { DRAFT: '✎', ADOPTED: '✓', DISCARDED: '×' };

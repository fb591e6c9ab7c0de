import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { RevisionComments_ThreadFragment, RevisionState } from '../../gql/graphql';
import { revisionCommentsPath } from '../council-review/paths';

graphql(`
  fragment RevisionComments_thread on ReviewThread {
    id
    status
    awaitingResponse
  }
`);

type Props = { revisionId: string; state: RevisionState; comments: RevisionComments_ThreadFragment[] };

/** 市民会議の意見: how many comments the revision has and how many wait for the planning division, leading to where they are read and written. */
export function RevisionComments({ revisionId, state, comments }: Props) {
  const { t } = useTranslation();
  const open = comments.filter((c) => c.status === 'OPEN');
  return (
    <section aria-labelledby="revision-comments">
      <h2 id="revision-comments">{t('planRevisions.comments.heading')}</h2>
      <p>{comments.length ? t('planRevisions.comments.count', { count: comments.length, awaiting: open.filter((c) => c.awaitingResponse).length, open: open.length }) : t('planRevisions.comments.none')}</p>
      {(state === 'DRAFT' || comments.length > 0) && (
        <p>
          <Link to={revisionCommentsPath(revisionId)}>{t(state === 'DRAFT' ? 'planRevisions.comments.link' : 'planRevisions.comments.linkRead')}</Link>
        </p>
      )}
    </section>
  );
}

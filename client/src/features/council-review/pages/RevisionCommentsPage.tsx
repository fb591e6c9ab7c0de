import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { RevisionCommentsQuery } from '../../../gql/graphql';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { QueryStatus } from '../../../ui/QueryStatus';
import { ComparisonTable } from '../../../ui/revision/ComparisonTable';
import { useRevisionComparison } from '../../../ui/revision/revisionComparison';
import { RevisionStateFacts } from '../../../ui/revision/RevisionStateFacts';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { comparisonPath, revisionPath, strategyRevisionsPath } from '../../plan-revisions/paths';
import { LiveStatus } from '../../live/LiveStatus';
import { useRevisionActivity } from '../../live/useRevisionActivity';
import { AnchorThreads } from '../threads/AnchorThreads';

const RevisionCommentsQuery = graphql(`
  query RevisionComments($id: ID!) {
    planRevision(id: $id) {
      id
      number
      title
      state
      effectiveFiscalYear
      reason
      strategy {
        id
        title
      }
      comments {
        ...ThreadView_thread
      }
    }
  }
`);

type Revision = RevisionCommentsQuery['planRevision'];

/**
 * 改訂案への意見: what a draft revision changes (its 新旧対照表), and the council's threads on it, in
 * which council members comment and the planning division replies while it is a draft; kept and
 * read-only once it is decided or withdrawn.
 */
export function RevisionCommentsPage() {
  const { t } = useTranslation();
  const { revisionId = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(RevisionCommentsQuery, { variables: { id: revisionId }, fetchPolicy: 'cache-and-network' });
  const revision = data?.planRevision;
  // Comments and replies by others, and edits of the draft, as they commit.
  const live = useRevisionActivity(revision?.id, () => client.refetchQueries({ include: 'active' }));
  const number = revision ? t('planRevisions.number', { number: revision.number }) : '';
  useDocumentTitle(revision ? t('councilReview.revisionComments.documentTitle', { number, title: revision.title }) : t('councilReview.revisionComments.title'));
  if (!revision) return <QueryStatus loading={loading} error={error} />;

  return (
    <>
      <Breadcrumb
        links={[
          { to: strategyRevisionsPath(revision.strategy.id), label: t('planRevisions.title') },
          { to: revisionPath(revision.id), label: number },
        ]}
        current={t('councilReview.revisionComments.title')}
      />
      <p className="eyebrow">{revision.strategy.title}</p>
      <h1>
        {t('councilReview.revisionComments.title')}{' '}
        <span className="block">
          {number} {revision.title}
        </span>
      </h1>
      {revision.state === 'DRAFT' && <LiveStatus connected={live.connected} />}
      <RevisionSummary revision={revision} />
      <section aria-labelledby="revision-comment-changes">
        <h2 id="revision-comment-changes">{t('councilReview.revisionComments.changes')}</h2>
        {revision.state === 'DISCARDED' ? <p>{t('planRevisions.comparison.discarded')}</p> : <RevisionChanges revision={revision} caption={t('planRevisions.comparison.caption', { number, title: revision.title })} />}
      </section>
      <AnchorThreads cycle={null} commentsOpen={revision.state === 'DRAFT'} anchor="REVISION" anchorId={revision.id} anchorLabel={number} threads={revision.comments} level={2} />
    </>
  );
}

/** 状態・適用年度・理由, and whether comments are still taken. */
function RevisionSummary({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="inline-dl">
        <RevisionStateFacts state={revision.state} effectiveFiscalYear={revision.effectiveFiscalYear} />
      </dl>
      <p className="pre-wrap">
        <strong>{t('planRevisions.header.reason')}：</strong>
        {revision.reason}
      </p>
      <p className={revision.state === 'DRAFT' ? 'notice' : 'muted'}>{t(`councilReview.revisionComments.open.${revision.state}`)}</p>
    </>
  );
}

function RevisionChanges({ revision, caption }: { revision: Revision; caption: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useRevisionComparison(revision.strategy.id, revision.id, false);
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const rows = data.strategy.planComparison;
  return (
    <>
      {rows.length === 0 ? <p>{t('planRevisions.comparison.none')}</p> : <ComparisonTable rows={rows} goals={data.strategy.goals} caption={caption} />}
      <p>
        <Link to={comparisonPath(revision.id)}>{t('planRevisions.toComparison')}</Link>
      </p>
    </>
  );
}

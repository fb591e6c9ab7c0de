import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { CycleInbox } from './CycleInbox';
import { cycleInboxPath } from './paths';

const ReviewHomeQuery = graphql(`
  query ReviewHome {
    strategies {
      id
      title
    }
  }
`);

const StrategyReviewCyclesQuery = graphql(`
  query StrategyReviewCycles($strategyId: ID!) {
    reviewCycles(strategyId: $strategyId) {
      id
      fiscalYear
      state
    }
  }
`);

/** A department's inbox: the open cycles of each strategy with its indicators to fill. */
export function ReviewHomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(ReviewHomeQuery);
  useDocumentTitle(t('inbox.title'));
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      {viewer?.department && <p className="lead">{t('inbox.lead', { department: viewer.department.name })}</p>}
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : (
        data.strategies.map((s) => <StrategyReview key={s.id} strategyId={s.id} title={data.strategies.length > 1 ? s.title : null} />)
      )}
    </>
  );
}

function StrategyReview({ strategyId, title }: { strategyId: string; title: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(StrategyReviewCyclesQuery, { variables: { strategyId }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const open = data.reviewCycles.filter((c) => c.state !== 'CLOSED');
  const closed = data.reviewCycles.filter((c) => c.state === 'CLOSED');
  return (
    <>
      {title && <h2 className="strategy-title">{title}</h2>}
      {open.length === 0 && <p className="notice">{t('inbox.noOpenCycle')}</p>}
      {open.map((c) => (
        <CycleInbox key={c.id} cycleId={c.id} />
      ))}
      {closed.length > 0 && (
        <section aria-labelledby={`past-${strategyId}`}>
          <h2 id={`past-${strategyId}`}>{t('inbox.pastCycles')}</h2>
          <ul>
            {closed.map((c) => (
              <li key={c.id}>
                <Link to={cycleInboxPath(c.id)}>{t('inbox.cycleTitle', { year: fiscalYearLabel(c.fiscalYear), fy: c.fiscalYear })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

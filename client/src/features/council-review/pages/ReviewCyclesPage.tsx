import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { reviewIndexPath } from '../paths';

const ReviewCyclesQuery = graphql(`
  query ReviewCycleList {
    strategies {
      id
      title
    }
  }
`);

const CyclesOfStrategyQuery = graphql(`
  query ReviewCyclesOfStrategy($strategyId: ID!) {
    reviewCycles(strategyId: $strategyId) {
      id
      fiscalYear
      state
    }
  }
`);

/** A council member's way in: each year's review that has reached the council, newest first. */
export function ReviewCyclesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReviewCyclesQuery);
  useDocumentTitle(t('councilReview.cyclesTitle'));
  return (
    <>
      <h1>{t('councilReview.cyclesTitle')}</h1>
      {!data ? <QueryStatus loading={loading} error={error} /> : data.strategies.map((s) => <StrategyCycles key={s.id} strategy={s} />)}
    </>
  );
}

// Before REVIEWING there is nothing for the council to read yet.
const SHOWN = new Set(['REVIEWING', 'RESPONDING', 'CLOSED']);

function StrategyCycles({ strategy }: { strategy: { id: string; title: string } }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CyclesOfStrategyQuery, { variables: { strategyId: strategy.id }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const cycles = data.reviewCycles.filter((c) => SHOWN.has(c.state));
  return (
    <section aria-labelledby={`cycles-${strategy.id}`}>
      <h2 id={`cycles-${strategy.id}`}>{strategy.title}</h2>
      {cycles.length === 0 ? (
        <p className="notice">{t('councilReview.noCycles')}</p>
      ) : (
        <ul className="card-list">
          {cycles.map((c) => (
            <li key={c.id} className="card">
              <Link to={reviewIndexPath(c.id)}>{t('councilReview.indexOf', { year: fiscalYearLabel(c.fiscalYear) })}</Link>{' '}
              <span className="cycle-state">{t(`cycle.states.${c.state}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

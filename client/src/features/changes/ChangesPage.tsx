import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { cycleSummaryPath } from '../cycle-summary/paths';
import { LiveStatus } from '../live/LiveStatus';
import { useCycleActivity } from '../live/useCycleActivity';
import { ChangesTables } from './ChangesTables';

const ChangesCycleQuery = graphql(`
  query ChangesCycle($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
      activitySeq
      strategy {
        id
      }
      previousCycle {
        id
        fiscalYear
      }
    }
  }
`);

/** 前年度との比較: each measure's actuals, grades and 今後の方向性 next to last year's review. */
export function ChangesPage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const { data, loading, error } = useQuery(ChangesCycleQuery, { variables: { id: cycleId } });
  const cycle = data?.reviewCycle;
  const { connected } = useCycleActivity(cycleId, cycle?.activitySeq);
  const title = cycle && t('changes.title', { year: fiscalYearLabel(cycle.fiscalYear), fy: cycle.fiscalYear });
  useDocumentTitle(title);
  if (!cycle) return <QueryStatus loading={loading} error={error} />;
  const previous = cycle.previousCycle;
  return (
    <>
      <p className="eyebrow">
        <Link to={cycleSummaryPath(cycle.id)}>{t('summary.title', { year: fiscalYearLabel(cycle.fiscalYear), fy: cycle.fiscalYear })}</Link>
      </p>
      <h1>{title}</h1>
      {cycle.state !== 'CLOSED' && <LiveStatus connected={connected} />}
      {!previous ? (
        <p className="notice">{t('changes.noPrevious', { year: fiscalYearLabel(cycle.fiscalYear - 1), fy: cycle.fiscalYear - 1 })}</p>
      ) : (
        <>
          <p className="lead">{t('changes.lead', { year: fiscalYearLabel(previous.fiscalYear), fy: previous.fiscalYear })}</p>
          <ChangesTables strategyId={cycle.strategy.id} cycle={cycle} previous={previous} />
        </>
      )}
    </>
  );
}

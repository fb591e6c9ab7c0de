import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { changesPath } from '../changes/paths';
import { councilPackPath } from '../council-pack/paths';
import { CycleStateSteps } from '../../ui/cycle/CycleStateSteps';
import { LiveStatus } from '../live/LiveStatus';
import { useCycleActivity } from '../live/useCycleActivity';
import { CloseBlockers } from './CloseBlockers';
import { GradeTable } from './GradeTable';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { PublishResults } from './PublishResults';
import { ResultsDownloads } from './ResultsDownloads';
import { SummaryFigures } from './SummaryFigures';

const CycleSummaryQuery = graphql(`
  query CycleSummary($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
      version
      activitySeq
      publishedAt
      summary {
        threads
        threadsByKind {
          label
          count
        }
        threadsByStatus {
          label
          count
        }
        responsesByStance {
          label
          count
        }
        actionsByStatus {
          label
          count
        }
      }
    }
  }
`);

/** A cycle's outcome: grades, the conversation in figures, and (until closed) what keeps it open. */
export function CycleSummaryPage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const { viewer } = useViewer();
  const [closedHere, setClosedHere] = useState(false);
  const { data, loading, error } = useQuery(CycleSummaryQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const cycle = data?.reviewCycle;
  const { connected } = useCycleActivity(cycleId, cycle?.activitySeq);
  const year = cycle && t('summary.title', { year: fiscalYearLabel(cycle.fiscalYear), fy: cycle.fiscalYear });
  useDocumentTitle(year);
  if (!cycle) return <QueryStatus loading={loading} error={error} />;
  const closed = cycle.state === 'CLOSED';
  return (
    <>
      {(viewer?.role === 'PLANNING' || viewer?.role === 'ADMIN') && <Breadcrumb links={[{ to: '/cycles', label: t('cycles.title') }]} />}
      <h1>{year}</h1>
      {!closed && <LiveStatus connected={connected} />}
      <CycleStateSteps state={cycle.state} />
      {closed ? (
        <ReadOnlyNotice takeFocus={closedHere} />
      ) : (
        <CloseBlockers cycle={cycle} canClose={viewer?.role === 'PLANNING'} onClosed={() => setClosedHere(true)} />
      )}
      <p>
        <Link to={changesPath(cycle.id)}>{t('summary.toChanges')}</Link>
        {'・'}
        <Link to={councilPackPath(cycle.id)}>{t('councilPack.link')}</Link>
      </p>
      <PublishResults cycle={cycle} canPublish={viewer?.role === 'PLANNING'} />
      <SummaryFigures summary={cycle.summary} />
      <GradeTable cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />
      <ResultsDownloads cycleId={cycle.id} />
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, todayInJapan } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { CycleDueDates } from '../../ui/cycle/CycleDueDates';
import { reviewIndexPath } from '../council-review/paths';
import { CycleStateSteps } from '../../ui/cycle/CycleStateSteps';
import { AssignmentCounts } from './AssignmentCounts';
import { AssignmentTable } from './AssignmentTable';
import { MoveBackNotice } from './MoveBackNotice';
import { ReturnedList } from './ReturnedList';
import { ReportAssignmentList } from '../../ui/report/ReportAssignmentList';
import { WorkbookPanel } from '../../ui/workbook/WorkbookPanel';

const CycleAssignmentsQuery = graphql(`
  query CycleAssignments($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
      version
      collectingDue
      reviewingDue
      respondingDue
      ...MoveBackNotice_cycle
      assignments {
        indicator {
          id
          key
          name
          unit
          target {
            text
          }
        }
        actual {
          id
          status
          value
          notKnownReason
          returnReason
          updatedAt
          version
        }
      }
      reportAssignments {
        ...ReportAssignmentList_assignment
      }
    }
  }
`);

/** One cycle as the viewer's department sees it: returned entries first, then everything to fill. */
export function CycleInbox({ cycleId, headingLevel = 2 }: { cycleId: string; headingLevel?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  // Entries change on other pages (the entry form, the board): show what is cached, then the latest.
  const { data, loading, error } = useQuery(CycleAssignmentsQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const cycle = data.reviewCycle;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const returned = cycle.assignments.filter((a) => a.actual?.status === 'RETURNED');
  const returnedReports = cycle.reportAssignments.filter((r) => r.report?.status === 'RETURNED');
  const title = t('inbox.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear), fy: cycle.fiscalYear });
  const pending = cycle.assignments.filter((a) => !a.actual || a.actual.status === 'DRAFT' || a.actual.status === 'RETURNED').length;
  const overdue = cycle.state === 'COLLECTING' && !!cycle.collectingDue && cycle.collectingDue < todayInJapan() && pending > 0;
  return (
    <section className="cycle-inbox" aria-labelledby={`cycle-${cycle.id}`}>
      <Heading id={`cycle-${cycle.id}`}>{title}</Heading>
      <CycleStateSteps state={cycle.state} />
      <CycleDueDates cycle={cycle} />
      <MoveBackNotice cycle={cycle} />
      {cycle.state !== 'COLLECTING' && <p className="notice">{t('inbox.notCollecting', { state: t(`cycle.states.${cycle.state}`) })}</p>}
      {(cycle.state === 'REVIEWING' || cycle.state === 'RESPONDING') && (
        <p>
          {t('inbox.answerThreads')} <Link to={reviewIndexPath(cycle.id)}>{t('councilReview.indexOf', { year: fiscalYearLabel(cycle.fiscalYear) })}</Link>
        </p>
      )}
      {overdue && (
        <p className="late-summary">
          <strong>{t('board.late')}：</strong>
          {t('inbox.overdue', { date: formatDate(cycle.collectingDue!, i18n.language), count: pending })}
        </p>
      )}
      <ReturnedList cycleId={cycle.id} returned={returned} returnedReports={returnedReports} />
      {cycle.assignments.length === 0 ? (
        <p>{t('inbox.nothingAssigned')}</p>
      ) : (
        <>
          <AssignmentCounts assignments={cycle.assignments} />
          <AssignmentTable cycleId={cycle.id} assignments={cycle.assignments} caption={t('inbox.tableCaption', { title })} />
        </>
      )}
      <ReportAssignmentList cycleId={cycle.id} rows={cycle.reportAssignments} caption={t('measureReport.assignmentsCaption', { title })} />
      {cycle.assignments.length + cycle.reportAssignments.length > 0 && <WorkbookPanel cycleId={cycle.id} collecting={cycle.state === 'COLLECTING'} />}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { reviewIndexPath } from '../council-review/paths';
import { cycleSummaryPath } from '../cycle-summary/paths';
import { BoardTable, isDone, keyOf } from './BoardTable';
import { CycleDueDates } from '../../ui/cycle/CycleDueDates';
import { CycleStateSteps } from '../../ui/cycle/CycleStateSteps';
import { DepartmentDetail } from './DepartmentDetail';
import { MoveCycleControls } from '../../ui/cycle/MoveCycleControls';
import { OWN } from './paths';
import { WorkbookPanel } from '../../ui/workbook/WorkbookPanel';

const CycleBoardQueryDocument = graphql(`
  query CycleBoard($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
      state
      version
      collectingDue
      reviewingDue
      respondingDue
      board {
        department {
          id
          name
        }
        late
        actuals {
          ...BoardTable_counts
        }
        reports {
          ...BoardTable_counts
        }
      }
    }
  }
`);

/** The planning division's cycle board: move the cycle, see each department, check what came in. */
export function CycleBoardPage() {
  const { t } = useTranslation();
  const { cycleId = '', departmentKey } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(CycleBoardQueryDocument, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const onStale = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const year = data ? fiscalYearLabel(data.reviewCycle.fiscalYear) : undefined;
  useDocumentTitle(year && t('board.title', { year, fy: data!.reviewCycle.fiscalYear }));
  if (!data) return <QueryStatus loading={loading} error={error} />;

  const cycle = data.reviewCycle;
  // What no department holds (各課等) last; a department with nothing to hand in is not listed.
  const rows = [...cycle.board.filter((r) => r.department), ...cycle.board.filter((r) => !r.department)].filter((r) => r.actuals.total + r.reports.total > 0);
  const open = rows.filter((r) => !isDone(r));
  const done = rows.filter(isDone);
  const late = rows.filter((r) => r.late);
  const selected = departmentKey ? cycle.board.find((r) => keyOf(r) === departmentKey) : undefined;
  const planning = viewer?.role === 'PLANNING';
  return (
    <>
      <Breadcrumb links={[{ to: '/cycles', label: t('cycles.title') }]} />
      <h1>{t('board.title', { year, fy: cycle.fiscalYear })}</h1>
      <CycleStateSteps state={cycle.state} />
      <CycleDueDates cycle={cycle} />
      <p>
        <Link to={cycleSummaryPath(cycle.id)}>{t('summary.link')}</Link>
        {cycle.state !== 'PREPARING' && cycle.state !== 'COLLECTING' && (
          <>
            {'・'}
            <Link to={reviewIndexPath(cycle.id)}>{t('nav.councilReview')}</Link>
          </>
        )}
      </p>
      {planning && <MoveCycleControls cycle={cycle} onStale={onStale} />}
      {cycle.state !== 'PREPARING' && (
        <WorkbookPanel cycleId={cycle.id} collecting={planning && cycle.state === 'COLLECTING'} departments={rows.flatMap((r) => (r.department ? [r.department] : []))} />
      )}
      <h2>{t('board.heading')}</h2>
      {late.length > 0 && (
        <p className="late-summary">
          <strong>{t('board.lateSummary')}</strong>
          {late.map((r) => r.department?.name ?? t('board.own')).join('、')}
        </p>
      )}
      {/* On a wide screen the chosen department's entries stand beside the table, not below its last row. */}
      <div className={departmentKey ? 'board-layout with-detail' : 'board-layout'}>
        <div className="board-tables">
          {rows.length === 0 ? (
            <p>{t('board.empty')}</p>
          ) : (
            open.length > 0 && <BoardTable cycleId={cycle.id} rows={open} selected={departmentKey} caption={t('board.caption')} />
          )}
          {done.length > 0 && (
            <details className="board-done" open={(selected && isDone(selected)) || undefined}>
              <summary>{t('board.doneSummary', { count: done.length })}</summary>
              <BoardTable cycleId={cycle.id} rows={done} selected={departmentKey} caption={t('board.doneCaption')} />
            </details>
          )}
        </div>
        {departmentKey && (
          <DepartmentDetail
            key={departmentKey}
            cycleId={cycle.id}
            fiscalYear={cycle.fiscalYear}
            departmentId={departmentKey === OWN ? null : departmentKey}
            name={selected?.department?.name ?? t('board.own')}
            canDecide={planning && (cycle.state === 'COLLECTING' || cycle.state === 'REVIEWING')}
          />
        )}
      </div>
    </>
  );
}

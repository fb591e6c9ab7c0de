import { useQuery } from '@apollo/client/react';
import { assignableGrades, fiscalYearLabel } from '@kaizen/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MeasureReportView } from '../../ui/report/MeasureReportView';
import { rulesOf } from '../../ui/progress/ruleOf';
import { cycleInboxPath } from '../review/paths';
import { MeasureReportForm } from './MeasureReportForm';

const MeasureReportEntryQuery = graphql(`
  query MeasureReportEntry($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      fiscalYear
      state
    }
    measure(id: $measureId) {
      id
      code
      title
      progress(fiscalYear: $fiscalYear) {
        grade
      }
      strategy {
        id
        ...StrategyProgressConfig_strategy
        reportConfig(cycleId: $cycleId) {
          ...ReportConfigFields
        }
      }
      report(cycleId: $cycleId) {
        ...MeasureReportView_report
        ...MeasureReportForm_report
      }
    }
  }
`);

const CycleYearQuery = graphql(`
  query MeasureReportCycle($cycleId: ID!) {
    reviewCycle(id: $cycleId) {
      id
      fiscalYear
    }
  }
`);

/** 施策の評価の入力: a measure's departments write what was done, the issues, 今後の方向性 and a self-evaluation. */
export function MeasureReportPage() {
  const { cycleId = '', measureId = '' } = useParams();
  const cycle = useQuery(CycleYearQuery, { variables: { cycleId } });
  if (!cycle.data) return <QueryStatus loading={cycle.loading} error={cycle.error} />;
  return <MeasureReportEntry cycleId={cycleId} measureId={measureId} fiscalYear={cycle.data.reviewCycle.fiscalYear} />;
}

function MeasureReportEntry({ cycleId, measureId, fiscalYear }: { cycleId: string; measureId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(MeasureReportEntryQuery, { variables: { cycleId, measureId, fiscalYear }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data && t('measureReport.title', { code: data.measure.code, title: data.measure.title }));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const { reviewCycle: cycle, measure } = data;
  const config = measure.strategy.reportConfig;
  const grades = assignableGrades(rulesOf(measure.strategy)(cycle.fiscalYear), cycle.fiscalYear);
  const editable = cycle.state === 'COLLECTING' && (!measure.report || measure.report.status === 'DRAFT' || measure.report.status === 'RETURNED');
  return (
    <>
      <Breadcrumb links={[{ to: cycleInboxPath(cycle.id), label: t('inbox.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear), fy: cycle.fiscalYear }) }]} />
      <h1>
        <span className="code">{measure.code}</span> {measure.title}
      </h1>
      <p className="eyebrow">{t('measureReport.heading')}</p>
      {measure.report?.status === 'RETURNED' && measure.report.returnReason && (
        <div className="returned" role="note">
          <h2>{t('entry.returnedHeading')}</h2>
          <p>{measure.report.returnReason}</p>
        </div>
      )}
      {editable ? (
        <MeasureReportForm cycleId={cycle.id} measureId={measure.id} report={measure.report ?? null} config={config} grades={grades} onStale={() => void refetch()} onAnnounce={setAnnouncement} />
      ) : (
        <>
          {cycle.state !== 'COLLECTING' && <p className="notice">{t('inbox.notCollecting', { state: t(`cycle.states.${cycle.state}`) })}</p>}
          <MeasureReportView report={measure.report} grade={measure.progress.grade} config={config} />
        </>
      )}
      <p role="status">{announcement}</p>
    </>
  );
}

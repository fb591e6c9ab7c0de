import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AnchorThreads, type ReviewCycleHead } from '../threads/AnchorThreads';
import { CarriedOverActions } from '../actions/CarriedOverActions';
import { KpiReview } from '../material/KpiReview';
import { MeasureReportView } from '../../../ui/report/MeasureReportView';
import { OverallJudgementPanel } from '../judgement/OverallJudgementPanel';
import { goalReviewPath } from '../paths';
import { ReviewHeader } from './ReviewHeader';
import { threadsOn } from '../threads/threadsOn';
import { ReviewCycleRoute } from './ReviewCycleRoute';

const MeasureReviewQuery = graphql(`
  query MeasureReview($cycleId: ID!, $measureId: ID!, $fiscalYear: Int!) {
    measure(id: $measureId) {
      id
      code
      title
      goal {
        id
        number
        title
      }
      strategy {
        id
        ...KpiReview_strategy
        ...OverallJudgementPanel_strategy
        reportConfig(cycleId: $cycleId) {
          ...ReportConfigFields
        }
      }
      progress(fiscalYear: $fiscalYear) {
        grade
      }
      report(cycleId: $cycleId) {
        ...MeasureReportView_report
      }
      overallJudgement(cycleId: $cycleId) {
        ...OverallJudgementPanel_judgement
      }
      indicators {
        ...KpiReview_indicator
      }
      carriedOverActions(fiscalYear: $fiscalYear) {
        ...ActionItem_action
      }
    }
    reviewThreads(cycleId: $cycleId, measureId: $measureId) {
      ...ThreadView_thread
      anchor
      goal {
        id
      }
      measure {
        id
      }
      indicator {
        id
      }
    }
  }
`);

/** 施策のレビュー: what a council member reads before the meeting, with the threads beside each part. */
export function MeasureReviewPage() {
  const { measureId = '' } = useParams();
  return <ReviewCycleRoute>{(cycle, connected) => <MeasureReview cycle={cycle} measureId={measureId} connected={connected} />}</ReviewCycleRoute>;
}

function MeasureReview({ cycle, measureId, connected }: { cycle: ReviewCycleHead; measureId: string; connected: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MeasureReviewQuery, { variables: { cycleId: cycle.id, measureId, fiscalYear: cycle.fiscalYear } });
  useDocumentTitle(data && t('councilReview.measureTitle', { code: data.measure.code, title: data.measure.title }));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const { measure, reviewThreads: threads } = data;
  const { goal } = measure;
  return (
    <>
      <ReviewHeader cycle={cycle} connected={connected}>
        <span className="code">{measure.code}</span> {measure.title}
      </ReviewHeader>
      <p>
        <Link to={goalReviewPath(cycle.id, goal.id)}>{t('councilReview.goalLink', { number: goal.number, title: goal.title })}</Link>
      </p>
      <OverallJudgementPanel
        cycle={cycle}
        strategy={measure.strategy}
        subject={{ measureId: measure.id }}
        computedGrade={measure.progress.grade}
        judgement={measure.overallJudgement}
        level={2}
      />
      <section aria-labelledby="report-heading" className="review-anchor">
        <h2 id="report-heading">{t('councilReview.report')}</h2>
        <MeasureReportView report={measure.report} grade={measure.progress.grade} config={measure.strategy.reportConfig} />
        <AnchorThreads cycle={cycle} commentsOpen={cycle.state === 'REVIEWING'} anchor="MEASURE" anchorId={measure.id} anchorLabel={measure.code} threads={threadsOn(threads, 'MEASURE', measure.id)} level={3} />
      </section>
      <CarriedOverActions actions={measure.carriedOverActions} fiscalYear={cycle.fiscalYear} level={2} frozen={cycle.state === 'CLOSED'} />
      <section aria-labelledby="kpis-heading">
        <h2 id="kpis-heading">{t('measure.kpis')}</h2>
        {measure.indicators.map((i) => (
          <KpiReview
            key={i.id}
            indicator={i}
            cycle={cycle}
            strategy={measure.strategy}
            threads={threadsOn(threads, 'INDICATOR', i.id)}
            level={3}
          />
        ))}
      </section>
      <section aria-labelledby="goal-threads-heading">
        <h2 id="goal-threads-heading">{t('councilReview.goalThreads', { number: goal.number })}</h2>
        <AnchorThreads cycle={cycle} commentsOpen={cycle.state === 'REVIEWING'} anchor="GOAL" anchorId={goal.id} anchorLabel={t('strategy.goal', { number: goal.number })} threads={threadsOn(threads, 'GOAL', goal.id)} level={3} />
      </section>
    </>
  );
}

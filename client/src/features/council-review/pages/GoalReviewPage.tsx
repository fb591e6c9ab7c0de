import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { AnchorThreads, type ReviewCycleHead } from '../threads/AnchorThreads';
import { CarriedOverActions } from '../actions/CarriedOverActions';
import { KpiReview } from '../material/KpiReview';
import { MeasureGradeTable } from '../material/MeasureGradeTable';
import { OverallJudgementPanel } from '../judgement/OverallJudgementPanel';
import { openThreadCounts } from '../threads/openThreads';
import { ReviewHeader } from './ReviewHeader';
import { threadsOn } from '../threads/threadsOn';
import { ReviewCycleRoute } from './ReviewCycleRoute';

// The API has no goal(id): the goal is picked from the cycle's strategy's (there are few).
const GoalReviewQuery = graphql(`
  query GoalReview($cycleId: ID!, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        ...KpiReview_strategy
        ...OverallJudgementPanel_strategy
        goals {
          id
          ...GoalGrades_goal
          overallJudgement(cycleId: $cycleId) {
            ...OverallJudgementPanel_judgement
          }
          kgis {
            ...KpiReview_indicator
          }
          carriedOverActions(fiscalYear: $fiscalYear) {
            ...ActionItem_action
          }
        }
      }
    }
    reviewThreads(cycleId: $cycleId) {
      ...ThreadView_thread
      ...OpenThreads_thread
    }
  }
`);

/** 基本目標のレビュー: its KGIs, its measures' grades leading to their pages, and the threads on the goal. */
export function GoalReviewPage() {
  const { goalId = '' } = useParams();
  return <ReviewCycleRoute>{(cycle, connected) => <GoalReview cycle={cycle} goalId={goalId} connected={connected} />}</ReviewCycleRoute>;
}

function GoalReview({ cycle, goalId, connected }: { cycle: ReviewCycleHead; goalId: string; connected: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(GoalReviewQuery, { variables: { cycleId: cycle.id, fiscalYear: cycle.fiscalYear } });
  const strategy = data?.reviewCycle.strategy;
  const goal = strategy?.goals.find((g) => g.id === goalId);
  useDocumentTitle(goal && t('councilReview.goalTitle', { number: goal.number, title: goal.title }));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  if (!strategy || !goal) return <NotFoundPage />;
  const threads = data.reviewThreads;
  return (
    <>
      <ReviewHeader cycle={cycle} connected={connected}>
        {t('strategy.goal', { number: goal.number })} {goal.title}
      </ReviewHeader>
      <OverallJudgementPanel
        cycle={cycle}
        strategy={strategy}
        subject={{ goalId: goal.id }}
        computedGrade={goal.progress.grade}
        judgement={goal.overallJudgement}
        level={2}
      />
      <section aria-labelledby="kgis-heading">
        <h2 id="kgis-heading">{t('strategy.kgi')}</h2>
        {goal.kgis.map((kgi) => (
          <KpiReview
            key={kgi.id}
            indicator={kgi}
            cycle={cycle}
            strategy={strategy}
            threads={threadsOn(threads, 'INDICATOR', kgi.id)}
            level={3}
          />
        ))}
      </section>
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">{t('strategy.measures')}</h2>
        <p>{t('councilReview.goalGrade', { grade: goal.progress.grade })}</p>
        <MeasureGradeTable cycleId={cycle.id} caption={t('councilReview.measuresOf', { number: goal.number })} measures={goal.measures} openThreads={openThreadCounts(threads)} />
      </section>
      <CarriedOverActions actions={goal.carriedOverActions} fiscalYear={cycle.fiscalYear} level={2} frozen={cycle.state === 'CLOSED'} />
      <section aria-labelledby="goal-threads-heading">
        <h2 id="goal-threads-heading">{t('councilReview.goalThreads', { number: goal.number })}</h2>
        <AnchorThreads cycle={cycle} commentsOpen={cycle.state === 'REVIEWING'} anchor="GOAL" anchorId={goal.id} anchorLabel={t('strategy.goal', { number: goal.number })} threads={threadsOn(threads, 'GOAL', goal.id)} level={3} />
      </section>
    </>
  );
}

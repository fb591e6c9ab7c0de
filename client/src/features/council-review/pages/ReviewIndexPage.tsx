import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { GoalGrades_GoalFragment } from '../../../gql/graphql';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import type { ReviewCycleHead } from '../threads/AnchorThreads';
import { MeasureGradeTable } from '../material/MeasureGradeTable';
import { openThreadCounts } from '../threads/openThreads';
import { goalReviewPath } from '../paths';
import { councilPackPath } from '../../council-pack/paths';
import { ReviewCycleRoute } from './ReviewCycleRoute';

const ReviewIndexQuery = graphql(`
  query ReviewIndex($cycleId: ID!, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        goals {
          id
          ...GoalGrades_goal
        }
      }
    }
    reviewThreads(cycleId: $cycleId) {
      ...OpenThreads_thread
    }
  }
`);

/** Where a council member starts: every goal and measure of the cycle, graded, with unresolved threads. */
export function ReviewIndexPage() {
  return <ReviewCycleRoute>{(cycle) => <ReviewIndex cycle={cycle} />}</ReviewCycleRoute>;
}

function ReviewIndex({ cycle }: { cycle: ReviewCycleHead }) {
  const { t } = useTranslation();
  const title = t('councilReview.indexOf', { year: fiscalYearLabel(cycle.fiscalYear) });
  useDocumentTitle(title);
  return (
    <>
      <p className="eyebrow cycle-state">{t(`cycle.states.${cycle.state}`)}</p>
      <h1>{title}</h1>
      <p className="lead">{t('councilReview.indexLead')}</p>
      <p>
        <Link to={councilPackPath(cycle.id)}>{t('councilPack.link')}</Link>
      </p>
      <IndexGoals cycle={cycle} />
    </>
  );
}

function IndexGoals({ cycle }: { cycle: ReviewCycleHead }) {
  const { data, loading, error } = useQuery(ReviewIndexQuery, { variables: { cycleId: cycle.id, fiscalYear: cycle.fiscalYear } });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const open = openThreadCounts(data.reviewThreads);
  return <StrategyGoals goals={data.reviewCycle.strategy.goals} cycleId={cycle.id} openThreads={open} />;
}

type StrategyProps = { goals: GoalGrades_GoalFragment[]; cycleId: string; openThreads: Map<string, number> };

function StrategyGoals({ goals, cycleId, openThreads }: StrategyProps) {
  const { t } = useTranslation();
  return goals.map((goal) => (
    <section key={goal.id} aria-labelledby={`goal-${goal.id}`} className="goal">
      <h2 id={`goal-${goal.id}`}>
        <Link to={goalReviewPath(cycleId, goal.id)}>
          {t('strategy.goal', { number: goal.number })} {goal.title}
        </Link>
      </h2>
      <p>
        {t('councilReview.goalGrade', { grade: goal.progress.grade })}・{t('councilReview.goalOpenThreads', { count: openThreads.get(goal.id) ?? 0 })}
      </p>
      <MeasureGradeTable cycleId={cycleId} caption={t('councilReview.measuresOf', { number: goal.number })} measures={goal.measures} openThreads={openThreads} />
    </section>
  ));
}

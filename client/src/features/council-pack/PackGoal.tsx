import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CouncilPackGoalQuery, CouncilPackQuery, PackThread_ThreadFragment } from '../../gql/graphql';
import { GradeBadge } from '../../ui/GradeBadge';
import { QueryStatus } from '../../ui/QueryStatus';
import { MeasureReportView } from '../../ui/report/MeasureReportView';
import { PackJudgement } from './PackJudgement';
import { PackKpis } from './PackKpis';
import { PackThreads, threadsOf } from './PackThreads';

// The API has no goal(id), and the whole plan's KPIs in one operation would cost more than a
// client operation may: each goal's measures are read through one of them (measure → goal → measures).
const CouncilPackGoalQuery = graphql(`
  query CouncilPackGoal($measureId: ID!, $cycleId: ID!, $fiscalYear: Int!) {
    measure(id: $measureId) {
      id
      goal {
        id
        measures {
          id
          code
          title
          responsibleDepartments {
            id
            name
          }
          progress(fiscalYear: $fiscalYear) {
            grade
          }
          report(cycleId: $cycleId) {
            ...MeasureReportView_report
          }
          overallJudgement(cycleId: $cycleId) {
            ...PackJudgement_judgement
          }
          indicators {
            ...PackKpi_indicator
          }
        }
      }
    }
  }
`);

type Strategy = CouncilPackQuery['reviewCycle']['strategy'];
type Goal = Strategy['goals'][number];
type Measure = CouncilPackGoalQuery['measure']['goal']['measures'][number];
type Cycle = { id: string; fiscalYear: number };
type Props = { cycle: Cycle; strategy: Strategy; goal: Goal; threads: PackThread_ThreadFragment[]; onLoaded: (goalId: string) => void };

/** A goal's page (its KGIs, grade and threads), then a page or more for each of its measures. */
export function PackGoal({ cycle, strategy, goal, threads, onLoaded }: Props) {
  const { t } = useTranslation();
  const first = goal.measures[0]?.id;
  const { data, loading, error } = useQuery(CouncilPackGoalQuery, { variables: { measureId: first ?? '', cycleId: cycle.id, fiscalYear: cycle.fiscalYear }, skip: !first });
  const loaded = !first || !!data;
  useEffect(() => {
    if (loaded) onLoaded(goal.id);
  }, [loaded, goal.id, onLoaded]);
  const label = t('strategy.goal', { number: goal.number });
  return (
    <section className="pack-goal" aria-labelledby={`pack-goal-${goal.id}`}>
      <div className="pack-page">
        <h2 id={`pack-goal-${goal.id}`}>
          {label} <span className="block">{goal.title}</span>
        </h2>
        <p>
          {t('councilPack.goalGrade')} <GradeBadge grade={goal.progress.grade} />
        </p>
        <PackJudgement judgement={goal.overallJudgement} />
        <h3>{t('strategy.kgi')}</h3>
        <PackKpis indicators={goal.kgis} strategy={strategy} fiscalYear={cycle.fiscalYear} caption={t('councilPack.kgiCaption', { goal: label })} level={4} />
        <PackThreads threads={threadsOf(threads, 'GOAL', goal.id)} heading={t('councilReview.goalThreads', { number: goal.number })} level={3} />
      </div>
      {!data ? (
        first && <QueryStatus loading={loading} error={error} />
      ) : (
        data.measure.goal.measures.map((m) => <PackMeasure key={m.id} measure={m} cycle={cycle} strategy={strategy} goalLabel={label} threads={threads} />)
      )}
    </section>
  );
}

type MeasureProps = { measure: Measure; cycle: Cycle; strategy: Strategy; goalLabel: string; threads: PackThread_ThreadFragment[] };

function PackMeasure({ measure: m, cycle, strategy, goalLabel, threads }: MeasureProps) {
  const { t } = useTranslation();
  const indicatorIds = new Set(m.indicators.map((i) => i.id));
  return (
    <section className="pack-page pack-measure" aria-labelledby={`pack-measure-${m.id}`}>
      <p className="eyebrow">{goalLabel}</p>
      <h3 id={`pack-measure-${m.id}`}>
        {t('councilPack.measure', { code: m.code })} <span className="block">{m.title}</span>
      </h3>
      <p className="muted small">{t('councilPack.departments', { names: m.responsibleDepartments.map((d) => d.name).join('・') || '—' })}</p>
      <h4>{t('councilReview.report')}</h4>
      <MeasureReportView report={m.report} grade={m.progress.grade} config={strategy.reportConfig} />
      <PackJudgement judgement={m.overallJudgement} />
      <h4>{t('measure.kpis')}</h4>
      <PackKpis indicators={m.indicators} strategy={strategy} fiscalYear={cycle.fiscalYear} caption={t('measure.kpiCaption', { code: m.code })} level={5} />
      <PackThreads threads={threadsOf(threads, 'MEASURE', m.id, indicatorIds)} heading={t('councilPack.measureThreads', { code: m.code })} level={4} />
    </section>
  );
}

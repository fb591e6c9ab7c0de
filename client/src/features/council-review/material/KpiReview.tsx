import { fiscalYearLabel, isHandedIn, NO_VALUE } from '@kaizen/shared';
import { lazy, memo, Suspense, useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { KpiReview_IndicatorFragment, KpiReview_StrategyFragment, ThreadView_ThreadFragment } from '../../../gql/graphql';
import { departmentsText } from '../../../ui/departments';
import { formatRate } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { RelistedBadge } from '../../../ui/RelistedBadge';
import { reachedText } from '../../../ui/progress/progressText';
import { countedValues, rulesOf } from '../../../ui/progress/ruleOf';
import { yearlyProgress } from '../../../ui/progress/yearly';
import { YearlyTable } from '../../../ui/progress/YearlyTable';
import { AnchorThreads, type ReviewCycleHead } from '../threads/AnchorThreads';
import { below, Heading, type Level } from '../../../ui/Heading';
import { GradeBadge } from '../../../ui/GradeBadge';

// recharts is most of a chart's weight: it loads after the figures are on screen.
const ProgressChart = lazy(() => import('../../../ui/progress/ProgressChart').then((m) => ({ default: m.ProgressChart })));

graphql(`
  fragment KpiReview_indicator on Indicator {
    id
    name
    relisted
    departmentsNote
    departments {
      id
      name
    }
    ...IndicatorProgressInputs_indicator
  }
`);

graphql(`
  fragment KpiReview_strategy on Strategy {
    ...StrategyProgressConfig_strategy
  }
`);

type Props = {
  indicator: KpiReview_IndicatorFragment;
  cycle: ReviewCycleHead;
  strategy: KpiReview_StrategyFragment;
  threads: ThreadView_ThreadFragment[];
  level: Level;
};

/** One KPI as the council reads it: this year's figures and grade, the chart, and the threads beside. */
export function KpiReview({ indicator, cycle, strategy, threads, level }: Props) {
  const id = useId();
  return (
    <article className="review-anchor" aria-labelledby={`${id}-name`}>
      <KpiFigures indicator={indicator} strategy={strategy} cycle={cycle} id={id} level={level} />
      <AnchorThreads cycle={cycle} commentsOpen={cycle.state === 'REVIEWING'} anchor="INDICATOR" anchorId={indicator.id} anchorLabel={indicator.name} threads={threads} level={below(level)} />
    </article>
  );
}

type FiguresProps = { indicator: KpiReview_IndicatorFragment; strategy: KpiReview_StrategyFragment; cycle: ReviewCycleHead; id: string; level: Level };

/**
 * Memoized: a live refetch after a comment hands back the same indicator object when its figures
 * did not change, and redrawing every chart would delay the comment on screen.
 */
const KpiFigures = memo(function KpiFigures({ indicator: i, strategy, cycle, id, level }: FiguresProps) {
  const { t } = useTranslation();
  const fiscalYear = cycle.fiscalYear;
  const rows = yearlyProgress(i, strategy.periodStartFY, countedValues(i.actuals), rulesOf(strategy));
  const year = rows.find((r) => r.fiscalYear === fiscalYear);
  const cumulative = i.targetKind === 'CUMULATIVE';
  const notKnown = new Map(i.actuals.flatMap((a) => (isHandedIn(a.status) && a.value == null && a.notKnownReason ? [[a.fiscalYear, a.notKnownReason] as const] : [])));
  return (
    <div className="anchor-main">
      <Heading level={level} id={`${id}-name`}>
        {/* A closed review's KPI opens as that review read it, not with the years entered since. */}
        <Link to={cycle.state === 'CLOSED' ? `/indicators/${i.id}?cycle=${cycle.id}` : `/indicators/${i.id}`}>{i.name}</Link>
        {i.relisted && <RelistedBadge />}
      </Heading>
      <p className="muted small">{t('councilReview.kpiFacts', { target: i.target.text, baseline: i.baseline.text, departments: departmentsText(i) })}</p>
      <dl className="figures">
        <div>
          <dt>{t('councilReview.gradeOf', { year: fiscalYearLabel(fiscalYear) })}</dt>
          <dd>
            <GradeBadge grade={year?.progress.grade} />
          </dd>
        </div>
        <div>
          <dt>{t('progress.rate')}</dt>
          <dd>{year?.progress.rate == null ? NO_VALUE : formatRate(year.progress.rate)}</dd>
        </div>
        <div>
          <dt>{t(`progress.against.${year?.progress.basis ?? rulesOf(strategy)(fiscalYear).basis}`)}</dt>
          <dd>{year?.progress.onTrack == null ? NO_VALUE : reachedText(year.progress, t)}</dd>
        </div>
      </dl>
      {year && year.progress.judgedFiscalYear !== fiscalYear && (
        <p className="small">{t('preview.judgedAsOf', { year: fiscalYearLabel(year.progress.judgedFiscalYear) })}</p>
      )}
      <Suspense fallback={<Loading />}>
        <ProgressChart rows={rows} unit={i.unit} cumulative={cumulative} baseline={i.baseline} target={i.target} tableId={`${id}-table`} />
      </Suspense>
      <details>
        <summary>{t('councilReview.figures')}</summary>
        <YearlyTable id={`${id}-table`} rows={rows} unit={i.unit} cumulative={cumulative} baseline={i.baseline} target={i.target} notKnown={notKnown} />
      </details>
    </div>
  );
});

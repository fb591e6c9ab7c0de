import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, isHandedIn } from '@kaizen/shared';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { IndicatorPageQuery } from '../../gql/graphql';
import { departmentsText } from '../../ui/departments';
import { useViewer } from '../auth/viewer';
import { MeasureLinks } from '../../ui/MeasureLinks';
import { RetiredBadge } from '../../ui/RetiredBadge';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { Loading } from '../../ui/Loading';
import { AsOfCycleNotice } from './AsOfCycleNotice';
import { IndicatorHistory } from './IndicatorHistory';
import { gradeScaleText } from '../../ui/progress/progressText';
import { countedValues, rulesOf } from '../../ui/progress/ruleOf';
import { yearlyProgress } from '../../ui/progress/yearly';
import { TargetDetails } from './TargetDetails';
import { YearlyTable } from '../../ui/progress/YearlyTable';

// recharts is most of a chart's weight: only this page loads it, after its figures are on screen.
const ProgressChart = lazy(() => import('../../ui/progress/ProgressChart').then((m) => ({ default: m.ProgressChart })));

const IndicatorPageQuery = graphql(`
  query IndicatorPage($id: ID!, $cycleId: ID) {
    indicator(id: $id) {
      id
      kind
      name
      dataSource
      departmentsNote
      retiredFromFY
      departments {
        id
        name
      }
      ...IndicatorProgressInputs_indicator
      ...TargetDetails_indicator
      baseline {
        note
      }
      goal {
        id
        number
        title
        strategy {
          id
        }
      }
      strategy {
        id
        ...StrategyProgressConfig_strategy
      }
      measures {
        id
        code
        title
      }
    }
  }
`);

export function IndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId = '' } = useParams();
  // From a review's page: the figures as that review read them (its year and before).
  const cycleId = useSearchParams()[0].get('cycle');
  const { data, loading, error } = useQuery(IndicatorPageQuery, { variables: { id: indicatorId, cycleId } });
  const { viewer } = useViewer();
  useDocumentTitle(data?.indicator.name);
  if (loading || error || !data) return <QueryStatus loading={loading} error={error} />;
  const { indicator: i } = data;
  return (
    <>
      {i.goal && (
        <p className="eyebrow">
          <Link to={`/strategies/${i.goal.strategy.id}#goal-${i.goal.number}`}>{t('strategy.goal', { number: i.goal.number })}</Link>{' '}
          {i.goal.title}
        </p>
      )}
      <h1>
        {i.name} <RetiredBadge fromFY={i.retiredFromFY} />
      </h1>
      {cycleId && <AsOfCycleNotice cycleId={cycleId} indicatorId={i.id} />}
      <dl className="facts">
        <dt>{t('indicator.kind')}</dt>
        <dd>{t(`indicator.kinds.${i.kind}`)}</dd>
        <dt>{t('indicator.target')}</dt>
        <dd>
          <strong>{i.target.text}</strong>（{fiscalYearLabel(i.target.fiscalYear)}）
        </dd>
        <dt>{t('indicator.targetKind')}</dt>
        <dd>{t(`indicator.targetKinds.${i.targetKind}`)}</dd>
        <dt>{t('indicator.baseline')}</dt>
        <dd>
          {i.baseline.text}
          {i.baseline.label && `（${i.baseline.label}）`}
          {i.baseline.note && <p className="muted">{i.baseline.note}</p>}
        </dd>
        <dt>{t('indicator.direction')}</dt>
        <dd>{t(`indicator.directions.${i.direction}`)}</dd>
        <dt>{t('indicator.unit')}</dt>
        <dd>{i.unit || t('indicator.noUnit')}</dd>
        <dt>{t('indicator.departments')}</dt>
        <dd>{departmentsText(i)}</dd>
        <TargetDetails indicator={i} />
        {i.dataSource && (
          <>
            <dt>{t('indicator.dataSource')}</dt>
            <dd>{i.dataSource}</dd>
          </>
        )}
      </dl>
      <YearlySection indicator={i} strategy={i.strategy} />
      {/* Revisions are read signed in only: a signed-out visitor's page does not ask for them (UNAUTHENTICATED). */}
      {viewer && <IndicatorHistory indicatorId={i.id} />}
      {i.measures.length > 0 && (
        <section aria-labelledby="listed-under">
          <h2 id="listed-under">{t('indicator.measures')}</h2>
          {i.measures.length > 1 && <p>{t('indicator.relistedNote')}</p>}
          <MeasureLinks measures={i.measures} />
        </section>
      )}
    </>
  );
}

type Indicator = IndicatorPageQuery['indicator'];
type Strategy = Indicator['strategy'];

/** Baseline → each year's handed-in value → target: a chart and the same figures as a table. */
function YearlySection({ indicator: i, strategy }: { indicator: Indicator; strategy: Strategy }) {
  const { t } = useTranslation();
  // Signed out, the server serves accepted figures only: the note says what is counted for this reader.
  const { viewer } = useViewer();
  const rules = rulesOf(strategy);
  const counted = countedValues(i.actuals);
  const rows = yearlyProgress(i, strategy.periodStartFY, counted, rules);
  const scaleYear = [...rows].reverse().find((r) => r.actual !== null)?.fiscalYear ?? strategy.periodStartFY;
  const cumulative = i.targetKind === 'CUMULATIVE';
  const notKnown = new Map(
    i.actuals.filter((a) => a.value == null && a.notKnownReason && isHandedIn(a.status)).map((a) => [a.fiscalYear, a.notKnownReason!]),
  );
  const tableId = `yearly-${i.id}`;
  return (
    <section aria-labelledby="yearly-heading">
      <h2 id="yearly-heading">{t('yearly.heading')}</h2>
      <Suspense fallback={<Loading />}>
        <ProgressChart rows={rows} unit={i.unit} cumulative={cumulative} baseline={i.baseline} target={i.target} tableId={tableId} />
      </Suspense>
      <YearlyTable id={tableId} rows={rows} unit={i.unit} cumulative={cumulative} baseline={i.baseline} target={i.target} notKnown={notKnown} />
      <p className="muted small">{gradeScaleText(rules(scaleYear), scaleYear, t)}</p>
      <p className="muted small">{t(viewer ? 'yearly.countedNote' : 'yearly.countedNoteSignedOut')}</p>
    </section>
  );
}

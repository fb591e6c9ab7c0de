import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, isHandedIn, NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleChangesQuery } from '../../gql/graphql';
import { QueryStatus } from '../../ui/QueryStatus';
import { RelistedBadge } from '../../ui/RelistedBadge';
import { directionText } from '../../ui/report/reportConfig';
import { ActualValueText } from '../../ui/ActualValueText';
import { GradeBadge } from '../../ui/GradeBadge';

const CycleChangesQueryDocument = graphql(`
  query CycleChanges($strategyId: ID!, $cycleId: ID!, $previousId: ID!, $fiscalYear: Int!, $previousYear: Int!) {
    actuals(cycleId: $cycleId) {
      id
      value
      notKnownReason
      status
      indicator {
        id
      }
    }
    previousActuals: actuals(cycleId: $previousId) {
      id
      value
      notKnownReason
      status
      indicator {
        id
      }
    }
    strategy(id: $strategyId) {
      id
      reportConfig(cycleId: $cycleId) {
        directions {
          code
          label
        }
      }
      goals {
        id
        measures {
          id
          code
          title
          progress(fiscalYear: $fiscalYear) {
            grade
            notGraded
          }
          previousProgress: progress(fiscalYear: $previousYear) {
            grade
            notGraded
          }
          report(cycleId: $cycleId) {
            id
            nextDirection
          }
          previousReport: report(cycleId: $previousId) {
            id
            nextDirection
          }
          indicators {
            id
            name
            unit
            relisted
            progress(fiscalYear: $fiscalYear) {
              grade
              notGraded
            }
            previousProgress: progress(fiscalYear: $previousYear) {
              grade
              notGraded
            }
          }
        }
      }
    }
  }
`);

type Cycle = { id: string; fiscalYear: number };
// The strategy comes from the page's cycle (ChangesCycle): nested under reviewCycle here, the KPIs' grades would sit one level deeper than the depth budget allows.
type Measure = CycleChangesQuery['strategy']['goals'][number]['measures'][number];
type Actual = CycleChangesQuery['actuals'][number];

/** Drafts are nobody's figure yet: only what was handed in is compared. */
function byIndicator(actuals: Actual[]): Map<string, Actual> {
  return new Map(actuals.filter((a) => isHandedIn(a.status)).map((a) => [a.indicator.id, a]));
}

export function ChangesTables({ strategyId, cycle, previous }: { strategyId: string; cycle: Cycle; previous: Cycle }) {
  const { data, loading, error } = useQuery(CycleChangesQueryDocument, {
    variables: { strategyId, cycleId: cycle.id, previousId: previous.id, fiscalYear: cycle.fiscalYear, previousYear: previous.fiscalYear },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const now = byIndicator(data.actuals);
  const before = byIndicator(data.previousActuals);
  const years = { now: fiscalYearLabel(cycle.fiscalYear), before: fiscalYearLabel(previous.fiscalYear) };
  return (
    <>
      {data.strategy.goals.flatMap((g) => g.measures).map((m) => (
        <MeasureChanges key={m.id} measure={m} now={now} before={before} years={years} directions={data.strategy.reportConfig.directions} />
      ))}
    </>
  );
}

type Years = { now: string; before: string };

type Directions = CycleChangesQuery['strategy']['reportConfig']['directions'];

function MeasureChanges({ measure, now, before, years, directions }: { measure: Measure; now: Map<string, Actual>; before: Map<string, Actual>; years: Years; directions: Directions }) {
  const { t } = useTranslation();
  const direction = (d: string | null | undefined) => directionText(directions, d) ?? NO_VALUE;
  const headingId = `changes-${measure.id}`;
  return (
    <section className="changes-measure" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {measure.code} {measure.title}
      </h2>
      <div className="table-scroll" role="region" aria-label={t('changes.caption', { code: measure.code })} tabIndex={0}>
        <table className="kpi-table changes-table">
          <caption>{t('changes.caption', { code: measure.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('changes.item')}</th>
              <th scope="col">{t('changes.actualOf', { year: years.before })}</th>
              <th scope="col">{t('changes.actualOf', { year: years.now })}</th>
              <th scope="col">{t('changes.gradeOf', { year: years.before })}</th>
              <th scope="col">{t('changes.gradeOf', { year: years.now })}</th>
            </tr>
          </thead>
          <tbody>
            {measure.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.name}
                  {i.relisted && <RelistedBadge />}
                </th>
                <td className="num">
                  <ActualValueText actual={before.get(i.id)} unit={i.unit} />
                </td>
                <td className="num">
                  <ActualValueText actual={now.get(i.id)} unit={i.unit} />
                </td>
                <td>
                  <GradeBadge grade={i.previousProgress.grade} notGraded={i.previousProgress.notGraded} />
                </td>
                <td>
                  <GradeBadge grade={i.progress.grade} notGraded={i.progress.notGraded} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('changes.measureGrade')}</th>
              <td colSpan={2} />
              <td>
                  <GradeBadge grade={measure.previousProgress.grade} notGraded={measure.previousProgress.notGraded} />
                </td>
              <td>
                  <GradeBadge grade={measure.progress.grade} notGraded={measure.progress.notGraded} />
                </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {/* Not a row of the table: its cells would sit under the grade columns and be read out as grades. */}
      <dl className="inline-dl changes-direction">
        <div className="inline-dl-item">
          <dt>
            {years.before} {t('summary.nextDirection')}
          </dt>
          <dd>{direction(measure.previousReport?.nextDirection)}</dd>
        </div>
        <div className="inline-dl-item">
          <dt>
            {years.now} {t('summary.nextDirection')}
          </dt>
          <dd>{direction(measure.report?.nextDirection)}</dd>
        </div>
      </dl>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { ColumnTable } from '../../ui/ColumnTable';
import { QueryStatus } from '../../ui/QueryStatus';
import { directionText } from '../../ui/report/reportConfig';
import { GradeBadge } from '../../ui/GradeBadge';

const CycleGradesQuery = graphql(`
  query CycleGrades($cycleId: ID!, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        reportConfig(cycleId: $cycleId) {
          directions {
            code
            label
          }
        }
        goals {
          ...GoalGrades_goal
          measures {
            id
            report(cycleId: $cycleId) {
              id
              nextDirection
            }
          }
        }
      }
    }
  }
`);

/** 評価 per goal and measure: the KPIs' grade, the departments' self-evaluation and 今後の方向性. */
export function GradeTable({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CycleGradesQuery, { variables: { cycleId, fiscalYear }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  return (
    <section aria-labelledby="grades-heading">
      <h2 id="grades-heading">{t('summary.gradesHeading')}</h2>
      <ColumnTable
        className="kpi-table grade-table"
        caption={t('summary.gradesCaption')}
        columns={[t('summary.goalOrMeasure'), t('summary.grade'), t('summary.selfGrade'), t('summary.nextDirection')]}
      >
        {data.reviewCycle.strategy.goals.map((goal) => (
          <Fragment key={goal.id}>
            <tr className="goal-row">
              <th scope="row">{t('summary.goal', { number: goal.number, title: goal.title })}</th>
              <td>
                <GradeBadge grade={goal.progress.grade} />
              </td>
              <td>{NO_VALUE}</td>
              <td>{NO_VALUE}</td>
            </tr>
            {goal.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="measure-cell">
                  {m.code} {m.title}
                </th>
                <td>
                  <GradeBadge grade={m.progress.grade} />
                </td>
                <td>
                  <GradeBadge grade={m.report?.selfGrade} />
                </td>
                <td>{directionText(data.reviewCycle.strategy.reportConfig.directions, m.report?.nextDirection) ?? NO_VALUE}</td>
              </tr>
            ))}
          </Fragment>
        ))}
      </ColumnTable>
    </section>
  );
}
